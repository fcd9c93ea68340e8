"""refkit's CSL engine: citeproc-py's element classes, subclassed, fixed and cached.

citeproc-py turns each element of a CSL style into an instance of its own lxml
element class (``Text``, ``Names``, ``Group``...). An :class:`Engine` parses the
style with *its own* family of subclasses of those classes, made for that engine
alone, so that:

* look-ups that citeproc-py repeats for every item (XPath searches for macros,
  terms and enclosing elements, "does this group call a variable") are answered
  once and cached per engine, which makes rendering several times faster;
* defects of citeproc-py are fixed by overriding single methods (see
  :mod:`refkit.render.fixes`), never by patching the installed package;
* locales come from refkit's own ``styles/locales`` first (Kazakh ships there),
  then from citeproc-py's, and a locale nobody has is an error, not a silent
  fallback to English.

The engine also adds what citeproc-py lacks entirely: disambiguation of
author-date citations (:mod:`refkit.render.disambiguate`) and citation
collapsing.
"""

from __future__ import annotations

import io
import os
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import LocaleNotFound, StyleError, UsageError
from .formats import FORMATS, formatter_for

__all__ = ["Engine", "known_locales"]

CSL_NS = "http://purl.org/net/xbiblio/csl"
REFKIT_NS = "urn:refkit:csl"  # refkit's own style attributes (ignored by other CSL processors)
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


# ---------------------------------------------------------------- locales


def _locale_dirs() -> list[Path]:
    from citeproc import LOCALES_PATH

    from .._data import styles_dir

    return [styles_dir() / "locales", Path(LOCALES_PATH)]


def known_locales() -> list[str]:
    """Every locale refkit can render in (``en-US``, ``ru-RU``, ``kk-KZ``, ...), sorted."""
    names = set()
    for folder in _locale_dirs():
        for path in folder.glob("locales-*.xml"):
            names.add(path.stem[len("locales-") :])
    return sorted(names)


def _locale_file(tag: str) -> Path | None:
    for folder in _locale_dirs():
        path = folder / f"locales-{tag}.xml"
        if path.is_file():
            return path
    return None


def _primary_dialect(language: str) -> str | None:
    from citeproc import PRIMARY_DIALECTS

    extra = {"kk": "kk-KZ"}
    return extra.get(language) or PRIMARY_DIALECTS.get(language)


def resolve_locale(tag: str) -> str:
    """The locale file tag for ``tag`` (``ru`` -> ``ru-RU``); :class:`LocaleNotFound` if none."""
    tag = tag.replace("_", "-")
    parts = tag.split("-")
    tag = "-".join([parts[0].lower()] + [p.upper() if len(p) == 2 else p.title() for p in parts[1:]])
    if _locale_file(tag):
        return tag
    primary = _primary_dialect(parts[0].lower())
    if len(parts) == 1 and primary and _locale_file(primary):
        return primary
    raise LocaleNotFound(tag, f"unknown locale {tag!r}; known: {', '.join(known_locales())}")


# ---------------------------------------------------------------- the engine


