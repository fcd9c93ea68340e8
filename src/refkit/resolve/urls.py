"""Is a cited link alive? :func:`check_url` answers with a :class:`LinkStatus`.

HEAD first (cheap); GET when the server refuses HEAD or answers an error, and
for HTML pages to read their ``<title>`` (only the first bytes are read; the
client caps them). Redirects are followed up to the client's limit, each hop
checked against the private-network guard. A dead link (4xx/5xx, a name that
does not resolve, no answer, a redirect loop) gets the closest snapshot the
Wayback Machine has.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..errors import NetworkError, Offline
from ..text import with_scheme
from .client import Answer, Client

__all__ = ["LinkStatus", "check_url", "url_problem"]

OK, DEAD, MALFORMED, REFUSED, SKIPPED, FAILED = "ok", "dead", "malformed", "refused", "skipped", "failed"
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.I | re.S)


@dataclass(frozen=True)
class LinkStatus:
    """What became of one URL.

    ``state``: ``ok``, ``dead``, ``malformed``, ``refused`` (private network,
    not probed), ``skipped`` (offline) or ``failed`` (could not tell: the site
    kept rate-limiting, or neither it nor the archive answered, which
    looks like no network rather than a dead link). ``reason`` is a short word for why a link is dead
    (``http-404``, ``timeout``, ``dns``, ``redirect-loop``, ...).
    """

    url: str
    state: str
    status: int | None = None
    final_url: str | None = None
    content_type: str | None = None
    title: str | None = None
    reason: str | None = None
    archived: str | None = None
    archived_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The non-empty fields, for CSL-JSON output."""
        keys = ("state", "status", "final_url", "content_type", "title", "reason", "archived", "archived_at")
        return {k.replace("_", "-"): getattr(self, k) for k in keys if getattr(self, k) is not None}


def url_problem(url: str) -> str | None:
    """Why ``url`` is not a usable web address, or None if it is."""
    text = with_scheme(url)
    if not text:
        return "empty"
    if re.search(r"\s", text):
        return "contains spaces"
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        return f"scheme {parts.scheme or 'missing'!r}, not http(s)"
    try:
        host = parts.hostname
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as exc:
        return str(exc)
    if not host:
        return "no host"
    if "." not in host and host != "localhost" and ":" not in host:
        return f"host {host!r} has no domain"
    return None


def _title(answer: Answer) -> str | None:
    if answer.content_type not in ("text/html", "application/xhtml+xml"):
        return None
    m = _TITLE.search(answer.body)
    if not m:
        return None
    raw = m.group(1)
    charset = re.search(r"charset=([\w.-]+)", answer.headers.get("content-type", ""), re.I)
    try:
        text = raw.decode(charset.group(1) if charset else "utf-8", errors="replace")
    except LookupError:
        text = raw.decode("utf-8", errors="replace")
    text = " ".join(html.unescape(text).split())
    return text[:300] or None


_NO_ANSWER = {"dns", "connection", "timeout"}


def _archived(client: Client, url: str) -> tuple[str | None, str | None, bool]:
    """The closest Wayback snapshot of ``url`` (address, timestamp), and whether the archive answered at all."""
    try:
        data = client.wayback(url).json()
    except NetworkError as exc:
        return None, None, getattr(exc, "reason", None) not in _NO_ANSWER
    closest = ((data or {}).get("archived_snapshots") or {}).get("closest") if isinstance(data, dict) else None
    if isinstance(closest, dict) and closest.get("available") and closest.get("url"):
        return str(closest["url"]), (str(closest["timestamp"]) if closest.get("timestamp") else None), True
    return None, None, True


def check_url(client: Client, url: str) -> LinkStatus:
    """Probe ``url`` through ``client`` and say whether it is alive."""
    problem = url_problem(url)
    if problem:
        return LinkStatus(url, MALFORMED, reason=problem)
    url = with_scheme(url)  # a bare 'litart.kz/en/…' is probed over https
    try:
        answer = client.fetch(url, method="HEAD", page=True)
        wants_title = answer.ok and answer.content_type in ("text/html", "application/xhtml+xml", "")
        if not answer.ok or wants_title:
            # many servers refuse or mishandle HEAD; and a title needs the body
            answer = client.fetch(url, method="GET", page=True)
    except Offline:
        return LinkStatus(url, SKIPPED, reason="offline")
    except NetworkError as exc:
        reason = getattr(exc, "reason", None) or "network"
        if reason == "private-network":
            return LinkStatus(url, REFUSED, reason=reason)
        archived, when, answered = _archived(client, url)
        if reason in _NO_ANSWER and not answered:
            # neither the site nor the archive answers: more likely no network than a dead link
            return LinkStatus(url, FAILED, reason=f"{reason}; the archive does not answer either (no network?)")
        return LinkStatus(url, DEAD, status=getattr(exc, "status", None), reason=reason, archived=archived, archived_at=when)
    if answer.status == 429:
        return LinkStatus(url, FAILED, status=429, final_url=answer.url, reason="rate-limited")
    if answer.status >= 400:
        archived, when, _ = _archived(client, url)
        return LinkStatus(
            url, DEAD, status=answer.status, final_url=answer.url, content_type=answer.content_type or None,
            reason=f"http-{answer.status}", archived=archived, archived_at=when,
        )  # fmt: skip
    return LinkStatus(
        url, OK, status=answer.status, final_url=answer.url, content_type=answer.content_type or None, title=_title(answer)
    )
