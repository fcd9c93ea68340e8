"""Findings: what refkit has to say about a reference, as plain values.

A finding is never an exception. Resolution (:mod:`refkit.resolve`) and the
checks produce them; reports print them. Each has a stable ``code`` (the
contract other tools and tests rely on), a ``severity``, the CSL ``field`` it is
about (or None for the whole reference), a human ``message`` saying what is
wrong, and, when refkit knows it, a ``suggestion`` of what would be right.

Severities, from worst:

``error``
    the reference is wrong (an invalid DOI, a retracted work).
``warning``
    probably wrong, a person should look (a dead link, metadata that differ).
``info``
    worth knowing, nothing to fix (a DOI found for you, a check skipped offline).

Codes produced by resolution:

=========================  ========  ==================================================
code                       severity  meaning
=========================  ========  ==================================================
``doi-invalid``            error     the DOI is not DOI syntax
``doi-not-found``          error     no registration agency knows the DOI
``doi-metadata-mismatch``  warning   the DOI's metadata describe another work
``doi-suggested``          info      a missing DOI was found and checked
``retracted``              error     the cited work was retracted or withdrawn
``corrected``              info      a correction or erratum was published for it
``expression-of-concern``  warning   the publisher expressed concern about it
``update-notice``          warning   the DOI is itself a retraction/correction notice
``url-malformed``          error     the URL is not a usable http(s) address
``url-dead``               warning   the link does not answer (4xx/5xx/DNS/timeout)
``url-archived``           info      an archived copy of a dead link exists
``url-refused``            info      the URL points into a private network; not probed
``isbn-invalid``           error     the ISBN checksum or length is wrong
``skipped-offline``        info      a network check was skipped (offline mode)
``lookup-failed``          info      the service could not be reached; nothing judged
=========================  ========  ==================================================
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["ERROR", "INFO", "SEVERITIES", "WARNING", "Finding"]

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)  # worst first


@dataclass(frozen=True)
class Finding:
    """One thing refkit found about a reference.

    ``reference`` optionally identifies the reference (its CSL ``id`` or its
    position); resolution leaves it None because each finding already travels
    with its reference in :class:`refkit.resolve.Outcome`.
    """

    code: str
    severity: str
    field: str | None
    message: str
    suggestion: str | None = None
    reference: Any = None

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, not {self.severity!r}")

    def to_dict(self) -> dict[str, Any]:
        """The finding as a JSON-ready dict (keys in declaration order)."""
        return asdict(self)
