"""CSL-JSON: an array of items, a single item, or JSON Lines of items."""

from __future__ import annotations

import json

from ..errors import EmptyInput, FormatError
from ..model import Reference

__all__ = ["read_csl_json"]


def read_csl_json(text: str, *, path: str | None = None) -> list[Reference]:
    """References from CSL-JSON text; a broken document is a :class:`FormatError`."""
    if not text.strip():
        raise EmptyInput("empty input: no CSL-JSON items", path=path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        data = _json_lines(text, path, exc)
    if isinstance(data, dict):
        data = data.get("items", [data]) if "items" in data and isinstance(data.get("items"), list) else [data]
    if not isinstance(data, list):
        raise FormatError(f"CSL-JSON must be an array of items or one item, not a JSON {type(data).__name__}", path=path)
    refs = []
    for i, item in enumerate(data, 1):
        if not isinstance(item, dict):
            raise FormatError(f"CSL-JSON item {i} is a JSON {type(item).__name__}, not an object", path=path)
        refs.append(Reference.from_csl(item))
    return refs


def _json_lines(text: str, path: str | None, first_error: json.JSONDecodeError) -> list:
    items = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError:
            err = first_error if n == 1 or len(items) == 0 else None
            if err is not None:
                raise FormatError(f"invalid JSON: {err.msg} (line {err.lineno}, column {err.colno})", path=path, line=err.lineno) from None
            raise FormatError("invalid JSON Lines item", path=path, line=n) from None
    return items
