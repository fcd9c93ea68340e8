"""The HTML report in a real browser: headless Chromium loads it, renders the seed's findings,
and takes a screenshot (kept as a test artefact, checked to be a real, non-blank image)."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

import refkit
from refkit.check import check

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (Debian package `chromium`)")


def _chromium(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=cwd)


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> Path:
    root = Path(__file__).resolve().parents[1]
    html = check(refkit.load(root / "fixtures" / "seed" / "article.md")).to_html()
    path = tmp_path_factory.mktemp("browser") / "seed-report.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_chromium_renders_the_seed_findings(seed_report):
    result = _chromium("--dump-dom", seed_report.as_uri(), cwd=seed_report.parent)
    dom = result.stdout
    assert "<html" in dom, result.stderr[-500:]
    assert dom.count('data-code="twin-mismatch"') >= 2
    assert "과거한류" in dom and "232 pages in all" in dom
    assert 'class="twins"' in dom


def _png_size_and_colours(data: bytes) -> tuple[int, int, int]:
    """Width, height and the number of distinct scanline bytes of a PNG (enough to tell blank from drawn)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat = b""
    pos = 8
    while pos < len(data):
        length = struct.unpack(">I", data[pos : pos + 4])[0]
        kind = data[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    return width, height, len(set(raw[: 4_000_000]))


def test_screenshot_of_the_report_is_a_drawn_page(seed_report):
    shot = seed_report.parent / "seed-report.png"
    _chromium("--window-size=1400,2200", f"--screenshot={shot}", seed_report.as_uri(), cwd=seed_report.parent)
    assert shot.exists(), "Chromium wrote no screenshot"
    width, height, distinct = _png_size_and_colours(shot.read_bytes())
    assert (width, height) == (1400, 2200)
    assert distinct > 50  # text, cards and coloured findings, not a blank page
