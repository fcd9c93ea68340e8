"""DOCX manuscripts, read with python-docx, as Markdown-like text.

Word keeps list numbers outside the text (in its numbering definitions), so a
numbered reference list comes out of Word with no ``1.`` in any paragraph.
This reader restores them: each paragraph in a numbered list gets ``[n]`` in
front, counted per list. Headings become ``#`` lines so that reference
sections are found as in Markdown.
"""

from __future__ import annotations

import io
import zipfile

from ..errors import FormatError

__all__ = ["docx_footnotes", "docx_to_text"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_to_text(data: bytes, *, path: str | None = None) -> str:
    """The text of a DOCX file, one paragraph per line, numbered lists restored."""
    try:
        import docx  # python-docx
    except ImportError as exc:  # pragma: no cover - it is a declared dependency
        raise FormatError("reading DOCX needs python-docx", path=path) from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FormatError(f"not a readable DOCX file ({exc.__class__.__name__})", path=path) from None
    except Exception as exc:  # python-docx raises its own errors for broken packages
        raise FormatError(f"not a readable DOCX file ({exc})", path=path) from None
    counters: dict[tuple[str, str], int] = {}
    lines: list[str] = []
    for para in document.paragraphs:
        text = para.text.replace("\u000b", " ").strip()
        style = (para.style.name or "").lower() if para.style is not None else ""
        if style.startswith(("heading", "title")) and text:
            lines.extend(["", "## " + text, ""])
            continue
        num = _numbering(para)
        if num is not None and text:
            counters[num] = counters.get(num, 0) + 1
            text = f"[{counters[num]}] {text}"
        elif style.startswith("list number") and text:
            key = ("style", style)
            counters[key] = counters.get(key, 0) + 1
            text = f"[{counters[key]}] {text}"
        lines.append(text)
        lines.append("")
    return "\n".join(lines)


def _numbering(para) -> tuple[str, str] | None:
    ppr = para._p.pPr
    if ppr is None or ppr.numPr is None:
        return None
    num_id = ppr.numPr.numId
    ilvl = ppr.numPr.ilvl
    if num_id is None or num_id.val in (None, 0):
        return None
    return (str(num_id.val), str(ilvl.val if ilvl is not None else 0))


def docx_footnotes(data: bytes, *, path: str | None = None) -> list[str]:
    """The text of each real footnote of a DOCX file, in order (empty when it has none).

    python-docx does not read footnotes, so ``word/footnotes.xml`` is read
    directly; Word's separator pseudo-notes (ids -1 and 0, or typed
    ``separator`` / ``continuationSeparator``) are left out. Manuscripts cite
    in footnotes as often as in the running text, so the check reads them too.
    """
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/footnotes.xml" not in archive.namelist():
                return []
            root = ElementTree.fromstring(archive.read("word/footnotes.xml"))
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError) as exc:
        raise FormatError(f"not a readable DOCX file ({exc.__class__.__name__})", path=path) from None
    notes = []
    for note in root.iter(f"{_W}footnote"):
        kind = note.get(f"{_W}type")
        if kind in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paragraphs = []
        for para in note.iter(f"{_W}p"):
            text = "".join(node.text or "" for node in para.iter(f"{_W}t"))
            if text.strip():
                paragraphs.append(text.strip())
        if paragraphs:
            notes.append(" ".join(paragraphs))
    return notes
