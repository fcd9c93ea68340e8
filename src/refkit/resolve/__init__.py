"""Resolution: DOIs, missing DOIs, URLs, ISBNs and retractions.

:func:`resolve` takes references and returns a :class:`ResolveResult`: for
each reference, in order, an :class:`Outcome` holding the enriched reference,
its :class:`~refkit.findings.Finding` values and what was learnt about its
DOI, link and ISBNs. Findings are data; nothing here raises for a bad
reference or a failed lookup. Each reference carries its own outcome: one
timing-out service does not spoil the others.

What is checked, per reference:

- ISBN check digits (no network);
- a DOI given: syntax; which agency registered it (Crossref, else doi.org's
  agency lookup, then DataCite); its metadata against the reference, field by
  field; retractions and corrections;
- no DOI: Crossref's bibliographic search (two candidates), and a DOI is
  proposed only when the best one matches surely and has no rival;
- a URL: alive or dead, final address, type, page title, archived copy.

Offline (``offline=True`` or an offline :class:`Client`), answers come from the
client's cache when it has them; everything else is reported as skipped
(``skipped-offline``, severity info), never as a fault of the reference.

The enriched reference carries the results under the CSL-JSON key
``refkit-resolve``, and a proposed DOI in ``DOI``.
"""

from __future__ import annotations

import copy
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import NetworkError, Offline
from ..findings import ERROR, INFO, SEVERITIES, WARNING, Finding
from ..model import Reference
from .cache import Cache
from .client import Answer, Client
from .doi import Record, from_crossref, from_datacite, normalize_doi
from .isbn import IsbnCheck, check_isbn, isbn_findings, split_isbns
from .matching import Comparison, choose_candidate, compare
from .urls import LinkStatus, check_url

__all__ = ["Cache", "Client", "DoiStatus", "Finding", "LinkStatus", "Outcome", "ResolveResult", "resolve"]

# reference types for which a DOI search is pointless (they are almost never registered)
_NO_DOI_TYPES = {
    "webpage", "post", "post-weblog", "article-newspaper", "interview", "broadcast", "legislation", "legal_case",
    "personal_communication", "motion_picture", "song", "map", "software",
}  # fmt: skip


@dataclass(frozen=True)
class DoiStatus:
    """What became of a reference's DOI.

    ``state``: ``found`` (registered; ``verdicts`` compare its metadata),
    ``not-found``, ``invalid``, ``suggested`` (proposed for a reference
    without one), ``none-found`` (searched, nothing sure), ``skipped``
    (offline), ``failed`` (a service did not answer; ``reason`` says how).
    """

    state: str
    doi: str | None = None
    agency: str | None = None
    verdicts: Mapping[str, str] = field(default_factory=dict)
    record: Mapping[str, Any] = field(default_factory=dict)
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"state": self.state}
        for key in ("doi", "agency", "reason"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.verdicts:
            out["verdicts"] = dict(self.verdicts)
        if self.record:
            out["record"] = dict(self.record)
        return out


@dataclass(frozen=True)
class Outcome:
    """One reference after resolution: enriched, with its findings."""

    index: int
    reference: Reference
    findings: tuple[Finding, ...] = ()
    doi: DoiStatus | None = None
    link: LinkStatus | None = None
    isbns: tuple[IsbnCheck, ...] = ()

    @property
    def severity(self) -> str | None:
        """The worst severity among the findings (``error`` first), or None."""
        found = {f.severity for f in self.findings}
        return next((s for s in SEVERITIES if s in found), None)

    @property
    def skipped(self) -> bool:
        return any(f.code == "skipped-offline" for f in self.findings)


@dataclass(frozen=True)
class ResolveResult:
    """All outcomes, in input order, and what it cost in requests."""

    outcomes: tuple[Outcome, ...]
    stats: Mapping[str, int] = field(default_factory=dict)

    @property
    def references(self) -> list[Reference]:
        """The enriched references, in input order."""
        return [o.reference for o in self.outcomes]

    @property
    def findings(self) -> list[tuple[int, Finding]]:
        """Every finding with the index of its reference."""
        return [(o.index, f) for o in self.outcomes for f in o.findings]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.outcomes)

    def __len__(self) -> int:
        return len(self.outcomes)

    def counts(self) -> Counter[str]:
        """Finding codes and their numbers."""
        return Counter(f.code for o in self.outcomes for f in o.findings)

    def summary(self) -> str:
        """One line for people: what was checked and found, and the requests made."""
        dois = Counter(o.doi.state for o in self.outcomes if o.doi)
        links = Counter(o.link.state for o in self.outcomes if o.link)
        codes = self.counts()
        parts = [f"{len(self.outcomes)} references"]
        if dois:
            parts.append("DOIs: " + ", ".join(f"{n} {s}" for s, n in sorted(dois.items())))
        if links:
            parts.append("links: " + ", ".join(f"{n} {s}" for s, n in sorted(links.items())))
        if codes.get("retracted"):
            parts.append(f"{codes['retracted']} retracted")
        if codes.get("isbn-invalid"):
            parts.append(f"{codes['isbn-invalid']} bad ISBN")
        sev = Counter(f.severity for o in self.outcomes for f in o.findings)
        parts.append(f"findings: {sev.get(ERROR, 0)} error, {sev.get(WARNING, 0)} warning, {sev.get(INFO, 0)} info")
        parts.append(f"{self.stats.get('requests', 0)} requests, {self.stats.get('cache_hits', 0)} from cache")
        return "; ".join(parts)


