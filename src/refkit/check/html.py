"""The editor's report as one self-contained HTML page.

No scripts, no external fonts or stylesheets: the page opens from disk, from
an e-mail attachment, offline. Every piece of input text goes through
:func:`html.escape`, so an entry containing ``<script>`` shows as text.
Layout: a summary (counts by severity, what was skipped), then one row per
entry: the entry as written and its transliterated twin side by side, each
with its findings beside it.
"""

from __future__ import annotations

from html import escape

from ..text import clean
from .report import Report
from .types import SEVERITIES, CheckFinding, severity_rank

__all__ = ["render_html"]

_LABEL = {"error": "Error", "warning": "Check", "info": "Note"}
# what each code means, in an editor's words (the code itself stays visible, small, for reference)
_TITLES = {
    "citation-missing": "Citation without an entry", "never-cited": "Entry never cited",
    "cited-page-out-of-range": "Cited page outside the entry", "numbering": "Numbering",
    "missing-field": "Missing information", "duplicate": "Listed twice", "style-inconsistent": "Inconsistent style",
    "twin-mismatch": "Lists disagree", "twin-missing": "Missing in one list",
    "translit-scheme-mixed": "Mixed transliteration", "translit-untransliterated": "Not transliterated",
    "translit-nonstandard": "Non-standard romanisation", "parse-uncertain": "Could not read reliably",
    "doi-invalid": "Invalid DOI", "doi-not-found": "DOI not found", "doi-metadata-mismatch": "DOI describes another work",
    "doi-suggested": "DOI available", "retracted": "Retracted work", "url-malformed": "Broken link address",
    "mixed-script": "Mixed alphabets in a word", "url-dead": "Dead link", "url-archived": "Archived copy", "skipped-offline": "Not checked offline",
}  # fmt: skip
_CSS = """
:root{--err:#b42318;--err-bg:#fef3f2;--warn:#a15c07;--warn-bg:#fffaeb;--info:#175cd3;--info-bg:#eff8ff;
--ok:#067647;--ink:#1d2939;--muted:#667085;--line:#e4e7ec;--card:#fff;--page:#f5f6f8}
*{box-sizing:border-box}
body{margin:0;background:var(--page);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
"Noto Sans","Noto Sans CJK KR","Malgun Gothic",sans-serif}
header{background:#101828;color:#fff;padding:20px 32px}
header h1{margin:0;font-size:22px;font-weight:600}
header p{margin:4px 0 0;color:#d0d5dd;font-size:14px}
main{max-width:1400px;margin:0 auto;padding:24px 32px 48px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:16px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 18px;min-width:150px}
.card b{display:block;font-size:28px;line-height:1.1}
.card.error b{color:var(--err)}.card.warning b{color:var(--warn)}.card.info b{color:var(--info)}.card.ok b{color:var(--ok)}
.card span{color:var(--muted);font-size:13px}
.notes{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 18px;margin-bottom:16px}
.notes h2,.notes h3{font-size:15px;margin:0 0 6px}
.notes ul{margin:0;padding-left:20px;color:var(--muted);font-size:14px}
.codes{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 24px;padding:0;list-style:none}
.codes li{background:var(--card);border:1px solid var(--line);border-radius:999px;padding:2px 10px;font-size:13px}
h2.list{font-size:18px;margin:28px 0 10px}
table{width:100%;border-collapse:separate;border-spacing:0 10px;table-layout:fixed}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);text-align:left;padding:0 12px}
th.n{width:48px}
td{vertical-align:top;background:var(--card);border-top:1px solid var(--line);border-bottom:1px solid var(--line);padding:12px}
td:first-child{border-left:1px solid var(--line);border-radius:10px 0 0 10px;font-weight:700;font-size:16px;color:var(--muted)}
td:last-child{border-right:1px solid var(--line);border-radius:0 10px 10px 0}
tr.has-error td:first-child{box-shadow:inset 4px 0 0 var(--err)}
tr.has-warning td:first-child{box-shadow:inset 4px 0 0 var(--warn)}
tr.has-info td:first-child{box-shadow:inset 4px 0 0 var(--info)}
tr.clean td:first-child{box-shadow:inset 4px 0 0 var(--ok)}
.entry{font-family:Georgia,"Times New Roman","Noto Serif","Noto Serif CJK KR",serif;font-size:15px;overflow-wrap:anywhere;
margin:0 0 8px}
.entry.missing{color:var(--muted);font-style:italic}
.finding{border-radius:8px;padding:8px 10px;margin:6px 0;font-size:14px;border-left:4px solid}
.finding.error{background:var(--err-bg);border-color:var(--err)}
.finding.warning{background:var(--warn-bg);border-color:var(--warn)}
.finding.info{background:var(--info-bg);border-color:var(--info)}
.finding .tag{font-weight:700;font-size:12px;text-transform:uppercase;letter-spacing:.04em;margin-right:6px}
.finding.error .tag{color:var(--err)}.finding.warning .tag{color:var(--warn)}.finding.info .tag{color:var(--info)}
.finding code{font-size:12px;color:var(--muted);float:right;margin-left:8px}
.finding .fix{display:block;margin-top:4px;color:#344054}
.finding .fix::before{content:"Fix: ";font-weight:600}
.ok{color:var(--ok);font-size:13px}
.ok.twin-note{color:var(--muted)}
.fixlist{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--err);border-radius:10px;
padding:12px 18px;margin-bottom:16px}
.fixlist h2{font-size:15px;margin:0 0 6px;color:var(--err)}
.fixlist ol{margin:0;padding-left:22px;font-size:14px}
.fixlist a{color:var(--ink)}
.fixlist .where{font-weight:600}
footer{color:var(--muted);font-size:12px;text-align:center;padding:16px}
@media print{body{background:#fff}td{break-inside:avoid}}
"""


