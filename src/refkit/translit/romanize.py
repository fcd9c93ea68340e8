"""Romanizing whole references: the Latin-script twin of a reference list."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Name, Reference
from .profiles import load_profile

__all__ = ["romanize", "romanize_name"]

_TEXT_FIELDS = ("title", "container_title", "collection_title", "publisher", "publisher_place")


def romanize_name(name: Name, *, profile: str = "default", language: str | None = None) -> Name:
    """A name in Latin script: ``Овчарова Т.Н.`` -> family ``Ovcharova``, given ``T.N.``."""
    raise NotImplementedError


def romanize(references: Iterable[Reference], *, profile: str = "default") -> list[Reference]:
    raise NotImplementedError
