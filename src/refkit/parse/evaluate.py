"""Field-level scoring of parsed references against hand-labelled ones.

Used by the parser tests and ``bench/parse_accuracy.py``; usable on any labelled
file in the corpus format (JSON Lines of ``{"id", "text", "gold"}``).

A field counts as right when both sides agree after light normalisation (case,
dash and quote variants, surrounding punctuation); names match on family name
plus initials, or on the literal name. Micro-F1 over all fields is returned
with the per-entry list of wrong fields, so a failing test names them.
"""

from __future__ import annotations

import re
import unicodedata

FIELDS = (
    "type", "title", "translated-title", "container-title", "collection-title", "publisher", "publisher-place",
    "issued", "volume", "issue", "page", "number-of-pages", "edition", "DOI", "URL", "ISBN", "language",
)  # fmt: skip
_DASH = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")
_QUOTE = dict.fromkeys(map(ord, "\"'`«»“”„‘’‚"), None)


def _norm(value) -> str:
    s = unicodedata.normalize("NFC", str(value)).translate(_DASH).translate(_QUOTE).casefold()
    return re.sub(r"\s+", " ", s).strip(" .,;:/[]()-")


def _key(field: str, value):
    if value in (None, "", [], {}):
        return None
    if field == "issued":
        parts = value.get("date-parts") if isinstance(value, dict) else None
        return int(parts[0][0]) if parts and parts[0] else None
    if field in ("volume", "issue", "page", "number-of-pages", "ISBN"):
        return re.sub(r"[\s()]|pp|p\.", "", _norm(value))
    if field == "URL":
        return re.sub(r"^https?://", "", str(value).strip("<> ").replace("\\_", "_")).rstrip("/").casefold()
    if field == "DOI":
        return re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", _norm(value))
    if field == "language":
        return _norm(value).split("-")[0]
    return _norm(value)


def _name_keys(name: dict) -> set:
    keys = set()
    if name.get("literal"):
        keys.add("L" + re.sub(r"\s", "", _norm(name["literal"])))
    if name.get("family"):
        initials = "".join(p[0] for p in re.split(r"[\s.\-]+", name.get("given") or "") if p).casefold()
        keys.add("F" + _norm(name["family"]) + "|" + initials)
    return keys


__all__ = ["breakdown", "score"]


def score(pairs) -> tuple[float, list[tuple[str, list[str]]]]:
    """``pairs`` of (id, gold item, predicted item) -> (micro-F1, [(id, wrong fields)])."""
    tp = fp = fn = 0
    wrong_entries = []
    for ident, gold, pred in pairs:
        wrong = []
        for role in ("author", "editor"):
            g = [n for n in gold.get(role) or [] if isinstance(n, dict)]
            p = [n for n in pred.get(role) or [] if isinstance(n, dict)]
            free = list(range(len(p)))
            hit = 0
            for name in g:
                for i in free:
                    if _name_keys(name) & _name_keys(p[i]):
                        free.remove(i)
                        hit += 1
                        break
            tp, fp, fn = tp + hit, fp + len(p) - hit, fn + len(g) - hit
            if hit != len(g) or hit != len(p):
                wrong.append(role)
        for field in FIELDS:
            gk, pk = _key(field, gold.get(field)), _key(field, pred.get(field))
            if gk is None and (pk is None or field == "language"):
                continue
            if gk == pk:
                tp += 1
                continue
            wrong.append(field)
            fp += pk is not None
            fn += gk is not None
        if wrong:
            wrong_entries.append((ident, wrong))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, wrong_entries


def breakdown(entries, parse) -> dict[str, dict[str, float]]:
    """Micro-F1 overall and per language and per type of the gold items.

    ``entries`` are corpus lines (dicts with ``id``, ``text``, ``gold``); ``parse``
    turns a text into a CSL-JSON item.
    """
    groups: dict[str, list] = {}
    for e in entries:
        pred = parse(e["text"])
        pair = (e["id"], e["gold"], pred)
        groups.setdefault("all", []).append(pair)
        groups.setdefault("language:" + str(e["gold"].get("language", "-")), []).append(pair)
        groups.setdefault("type:" + str(e["gold"].get("type", "-")), []).append(pair)
    out = {}
    for key, pairs in sorted(groups.items()):
        f1, wrong = score(pairs)
        out[key] = {"n": len(pairs), "f1": f1, "exact": len(pairs) - len(wrong)}
    return out
