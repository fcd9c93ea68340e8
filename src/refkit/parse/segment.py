"""Field segmentation of one reference string (placeholder, replaced below)."""

from __future__ import annotations

import re

from ..model import Date, Reference
from ..text import clean, detect_language

__all__ = ["parse_reference"]


def parse_reference(raw: str) -> Reference:
    text = clean(raw)
    item: dict = {"type": "document", "refkit-raw": raw}
    m = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", text)
    ref = Reference.from_csl(item)
    if m:
        ref = ref.replace(issued=Date.of(int(m.group(1))))
    return ref.replace(title=text, language=detect_language(text), confidence=0.1)
