from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from refkit.cli import main

COMMANDS = sorted(main.commands)


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name):
    result = run(name, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output


def test_the_core_commands_exist():
    assert {"parse", "translit", "format", "resolve", "check"} <= set(COMMANDS)


def test_parse_the_seed_article_gives_thirty_items_with_raw_text(seed_article):
    result = run("parse", str(seed_article))
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)
    assert len(items) == 30 and all(i["refkit-raw"] for i in items)


def test_parse_one_per_line_gives_one_item_per_line(tmp_path):
    lines = [f"Author{i} A. Title number {i}. – М.: Наука, {2000 + i}. – {100 + i} с." for i in range(30)]
    p = tmp_path / "l.txt"
    p.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    items = json.loads(run("parse", "--one-per-line", "--to", "csl-json", str(p)).output)
    assert len(items) == 30
    assert [i["refkit-raw"] for i in items] == lines


def test_parse_reads_stdin():
    result = run("parse", "-", input="[1] Ivanov I.I. One. 2001.\n[2] Petrov P.P. Two. 2002.\n")
    assert result.exit_code == 0 and len(json.loads(result.output)) == 2


@pytest.mark.parametrize("to", ["jsonl", "bibtex", "biblatex", "ris"])
def test_parse_exports_other_formats(seed_article, to):
    result = run("parse", str(seed_article), "--to", to)
    assert result.exit_code == 0 and result.output.strip()


def test_format_renders_the_seed(seed_article):
    result = run("format", str(seed_article), "--style", "apa")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip() and line != "REFERENCES"]
    assert len(lines) == 30


@pytest.mark.parametrize(
    ("args", "content"),
    [(["parse"], b"\x00\x01\x02binary"), (["parse"], b"[{broken json"), (["parse"], b""), (["parse"], b"@article{x, title={"),
     (["format", "--style", "no-such-style"], b"[1] Ivanov I.I. One. 2001.")],
    ids=["binary", "json", "empty", "bibtex", "unknown-style"],
)  # fmt: skip
def test_bad_input_is_one_line_and_exit_two(tmp_path, args, content):
    name = {b"[{": "x.json", b"@a": "x.bib"}.get(content[:2], "x.txt")
    p = tmp_path / name
    p.write_bytes(content)
    result = subprocess.run([sys.executable, "-m", "refkit", *args, str(p)], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("refkit: ")
    assert "Traceback" not in result.stderr


def test_missing_file_and_directory_exit_two(tmp_path):
    for target in (tmp_path / "missing.txt", tmp_path):
        result = subprocess.run([sys.executable, "-m", "refkit", "parse", str(target)], capture_output=True, text=True)
        assert result.returncode == 2 and "Traceback" not in result.stderr


def test_debug_shows_the_traceback(tmp_path):
    p = tmp_path / "x.json"
    p.write_text("[{", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "refkit", "parse", "--debug", str(p)], capture_output=True, text=True)
    assert result.returncode != 0 and "Traceback" in result.stderr


def test_unknown_option_is_usage_exit_two():
    assert run("parse", "--no-such-option").exit_code == 2


def test_format_keeps_an_articles_two_lists_apart(seed_article):
    out = run("format", str(seed_article), "--style", "apa").output
    assert out.count("REFERENCES") == 2
    assert "2008a" not in out and "Acharya, A. (2008)." in out


def test_a_reader_that_leaves_early_ends_the_output_quietly_with_the_sigpipe_status(tmp_path) -> None:
    """'refkit format big.txt | head -1': exit 141 (128 + SIGPIPE), nothing on stderr, no traceback."""
    import fcntl
    import os

    line = "Ivanov I.I. Kniga o chem-to vazhnom. Moscow: Nauka, 2000. 200 p.\n"
    big = tmp_path / "big.txt"
    big.write_text("".join(f"{i}. {line}" for i in range(1, 201)), encoding="utf-8")
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)  # a small pipe: refkit blocks after a few entries
    proc = subprocess.Popen(
        [sys.executable, "-m", "refkit", "format", str(big), "--style", "apa"], stdout=write_end, stderr=subprocess.PIPE
    )
    os.close(write_end)
    assert os.read(read_end, 200)
    os.close(read_end)  # the reader leaves while refkit still has entries to write
    assert proc.stderr is not None
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 141
    assert err == b""
