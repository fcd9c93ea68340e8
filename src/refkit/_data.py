"""Where refkit's shipped data lives: ``styles/`` (CSL styles and locales).

In a source checkout (and an editable install) it is the repository's
``styles/`` folder; in a wheel it is ``refkit/_styles``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["styles_dir"]


@cache
def styles_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "_styles", here.parents[1] / "styles"):
        if candidate.is_dir():
            return candidate
    return here / "_styles"
