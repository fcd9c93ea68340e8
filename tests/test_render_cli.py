"""`refkit format` and `refkit styles`: thin commands over refkit.render."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from refkit.cli import main

SEED = str(Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "references-original.json")


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_format_prints_one_line_per_reference_in_the_style():
    result = _run("format", SEED, "--style", "gost")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == 15 and lines[0].startswith("1. Акматалиева А.")


def test_format_cite_prints_in_text_citations():
    result = _run("format", SEED, "--style", "ieee", "--cite")
    assert result.exit_code == 0 and result.output.splitlines()[0] == "[1]"


def test_format_html_escapes(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('[{"id": "a", "type": "book", "title": "<script>x</script>"}]', encoding="utf-8")
    result = _run("format", str(path), "--to", "html")
    assert result.exit_code == 0 and "<script>" not in result.output and "&#60;script&#62;" in result.output


def test_unknown_style_exits_2_with_one_line():
    result = _run("format", SEED, "--style", "no-such-style")
    assert result.exit_code == 2
    assert "unknown citation style 'no-such-style'" in result.output and "Traceback" not in result.output


def test_malformed_style_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.csl"
    bad.write_text("<style", encoding="utf-8")
    result = _run("format", SEED, "--style", str(bad))
    assert result.exit_code == 2 and "not well-formed XML" in result.output


def test_unknown_locale_exits_2():
    result = _run("format", SEED, "--locale", "xx-YY")
    assert result.exit_code == 2 and "unknown locale 'xx-YY'" in result.output


def test_styles_search_lists_matching_styles_and_the_licence_notice():
    result = _run("styles", "--search", "gost")
    assert result.exit_code == 0
    assert "gost-r-7-0-5-2008 " in result.output and "alias of gost-r-7-0-5-2008" in result.output
    assert "Creative Commons" in result.output
