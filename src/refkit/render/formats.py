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


def _flipping(open_: str, close: str, normal: str) -> type:
    """An HTML wrapper that turns the same emphasis inside it off (italic in italic is roman)."""
    tag = re.compile(f"({re.escape(open_)}|{re.escape(close)}|{re.escape(normal)}|</span>)")

    class Flipped(str):
        def __new__(cls, text: object) -> Flipped:
            pieces = tag.split(str(text))
            if len(pieces) == 1:
                return super().__new__(cls, f"{open_}{text}{close}")
            out, stack = [], []  # stack of the closing tags to write, innermost last
            for i, piece in enumerate(pieces):
                if i % 2 == 0:
                    out.append(piece)
                elif piece in (open_, normal):
                    on = len([t for t in stack if t is not None]) % 2 == 1  # inside, emphasis is off here
                    out.append(open_ if on else normal)
                    stack.append(close if on else "</span>")
                elif piece == close or (piece == "</span>" and stack and stack[-1] == "</span>"):
                    out.append(stack.pop() if stack else piece)
                else:
                    out.append(piece)
            return super().__new__(cls, f"{open_}{''.join(out)}{close}")

    return Flipped


def _make(name: str, preformat, **wrappers: tuple[str, str]) -> SimpleNamespace:
    classes = {key: _wrapper(*tags) if tags else str for key, tags in wrappers.items()}
    classes.setdefault("Oblique", classes["Italic"])
    if name == "html":
        classes["Italic"] = classes["Oblique"] = _flipping("<i>", "</i>", '<span style="font-style:normal;">')
        classes["Bold"] = _flipping("<b>", "</b>", '<span style="font-weight:normal;">')
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
