"""Output formats for the CSL engine: plain text, HTML and Markdown.

citeproc-py asks its "formatter" for ``preformat(text)`` (escape a piece of
text) and for wrapper classes (``Italic``, ``Bold``, ``SmallCaps``, ...). refkit
gives it its own three formatters. The HTML one writes what citeproc-js writes
(``&#38;`` for ``&``, ``<span style="font-variant:small-caps;">``), so output
can be compared with the CSL test suite; it escapes every piece of input text.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

__all__ = ["FORMATS", "formatter_for", "strip_markup"]

FORMATS = ("text", "html", "markdown")

_HTML_ESCAPES = {"&": "&#38;", "<": "&#60;", ">": "&#62;"}
_HTML_ESCAPE_RE = re.compile("[&<>]")


def _escape_html(text: object) -> str:
    return _HTML_ESCAPE_RE.sub(lambda m: _HTML_ESCAPES[m.group()], str(text))


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _escape_markdown(text: object) -> str:
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def _wrapper(open_: str, close: str) -> type:
    """A str subclass whose constructor wraps its text in ``open_``/``close``."""

    class Wrapped(str):
        def __new__(cls, text: object) -> Wrapped:
            return super().__new__(cls, f"{open_}{text}{close}")

    return Wrapped


def _make(name: str, preformat, **wrappers: tuple[str, str]) -> SimpleNamespace:
    classes = {key: _wrapper(*tags) if tags else str for key, tags in wrappers.items()}
    classes.setdefault("Oblique", classes["Italic"])
    return SimpleNamespace(name=name, preformat=preformat, **classes)


HTML = _make(
    "html",
    _escape_html,
    Italic=("<i>", "</i>"),
    Bold=("<b>", "</b>"),
    Light=('<span style="font-weight:lighter;">', "</span>"),
    Underline=('<span style="text-decoration:underline;">', "</span>"),
    Superscript=("<sup>", "</sup>"),
    Subscript=("<sub>", "</sub>"),
    SmallCaps=('<span style="font-variant:small-caps;">', "</span>"),
)
TEXT = _make("text", str, Italic=None, Bold=None, Light=None, Underline=None, Superscript=None, Subscript=None, SmallCaps=None)
MARKDOWN = _make(
    "markdown",
    _escape_markdown,
    Italic=("*", "*"),
    Bold=("**", "**"),
    Light=None,
    Underline=None,
    Superscript=("<sup>", "</sup>"),
    Subscript=("<sub>", "</sub>"),
    SmallCaps=None,
)

_BY_NAME = {"text": TEXT, "html": HTML, "markdown": MARKDOWN}


def formatter_for(name: str) -> SimpleNamespace:
    """The formatter for an output format name (``text``, ``html``, ``markdown``)."""
    return _BY_NAME[name]


_TAG = re.compile(r"</?[a-z]+(?: [^<>]*)?>")


def strip_markup(html: str) -> str:
    """HTML rendered by refkit reduced to its text (tags dropped, the three entities undone)."""
    text = _TAG.sub("", html)
    return text.replace("&#60;", "<").replace("&#62;", ">").replace("&#38;", "&")
