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
        except BrokenPipeError:  # 'refkit format big.txt | head': the reader left; say nothing, as other tools do
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # the flush at exit must not fail again
            sys.exit(141)  # 128 + SIGPIPE
        except KeyboardInterrupt:
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
@click.option("--to", "to", type=click.Choice(["csl-json", "jsonl", "bibtex", "biblatex", "ris"]), default="csl-json", show_default=True, help="Output format.")
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
    writer = {
        "csl-json": to_csl_json, "jsonl": to_jsonl, "bibtex": to_bibtex, "ris": to_ris,
        "biblatex": lambda refs: to_bibtex(refs, dialect="biblatex"),
    }[to]  # fmt: skip
    out = writer(refs)
    click.echo(out, nl=not out.endswith("\n"))


@main.command(name="format")
@_input_argument
@click.option("--style", "-s", default="apa", show_default=True, help="CSL style: alias (apa, chicago, harvard, ieee, mla, vancouver, gost), catalogue name or .csl path.")
@click.option("--locale", "-l", default=None, help="Locale such as en-US, ru-RU, ko-KR, kk-KZ (default: the style's).")
@click.option("--to", "to", type=click.Choice(["text", "html", "markdown"]), default="text", show_default=True)
@click.option("--cite", "cite_", is_flag=True, help="Print each reference's in-text citation instead of the bibliography.")
@click.option("--romanize", metavar="PROFILE", default=None, help="Transliterate to Latin script first (a scheme or profile).")
@command
def format_(source: str, fmt: str | None, style: str, locale: str | None, to: str, cite_: bool, romanize: str | None) -> None:
    """Format references in a CSL style (text, HTML or Markdown)."""
    from .readers import load
    from .render import cite, render

    doc = load(source, fmt=fmt)
    # an article's lists (the list as written and its twin) are formatted one by one, never merged:
    # merged, the same work twice would read as two works (2008a, 2008b)
    for n, lst in enumerate(doc.lists):
        refs = list(lst.references)
        if romanize:
            from .translit import romanize as romanize_refs

            refs = romanize_refs(refs, profile=romanize)
        if len(doc.lists) > 1:
            heading = lst.heading or f"List {n + 1}"
            click.echo(("\n" if n else "") + {"html": f"<h2>{_html_escape(heading)}</h2>", "markdown": f"## {heading}"}.get(to, heading))
        lines = cite(refs, style=style, locale=locale, format=to) if cite_ else render(refs, style=style, locale=locale, format=to)
        for line in lines:
            click.echo(line)


def _html_escape(text: str) -> str:
    import html

    return html.escape(text)


@main.command()
@click.option("--search", "-q", metavar="WORD", default=None, help="Only styles whose name or title contains WORD.")
@click.option("--independent", is_flag=True, help="Leave out dependent styles (aliases of a parent style).")
@command
def styles(search: str | None, independent: bool) -> None:
    """List the citation styles refkit knows: its own, aliases, and the CSL catalogue."""
    from .render import ALIASES, CATALOGUE_NOTICE, list_styles

    found = list_styles(search, dependent=not independent)
    for alias, target in sorted(ALIASES.items()):
        if alias != target and (not search or search.lower() in alias or search.lower() in target):
            click.echo(f"{alias:40} alias of {target}")
    for info in found:
        parent = f" (uses {info.parent})" if info.parent else ""
        click.echo(f"{info.name:40} {info.title}{parent}")
    click.echo(f"{len(found)} styles. {CATALOGUE_NOTICE}", err=True)


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
            click.echo(f"{name:19} {description}")
        for name, description in tr.profiles().items():
            click.echo(f"{name:19} profile: {description}")
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
@click.option("--offline", is_flag=True, help="Make no request: network checks are reported as skipped (cached answers are used).")
@click.option("--cache", "cache_path", metavar="PATH", default=None, help="SQLite cache file (default: $REFKIT_CACHE, else a file in the user cache directory).")
@click.option("--no-cache", is_flag=True, help="Use no cache file at all.")
@click.option("--mailto", metavar="ADDR", default=None, help="Contact address sent to Crossref (polite pool); default $REFKIT_MAILTO.")
@click.option("--allow-private-network", is_flag=True, help="Also probe URLs on loopback, link-local and private addresses.")
@command
def resolve(source: str, fmt: str | None, offline: bool, cache_path: str | None, no_cache: bool, mailto: str | None, allow_private_network: bool) -> None:
    """Validate and resolve DOIs, find missing DOIs, check URLs and ISBNs.

    Prints the references as CSL-JSON, each with a ``refkit-resolve`` entry
    (DOI, link and ISBN outcomes and findings) and any DOI found added; a
    summary goes to stderr.
    """
    from .errors import UsageError
    from .readers import load
    from .render.export import to_csl_json
    from .resolve import Client
    from .resolve import resolve as resolve_refs
    from .resolve.cache import default_cache_path

    if no_cache and cache_path:
        raise UsageError("--cache and --no-cache contradict each other")
    refs = load(source, fmt=fmt).references
    cache = None if no_cache else (cache_path or os.environ.get("REFKIT_CACHE") or default_cache_path())
    with Client(cache=cache, offline=offline, mailto=mailto, allow_private_network=allow_private_network or None) as client:
        if sys.stderr.isatty() and refs:
            with click.progressbar(length=len(refs), label="resolving", file=sys.stderr) as bar:
                result = resolve_refs(refs, client=client, progress=lambda done, total: bar.update(1))
        else:
            result = resolve_refs(refs, client=client)
    click.echo(to_csl_json(result.references))
    click.echo(result.summary(), err=True)


