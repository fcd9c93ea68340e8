"""The one exception tree of refkit.

Every error refkit raises on purpose is a :class:`RefkitError`. Each subclass
also inherits the builtin exception it means, so callers who do not know refkit
can still catch ``ValueError`` or ``LookupError``; and each carries the context
needed to act on it (a path, a line, an identifier, a URL, a status).

::

    RefkitError
     ├── InputError(ValueError)              .path .line
     │    ├── UnreadableInput(OSError)       missing file, directory, binary data
     │    ├── EmptyInput                     nothing to read
     │    └── FormatError                    broken JSON / BibTeX / RIS / DOCX
     ├── UsageError(ValueError)              bad arguments (unknown format, option clash)
     ├── SchemeNotFound(LookupError)         .identifier (transliteration scheme/profile)
     ├── StyleNotFound(LookupError)          .identifier (CSL style)
     ├── StyleError(ValueError)              .identifier (malformed CSL style)
     ├── LocaleNotFound(LookupError)         .identifier (CSL locale)
     └── NetworkError(OSError)               .url .status .reason
          ├── RateLimited                    .retry_after
          └── Offline                        network needed but disabled

Findings about references (a missing year, a dead link) are never exceptions:
they are :class:`refkit.check.Finding` values.
"""

from __future__ import annotations

__all__ = [
    "EmptyInput",
    "FormatError",
    "InputError",
    "LocaleNotFound",
    "NetworkError",
    "Offline",
    "RateLimited",
    "RefkitError",
    "SchemeNotFound",
    "StyleError",
    "StyleNotFound",
    "UnreadableInput",
    "UsageError",
]


class RefkitError(Exception):
    """Root of every error refkit raises on purpose."""

    def __init__(self, message: str, **context: object) -> None:
        super().__init__(message)
        self.message = message
        for key, value in context.items():
            setattr(self, key, value)

    def __str__(self) -> str:  # one line, always
        return " ".join(self.message.split())


class InputError(RefkitError, ValueError):
    """Input that refkit cannot read. ``.path`` and ``.line`` say where."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None, **context: object) -> None:
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message, path=path, line=line, **context)


class UnreadableInput(InputError, OSError):
    """A missing file, a directory, or bytes that are not text."""


class EmptyInput(InputError):
    """Input that holds no references at all."""


class FormatError(InputError):
    """Input that claims a format (JSON, BibTeX, RIS, DOCX) but breaks its rules."""


class UsageError(RefkitError, ValueError):
    """Arguments that do not fit together or name nothing refkit knows."""


class SchemeNotFound(RefkitError, LookupError):
    """An unknown transliteration scheme or profile; ``.identifier`` names it."""

    def __init__(self, identifier: str, message: str | None = None) -> None:
        super().__init__(message or f"unknown transliteration scheme or profile {identifier!r}", identifier=identifier)


class StyleNotFound(RefkitError, LookupError):
    """An unknown CSL style; ``.identifier`` names it."""

    def __init__(self, identifier: str, message: str | None = None) -> None:
        super().__init__(message or f"unknown citation style {identifier!r} (try `refkit styles --search`)", identifier=identifier)


class StyleError(RefkitError, ValueError):
    """A CSL style that exists but cannot be used (malformed XML, broken parent)."""

    def __init__(self, identifier: str, message: str) -> None:
        super().__init__(f"style {identifier!r}: {message}", identifier=identifier)


class LocaleNotFound(RefkitError, LookupError):
    """An unknown CSL locale; ``.identifier`` names it."""

    def __init__(self, identifier: str, message: str | None = None) -> None:
        super().__init__(message or f"unknown locale {identifier!r}", identifier=identifier)


class NetworkError(RefkitError, OSError):
    """A request that failed for good; ``.url`` and ``.status`` (or None) say which."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None, **context: object) -> None:
        super().__init__(message, url=url, status=status, **context)


class RateLimited(NetworkError):
    """The service kept answering 429; ``.retry_after`` is its last advice in seconds."""


class Offline(NetworkError):
    """A lookup needed the network while refkit was told to stay offline."""
