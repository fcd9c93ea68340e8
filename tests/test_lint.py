"""The code base stays free of pyflakes-class errors (unused imports, undefined names): ruff runs here."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_no_unused_or_undefined_names():
    ruff = shutil.which("ruff") or shutil.which("ruff", path=str(Path(sys.executable).parent))
    if ruff is None:
        pytest.skip("ruff is not installed (it comes with the test extra)")
    result = subprocess.run([ruff, "check", "--output-format", "concise", "src", "tests", "bench"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_level_constant_is_assigned_twice():
    """A pattern named like an existing one silently replaces it for every rule defined after it (ruff's F811 covers
    functions and imports, not assignments), so each module-level name is bound once."""
    import ast

    twice = []
    for path in sorted((ROOT / "src" / "refkit").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            for target in targets:
                if isinstance(target, ast.Name):
                    if target.id in seen:
                        twice.append(f"{path.relative_to(ROOT)}: {target.id}")
                    seen.add(target.id)
    assert twice == []
