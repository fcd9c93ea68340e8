"""`refkit check` on the command line: formats, exit codes, bad input, DOCX manuscripts."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from refkit.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CLEAN = FIXTURES / "check" / "clean-article.md"
DEFECTS = FIXTURES / "check" / "defects-article.md"


def run(*args: str):
    return CliRunner().invoke(main, ["check", *args])


def test_the_seed_fails_with_exit_1_and_names_its_errors(seed_article):
    result = run(str(seed_article), "--offline")
    assert result.exit_code == 1, result.output
    assert "twin-mismatch" in result.output and "과거한류" in result.output
    assert "skipped: online checks" in result.output


def test_a_clean_article_passes_with_exit_0_and_no_findings():
    result = run(str(CLEAN), "--offline")
    assert result.exit_code == 0, result.output
    assert "0 errors, 0 warnings" in result.output


def test_fail_on_never_exits_0_even_with_errors(seed_article):
    assert run(str(seed_article), "--offline", "--fail-on", "never").exit_code == 0


def test_fail_on_warning_fails_on_warnings_only_when_there_are_some(tmp_path):
    text = DEFECTS.read_text(encoding="utf-8")
    assert run(str(DEFECTS), "--offline", "--fail-on", "warning").exit_code == 1
    assert run(str(CLEAN), "--offline", "--fail-on", "info").exit_code == 0
    assert text  # the fixture is not empty


def test_json_report_has_references_findings_and_summary(seed_article):
    result = run(str(seed_article), "--offline", "--format", "json", "--fail-on", "never")
    data = json.loads(result.output)
    assert set(data) == {"references", "findings", "summary"}
    assert len(data["references"]) == 30
    keys = {"code", "severity", "list", "reference", "field", "message", "suggestion"}
    assert all(set(f) == keys for f in data["findings"])
    hit = [f for f in data["findings"] if f["code"] == "twin-mismatch" and f["reference"] == 11]
    assert hit and hit[0]["list"] == 2
    assert data["summary"]["by_severity"]["error"] >= 2


def test_defects_article_reports_each_planted_defect():
    data = json.loads(run(str(DEFECTS), "--offline", "--format", "json").output)
    got = {(f["code"], f["list"], f["reference"]) for f in data["findings"]}
    assert ("citation-missing", None, None) in got
    assert ("cited-page-out-of-range", 1, 1) in got
    assert ("numbering", 1, 4) in got
    assert ("never-cited", 1, 4) in got
    assert ("twin-mismatch", 2, 1) in got
    assert ("translit-untransliterated", 2, 2) in got


def test_html_report_written_to_a_file(seed_article, tmp_path):
    out = tmp_path / "report.html"
    result = run(str(seed_article), "--offline", "--format", "html", "--output", str(out))
    assert result.exit_code == 1
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "과거한류" in html


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("binary.md", bytes(range(256)) * 4, "binary"),
        ("corrupt.docx", b"PK\x03\x04 this is not a zip archive", "DOCX"),
        ("empty.md", b"   \n\n", "empty"),
        ("no-list.md", "# Title\n\nAn article with prose only. It has no reference section at all, just text.\n\n"
         "A second paragraph that goes on about the subject without citing anything.\n".encode(), "no reference section"),
    ],
)  # fmt: skip
def test_bad_input_gives_one_clear_line_and_exit_2(tmp_path, name, content, needle):
    path = tmp_path / name
    path.write_bytes(content)
    result = run(str(path), "--offline")
    assert result.exit_code == 2, result.output
    assert needle.lower() in result.output.lower()
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_a_bare_list_is_checked_without_citation_checks(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text(
        "1. Ivanov I.I. Title one // Journal. – 2019. – No. 1. – P. 10–25.\n"
        "2. Petrov P.P. Title two // Journal. – 2018. – No. 2. – P. 1–9.\n", encoding="utf-8"
    )  # fmt: skip
    result = run(str(path), "--offline")
    assert result.exit_code == 0, result.output
    assert "citation checks: no article text" in result.output


def _docx(paragraphs: list[tuple[str, str | None]]) -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for text, style in paragraphs:
        if style == "heading":
            document.add_heading(text, level=2)
        elif style:
            document.add_paragraph(text, style=style)
        else:
            document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_manuscript_with_word_numbered_list_is_checked(tmp_path):
    data = _docx([
        ("Cooperation was studied [1, p. 12] and again [2]; a third study [3] is missing.", None),
        ("References", "heading"),
        ("Ivanov I.I. Regional cooperation // Journal of Eurasia. – 2019. – No. 2. – P. 10–25.", "List Number"),
        ("Petrov P.P. Economy of the region. – Moscow: Nauka, 2018. – 240 p.", "List Number"),
    ])  # fmt: skip
    path = tmp_path / "manuscript.docx"
    path.write_bytes(data)
    result = run(str(path), "--offline", "--format", "json")
    data = json.loads(result.output)
    codes = {(f["code"], f["reference"]) for f in data["findings"]}
    assert ("citation-missing", None) in codes
    assert not [c for c in codes if c[0] in ("never-cited", "cited-page-out-of-range", "numbering")]
    assert [r["reference"] for r in data["references"]] == [1, 2]
    assert result.exit_code == 1


_FOOTNOTES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>See [2, p. 300] for the figures.</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


def _with_footnotes(data: bytes) -> bytes:
    """A DOCX with a footnotes part added (python-docx cannot write footnotes itself)."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/footnotes.xml", _FOOTNOTES)
    return out.getvalue()


def test_citations_in_docx_footnotes_are_checked(tmp_path):
    data = _with_footnotes(_docx([
        ("Cooperation was studied [1, p. 12].", None),
        ("References", "heading"),
        ("Ivanov I.I. Regional cooperation // Journal of Eurasia. – 2019. – No. 2. – P. 10–25.", "List Number"),
        ("Petrov P.P. Economy of the region. – Moscow: Nauka, 2018. – 240 p.", "List Number"),
    ]))  # fmt: skip
    path = tmp_path / "footnoted.docx"
    path.write_bytes(data)
    result = run(str(path), "--offline", "--format", "json")
    found = {(f["code"], f["reference"]) for f in json.loads(result.output)["findings"]}
    assert ("never-cited", 2) not in found  # cited in the footnote
    assert ("cited-page-out-of-range", 2) in found  # p. 300 of a 240-page book


def test_author_date_article_in_english_russian_and_korean_citation_forms():
    data = json.loads(run(str(FIXTURES / "check" / "author-date-article.md"), "--offline", "--format", "json").output)
    got = {(f["code"], f["reference"]) for f in data["findings"]}
    assert got == {("citation-missing", None), ("cited-page-out-of-range", 2)}, got
    assert "Smith, 2019" in next(f["message"] for f in data["findings"] if f["code"] == "citation-missing")
    assert data["summary"]["citations"] == 6
