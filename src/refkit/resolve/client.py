"""The one door to the network: :class:`Client`.

This is the only module in refkit that imports ``requests``. A client owns:

- the ``requests.Session`` (one connection pool, a ``User-Agent`` naming
  refkit and, when given, a contact address, as Crossref asks of its polite pool);
- the base URLs of the services (doi.org, Crossref, DataCite, the Wayback
  Machine), settable in code or from ``REFKIT_DOI_URL``, ``REFKIT_CROSSREF_URL``,
  ``REFKIT_DATACITE_URL``, ``REFKIT_WAYBACK_URL``; refkit appends each service's
  own paths (``/works/{doi}``, ``/dois/{doi}``, ``/ra/{doi}``, ...);
- pacing per host, learned from the ``x-rate-limit-limit``,
  ``x-rate-limit-interval`` and ``x-concurrency-limit`` headers each answer
  carries (never from constants); until a host says, one request at a time;
- retries with exponential backoff on 429 and 5xx and on timeouts, honouring
  ``Retry-After`` (a 429 pauses every thread talking to that host);
- a timeout per request and a cap on the bytes read from any body;
- an optional :class:`~refkit.resolve.cache.Cache` (no disk unless given one);
- offline mode: answers come from the cache or :class:`~refkit.errors.Offline`
  is raised, and no socket is opened;
- a guard that refuses to probe loopback, link-local and private addresses
  for URLs that come from documents (``allow_private_network`` or
  ``REFKIT_ALLOW_PRIVATE_NETWORK=1`` lifts it). The host name is looked up
  before each request and hop, and the address each connection actually
  reached is checked again once connected (a name that answers a public
  address to the check and a private one to the connection, DNS rebinding,
  is refused too). Through a proxy the proxy connects, and only the name is
  checked.

Everything above it works on :class:`Answer` values, never on ``requests`` objects.
"""

from __future__ import annotations

import email.utils
import ipaddress
import json
import os
import random
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, urlencode, urljoin, urlsplit

from ..errors import NetworkError, Offline, RateLimited
from .cache import Cache, CachedAnswer, request_key

if TYPE_CHECKING:  # requests is imported when the first request is made, so `import refkit` stays light
    import requests

__all__ = ["Answer", "Client", "DEFAULT_URLS"]

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_URLS = {
    "doi": "https://doi.org",
    "crossref": "https://api.crossref.org",
    "datacite": "https://api.datacite.org",
    "wayback": "https://archive.org/wayback",
}
_ENV = {"doi": "REFKIT_DOI_URL", "crossref": "REFKIT_CROSSREF_URL", "datacite": "REFKIT_DATACITE_URL", "wayback": "REFKIT_WAYBACK_URL"}
_RETRY_STATUSES = {429, 500, 502, 503, 504}
_REDIRECTS = {301, 302, 303, 307, 308}
# fields a missing-DOI candidate needs; asking only for them keeps answers small
_SELECT = (
    "DOI,title,subtitle,original-title,short-title,author,editor,issued,published-print,published-online,"
    "container-title,short-container-title,volume,issue,page,type,updated-by,update-to,relation,score"
)
DAY = 86400.0