class Engine:
    """One style, one locale, one output format and one set of items, ready to render.

    ``style`` is a path to a ``.csl`` file or the XML text of a style; ``items``
    are CSL-JSON dicts. Citations are rendered in the order :meth:`cite_all`
    receives them; the bibliography holds every registered item in the style's
    order.
    """

    def __init__(
        self,
        style: str | os.PathLike[str],
        items: Iterable[Mapping[str, Any]],
        *,
        locale: str | None = None,
        format: str = "text",
        style_name: str | None = None,
    ) -> None:
        from citeproc import CitationStylesBibliography

        from . import fixes
        from .source import build_source

        if format not in FORMATS:
            raise UsageError(f"unknown output format {format!r}; choose from {', '.join(FORMATS)}")
        self.format = format
        self.formatter = formatter_for(format)
        self.name = style_name or (str(style) if not _is_xml(style) else "<inline style>")
        self._xpath: dict = {}
        self._roots: dict = {}
        self._calls: dict = {}
        self._macros: dict = {}
        self.classes = fixes.element_classes(self)
        self.root = self._parse(style)
        self.root.formatter = self.formatter
        self._macros.update({m.get("name"): m for m in self.root.findall(f"{{{CSL_NS}}}macro")})
        self.locale = self._set_locales(locale)
        self.items = [dict(item) for item in items]
        # items whose source cut the authors short ('et al.'): their names end in the style's 'et al.'
        self.cut_short = {str(i.get("id")).lower(): len(i.get("author") or ()) for i in self.items if i.get("refkit-et-al")}
        self.current_variable: str | None = None
        # refkit's own styles name an untitled ruling by its court, date and number; any other style is given that
        # designation as the ruling's title, or it would print a gazette and a page and nothing that says which ruling
        own_style = any(key.startswith(f"{{{REFKIT_NS}}}") for key in self.root.attrib)
        self.source = build_source(self.items, self.formatter.preformat, keep_markup=format == "html", designate_rulings=not own_style)
        self.bib = CitationStylesBibliography(_StyleShim(self.root), self.source, self.formatter)
        self.bib.formatter = self.formatter
        self.disambiguation: dict[str, Any] = {}
        self._sorted = False
        self._implicit_year_suffix = False
        self.current = None
        self.in_bibliography = False
        self.subsequent = False
        self.cited_keys: set[str] = set()
        self.ibid_term: str | None = None
        self.suffixed: set[str] = set()
        self.item_locale = self.root.get(f"{{{REFKIT_NS}}}item-locale") == "true"
        self.script_order = (self.root.get(f"{{{REFKIT_NS}}}script-order") or "").split()
        self._item_chains: dict[str, list] = {}
        self._raw: dict[str, Mapping[str, Any]] | None = None

    # -- loading ---------------------------------------------------------------

    def _parser(self):
        from lxml import etree

        lookup = etree.ElementNamespaceClassLookup()
        namespace = lookup.get_namespace(CSL_NS)
        namespace[None] = self.classes[None]
        namespace.update({tag: cls for tag, cls in self.classes.items() if tag})
        parser = etree.XMLParser(remove_comments=True, no_network=True, resolve_entities=False)
        parser.set_element_class_lookup(lookup)
        return parser

    def _parse(self, style: Any):
        from lxml import etree

        parser = self._parser()
        try:
            if _is_xml(style):
                tree = etree.parse(io.BytesIO(str(style).encode("utf-8")), parser)
            else:
                tree = etree.parse(str(style), parser)
        except OSError as exc:
            raise StyleError(self.name, f"cannot read the style file: {exc}") from None
        except etree.XMLSyntaxError as exc:
            raise StyleError(self.name, f"not well-formed XML: {exc}") from None
        root = tree.getroot()
        if root.tag != f"{{{CSL_NS}}}style":
            raise StyleError(self.name, f"not a CSL style (root element is {etree.QName(root).localname!r})")
        if root.find(f"{{{CSL_NS}}}citation") is None:
            parent = _independent_parent(root)
            if parent is None:
                raise StyleError(self.name, "the style has no <citation> element and no parent style")
            from .catalogue import find_style

            self._dependent_locale = root.get("default-locale")
            return self._parse(find_style(parent))
        if root.find(f"{{{CSL_NS}}}citation/{{{CSL_NS}}}layout") is None:
            raise StyleError(self.name, "the style's <citation> has no <layout>")
        return root

    def _set_locales(self, locale: str | None) -> str:
        """Build the style's locale chain; return the locale tag rendering uses."""
        asked = locale
        default = getattr(self, "_dependent_locale", None) or self.root.get("default-locale") or "en-US"
        if asked is not None:
            tag = resolve_locale(asked)
        else:
            try:
                tag = resolve_locale(default)
            except LocaleNotFound:
                warnings.warn(
                    f"style {self.name!r} asks for locale {default!r}, which refkit does not have; using en-US",
                    stacklevel=3,
                )
                tag = "en-US"
        chain = []

        def in_style(lang: str | None) -> None:
            for element in self.root.findall(f"{{{CSL_NS}}}locale"):
                if element.get(_XML_LANG) == lang and element not in chain:
                    chain.append(element)

        language = tag.split("-")[0]
        in_style(tag)
        in_style(language)
        in_style(None)
        files = [tag]
        primary = _primary_dialect(language)
        if primary and primary not in files:
            files.append(primary)
        if "en-US" not in files:
            files.append("en-US")
        parser = self._parser()
        from lxml import etree

        for name in files:
            path = _locale_file(name)
            if path is None:
                continue
            chain.append(etree.parse(str(path), parser).getroot())
        for element in chain:
            element.style = self.root
        self.root.locales = chain
        self._locale_chain = chain  # keeps the element proxies (and their attributes) alive
        return tag

    def item_locale_chain(self, item: Any) -> list:
        """Locales for an item in its own language (in-style ones first), or [] for the style's own."""
        from .source import language_of

        language = language_of(item.reference)
        if language == self.locale.split("-")[0]:
            return []
        chain = self._item_chains.get(language)
        if chain is None:
            chain = [e for e in self.root.findall(f"{{{CSL_NS}}}locale") if (e.get(_XML_LANG) or "").split("-")[0] == language]
            primary = _primary_dialect(language)
            path = _locale_file(primary) if primary else None
            if chain and path is not None:
                from lxml import etree

                element = etree.parse(str(path), self._parser()).getroot()
                element.style = self.root
                chain.append(element)
            self._item_chains[language] = chain
        return chain

    def raw_item(self, key: str) -> Mapping[str, Any]:
        """The CSL-JSON item (as given) whose source key is ``key``."""
        if self._raw is None:
            self._raw = {str(item.get("id", f"item-{i + 1}")).lower(): item for i, item in enumerate(self.items)}
        return self._raw.get(key, {})

    # -- rendering -------------------------------------------------------------

    @property
    def has_bibliography(self) -> bool:
        return self.root.find(f"{{{CSL_NS}}}bibliography") is not None

    def register(self, ids: Iterable[str] | None = None) -> None:
        """Register items for the bibliography (all, in input order, when ``ids`` is None)."""
        from citeproc import Citation

        keys = [str(i).lower() for i in ids] if ids is not None else list(self.source)
        for key in keys:
            if key in self.source and key not in self.bib.keys:
                self.bib.register(Citation([cite_item(key)]))
        self._sorted = False

    def _prepare(self) -> None:
        if not self.bib.keys:
            self.register()
        if not self._sorted:
            if self.has_bibliography:
                self.bib.sort()
            from .disambiguate import disambiguate

            self.disambiguation = disambiguate(self)
            if self.has_bibliography and any("year_suffix" in self.source[k] for k in self.bib.keys):
                self.bib.sort()  # year suffixes may take part in the order
            self._sorted = True

    def bibliography_entries(self) -> list[str]:
        """The bibliography, one string per entry, in the style's order.

        Styles without a ``<bibliography>`` give each item's citation instead.
        """
        self._prepare()
        if not self.has_bibliography:
            return self.cite_all([[{"id": key}] for key in self.bib.keys])
        entries = [_finish(str(entry)) for entry in self.bib.bibliography()]
        return entries if self.format == "html" else [e.strip() for e in entries]

    def cite_all(self, citations: Sequence[Sequence[Mapping[str, Any]]]) -> list[str]:
        """Render citations in order; each is a list of cite dicts (``id``, ``locator``, ``label``, ...)."""
        from citeproc import Citation

        objects = []
        for cites in citations:
            objects.append(Citation([_citation_item(c, self.formatter.preformat) for c in cites]))
        if not self.bib.keys:
            for citation in objects:
                self.bib.register(citation)
            self.register()
        self._prepare()
        out = []
        for citation in objects:
            citation.bibliography = self.bib
            text = self.bib.cite(citation, _unknown_item)
            out.append(_finish(str(text)))
        return out if self.format == "html" else [e.strip() for e in out]


