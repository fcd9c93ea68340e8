"""Patterns written inline in the rules, compiled once.

The segmentation rules write some 740 regular expressions inline
(``rx.search(r"…", text)``). That is more than the 512 compiled patterns the
``re`` module keeps, and past that ``re`` drops its oldest entry on each miss,
so about 960 patterns were compiled again on every pass over the corpus (some 6%
of the parser's time, measured with both caches interleaved in one process). These
functions take the same arguments as their ``re`` namesakes and keep up to 4,096
compiled patterns, the least recently used going first. The bound matters: a few
rules build a pattern from the reference itself (a publisher's name), and those
must not make the cache grow with the input.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Iterator

Pattern = str | re.Pattern[str]

compiled: Callable[..., re.Pattern[str]] = lru_cache(maxsize=4096)(re.compile)


def search(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).search(string)


def match(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).fullmatch(string)


def finditer(pattern: Pattern, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return compiled(pattern, flags).finditer(string)


def findall(pattern: Pattern, string: str, flags: int = 0) -> list[Any]:
    return compiled(pattern, flags).findall(string)


def sub(pattern: Pattern, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
    return compiled(pattern, flags).sub(repl, string, count)


def split(pattern: Pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    return compiled(pattern, flags).split(string, maxsplit)