def _finding(f: CheckFinding) -> str:
    field = f" <em>({escape(f.field)})</em>" if f.field else ""
    fix = f'<span class="fix">{escape(f.suggestion)}</span>' if f.suggestion else ""
    return (
        f'<div class="finding {escape(f.severity)}" data-code="{escape(f.code)}">'
        f'<code>{escape(f.code)}</code><span class="tag">{_LABEL.get(f.severity, escape(f.severity))}</span>'
        f"<strong>{escape(_TITLES.get(f.code, f.code))}.</strong> "
        f"{escape(f.message)}{field}{fix}</div>"
    )


def _cell(report: Report, list_index: int, number: int | None, raw: str | None, twin_note: str = "") -> tuple[str, str | None]:
    """One entry with its findings; ``twin_note`` replaces "nothing found" when the twin side reports a disagreement."""
    if number is None:
        return '<p class="entry missing">no counterpart</p>', None
    found = sorted(report.at(list_index, number), key=lambda f: (severity_rank(f.severity), f.code))
    body = f'<p class="entry" id="e{list_index}-{number}">{escape(clean(raw or ""))}</p>'
    if found:
        body += "".join(_finding(f) for f in found)
    elif twin_note:
        body += f'<div class="ok twin-note">{escape(twin_note)}</div>'
    else:
        body += '<div class="ok">✓ nothing found</div>'
    worst = min((f.severity for f in found), key=severity_rank) if found else None
    return body, worst


def _row(cells: list[tuple[str, str | None]], label: str) -> str:
    worst = min((w for _, w in cells if w), key=severity_rank, default=None)
    cls = f"has-{worst}" if worst else "clean"
    return f'<tr class="{cls}"><td>{escape(label)}</td>' + "".join(f"<td>{c}</td>" for c, _ in cells) + "</tr>"


def _about_lists(report: Report, views) -> str:
    """Findings about whole lists, shown above their table."""
    parts = []
    for v in views:
        found = report.about_list(v.index)
        if found:
            parts.append(f"<h3>{escape(v.title)}: the whole list</h3>" + "".join(_finding(f) for f in found))
    return f'<div class="notes">{"".join(parts)}</div>' if parts else ""


