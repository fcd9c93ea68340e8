"""A learned baseline for the rules parser: a CRF sequence labeller trained on the labelled corpus.

The parser is a rules parser. This script measures the alternative the parser issue names, a
conditional random field over tokens (python-crfsuite), on a batch of the corpus it has never
seen: it trains on every file of ``fixtures/parse/`` except the held-out batch's, then scores
the batch's held-out half with the same field-level scorer as the rules parser.

Tokens are labelled for training by finding each gold field's value in the string (names by
their family and given parts, the date by its year). Features are the token, its shape, its
script, its neighbours, where it stands (after '//', inside quotes or brackets, how many
sentences in). With ``--stack`` the rules parser's own labels (from its field spans) are
features too. Type and language are the rules parser's in both cases, so the comparison is
on segmentation only.

It is not shipped and not a dependency: ``pip install python-crfsuite`` to run it.

    python bench/crf_baseline.py                   # hold out fresh46 (the newest batch), CRF alone
    python bench/crf_baseline.py --stack           # CRF with the rules' labels as features
    python bench/crf_baseline.py --holdout fresh15
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from refkit.parse import parse_reference
from refkit.parse.evaluate import score
from refkit.parse.lexicon import CITIES
from refkit.parse.names import scan_names
from refkit.text import clean_with_offsets

ROOT = Path(__file__).resolve().parents[1]
_TOKEN = re.compile(r"https?://(?:dx\.)?doi\.org/|doi:|https?://\S+|www\.\S+|10\.\d{4,9}/\S+|\w+|//|[^\w\s]")
_FOLD = {**dict.fromkeys(map(ord, "‐‑‒–—―−~"), "-"), **dict.fromkeys(map(ord, "\"'`«»“”„‘’‚"), '"')}
_SPANS = ("URL", "DOI", "ISBN", "title", "translated-title", "container-title", "collection-title", "publisher",
          "publisher-place", "genre", "edition", "event-title")  # fmt: skip
_NUMBERS = ("volume", "issue", "page", "number-of-pages")
_CJK_NAME = re.compile(r"[\uac00-\ud7a3\u4e00-\u9fff\u3040-\u30ff]")


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _norm(token: str) -> str:
    return unicodedata.normalize("NFC", token).translate(_FOLD).casefold().rstrip(".,;)") or token


def gold_labels(text: str, gold: dict) -> list[str]:
    """One label per token: the gold field whose value covers it, or 'O'."""
    toks = [_norm(t) for t, _, _ in tokens(text)]
    labels = ["O"] * len(toks)

    def mark(field: str, value: str, start: int = 0) -> tuple[int, int] | None:
        seq = [_norm(t) for t, _, _ in tokens(value)]
        for i in range(start, len(toks) - len(seq) + 1):
            if seq and all(labels[i + k] == "O" and toks[i + k] == seq[k] for k in range(len(seq))):
                labels[i : i + len(seq)] = [field] * len(seq)
                return i, i + len(seq)
        return None

    for field in _SPANS:
        if gold.get(field):
            mark(field, str(gold[field]))
    for role in ("author", "editor"):
        found, cursor = [], 0
        for name in (n for n in gold.get(role) or [] if isinstance(n, dict)):
            family, given = name.get("family") or "", name.get("given") or ""
            if name.get("literal"):
                parts = [name["literal"]]
            elif _CJK_NAME.match(family) and _norm(family + given) in toks:
                parts = [family + given]  # '구해근' is one token
            else:
                parts = [p for p in (family, given) if p]
            for k, part in enumerate(parts):
                hit = mark(role, part, cursor if k == 0 else max(0, cursor - 8))
                if hit:
                    found.append(hit)
                    cursor = hit[1] if k == 0 else cursor
        if found:  # the separators between the names, and 'et al.' after them
            lo, hi = min(a for a, _ in found), max(b for _, b in found)
            while hi < len(toks) and labels[hi] == "O" and toks[hi] in ("et", "al", ".", "и", "др", "[", "]", ","):
                hi += 1
            labels[lo:hi] = [role if lab == "O" else lab for lab in labels[lo:hi]]
    issued = gold.get("issued")
    if isinstance(issued, dict) and (issued.get("date-parts") or [[]])[0]:
        mark("issued", str(issued["date-parts"][0][0]))
    for field in _NUMBERS:
        if gold.get(field):
            mark(field, str(gold[field]))
    return labels


def _shape(token: str) -> str:
    s = re.sub(r"[^\W\d_]", lambda m: "X" if m.group().isupper() else "x", token)
    s = re.sub(r"\d", "d", s)
    return re.sub(r"(.)\1+", r"\1\1", s)[:6]


def features(toks: list[tuple[str, int, int]], rules: list[str] | None = None) -> list[list[str]]:
    words = [t for t, _, _ in toks]
    low = [w.casefold() for w in words]
    shapes = [_shape(w) for w in words]
    n, out = len(words), []
    after_slashes = sentences = quoted = bracketed = 0
    for i, w in enumerate(words):
        f = [f"w={low[i]}", f"s={shapes[i]}", f"p3={low[i][:3]}", f"x3={low[i][-3:]}", f"pos={i * 10 // max(n, 1)}",
             f"i={min(i, 6)}", f"r={min(n - 1 - i, 6)}", f"slash={after_slashes}", f"dots={min(sentences, 6)}",
             f"q={quoted > 0}", f"b={bracketed > 0}"]  # fmt: skip
        if re.fullmatch(r"(?:1[5-9]|20)\d\d", w):
            f.append("year")
        if low[i] in CITIES:
            f.append("city")
        if len(w) == 1 and w.isupper() and i + 1 < n and words[i + 1] == ".":
            f.append("initial")
        for d in (-2, -1, 1, 2):
            j = i + d
            f += [f"{d}w={low[j]}", f"{d}s={shapes[j]}"] if 0 <= j < n else [f"{d}edge"]
        if rules is not None:
            f += [f"R={rules[i]}", f"R={rules[i]}|w={low[i]}", f"R-1={rules[i - 1] if i else '^'}", f"R+1={rules[i + 1] if i + 1 < n else '$'}"]
        out.append(f)
        after_slashes |= w == "//"
        sentences += w == "."
        quoted += 1 if w in "«“„" else -1 if w in "»”" and quoted else 0
        bracketed += 1 if w in "[(『「" else -1 if w in "])』」" and bracketed else 0
    return out


def rules_labels(raw: str, toks: list[tuple[str, int, int]], item: dict) -> list[str]:
    """The rules parser's field for each token, from its spans over the raw string."""
    _, offsets = clean_with_offsets(raw)
    spans = item.get("refkit-spans", {})
    out = []
    for _, a, _ in toks:
        at = offsets[min(a, len(offsets) - 1)] if offsets else 0
        out.append(next((f for f, (s, e) in spans.items() if s <= at < e), "O"))
    return out