def resolve(
    references: Iterable[Reference],
    *,
    client: Client | None = None,
    offline: bool = False,
    find_missing: bool = True,
    check_links: bool = True,
    add_suggested: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> ResolveResult:
    """Resolve DOIs, URLs and ISBNs of ``references``; never raises for findings.

    ``client`` is the :class:`Client` to use (without one, a short-lived client
    with no disk cache is made and closed). ``offline=True`` makes no request.
    ``find_missing`` searches Crossref for references without a DOI;
    ``check_links`` probes URLs; ``add_suggested`` writes a proposed DOI into the
    reference's ``DOI`` (it is always reported as a ``doi-suggested`` finding).
    ``progress(done, total)`` is called as references finish.
    """
    refs = list(references)
    own = client is None
    active = client if client is not None else Client(offline=offline)
    if offline and not active.offline:
        active = copy.copy(active)
        active.offline = True
        active._owns_cache = False  # the caller's client keeps its cache
    before = dict(active.stats)
    try:
        work = _Resolver(active, find_missing=find_missing, check_links=check_links, add_suggested=add_suggested)
        outcomes = active.map(work, list(enumerate(refs)), progress=progress)
    finally:
        if own:
            active.close()
    stats = {k: active.stats[k] - before.get(k, 0) for k in active.stats}
    return ResolveResult(tuple(outcomes), stats)


def _skipped(field_name: str, what: str) -> Finding:
    return Finding("skipped-offline", INFO, field_name, f"{what} skipped: offline")


def _failed(field_name: str, what: str, exc: Exception) -> Finding:
    return Finding("lookup-failed", INFO, field_name, f"{what} not done: {exc}")


class _Once:
    """Each key's lookup runs once per batch, even from several threads at a time:
    twin lists and repeated entries name the same URL or DOI, and a service
    should not be asked the same question twice. Errors are shared too."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slots: dict[Any, list[Any]] = {}

    def get(self, key: Any, compute: Callable[[], Any]) -> Any:
        with self._lock:
            slot = self._slots.get(key)
            owner = slot is None
            if owner:
                slot = self._slots[key] = [threading.Event(), None, None]
        done, _, _ = slot
        if owner:
            try:
                slot[1] = compute()
            except Exception as exc:
                slot[2] = exc
            finally:
                done.set()
        else:
            done.wait()
        if slot[2] is not None:
            raise slot[2]
        return slot[1]


class _Resolver:
    """Resolves one reference at a time; called from the client's thread pool."""

    def __init__(self, client: Client, *, find_missing: bool, check_links: bool, add_suggested: bool) -> None:
        self.client = client
        self._links = _Once()
        self._records = _Once()
        self.find_missing = find_missing
        self.check_links = check_links
        self.add_suggested = add_suggested

    def __call__(self, item: tuple[int, Reference]) -> Outcome:
        index, ref = item
        findings: list[Finding] = []
        isbns = self._isbns(ref, findings)
        doi_link = _doi_link(ref.url)
        doi = self._doi(ref, findings, doi_link)
        # a doi.org link is checked as the DOI it is, not probed (publishers often turn robots away)
        link = self._link(ref, findings) if ref.url and self.check_links and not doi_link else None
        extra = dict(ref.extra)
        report: dict[str, Any] = {}
        if doi:
            report["doi"] = doi.to_dict()
        if link:
            report["url"] = link.to_dict()
        if isbns:
            report["isbn"] = [{"isbn": c.written, "valid": c.valid, **({"problem": c.problem} if c.problem else {})} for c in isbns]
        if findings:
            report["findings"] = [{k: v for k, v in f.to_dict().items() if v is not None} for f in findings]
        enriched = ref
        if report:
            extra["refkit-resolve"] = report
            enriched = ref.replace(extra=extra)
        if doi and doi.state == "suggested" and self.add_suggested and not ref.doi:
            enriched = enriched.replace(doi=doi.doi)
        return Outcome(index, enriched, tuple(findings), doi, link, tuple(isbns))

    # -- ISBN ---------------------------------------------------------------

    def _isbns(self, ref: Reference, findings: list[Finding]) -> list[IsbnCheck]:
        checks = [check_isbn(x) for x in split_isbns(ref.isbn)] if ref.isbn else []
        findings.extend(isbn_findings(checks))
        return checks

    # -- DOI ----------------------------------------------------------------

    def _doi(self, ref: Reference, findings: list[Finding], doi_link: str | None = None) -> DoiStatus | None:
        if ref.doi or doi_link:
            return self._check_doi(ref, findings, ref.doi or doi_link)
        if self.find_missing and ref.title and (ref.type or "") not in _NO_DOI_TYPES:
            return self._find_doi(ref, findings)
        return None

    def _check_doi(self, ref: Reference, findings: list[Finding], written: str) -> DoiStatus:
        doi = normalize_doi(written)
        if doi is None:
            findings.append(Finding("doi-invalid", ERROR, "DOI", f"{written!r} is not a DOI (a DOI looks like 10.1234/abc)"))
            return DoiStatus("invalid", reason="syntax")
        try:
            record, agency = self._lookup(doi)
        except Offline:
            findings.append(_skipped("DOI", f"DOI {doi} lookup"))
            return DoiStatus("skipped", doi, reason="offline")
        except NetworkError as exc:
            findings.append(_failed("DOI", f"DOI {doi} lookup", exc))
            return DoiStatus("failed", doi, reason=getattr(exc, "reason", None) or "network")
        if agency is None:
            findings.append(Finding("doi-not-found", ERROR, "DOI", f"DOI {doi} is not registered with any agency"))
            return DoiStatus("not-found", doi)
        if record is None:  # registered elsewhere (mEDRA, JaLC, ...): exists, metadata not compared
            return DoiStatus("found", doi, agency=agency)
        cmp = compare(ref, record)
        if cmp.conflicts:
            findings.append(_mismatch(doi, cmp))
        self._updates(record, findings)
        return DoiStatus("found", doi, agency=agency, verdicts=cmp.as_dict(), record=record.to_csl_hint())

    def _lookup(self, doi: str) -> tuple[Record | None, str | None]:
        """The record and agency of a DOI; (None, None) when no agency has it."""
        return self._records.get(doi.lower(), lambda: self._fetch(doi))

    def _fetch(self, doi: str) -> tuple[Record | None, str | None]:
        answer = self.client.crossref_work(doi)
        if answer.status == 200:
            return from_crossref(_message(answer)), "crossref"
        if answer.status != 404:
            raise _unexpected(answer)
        agency = self._agency(doi)
        if agency is None:
            return None, None
        if agency.lower() == "datacite":
            dc = self.client.datacite_doi(doi)
            if dc.status == 200:
                body = dc.json()
                data = body.get("data") if isinstance(body, dict) else None
                if isinstance(data, dict):
                    return from_datacite(data), "datacite"
            elif dc.status != 404:
                raise _unexpected(dc)
        return None, agency.lower()

    def _agency(self, doi: str) -> str | None:
        """The agency doi.org names for a DOI; None when it says the DOI does not exist."""
        answer = self.client.doi_agency(doi)
        try:
            data = answer.json() if answer.status in (200, 404) else None
        except NetworkError:
            data = None
        if isinstance(data, list) and data and isinstance(data[0], dict):
            if data[0].get("RA"):
                return str(data[0]["RA"])
            if "not exist" in str(data[0].get("status", "")).lower() or "invalid" in str(data[0].get("status", "")).lower():
                return None
        # the agency service gave nothing usable: ask the handle system itself
        handle = self.client.doi_handle(doi)
        try:
            code = handle.json().get("responseCode")
        except (NetworkError, AttributeError):
            raise _unexpected(handle) from None
        if code == 1:
            return "unknown"
        if code == 100:
            return None
        raise _unexpected(handle)

    def _updates(self, record: Record, findings: list[Finding]) -> None:
        for u in record.updated_by:
            when = f" ({u.date})" if u.date else ""
            notice = f" by notice {u.doi}" if u.doi else ""
            if u.is_retraction:
                findings.append(Finding("retracted", ERROR, "DOI", f"the work {record.doi} was {u.kind.replace('_', ' ')}{notice}{when}", u.doi))
            else:
                label = (u.label or u.kind).replace("_", " ").lower()
                concern = "concern" in u.kind
                code, sev = ("expression-of-concern", WARNING) if concern else ("corrected", INFO)
                findings.append(Finding(code, sev, "DOI", f"a {label} was published for {record.doi}{notice}{when}", u.doi))
        for u in record.update_to:
            findings.append(
                Finding("update-notice", WARNING, "DOI", f"{record.doi} is a {u.kind.replace('_', ' ')} notice for {u.doi}; cite the work itself?", u.doi)
            )

    def _find_doi(self, ref: Reference, findings: list[Finding]) -> DoiStatus:
        query = _query_text(ref)
        try:
            answer = self.client.crossref_search(query, rows=2)
            if answer.status != 200:
                raise _unexpected(answer)
            items = (_message(answer).get("items") or [])[:2]
        except Offline:
            findings.append(_skipped("DOI", "search for a missing DOI"))
            return DoiStatus("skipped", reason="offline")
        except NetworkError as exc:
            findings.append(_failed("DOI", "search for a missing DOI", exc))
            return DoiStatus("failed", reason=getattr(exc, "reason", None) or "network")
        records = [from_crossref(it) for it in items if isinstance(it, dict) and it.get("DOI")]
        best, why = choose_candidate(ref, records)
        if best is None:
            return DoiStatus("none-found", reason=why)
        doi = best.record.doi
        findings.append(
            Finding("doi-suggested", INFO, "DOI", f"DOI {doi} found for this reference (title, first author and year agree)", doi)
        )
        self._updates(best.record, findings)
        return DoiStatus("suggested", doi, agency="crossref", verdicts=best.as_dict(), record=best.record.to_csl_hint())

    # -- URL ------------------------------------------------------------------

    def _link(self, ref: Reference, findings: list[Finding]) -> LinkStatus:
        status = self._links.get(str(ref.url), lambda: check_url(self.client, str(ref.url)))
        if status.state == "malformed":
            findings.append(Finding("url-malformed", ERROR, "URL", f"URL {ref.url!r} is malformed: {status.reason}"))
        elif status.state == "dead":
            what = f"HTTP {status.status}" if status.reason and status.reason.startswith("http-") else status.reason
            findings.append(Finding("url-dead", WARNING, "URL", f"{ref.url} does not answer ({what})", status.archived))
            if status.archived:
                findings.append(Finding("url-archived", INFO, "URL", f"an archived copy exists: {status.archived}", status.archived))
        elif status.state == "refused":
            findings.append(Finding("url-refused", INFO, "URL", f"{ref.url} points into a private network; not probed"))
        elif status.state == "skipped":
            findings.append(_skipped("URL", "link check"))
        elif status.state == "failed":
            findings.append(Finding("lookup-failed", INFO, "URL", f"{ref.url} not checked: {status.reason}"))
        return status


def _doi_link(url: Any) -> str | None:
    """The DOI in a ``https://doi.org/...`` link, or None for any other URL."""
    if not isinstance(url, str) or not re.match(r"\s*https?://(dx\.)?doi\.org/", url, re.I):
        return None
    return normalize_doi(url)


def _message(answer: Answer) -> dict[str, Any]:
    data = answer.json()
    message = data.get("message") if isinstance(data, dict) else None
    if not isinstance(message, dict):
        raise NetworkError(f"{answer.url}: no 'message' in the answer", url=answer.url, status=answer.status, reason="malformed")
    return message


def _unexpected(answer: Answer) -> NetworkError:
    return NetworkError(f"{answer.url} answered HTTP {answer.status}", url=answer.url, status=answer.status, reason=f"http-{answer.status}")


def _mismatch(doi: str, cmp: Comparison) -> Finding:
    wrong = "; ".join(f"{v.field}: {v.ours!r} here, {v.theirs!r} registered" for v in cmp.disagreements)
    rec = cmp.record
    who = f"{rec.families[0]} " if rec.families else ""
    year = f"({rec.years[0]}) " if rec.years else ""
    registered = f"{who}{year}{rec.title or ''}".strip()
    return Finding("doi-metadata-mismatch", WARNING, "DOI", f"DOI {doi} is registered for another work? {wrong}", registered or None)


def _query_text(ref: Reference) -> str:
    """The string sent to Crossref's bibliographic search: the raw reference if kept, else its fields."""
    if ref.raw and len(ref.raw) >= 20:
        return " ".join(ref.raw.split())[:1000]
    bits = [", ".join(n.family or n.literal or "" for n in ref.author[:3])]
    bits += [ref.title or "", ref.container_title or "", str(ref.year or ""), str(ref.volume or ""), str(ref.page or "")]
    return " ".join(b for b in bits if b)[:1000]
