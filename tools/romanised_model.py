"""Build the model that tells which language a romanised title was written in.

A title printed in Latin letters with no language tag, like ``Mezhdunarodnyi turizm``
or ``Tarih tolqynynda``, is Russian or Kazakh written in Latin script, not English.
Word endings alone decide only long titles. This script trains a character-trigram
naive Bayes model instead. It uses the dev halves of the labelled corpus in
``fixtures/parse/`` (never the held-out ``-test`` files):

- English titles as they are;
- Russian, Ukrainian and Kazakh titles in Cyrillic, romanised with each scheme
  refkit implements that people use for those languages;
- Korean titles in Hangul, romanised in Revised Romanization, McCune–Reischauer and ALA-LC;
- titles already romanised in the corpus, under their gold language.

It writes ``src/refkit/parse/romanised.json``, which the parser loads on first use.
Run it again whenever the corpus changes:

    python tools/romanised_model.py
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from refkit.parse.romanised import LANGUAGES, trigrams  # noqa: E402
from refkit.translit import transliterate  # noqa: E402

OUT = ROOT / "src" / "refkit" / "parse" / "romanised.json"
SCHEMES = {
    "ru": ["bsi", "bgn", "translit-ru", "ala-lc-plain", "scientific", "icao", "iso9", "bgn-pcgn"],
    "uk": ["uk-national", "bsi"],
    "kk": ["kk-bgn-pcgn", "kk-latin-2021", "bsi", "bgn"],
    "ko": ["rr", "mr", "ko-ala-lc", "rr-plain"],
}
_CYRILLIC, _HANGUL = re.compile("[\u0400-\u04ff]"), re.compile("[\uac00-\ud7a3]")
_LATIN_ONLY = re.compile(r"[\x00-\x7f\u00c0-\u024f'’ʹʺ\u0361\u0306–—“”‘«»]+")
MIN_COUNT = 2  # a trigram seen once in all the training text is noise


def training_texts() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
    for path in sorted((ROOT / "fixtures" / "parse").glob("*-dev.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            gold = json.loads(line)["gold"]
            lang = gold.get("language")
            if lang not in texts:
                continue
            for key in ("title", "container-title"):
                value = gold.get(key)
                if not value:
                    continue
                if _CYRILLIC.search(value) or _HANGUL.search(value):
                    for scheme in SCHEMES.get(lang, ()):
                        texts[lang].append(transliterate(value, scheme=scheme, language=lang))
                elif _LATIN_ONLY.fullmatch(value):
                    texts[lang].append(value)
    return texts


def build() -> dict:
    counts = {lang: Counter() for lang in LANGUAGES}
    for lang, values in training_texts().items():
        for value in values:
            counts[lang].update(trigrams(value))
    total = Counter()
    for counter in counts.values():
        total.update(counter)
    vocab = sorted(g for g, n in total.items() if n >= MIN_COUNT)
    model: dict = {"languages": list(LANGUAGES), "trigrams": {}}
    for lang in LANGUAGES:
        counter = counts[lang]
        size = sum(counter[g] for g in vocab) + len(vocab)  # add-one smoothing over the shared vocabulary
        for g in vocab:
            model["trigrams"].setdefault(g, []).append(round(math.log((counter[g] + 1) / size), 2))
    return model


def main() -> None:
    model = build()
    OUT.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(model['trigrams'])} trigrams, {OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