def decode(text: str, toks: list[tuple[str, int, int]], labels: list[str]) -> dict:
    """The first run of each label becomes that field; names are read by the rules parser's name scanner."""
    spans: dict[str, tuple[int, int]] = {}
    i = 0
    while i < len(toks):
        label, j = labels[i], i
        while j + 1 < len(toks) and (labels[j + 1] == label or label != "O" and j + 2 < len(toks) and labels[j + 2] == label and not toks[j + 1][0][0].isalnum()):
            j += 1
        if label != "O":
            spans.setdefault(label, (toks[i][1], toks[j][2]))
        i = j + 1
    item: dict = {}
    for label, (a, b) in spans.items():
        value = text[a:b].strip(" .,;:/–—-")
        if label in ("author", "editor"):
            names = scan_names(text, a)
            if names and names.end > b + 3:
                names = scan_names(text[: b + 1], a)
            item[label] = [n.to_csl() for n in names.names] if names else [{"literal": value}]
        elif label == "issued":
            year = re.search(r"\d{4}", value)
            if year:
                item["issued"] = {"date-parts": [[int(year.group())]]}
        else:
            item[label] = value.strip("«»“”\"'[]()『』「」")
    return item


def load(paths) -> list[dict]:
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--holdout", default="fresh46", help="corpus batch to hold out (its *-test.jsonl is scored)")
    ap.add_argument("--stack", action="store_true", help="give the CRF the rules parser's labels as features")
    args = ap.parse_args()
    try:
        import pycrfsuite
    except ImportError:
        print("bench/crf_baseline.py needs python-crfsuite: pip install python-crfsuite", file=sys.stderr)
        return 2
    files = sorted((ROOT / "fixtures" / "parse").glob("*.jsonl"))
    train = load(p for p in files if not p.name.startswith(args.holdout + "-"))
    test = load(p for p in files if p.name == f"{args.holdout}-test.jsonl")
    if not test:
        print(f"no fixtures/parse/{args.holdout}-test.jsonl", file=sys.stderr)
        return 2
    trainer = pycrfsuite.Trainer(verbose=False)
    for e in train:
        text, _ = clean_with_offsets(e["text"])
        toks = tokens(text)
        rules = rules_labels(e["text"], toks, parse_reference(e["text"]).to_csl()) if args.stack else None
        trainer.append(features(toks, rules), gold_labels(text, e["gold"]))
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        start = time.process_time()
        trainer.train(f"{tmp}/model.crf")
        trained = time.process_time() - start
        tagger = pycrfsuite.Tagger()
        tagger.open(f"{tmp}/model.crf")
        rules_pairs, crf_pairs, right = [], [], [0, 0]
        for e in test:
            text, _ = clean_with_offsets(e["text"])
            toks = tokens(text)
            rules_item = parse_reference(e["text"]).to_csl()
            labels = tagger.tag(features(toks, rules_labels(e["text"], toks, rules_item) if args.stack else None))
            gold = gold_labels(text, e["gold"])
            right = [right[0] + sum(a == b for a, b in zip(labels, gold)), right[1] + len(gold)]
            crf_item = {**decode(text, toks, labels), "type": rules_item.get("type"), "language": rules_item.get("language")}
            rules_pairs.append((e["id"], e["gold"], rules_item))
            crf_pairs.append((e["id"], e["gold"], crf_item))
    n = len(test)
    (rf, rw), (cf, cw) = score(rules_pairs), score(crf_pairs)
    print(f"trained on {len(train)} references in {trained:.0f} s; held out {args.holdout}-test ({n} references)")
    print(f"token accuracy of the CRF: {right[0] / right[1]:.3f}")
    label = "CRF + rules' labels" if args.stack else "CRF"
    print(f"{'rules parser':<20} micro-F1 {rf:.3f}  exactly right {n - len(rw)}/{n}")
    print(f"{label:<20} micro-F1 {cf:.3f}  exactly right {n - len(cw)}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