@dataclass(frozen=True)
class Answer:
    """An HTTP answer as plain values: what every caller of the client sees.

    ``headers`` has lower-case names. ``url`` is the final URL after redirects;
    ``hops`` the URLs redirected through. ``truncated`` says the body was cut at
    the client's cap (only for page probes, which need the first bytes).
    """

    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str
    hops: tuple[str, ...] = ()
    from_cache: bool = False
    truncated: bool = False

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def text(self) -> str:
        """The body decoded with the charset the server named (UTF-8 by default)."""
        m = re.search(r"charset=([\w.-]+)", self.headers.get("content-type", ""), re.I)
        try:
            return self.body.decode(m.group(1) if m else "utf-8", errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body as JSON; a service answering something else is a :class:`NetworkError`."""
        try:
            return json.loads(self.body)
        except ValueError:
            raise NetworkError(
                f"{self.url} answered {self.status} with a body that is not JSON", url=self.url, status=self.status, reason="malformed"
            ) from None


# requests are spaced 3 % wider than the advertised rate, so that jitter on the way
# never puts one request too many into the service's window
_MARGIN = 1.03


class _Pacer:
    """Rate and concurrency limits for one host, adjusted from its answers."""

    def __init__(self, concurrency: int = 1, limit: float | None = None, interval: float = 1.0) -> None:
        self._cond = threading.Condition()
        self.concurrency = concurrency
        self.gap = 0.0 if not limit else interval / limit
        self._active = 0
        self._last = 0.0
        self._next = 0.0
        self._paused_until = 0.0

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._cond:
            while True:
                now = time.monotonic()
                if self._active >= self.concurrency:
                    self._cond.wait(0.5)
                    continue
                wait = max(self._paused_until, self._next) - now
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                self._active += 1
                self._last = now
                self._next = now + self.gap * _MARGIN
                break
        try:
            yield
        finally:
            with self._cond:
                self._active -= 1
                self._cond.notify_all()

    def learn(self, headers: Mapping[str, str]) -> None:
        """Take the limits a service advertises in its response headers."""
        limit = _number(headers.get("x-rate-limit-limit"))
        interval = _seconds(headers.get("x-rate-limit-interval"))
        concurrency = _number(headers.get("x-concurrency-limit"))
        with self._cond:
            if limit and limit > 0:
                self.gap = (interval or 1.0) / limit
                self._next = max(self._next, self._last + self.gap * _MARGIN)
            if concurrency and concurrency >= 1:
                self.concurrency = int(concurrency)
            self._cond.notify_all()

    def pause(self, seconds: float) -> None:
        """Hold every request to this host for ``seconds`` (after a 429)."""
        with self._cond:
            self._paused_until = max(self._paused_until, time.monotonic() + seconds)


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _seconds(value: str | None) -> float | None:
    """``"1s"``, ``"60s"``, ``"1m"``, ``"2"`` -> seconds."""
    if not value:
        return None
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*", value)
    if not m:
        return None
    scale = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, None: 1}[m.group(2)]
    return float(m.group(1)) * scale


def _retry_after(value: str | None) -> float | None:
    """A ``Retry-After`` header (seconds or an HTTP date) -> seconds from now."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _refused(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for an address a document's URL may not reach: loopback, link-local, private, reserved, multicast."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    return ipaddress.ip_address(str(text).split("%")[0])


class PrivatePeer(Exception):
    """A connection for a document's URL reached a private-network address (raised inside the connection)."""

    def __init__(self, host: str, ip: object) -> None:
        super().__init__(f"{host} connected to a private-network address ({ip}); not probed (allow with --allow-private-network)")
        self.host = host
        self.ip = ip


def _check_peer(sock: socket.socket, host: str) -> None:
    """Close ``sock`` and raise :class:`PrivatePeer` if it is connected to a refused address."""
    try:
        ip = _address(sock.getpeername()[0])
    except (OSError, ValueError, IndexError):
        ip = None  # not an IP socket (never for http/https); nothing to judge
    if ip is not None and _refused(ip):
        sock.close()
        raise PrivatePeer(host, ip)


def _guarded_adapter(**kwargs: Any) -> requests.adapters.HTTPAdapter:
    """An adapter whose direct connections are checked, once connected, against the private-network guard.

    The name was checked before the request; this checks the address the
    socket reached, so a second DNS answer cannot lead elsewhere. Proxied
    connections are left alone (the proxy is the peer, and the user's choice).
    """
    import requests.adapters
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    class GuardedHTTPConnection(HTTPConnection):
        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            _check_peer(sock, self.host)
            return sock

    class GuardedHTTPSConnection(HTTPSConnection):
        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            if self._tunnel_host is None:
                _check_peer(sock, self.host)
            return sock

    class GuardedHTTPPool(HTTPConnectionPool):
        ConnectionCls = GuardedHTTPConnection

    class GuardedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = GuardedHTTPSConnection

    class GuardedAdapter(requests.adapters.HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kw: Any) -> None:
            super().init_poolmanager(*args, **kw)
            self.poolmanager.pool_classes_by_scheme = {"http": GuardedHTTPPool, "https": GuardedHTTPSPool}

    return GuardedAdapter(**kwargs)


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


class Client:
    """The HTTP client every network lookup in refkit goes through.

    All arguments are keyword-only and optional::

        Client(cache="refkit.sqlite", mailto="editor@example.org")

    ``cache`` is a path or a :class:`Cache` (None: no disk at all);
    ``offline`` answers from the cache only; ``timeout`` is seconds per request;
    ``retries`` how many times a 429/5xx/timeout is retried (web pages: once at most); ``max_wait`` the
    longest single wait refkit accepts (a longer ``Retry-After`` gives up);
    ``workers`` the thread pool for many lookups (each host's advertised
    concurrency still applies); ``max_bytes`` caps API bodies, ``page_bytes``
    the bytes read of a web page; ``ttl``/``negative_ttl`` are the cache expiry
    in seconds for found and not-found answers; ``session`` a ready
    ``requests.Session`` (proxies, certificates) to use instead of a new one.

    ``stats`` counts ``requests`` (sent over the network), ``cache_hits`` and
    ``retries``.
    """

    def __init__(
        self,
        *,
        doi_url: str | None = None,
        crossref_url: str | None = None,
        datacite_url: str | None = None,
        wayback_url: str | None = None,
        mailto: str | None = None,
        cache: str | Path | Cache | None = None,
        offline: bool = False,
        allow_private_network: bool | None = None,
        timeout: float = 15.0,
        retries: int = 3,
        backoff: float = 0.5,
        max_wait: float = 60.0,
        max_redirects: int = 10,
        workers: int = 8,
        max_bytes: int = 20_000_000,
        page_bytes: int = 256_000,
        ttl: float = 30 * DAY,
        negative_ttl: float = 7 * DAY,
        session: Any = None,
    ) -> None:
        given = {"doi": doi_url, "crossref": crossref_url, "datacite": datacite_url, "wayback": wayback_url}
        self.urls = {k: (v or os.environ.get(_ENV[k]) or DEFAULT_URLS[k]).rstrip("/") for k, v in given.items()}
        self.mailto = mailto or os.environ.get("REFKIT_MAILTO") or None
        self._owns_cache = cache is not None and not isinstance(cache, Cache)
        self.cache: Cache | None = Cache(cache) if self._owns_cache else cache  # type: ignore[arg-type]
        self.offline = offline
        if allow_private_network is None:
            allow_private_network = _env_flag("REFKIT_ALLOW_PRIVATE_NETWORK")
        self.allow_private_network = allow_private_network
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.max_redirects = max_redirects
        self.workers = max(1, workers)
        self.max_bytes = max_bytes
        self.page_bytes = page_bytes
        self.ttl = ttl
        self.negative_ttl = negative_ttl
        self._session = session
        self._page_session: requests.Session | None = None
        self._session_lock = threading.Lock()
        self._pacers: dict[str, _Pacer] = {}
        self._pacers_lock = threading.Lock()
        self._stats_lock = threading.Lock()
        self.stats = {"requests": 0, "cache_hits": 0, "retries": 0}

    # -- plumbing -------------------------------------------------------------

    @property
    def user_agent(self) -> str:
        import requests

        from .. import __version__

        contact = f" (mailto:{self.mailto})" if self.mailto else ""
        return f"refkit/{__version__}{contact} python-requests/{requests.__version__}"

    @property
    def session(self) -> requests.Session:
        """The session for the services (and for pages when the private network is allowed)."""
        import requests
        import requests.adapters

        with self._session_lock:
            if self._session is None:
                s = requests.Session()
                adapter = requests.adapters.HTTPAdapter(pool_connections=16, pool_maxsize=max(10, self.workers))
                s.mount("http://", adapter)
                s.mount("https://", adapter)
                s.headers["User-Agent"] = self.user_agent
                s.trust_env = True
                self._session = s
            return self._session

    @property
    def page_session(self) -> requests.Session:
        """The session for URLs from documents: every direct connection's address is checked by the guard.

        It takes the main session's headers, proxies, certificates and auth
        (a session given to the client included), not its adapters.
        """
        import requests

        base = self.session
        with self._session_lock:
            if self._page_session is None:
                s = requests.Session()
                adapter = _guarded_adapter(pool_connections=16, pool_maxsize=max(10, self.workers))
                s.mount("http://", adapter)
                s.mount("https://", adapter)
                s.headers.clear()
                s.headers.update(base.headers)
                s.proxies = dict(base.proxies)
                s.verify, s.cert, s.auth, s.trust_env = base.verify, base.cert, base.auth, base.trust_env
                self._page_session = s
            return self._page_session

    def close(self) -> None:
        """Close the sessions, and the cache if this client opened it."""
        if self._session is not None:
            self._session.close()
        if self._page_session is not None:
            self._page_session.close()
        if self._owns_cache and self.cache is not None:
            self.cache.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _count(self, key: str) -> None:
        with self._stats_lock:
            self.stats[key] += 1

    def _pacer(self, url: str, *, service: bool, pool: str = "") -> _Pacer:
        host = urlsplit(url).netloc.lower()
        key = f"{host} {pool}".strip()
        with self._pacers_lock:
            pacer = self._pacers.get(key)
            if pacer is None:
                # services: one at a time until they say more; web sites: a modest 2 at a time, 5/s
                pacer = _Pacer(concurrency=1) if service else _Pacer(concurrency=2, limit=5, interval=1.0)
                self._pacers[key] = pacer
            return pacer

    def map(self, func: Callable[[T], R], items: Iterable[T], *, progress: Callable[[int, int], None] | None = None) -> list[R]:
        """``[func(x) for x in items]`` on the thread pool, in input order.

        ``func`` should not raise (resolution turns failures into outcomes);
        if it does, the exception propagates here. ``progress(done, total)``
        is called after each item.
        """
        items = list(items)
        total = len(items)
        if total == 0:
            return []
        if self.workers == 1 or total == 1:
            out = []
            for i, item in enumerate(items, 1):
                out.append(func(item))
                if progress:
                    progress(i, total)
            return out
        done = 0
        lock = threading.Lock()

        def run(item: T) -> R:
            nonlocal done
            try:
                return func(item)
            finally:
                if progress:
                    with lock:
                        done += 1
                        progress(done, total)

        with ThreadPoolExecutor(max_workers=min(self.workers, total), thread_name_prefix="refkit") as pool:
            return list(pool.map(run, items))

    # -- the guard --------------------------------------------------------------

    def check_address(self, url: str) -> None:
        """Refuse a URL whose host resolves to a non-public address.

        Raises :class:`NetworkError` with ``reason="private-network"`` (refused)
        or ``reason="dns"`` (the name does not resolve).
        """
        if self.allow_private_network:
            return
        parts = urlsplit(url)
        host = parts.hostname or ""
        try:
            infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80), proto=socket.IPPROTO_TCP)
        except (socket.gaierror, UnicodeError, OSError) as exc:
            raise NetworkError(f"{host}: name does not resolve ({exc})", url=url, reason="dns") from None
        for info in infos:
            ip = _address(info[4][0])
            if _refused(ip):
                raise NetworkError(
                    f"{host} is a private-network address ({ip}); not probed (allow with --allow-private-network)",
                    url=url,
                    reason="private-network",
                )

    # -- fetching ----------------------------------------------------------------

    def fetch(
        self,
        url: str,
        *,
        method: str = "GET",
        params: Mapping[str, Any] | None = None,
        accept: str | None = None,
        page: bool = False,
        use_cache: bool = True,
        pool: str = "",
    ) -> Answer:
        """One request, with redirects followed, retries, pacing and the cache.

        ``page=True`` marks a URL that came from a document: the private-network
        guard applies to it and to every redirect, and its body is read only up
        to ``page_bytes`` (more is not an error). For service calls a body over
        ``max_bytes`` is a :class:`NetworkError` (``reason="too-large"``).
        ``pool`` names a separately paced class of requests to the same host
        (Crossref limits searches apart from single-record lookups).

        Returns the final :class:`Answer` whatever its status (429/5xx only
        after the retries are spent); raises :class:`NetworkError` when no
        answer came (timeout, refused connection, DNS, redirect loop),
        :class:`Offline` in offline mode on a cache miss.
        """
        if params:
            url = f"{url}{'&' if '?' in url else '?'}{urlencode(params)}"
        key = request_key(method, url, accept)
        if self.cache is not None and use_cache:
            hit = self.cache.get(key)
            if hit is not None:
                self._count("cache_hits")
                hops = tuple(hit.headers.pop("x-refkit-hops", "").split()) if "x-refkit-hops" in hit.headers else ()
                return Answer(hit.status, hit.headers, hit.body, hit.url, hops=hops, from_cache=True)
        if self.offline:
            raise Offline(f"offline: {url} not fetched", url=url)
        answer = self._follow(url, method=method, accept=accept, page=page, pool=pool)
        if self.cache is not None and use_cache and answer.status < 500 and answer.status != 429:
            headers = dict(answer.headers)
            if answer.hops:
                headers["x-refkit-hops"] = " ".join(answer.hops)
            ttl = self.ttl if answer.status < 400 else self.negative_ttl
            self.cache.put(key, CachedAnswer(answer.status, headers, answer.body, answer.url), ttl=ttl)
        return answer

    def _follow(self, url: str, *, method: str, accept: str | None, page: bool, pool: str = "") -> Answer:
        seen = [url]
        current = url
        while True:
            if page:
                self.check_address(current)
            answer = self._send(current, method=method, accept=accept, page=page, pool=pool)
            location = answer.headers.get("location")
            if answer.status not in _REDIRECTS or not location:
                return Answer(answer.status, answer.headers, answer.body, current, hops=tuple(seen[:-1]), truncated=answer.truncated)
            nxt = urljoin(current, location)
            if nxt in seen:
                raise NetworkError(f"redirect loop at {nxt}", url=url, status=answer.status, reason="redirect-loop")
            if len(seen) > self.max_redirects:
                raise NetworkError(f"more than {self.max_redirects} redirects", url=url, status=answer.status, reason="too-many-redirects")
            if answer.status == 303:
                method = "GET" if method != "HEAD" else "HEAD"
            seen.append(nxt)
            current = nxt

    def _send(self, url: str, *, method: str, accept: str | None, page: bool, pool: str = "") -> Answer:
        import requests

        pacer = self._pacer(url, service=not page, pool=pool)
        headers = {"Accept": accept} if accept else {}
        cap = self.page_bytes if page else self.max_bytes
        last_error: NetworkError | None = None
        # a web page gets one retry at most: a dead site should not cost a minute of timeouts
        retries = min(self.retries, 1) if page else self.retries
        for attempt in range(retries + 1):
            if attempt:
                self._count("retries")
            answer: Answer | None = None
            with pacer.slot():
                self._count("requests")
                try:
                    answer = self._once(url, method, headers, cap, page)
                    # learn the limits before the slot is released, so no request goes out under old ones
                    pacer.learn(answer.headers)
                except PrivatePeer as exc:
                    raise NetworkError(str(exc), url=url, reason="private-network") from None
                except requests.Timeout:
                    last_error = NetworkError(f"{url}: no answer within {self.timeout:g} s", url=url, reason="timeout")
                except requests.ConnectionError as exc:
                    reason = "dns" if _is_dns_failure(exc) else "connection"
                    last_error = NetworkError(f"{url}: {_short(exc)}", url=url, reason=reason)
                    if reason == "dns":
                        raise last_error from None
                except requests.RequestException as exc:
                    raise NetworkError(f"{url}: {_short(exc)}", url=url, reason="request") from None
            if answer is not None:
                if answer.status not in _RETRY_STATUSES:
                    return answer
                advised = _retry_after(answer.headers.get("retry-after"))
                if attempt == retries or (advised is not None and advised > self.max_wait):
                    if answer.status == 429 and not page:
                        raise RateLimited(
                            f"{url}: still rate-limited (429) after {attempt + 1} tries",
                            url=url, status=429, retry_after=advised, reason="rate-limited",
                        )  # fmt: skip
                    return answer
                delay = advised if advised is not None else self.backoff * 2**attempt * (1 + random.random() / 4)
                if answer.status == 429:
                    pacer.pause(delay)
            else:
                if attempt == retries:
                    break
                delay = self.backoff * 2**attempt * (1 + random.random() / 4)
            time.sleep(min(delay, self.max_wait))
        assert last_error is not None
        raise last_error

    def _once(self, url: str, method: str, headers: dict[str, str], cap: int, page: bool) -> Answer:
        session = self.page_session if page and not self.allow_private_network else self.session
        with session.request(method, url, headers=headers, timeout=self.timeout, allow_redirects=False, stream=True) as resp:
            chunks: list[bytes] = []
            size = 0
            truncated = False
            if method != "HEAD":
                for chunk in resp.iter_content(65536):
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > cap:
                        truncated = True
                        break
            body = b"".join(chunks)
            if truncated:
                if not page:
                    raise NetworkError(
                        f"{url}: answer larger than {cap} bytes; not read", url=url, status=resp.status_code, reason="too-large"
                    )
                body = body[:cap]
            hdrs = {k.lower(): v for k, v in resp.headers.items()}
            for drop in ("content-encoding", "transfer-encoding", "content-length"):
                hdrs.pop(drop, None)
            return Answer(resp.status_code, hdrs, body, url, truncated=truncated)

    # -- the services -------------------------------------------------------------

    def service_url(self, service: str, path: str) -> str:
        """A service's base URL joined with one of its paths."""
        return self.urls[service] + path

    def _crossref_params(self, params: dict[str, Any] | None = None) -> dict[str, Any]:
        params = dict(params or {})
        if self.mailto:
            params["mailto"] = self.mailto
        return params

    def crossref_work(self, doi: str) -> Answer:
        """``GET {crossref}/works/{doi}``: one Crossref record (404 if not Crossref's)."""
        return self.fetch(self.service_url("crossref", f"/works/{_q(doi)}"), params=self._crossref_params() or None)

    def crossref_agency(self, doi: str) -> Answer:
        """``GET {crossref}/works/{doi}/agency``: the registration agency, as Crossref knows it."""
        return self.fetch(self.service_url("crossref", f"/works/{_q(doi)}/agency"), params=self._crossref_params() or None)

    def crossref_search(self, text: str, *, rows: int = 2) -> Answer:
        """``GET {crossref}/works?query.bibliographic=...&rows=N``: candidates for a reference string."""
        params = self._crossref_params({"query.bibliographic": text, "rows": rows, "select": _SELECT})
        return self.fetch(self.service_url("crossref", "/works"), params=params, pool="list")

    def datacite_doi(self, doi: str) -> Answer:
        """``GET {datacite}/dois/{doi}``: one DataCite record."""
        return self.fetch(self.service_url("datacite", f"/dois/{_q(doi)}"))

    def doi_agency(self, doi: str) -> Answer:
        """``GET {doi}/ra/{doi}``: which registration agency holds a DOI (or that none does)."""
        return self.fetch(self.service_url("doi", f"/ra/{_q(doi)}"))

    def doi_handle(self, doi: str) -> Answer:
        """``GET {doi}/api/handles/{doi}``: the handle record (``responseCode`` 1 found, 100 not)."""
        return self.fetch(self.service_url("doi", f"/api/handles/{_q(doi)}"))

    def wayback(self, url: str) -> Answer:
        """``GET {wayback}/available?url=...``: the closest archived snapshot of a URL."""
        return self.fetch(self.service_url("wayback", "/available"), params={"url": url})

    def __repr__(self) -> str:
        mode = " offline" if self.offline else ""
        return f"<refkit.Client{mode} crossref={self.urls['crossref']!r} cache={self.cache!r}>"


def _q(doi: str) -> str:
    return quote(doi, safe="/")


def _is_dns_failure(exc: BaseException) -> bool:
    seen: set[int] = set()
    node: BaseException | None = exc
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        if isinstance(node, socket.gaierror) or type(node).__name__ == "NameResolutionError":
            return True
        node = node.__cause__ or node.__context__ or (node.args[0] if node.args and isinstance(node.args[0], BaseException) else None)
        if node is None:
            break
    text = str(exc)
    return "NameResolutionError" in text or "Name or service not known" in text or "nodename nor servname" in text


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 160 else text[:157] + "..."

