"""A Content-Security-Policy that lets each page load only the site's own files.

Material writes a few small inline scripts (palette, preferences scope, config) whose text
depends on the page, so each page gets a ``<meta http-equiv="Content-Security-Policy">`` with
the SHA-256 of its own inline scripts. Hosts that honour a ``_headers`` file (Netlify,
Cloudflare Pages) also get the same policy as an HTTP header, with every hash of the site, plus
headers that a meta tag cannot carry. Anything from another host is refused by the browser, so
a stray CDN reference fails closed instead of leaking a reader.

Under ``mkdocs serve`` (and only there) MkDocs writes its live-reload script into every page it
serves, inline, with a new timestamp per request: no hash can allow it. There the policy allows
inline scripts instead of listing hashes (a hash in ``script-src`` would switch
``'unsafe-inline'`` off), so that the open tab reloads itself after an edit. ``mkdocs build``,
what is published, keeps the hashes.
"""

from __future__ import annotations

import base64
import hashlib
import re

# Inline <script> elements that execute (no src, no non-JavaScript type such as JSON).
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*\btype=\"(?!text/javascript|module)[^\"]*\")[^>]*>(.*?)</script>",
    re.DOTALL,
)
CHARSET = '<meta charset="utf-8">'

# The policy, minus the script hashes. Workers (search) and fetches (search index) stay
# same-origin; images may be data: URIs (Material's inline icons in CSS).
DIRECTIVES = {
    "default-src": "'none'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "worker-src": "'self'",
    "manifest-src": "'self'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "object-src": "'none'",
}
# Only as HTTP headers: a meta tag cannot set these.
HEADER_ONLY = {
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": (
        "interest-cohort=(), browsing-topics=(), camera=(), microphone=(), geolocation=()"
    ),
}
HEADERS_FILE = "_headers"


def script_hashes(html: str) -> list[str]:
    """CSP source expressions for the inline scripts of a page, in document order."""
    digests = (hashlib.sha256(m.group(1).encode()).digest() for m in INLINE_SCRIPT.finditer(html))
    return list(dict.fromkeys(f"'sha256-{base64.b64encode(d).decode()}'" for d in digests))


def policy(
    hashes: list[str] | set[str], *, frame_ancestors: bool = False, live_reload: bool = False
) -> str:
    """The policy text; `frame_ancestors` only where an HTTP header carries it; `live_reload`
    (``mkdocs serve`` only) allows inline scripts for MkDocs' reload script."""
    directives = dict(DIRECTIVES)
    allowed = ["'unsafe-inline'"] if live_reload else sorted(hashes)
    directives["script-src"] = " ".join([directives["script-src"], *allowed])
    if frame_ancestors:
        directives["frame-ancestors"] = "'none'"
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def with_policy(html: str, hashes: list[str], *, live_reload: bool = False) -> str:
    """The page with its policy (`hashes`: its scripts') as the first element after the charset
    declaration (a page without one is left as it is)."""
    content = policy(hashes, live_reload=live_reload)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
    return html.replace(CHARSET, f"{CHARSET}\n    {meta}", 1)


def headers_file(hashes: set[str]) -> str:
    """A `_headers` file (Netlify/Cloudflare syntax) for every path of the site."""
    lines = ["/*", f"  Content-Security-Policy: {policy(hashes, frame_ancestors=True)}"]
    lines += [f"  {name}: {value}" for name, value in HEADER_ONLY.items()]
    return "\n".join(lines) + "\n"
