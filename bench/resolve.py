"""Benchmark: resolving DOIs against a service that states its limits.

A local HTTP server, in a process of its own, plays Crossref's ``/works/{doi}``: it advertises 10 requests
per second and 3 at a time (``x-rate-limit-*`` and ``x-concurrency-limit``
headers), answers each request after 50 ms with a recorded Crossref record,
and enforces its limits: a request over them gets 429. It counts the most
requests it saw at once and in any one-second window.

Run 1 resolves N DOIs (default 200) with a fresh SQLite cache: it must stay
within the limits, get no 429, and take close to N / 10 seconds, the least the
advertised rate allows (the baseline). Run 2 repeats it with the same cache:
it must make no request at all.

    python bench/resolve.py [--n 200]

Prints both runs and the ratios: run 1 against the baseline (1.00 is the
fastest a polite client can be), run 1 against run 2.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import tempfile
import threading
import time
import urllib.request
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from refkit.model import Reference  # noqa: E402
from refkit.resolve import Cache, Client, resolve  # noqa: E402

RATE, INTERVAL, CONCURRENCY, LATENCY = 10, 1.0, 3, 0.05
RECORD = json.loads((ROOT / "fixtures" / "http" / "crossref_work_journal_article_corrected.json").read_text(encoding="utf-8"))


class Counter:
    """What the server saw."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.arrivals: deque[float] = deque()
        self.requests = 0
        self.active = 0
        self.max_active = 0
        self.max_in_window = 0
        self.rejected = 0

    def enter(self) -> bool:
        """Count one arrival; False if it breaks the advertised limits."""
        now = time.monotonic()
        with self.lock:
            self.requests += 1
            self.arrivals.append(now)
            while self.arrivals and self.arrivals[0] <= now - INTERVAL:
                self.arrivals.popleft()
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            self.max_in_window = max(self.max_in_window, len(self.arrivals))
            ok = self.active <= CONCURRENCY and len(self.arrivals) <= RATE
            if not ok:
                self.rejected += 1
            return ok

    def leave(self) -> None:
        with self.lock:
            self.active -= 1


def make_handler(counter: Counter) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            if self.path == "/__stats__":  # the bench's own question; not counted
                with counter.lock:
                    keys = ("requests", "max_active", "max_in_window", "rejected")
                    body = json.dumps({k: getattr(counter, k) for k in keys}).encode()
                self.send_response(200)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            ok = counter.enter()
            try:
                time.sleep(LATENCY)
                doi = self.path.split("?")[0].removeprefix("/works/")
                if ok:
                    body = json.dumps({**RECORD, "message": {**RECORD["message"], "DOI": doi}}).encode()
                    status = 200
                else:
                    body, status = b"<html><body><h1>429 Too Many Requests</h1></body></html>", 429
                self.send_response(status)
                self.send_header("content-type", "application/json" if ok else "text/html")
                self.send_header("content-length", str(len(body)))
                self.send_header("x-rate-limit-limit", str(RATE))
                self.send_header("x-rate-limit-interval", f"{INTERVAL:g}s")
                self.send_header("x-concurrency-limit", str(CONCURRENCY))
                if not ok:
                    self.send_header("retry-after", "1")
                self.end_headers()
                self.wfile.write(body)
            finally:
                counter.leave()

        def log_message(self, *args: object) -> None:
            pass

    return Handler


def references(n: int) -> list[Reference]:
    msg = RECORD["message"]
    return [
        Reference.from_csl({
            "id": f"r{i}", "type": "article-journal", "DOI": f"10.5555/bench.{i}", "title": msg["title"][0],
            "author": [{"family": msg["author"][0]["family"]}], "issued": {"date-parts": [[2012]]},
        })  # fmt: skip
        for i in range(n)
    ]


def run(base: str, refs: list[Reference], cache: Cache) -> tuple[float, dict[str, int]]:
    with Client(crossref_url=base, cache=cache, workers=8) as client:
        start = time.monotonic()
        result = resolve(refs, client=client, find_missing=False)
        elapsed = time.monotonic() - start
    found = sum(1 for o in result if o.doi and o.doi.state == "found")
    assert found == len(refs), f"only {found} of {len(refs)} resolved"
    return elapsed, dict(result.stats)


def serve(port_queue: multiprocessing.Queue) -> None:
    """The service, in its own process, so that the client's threads cannot delay its clock."""
    counter = Counter()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(counter))
    server.daemon_threads = True
    port_queue.put(server.server_port)
    server.serve_forever()


def stats(base: str) -> dict[str, int]:
    with urllib.request.urlopen(base + "__stats__") as answer:
        return json.loads(answer.read())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="how many DOIs (default 200)")
    args = parser.parse_args()
    ports: multiprocessing.Queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=serve, args=(ports,), daemon=True)
    proc.start()
    base = f"http://127.0.0.1:{ports.get(timeout=10)}/"
    refs = references(args.n)
    baseline = args.n * INTERVAL / RATE
    try:
        with tempfile.TemporaryDirectory() as tmp:
            cache = Cache(Path(tmp) / "bench.sqlite")
            t1, s1 = run(base, refs, cache)
            first = stats(base)
            t2, s2 = run(base, refs, cache)
            second = stats(base)
            cache.close()
    finally:
        proc.terminate()
    seen1, seen2 = first["requests"], second["requests"] - first["requests"]
    print(f"server advertises {RATE}/{INTERVAL:g}s, concurrency {CONCURRENCY}, answers after {LATENCY * 1000:.0f} ms")
    print(f"run 1 (empty cache): {args.n} DOIs in {t1:.2f} s; server saw {seen1} requests, at most {first['max_active']} at once, "
          f"at most {first['max_in_window']} in any {INTERVAL:g} s, {first['rejected']} answered 429; client retries {s1['retries']}")  # fmt: skip
    print(f"run 2 (cache):       {args.n} DOIs in {t2:.3f} s; server saw {seen2} requests, cache hits {s2['cache_hits']}")
    print(f"ratio run 1 / baseline ({baseline:.1f} s = {args.n} at {RATE}/s): {t1 / baseline:.3f}")
    print(f"ratio run 1 / run 2 (cache speed-up): {t1 / max(t2, 1e-9):.0f}x")
    ok = first["rejected"] == 0 and first["max_active"] <= CONCURRENCY and first["max_in_window"] <= RATE and seen2 == 0
    print("limits kept, no 429, second run made 0 requests" if ok else "FAILED: limits broken or cache missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