class _StyleShim:
    """The part of citeproc-py's ``CitationStylesStyle`` its bibliography object calls."""

    def __init__(self, root: Any) -> None:
        self.root = root

    def render_citation(self, citation: Any, cites: list, callback: Any) -> Any:
        return self.root.citation.render(citation, cites, callback)

    def sort_bibliography(self, items: list) -> list:
        return self.root.bibliography.sort(items)

    def render_bibliography(self, items: list) -> list:
        return self.root.bibliography.render(items)


_CITE_CLASS: Any = None


def cite_item(key: str, **extra: Any) -> Any:
    """A citeproc-py ``CitationItem`` that looks its reference up once, not on every variable access."""
    global _CITE_CLASS
    if _CITE_CLASS is None:
        from citeproc import CitationItem

        class CachedCitationItem(CitationItem):
            @property
            def reference(self) -> Any:
                try:
                    return dict.__getitem__(self, "_reference")
                except KeyError:
                    found = self.bibliography.source[self.key]
                    dict.__setitem__(self, "_reference", found)
                    return found

        _CITE_CLASS = CachedCitationItem
    return _CITE_CLASS(key, **extra)


def _unknown_item(item: Any) -> str:
    raise UsageError(f"citation of an unknown item {item.key!r}")


_LOCATOR_LABELS = {
    "p": "page", "pp": "page", "page": "page", "chap": "chapter", "fig": "figure", "vol": "volume",
    "no": "issue", "sec": "section", "para": "paragraph", "l": "line", "n": "note", "col": "column",
}  # fmt: skip


