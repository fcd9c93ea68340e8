from __future__ import annotations

import subprocess
import sys

import refkit


def test_all_is_sorted_and_complete():
    assert refkit.__all__ == sorted(refkit.__all__)
    public = {n for n in dir(refkit) if not n.startswith("_") and not isinstance(getattr(refkit, n), type(refkit))}
    assert public - {"annotations"} <= set(refkit.__all__) | {"__version__"}
    for name in refkit.__all__:
        assert hasattr(refkit, name), name


def test_import_refkit_does_not_import_the_cli_framework_or_the_network():
    code = "import sys, refkit; print(sorted(m for m in ('click', 'requests', 'citeproc') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
