"""ISBN-10 and ISBN-13 check digits. No network.

An ISBN field may hold several numbers (``978-5-02-037071-2, 5-02-037071-9``);
:func:`split_isbns` finds them and :func:`check_isbn` says, for one, whether its
length and check digit are right and what the check digit should be.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..findings import Finding

__all__ = ["IsbnCheck", "check_isbn", "isbn_findings", "split_isbns"]

_CANDIDATE = re.compile(r"(?:97[89][\s‐-―-]?)?(?:[\dXx][\s‐-―-]?){9,12}[\dXx]")


@dataclass(frozen=True)
class IsbnCheck:
    """The verdict on one ISBN as written."""

    written: str
    digits: str
    valid: bool
    problem: str | None = None
    expected: str | None = None  # the ISBN with the right check digit, when only that is wrong


def split_isbns(text: str | None) -> list[str]:
    """The ISBN-like numbers in a field, as written."""
    if not text:
        return []
    found = [m.group(0).strip(" -") for m in _CANDIDATE.finditer(str(text))]
    return found or [str(text).strip()]


def _digits(text: str) -> str:
    return re.sub(r"[^\dXx]", "", text).upper()


def _check10(body: str) -> str:
    total = sum((10 - i) * int(d) for i, d in enumerate(body))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


def _check13(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return str((10 - total % 10) % 10)


def check_isbn(written: str) -> IsbnCheck:
    """Check one ISBN's length and check digit.

    >>> check_isbn("978-0-306-40615-7").valid
    True
    >>> check_isbn("978-0-306-40615-8").problem
    'check digit is 8, should be 7'

    """
    digits = _digits(written)
    if len(digits) == 10:
        if "X" in digits[:9]:
            return IsbnCheck(written, digits, False, "an X may only be the last (check) character")
        right = _check10(digits[:9])
        if digits[9] == right:
            return IsbnCheck(written, digits, True)
        return IsbnCheck(written, digits, False, f"check digit is {digits[9]}, should be {right}", digits[:9] + right)
    if len(digits) == 13:
        if "X" in digits:
            return IsbnCheck(written, digits, False, "an ISBN-13 has digits only")
        if not digits.startswith(("978", "979")):
            return IsbnCheck(written, digits, False, "an ISBN-13 starts with 978 or 979")
        right = _check13(digits[:12])
        if digits[12] == right:
            return IsbnCheck(written, digits, True)
        return IsbnCheck(written, digits, False, f"check digit is {digits[12]}, should be {right}", digits[:12] + right)
    return IsbnCheck(written, digits, False, f"{len(digits)} digits; an ISBN has 10 or 13")


def isbn_findings(checks: list[IsbnCheck]) -> list[Finding]:
    """An ``isbn-invalid`` error for each wrong ISBN, with the corrected number when only the check digit is off."""
    return [Finding("isbn-invalid", "error", "ISBN", f"ISBN {c.written}: {c.problem}", c.expected) for c in checks if not c.valid]
