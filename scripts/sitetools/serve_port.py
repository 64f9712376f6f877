"""``python scripts/check_port.py HOST PORT``: is the port of ``make serve`` free?

``mkdocs serve`` on a busy port ends in a 40-line traceback. ``make serve`` asks this first
and, when the port is taken, prints one line naming a free one to use instead. Exit 0: free.
1: busy. 2: usage error.
"""

from __future__ import annotations

import argparse
import errno
import socket
import sys
from collections.abc import Sequence

# How far above a busy port to look for a free one to suggest.
SUGGESTION_RANGE = 20


def is_free(host: str, port: int) -> bool:
    """True if a server could listen on `host`:`port` now (as MkDocs' server binds it).

    Raises OSError for anything but a busy port (an unknown host, a port below 1024...).
    """
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                return False
            raise
    return True


def free_port_above(host: str, port: int) -> int | None:
    """The first free port after `port`, or None if the next few are all taken."""
    for candidate in range(port + 1, min(port + 1 + SUGGESTION_RANGE, 65536)):
        try:
            if is_free(host, candidate):
                return candidate
        except OSError:
            continue
    return None


def busy_message(host: str, port: int) -> str:
    """One line: the port is busy, and the command to run instead."""
    other = free_port_above(host, port)
    fix = f"run make serve PORT={other}" if other else "stop the server using it"
    return f"port {port} is busy on {host}: {fix}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="check_port.py", description=__doc__.splitlines()[0])
    parser.add_argument("host")
    parser.add_argument("port", type=int)
    args = parser.parse_args(argv)
    if not 0 < args.port < 65536:
        print(f"check_port.py: port {args.port} is not between 1 and 65535", file=sys.stderr)
        return 2
    try:
        free = is_free(args.host, args.port)
    except (OSError, UnicodeError) as error:  # an unknown host name, a privileged port...
        print(f"check_port.py: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 2
    if free:
        return 0
    print(busy_message(args.host, args.port), file=sys.stderr)
    return 1
