"""The ``refkit`` command line: a thin layer over the library.

This is the only module that imports click (chosen for nested subcommands,
typed options, generated ``--help`` and a test runner). Each command reads its
input with :func:`refkit.readers.load`, calls one library function and prints
the result. Errors refkit raises on purpose become one line on stderr and exit
status 2; ``--debug`` shows the traceback instead.

Exit codes: 0 ok; 1 findings of error severity (``check``); 2 bad usage or
unreadable input.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any

import click

from . import __version__
from .errors import RefkitError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
INPUT_FORMATS = ["text", "markdown", "csl-json", "jsonl", "bibtex", "ris", "docx"]


def _fail(message: str) -> None:
    click.echo(f"refkit: {' '.join(str(message).split())}", err=True)
    sys.exit(EXIT_USAGE)


def command(func: Callable[..., Any]) -> Callable[..., Any]:
    """Give a command ``--debug`` and turn refkit's errors into one line and exit 2."""

    @click.option("--debug", is_flag=True, help="Show a full traceback on errors.")
    @functools.wraps(func)
    def wrapper(*args: Any, debug: bool = False, **kwargs: Any) -> Any:
        debug = debug or bool(os.environ.get("REFKIT_DEBUG")) or (click.get_current_context().find_root().params.get("debug") or False)
        try:
            return func(*args, **kwargs)
        except RefkitError as exc:
            if debug:
                raise
            _fail(str(exc))
        except (KeyboardInterrupt, BrokenPipeError):
            sys.exit(130)
        except click.exceptions.Exit:
            raise
        except click.ClickException:
            raise
        except Exception as exc:  # a bug in refkit: still one line unless --debug
            if debug:
                raise
            _fail(f"internal error: {exc.__class__.__name__}: {exc} (run with --debug for the traceback)")

    return wrapper


def _input_argument(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option(
        "--from", "fmt", type=click.Choice(INPUT_FORMATS), default=None,
        help="Input format (default: from the file extension, or sniffed on stdin).",
    )(func)  # fmt: skip
    return click.argument("source", required=False, default="-", metavar="[FILE|-]")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="refkit")
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
def main(debug: bool) -> None:
    """refkit: reference lists in multilingual scholarship.

    Parse, transliterate, resolve, render and check bibliographies written in
    Cyrillic, Hangul and Latin script, in GOST and in English styles.
    """


@main.command()
@_input_argument
@click.option("--to", "to", type=click.Choice(["csl-json", "jsonl", "bibtex", "ris"]), default="csl-json", show_default=True, help="Output format.")
@click.option("--one-per-line", is_flag=True, help="Every non-empty input line is exactly one reference.")
@click.option("--explain", is_flag=True, help="Show how each reference was segmented, field by field (on stderr).")
@command
def parse(source: str, fmt: str | None, to: str, one_per_line: bool, explain: bool) -> None:
    """Split a reference list (or whole article) into references and print CSL-JSON.

    Reads text, Markdown, DOCX, BibTeX, RIS or CSL-JSON; prints one item per
    entry, in input order, each keeping its raw text.
    """
    from .readers import load
    from .render.export import to_bibtex, to_csl_json, to_jsonl, to_ris

    refs = load(source, fmt=fmt, one_per_line=one_per_line).references
    if explain:
        from .parse.explain import explain as explain_ref

        for ref in refs:
            click.echo(explain_ref(ref), err=True)
    writer = {"csl-json": to_csl_json, "jsonl": to_jsonl, "bibtex": to_bibtex, "ris": to_ris}[to]
    out = writer(refs)
    click.echo(out, nl=not out.endswith("\n"))


@main.command(name="format")
@_input_argument
@click.option("--style", "-s", default="apa", show_default=True, help="CSL style: a name (apa, ieee, gost, ...) or a path to a .csl file.")
@click.option("--locale", "-l", default=None, help="Locale such as en-US, ru-RU, ko-KR, kk-KZ (default: the style's).")
@click.option("--to", "to", type=click.Choice(["text", "html", "markdown"]), default="text", show_default=True)
@click.option("--romanize", metavar="PROFILE", default=None, help="Transliterate to Latin script first (a scheme or profile).")
@command
def format_(source: str, fmt: str | None, style: str, locale: str | None, to: str, romanize: str | None) -> None:
    """Format references in a CSL style (text, HTML or Markdown)."""
    from .readers import load
    from .render import render

    refs = load(source, fmt=fmt).references
    if romanize:
        from .translit import romanize as romanize_refs

        refs = romanize_refs(refs, profile=romanize)
    for line in render(refs, style=style, locale=locale, format=to):
        click.echo(line)


def _not_built(name: str) -> None:
    _fail(f"`refkit {name}` is not built yet")


@main.command()
@click.argument("text", nargs=-1)
@click.option("--scheme", "-s", default="translit-ru", show_default=True, help="Scheme or profile name (see --list).")
@click.option("--list", "list_", is_flag=True, help="List schemes and profiles.")
@click.option("--detect", is_flag=True, help="Name the scheme a Latin-script text was made with.")
@click.option("--original", default=None, metavar="TEXT", help="With --detect: the Cyrillic/Hangul original of the text.")
@command
def translit(text: tuple[str, ...], scheme: str, list_: bool, detect: bool, original: str | None) -> None:
    """Transliterate Cyrillic or Hangul text to Latin script.

    TEXT (or every line of stdin, one output line per input line) is written
    in Latin script with a scheme (`bsi`, `rr`, ...) or a profile (`default`,
    `ru=bsi,ko=rr`). Letters outside the scheme go through unidecode, and a
    note on stderr says which.
    """
    from . import translit as tr

    if list_:
        for name, description in tr.schemes().items():
            click.echo(f"{name:16} {description}")
        for name, description in tr.profiles().items():
            click.echo(f"{name:16} profile: {description}")
        return
    lines = [" ".join(text)] if text else sys.stdin.read().splitlines()
    if detect:
        whole = "\n".join(lines)
        name, confidence = tr.detect_scheme(whole, original)
        click.echo(f"{name}\t{confidence:.2f}")
        for conflict in tr.mixed_schemes(whole):
            click.echo(f"mixed: {conflict}")
        return
    tr.load_profile(scheme)  # an unknown name fails before any output
    fallback: list[str] = []
    for line in lines:
        result = tr.transliterate_result(line, scheme=scheme)
        fallback.extend(result.fallback)
        click.echo(result.text)
    if fallback:
        chars = "".join(dict.fromkeys(fallback))
        click.echo(f"refkit: {len(chars)} character(s) outside the scheme went through unidecode: {chars}", err=True)


@main.command()
@_input_argument
@command
def resolve(source: str, fmt: str | None) -> None:
    """Validate and resolve DOIs, find missing DOIs, check URLs."""
    _not_built("resolve")


@main.command()
@_input_argument
@command
def check(source: str, fmt: str | None) -> None:
    """Check a manuscript's bibliography and report what is wrong."""
    _not_built("check")


if __name__ == "__main__":  # pragma: no cover
    main()