def render_html(report: Report) -> str:
    """The report as a complete HTML document (a string)."""
    s = report.summary()
    sev = s["by_severity"]
    title = "Reference check" + (f" — {report.source}" if report.source else "")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>Reference check</h1><p>{escape(report.source or 'references')} · "
        f"{s['references']} entries in {len(report.lists)} list(s) · {s['citations']} citations in the text</p></header>",
        '<main><section class="summary" id="summary"><div class="cards">',
    ]
    words = {"error": ("errors", "must be fixed"), "warning": ("to check", "probably wrong"), "info": ("notes", "worth knowing")}
    for k in SEVERITIES:
        out.append(f'<div class="card {k}"><b>{sev[k]}</b><span>{words[k][0]} — {words[k][1]}</span></div>')
    clean = sum(len(v.references) for v in report.lists) - s["entries_with_findings"]
    out.append(f'<div class="card ok"><b>{clean}</b><span>entries with nothing found</span></div></div>')
    if s["by_code"]:
        out.append('<ul class="codes">' + "".join(
            f'<li title="{escape(c)}">{escape(_TITLES.get(c, c))}: {n}</li>' for c, n in s["by_code"].items()
        ) + "</ul>")  # fmt: skip
    views = {v.index: v for v in report.lists}
    errors = [f for f in report.sorted_findings() if f.severity == "error"]
    if errors:
        out.append(f'<div class="fixlist"><h2>To fix first ({len(errors)})</h2><ol>')
        for f in errors:
            name = views[f.list].title if f.list in views else f"List {f.list}"
            where = f"{name}, entry {f.reference}" if f.reference is not None else "In the text"
            link = f'<a href="#e{f.list}-{f.reference}">' if f.reference is not None else "<span>"
            end = "</a>" if f.reference is not None else "</span>"
            out.append(f'<li>{link}<span class="where">{escape(where)}</span>: {escape(f.message)}{end}</li>')
        out.append("</ol></div>")
    general = [f for f in report.sorted_findings() if f.reference is None and f.list is None]
    if report.skipped or general:
        out.append('<div class="notes">')
        if general:
            out.append("<h2>About the article</h2>" + "".join(_finding(f) for f in general))
        if report.skipped:
            out.append("<h2>Not checked</h2><ul>" + "".join(f"<li>{escape(n)}</li>" for n in report.skipped) + "</ul>")
        out.append("</div>")
    out.append("</section>")
    paired: set[int] = set()
    for a, b, pairs in report.twins:
        va, vb = views[a], views[b]
        paired.update((a, b))
        out.append(f'<section class="twins"><h2 class="list">{escape(va.title)} · {escape(vb.title)}</h2>')
        out.append(_about_lists(report, (va, vb)))
        out.append(f'<table><thead><tr><th class="n">No.</th><th>{escape(va.heading or "As written")} (as written)</th>'
                   f'<th>{escape(vb.heading or "Transliterated")} (transliterated)</th></tr></thead><tbody>')  # fmt: skip
        by_a = dict(pairs)
        by_b = {j: i for i, j in pairs}
        rows = [(i, by_a.get(i)) for i in range(len(va.references))]
        rows += [(None, j) for j in range(len(vb.references)) if j not in by_b]
        for i, j in rows:
            disagree = j is not None and any(f.code.startswith("twin-") for f in report.at(b, vb.numbers[j]))
            note = "nothing found in this entry on its own, but the two lists disagree: see the transliterated entry" if disagree else ""
            left = _cell(report, a, va.numbers[i], va.references[i].raw, note) if i is not None else _cell(report, a, None, None)
            right = _cell(report, b, vb.numbers[j], vb.references[j].raw) if j is not None else _cell(report, b, None, None)
            label = va.numbers[i] if i is not None else vb.numbers[j]
            out.append(_row([left, right], str(label)))
        out.append("</tbody></table></section>")
    for v in report.lists:
        if v.index in paired:
            continue
        out.append(f'<section class="list"><h2 class="list">{escape(v.title)}</h2>{_about_lists(report, (v,))}'
                   '<table><thead><tr><th class="n">No.</th>'
                   "<th>Entry and findings</th></tr></thead><tbody>")  # fmt: skip
        for number, ref in zip(v.numbers, v.references):
            out.append(_row([_cell(report, v.index, number, ref.raw or ref.title)], str(number)))
        out.append("</tbody></table></section>")
    out.append(
        "</main><footer>Made by refkit check. Errors must be fixed; “check” items are probably wrong; "
        "notes are for information.</footer>"
    )
    out.append("</body></html>")
    return "\n".join(out)