@main.command()
@_input_argument
@click.option("--format", "out_format", type=click.Choice(["text", "json", "html"]), default="text", show_default=True, help="Report format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None, help="Write the report to FILE instead of stdout.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default="error", show_default=True, help="Exit 1 when a finding is at least this severe.")
@click.option("--offline", is_flag=True, help="Skip the online checks (DOI, retraction, links); they are skipped anyway when there is no network.")
@click.option("--cache", type=click.Path(dir_okay=False), default=None, help="SQLite cache for online lookups (default: $REFKIT_CACHE).")
@click.option("--no-cache", is_flag=True, help="Do not cache online lookups.")
@click.option("--mailto", default=None, help="Contact address sent to Crossref (default: $REFKIT_MAILTO).")
@click.option("--allow-private-network", is_flag=True, help="Let link checks reach private-network addresses.")
@click.option("--color/--no-color", default=None, help="Colour the terminal report (default: when stdout is a terminal).")
@command
def check(
    source: str, fmt: str | None, out_format: str, output: str | None, fail_on: str, offline: bool,
    cache: str | None, no_cache: bool, mailto: str | None, allow_private_network: bool, color: bool | None,
) -> None:  # fmt: skip
    """Check a manuscript's bibliography and report what is wrong.

    Reads an article (Markdown, text, DOCX) or a bare list, checks citations
    against the list, the list itself and its transliterated twin, and prints
    the findings. Exit 0: nothing at --fail-on or worse; 1: findings; 2: bad input.
    """
    from .check import check as run_check
    from .check import load_manuscript

    if no_cache and cache:
        from .errors import UsageError

        raise UsageError("--cache and --no-cache contradict each other")
    document = load_manuscript(source, fmt=fmt)
    if offline:
        report = run_check(document, offline=True)
    else:
        from .resolve import Client
        from .resolve.cache import default_cache_path

        cache_path = None if no_cache else (cache or os.environ.get("REFKIT_CACHE") or default_cache_path())
        with Client(cache=cache_path, mailto=mailto, allow_private_network=allow_private_network or None) as client:
            report = run_check(document, offline=False, client=client)
    if out_format == "json":
        text = report.to_json()
    elif out_format == "html":
        text = report.to_html()
    else:
        use_color = (sys.stdout.isatty() and output is None) if color is None else color
        text = report.to_text(color=use_color)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
        click.echo(f"refkit: report written to {output}", err=True)
    else:
        click.echo(text, nl=not text.endswith("\n"))
    if report.failed(fail_on):
        sys.exit(EXIT_FINDINGS)


if __name__ == "__main__":  # pragma: no cover
    main()
