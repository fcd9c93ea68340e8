"""Telling which scheme a Latin-script text was made with."""

from __future__ import annotations

__all__ = ["detect_scheme", "mixed_schemes", "scheme_votes"]


def detect_scheme(latin: str, original: str | None = None) -> tuple[str, float]:
    raise NotImplementedError


def scheme_votes(text: str) -> dict[str, int]:
    raise NotImplementedError


def mixed_schemes(text: str) -> list[str]:
    raise NotImplementedError
