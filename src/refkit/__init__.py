"""refkit: reference lists in multilingual scholarship.

Parse, transliterate, resolve, render and check bibliographies that mix
Cyrillic, Hangul and Latin script. The public API is what ``__all__`` lists;
everything else is private. ``import refkit`` loads no CLI framework and opens
no network connection.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import (
    EmptyInput,
    FormatError,
    InputError,
    LocaleNotFound,
    NetworkError,
    Offline,
    RateLimited,
    RefkitError,
    SchemeNotFound,
    StyleError,
    StyleNotFound,
    UnreadableInput,
    UsageError,
)
from .model import Date, Name, Reference
from .parse import parse, parse_reference
from .readers import Document, RefList, load
from .render import render
from .render.export import to_bibtex, to_csl_json, to_ris
from .text import clean, detect_language, detect_script

__all__ = [
    "Date",
    "Document",
    "EmptyInput",
    "FormatError",
    "InputError",
    "LocaleNotFound",
    "Name",
    "NetworkError",
    "Offline",
    "RateLimited",
    "RefList",
    "Reference",
    "RefkitError",
    "SchemeNotFound",
    "StyleError",
    "StyleNotFound",
    "UnreadableInput",
    "UsageError",
    "__version__",
    "clean",
    "detect_language",
    "detect_script",
    "load",
    "parse",
    "parse_reference",
    "render",
    "to_bibtex",
    "to_csl_json",
    "to_ris",
]
