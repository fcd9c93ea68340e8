"""A small SQLite cache of HTTP answers, keyed by the normalised request.

Why SQLite: one file, safe across threads with a lock, no server, in the
standard library. The cache stores what a lookup needs again (status, a few
headers, the body, the final URL) with an expiry time; expired rows are
ignored and overwritten. Nothing here knows about HTTP libraries: the client
hands in plain values.

The key is made by :func:`request_key`: method, scheme and host lower-cased,
default ports dropped, query parameters sorted, the contact address left out
(it does not change the answer), plus the ``Accept`` header.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..errors import UnreadableInput

__all__ = ["Cache", "CachedAnswer", "default_cache_path", "request_key"]

_IGNORED_PARAMS = {"mailto"}


def default_cache_path() -> Path:
    """Where the command line keeps its cache: ``$XDG_CACHE_HOME/refkit/resolve.sqlite`` (or ``~/.cache``)."""
    import os

    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "refkit" / "resolve.sqlite"


def request_key(method: str, url: str, accept: str | None = None) -> str:
    """The normalised form of a request, used as the cache key."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in _IGNORED_PARAMS)
    normal = urlunsplit((parts.scheme.lower(), host, parts.path or "/", urlencode(query), ""))
    return f"{method.upper()} {normal} {accept or ''}".rstrip()


@dataclass(frozen=True)
class CachedAnswer:
    """One stored answer."""

    status: int
    headers: dict[str, str]
    body: bytes
    url: str


class Cache:
    """A SQLite file of HTTP answers with an expiry per row.

    ``Cache(":memory:")`` keeps everything in memory (useful in tests).
    Thread-safe: one connection guarded by a lock. ``hits`` and ``stores``
    count what happened, for reports and benchmarks.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            parent = Path(self.path).expanduser().parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UnreadableInput(f"cannot create the cache directory: {exc.strerror}", path=str(parent)) from exc
            self.path = str(Path(self.path).expanduser())
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL" if self.path != ":memory:" else "PRAGMA journal_mode=MEMORY")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS answers ("
                " key TEXT PRIMARY KEY, status INTEGER NOT NULL, headers TEXT NOT NULL,"
                " body BLOB NOT NULL, url TEXT NOT NULL, stored REAL NOT NULL, expires REAL NOT NULL)"
            )
        except sqlite3.DatabaseError as exc:
            raise UnreadableInput(f"not a usable cache file ({exc})", path=self.path) from exc
        self.hits = 0
        self.stores = 0

    def get(self, key: str) -> CachedAnswer | None:
        """The stored answer for ``key``, or None when absent or expired."""
        with self._lock:
            row = self._db.execute("SELECT status, headers, body, url, expires FROM answers WHERE key = ?", (key,)).fetchone()
            if row is None or row[4] < time.time():
                return None
            self.hits += 1
        return CachedAnswer(status=row[0], headers=json.loads(row[1]), body=bytes(row[2]), url=row[3])

    def put(self, key: str, answer: CachedAnswer, *, ttl: float) -> None:
        """Store ``answer`` under ``key`` for ``ttl`` seconds."""
        now = time.time()
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO answers (key, status, headers, body, url, stored, expires) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (key, answer.status, json.dumps(answer.headers), answer.body, answer.url, now, now + ttl),
            )
            self.stores += 1

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._db.execute("DELETE FROM answers")

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM answers WHERE expires >= ?", (time.time(),)).fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __repr__(self) -> str:
        return f"Cache({self.path!r})"