def _citation_item(cite: Mapping[str, Any], preformat: Any) -> Any:
    """A citeproc-py cite; its locator, prefix and suffix escaped like item text."""
    from citeproc import Locator

    from .source import rich_text

    keep = preformat("<") != "<"  # HTML keeps the inline tags CSL-JSON allows
    extra: dict[str, Any] = {k: str(rich_text(cite[k], preformat, keep_markup=keep)) for k in ("prefix", "suffix") if cite.get(k)}
    if cite.get("locator") not in (None, ""):
        label = str(cite.get("label") or "page")
        locator = re.sub(r"(?<=\w)\s*[-–]\s*(?=\w)", "-", str(cite["locator"]).strip())  # "100 - 103" is a range
        extra["locator"] = Locator(_LOCATOR_LABELS.get(label.rstrip("."), label), preformat(locator))
    item = cite_item(str(cite["id"]), **extra)
    for flag in ("suppress-author", "author-only"):
        if cite.get(flag):
            dict.__setitem__(item, flag.replace("-", "_"), True)
    return item


def _is_xml(style: Any) -> bool:
    return isinstance(style, str) and style.lstrip().startswith("<")


def _independent_parent(root: Any) -> str | None:
    for link in root.iter(f"{{{CSL_NS}}}link"):
        if link.get("rel") == "independent-parent" and link.get("href"):
            return link.get("href").rstrip("/").rsplit("/", 1)[-1]
    return None


_SPACES = re.compile(r"(?<=\S)[ \t]{2,}")


_PUNCT_PAIR = re.compile(r"(?<!\.)([:.;!?,])((?:</?[a-z][^<>]*>|(?<!\\)\*)*)([:.;!?,])(?!\.)")


def _merge_punctuation(m: re.Match) -> str:
    """Two marks meeting where pieces were joined: keep what CSL processors keep (``;:`` -> ``;``)."""
    left, tags, right = m.groups()
    if right in ":." and left in ";!?:" or (right == "." and left == "."):
        return left + tags
    if right in ";," and left == right:
        return left + tags
    if right in "!?" and left in ":;":
        return tags + right
    if right in "!?" and left == right:
        return left + tags
    return m.group(0)


def _finish(text: str) -> str:
    """Final clean-up of one rendered entry: collapsed double spaces, no space before a comma."""
    if "  " in text:
        text = _SPACES.sub(" ", text)
    text = _PUNCT_PAIR.sub(_merge_punctuation, text)  # "Who Is Leading?." -> "Who Is Leading?"
    return text
