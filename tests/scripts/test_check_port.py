"""`make serve` on a busy port: one line naming a free port, exit 1 (scripts/check_port.py)."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest
from helpers import ROOT

SCRIPT = ROOT / "scripts" / "check_port.py"


def check_port(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SCRIPT), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield listener.getsockname()[1]


def test_a_busy_port_is_one_line_naming_a_free_one(busy_port: int) -> None:
    result = check_port("127.0.0.1", str(busy_port))
    assert result.returncode == 1
    assert result.stdout == ""
    line, *rest = result.stderr.splitlines()
    assert rest == []
    suggested = int(line.rsplit("PORT=", 1)[1])
    assert line == f"port {busy_port} is busy on 127.0.0.1: run make serve PORT={suggested}"
    with socket.socket() as server:
        server.bind(("127.0.0.1", suggested))  # the suggestion is free indeed


def test_a_free_port_says_nothing() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = check_port("127.0.0.1", str(port))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nowhere.invalid", "8000"), "check_port.py: cannot listen on nowhere.invalid:8000: "),
        (("127.0.0.1", "0"), "check_port.py: port 0 is not between 1 and 65535"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: tuple[str, str], message: str) -> None:
    result = check_port(*args)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(message)
