"""The README's examples are tested: its Python examples run as doctests."""

from __future__ import annotations

import doctest
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_python_examples_run():
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    finally:
        os.chdir(cwd)
    assert result.failed == 0 and result.attempted > 0


def test_readme_documents_every_command():
    from refkit.cli import main

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("parse", "format"):
        assert f"refkit {name}" in text
    assert set(main.commands) >= {"parse", "format"}
