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
from .check import Report, check
from .findings import Finding
from .model import Date, Name, Reference
from .parse import parse, parse_reference
from .readers import Document, RefList, load
from .render import cite, render
from .render.export import to_bibtex, to_csl_json, to_ris
from .resolve import Client, ResolveResult, resolve
from .text import clean, detect_language, detect_script
from .translit import detect_scheme, mixed_schemes, romanize, schemes, transliterate

__all__ = [
    "Client",
    "Date",
    "Document",
    "EmptyInput",
    "Finding",
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
    "Report",
    "ResolveResult",
    "SchemeNotFound",
    "StyleError",
    "StyleNotFound",
    "UnreadableInput",
    "UsageError",
    "__version__",
    "check",
    "cite",
    "clean",
    "detect_language",
    "detect_scheme",
    "detect_script",
    "load",
    "mixed_schemes",
    "parse",
    "parse_reference",
    "render",
    "resolve",
    "romanize",
    "schemes",
    "to_bibtex",
    "to_csl_json",
    "to_ris",
    "transliterate",
]
