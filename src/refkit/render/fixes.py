"""Subclasses of citeproc-py's CSL element classes: caches and fixes, one method each.

:func:`element_classes` builds, for one :class:`~refkit.render.engine.Engine`, a
subclass of every citeproc-py element class. Each subclass puts two kinds of
mixin in front of citeproc-py's class:

``_Cached``
    answers XPath look-ups, "which root am I in", macro look-ups and
    ``calls_variable()`` from per-engine dictionaries. citeproc-py evaluates
    the same XPath expressions (``cs:macro[@name=...]``, the enclosing
    ``cs:citation``...) again for every item; caching them is most of refkit's
    speed-up.

a fix mixin per element (``_LayoutFix``, ``_NameFix``...)
    each overriding the one method where citeproc-py goes wrong, with the defect
    it fixes in the docstring. Every fix has a test in ``tests/test_render_fixes.py``.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["element_classes"]

_CSL = "http://purl.org/net/xbiblio/csl"  # the CSL namespace, as engine.CSL_NS (engine imports this module)

# ---------------------------------------------------------------- caching


class _Cached:
    """Per-engine caches for look-ups whose answer never changes while rendering."""

    _engine: Any = None

    def xpath_search(self, expression: str) -> list:
        cache = self._engine._xpath
        key = (self, expression)
        found = cache.get(key)
        if found is None:
            found = cache[key] = self.xpath(expression, namespaces=self.nsmap)
        return found

    def get_root(self) -> Any:
        roots = self._engine._roots
        root = roots.get(self)
        if root is None:
            root = roots[self] = self.getroottree().getroot()
        return root

    def get_macro(self, name: str) -> Any:
        try:
            return self._engine._macros[name]
        except KeyError:
            from ..errors import StyleError

            raise StyleError(self._engine.name, f"macro {name!r} is used but not defined") from None

    def get_formatter(self) -> Any:
        return self._engine.formatter

    def get_term(self, name: str, form: Any = None, fallback_locale: bool = True, zero_padded: bool = False) -> Any:
        """Terms in the item's own language when the style asks for it (``refkit:item-locale``)."""
        from citeproc import model

        if isinstance(self, model.Locale):
            return super().get_term(name, form, zero_padded=zero_padded)  # type: ignore[misc]
        engine = self._engine
        item = engine.current if engine.item_locale and engine.in_bibliography else None
        if item is not None:
            for locale in engine.item_locale_chain(item):
                try:
                    return locale.get_term(name, form, zero_padded=zero_padded)
                except IndexError:
                    continue
        return super().get_term(name, form, fallback_locale=fallback_locale, zero_padded=zero_padded)  # type: ignore[misc]

    def calls_variable(self) -> bool:
        cache = self._engine._calls
        found = cache.get(self)
        if found is None:
            found = cache[self] = super().calls_variable()  # type: ignore[misc]
        return found


# ---------------------------------------------------------------- helpers

_CLOSE_PUNCT = re.compile(r"([.,;:!?]?)([”’]+)((?:</[a-z]+>)*)([.,])")


def _punctuation_in_quote(text: str) -> str:
    """Move a period or comma that follows a closing quote inside it (American usage)."""

    def move(m: re.Match) -> str:
        inside, quote, tags, outside = m.groups()
        if inside:
            if inside == outside or (inside in "?!." and outside == "."):
                return inside + quote + tags
            return inside + outside + quote + tags
        return outside + quote + tags

    return _CLOSE_PUNCT.sub(move, text)


_TOKEN = re.compile(r"([^\s.]+)(\.?)")


def _initials(given: str, mark: str, full_words: bool) -> str:
    """Given names as initials joined by ``mark``; abbreviations (``Ph.``) kept; words kept if ``full_words``."""
    out = ""
    for m in _TOKEN.finditer(given):
        token, period = m.groups()
        if not token[0].isupper():  # a lower-case particle stays a word
            piece, is_word = token, True
        elif period or len(token) == 1:
            piece, is_word = token, False
        elif full_words:
            piece, is_word = token, True
        else:
            piece, is_word = token[0], False
        if is_word:
            out = (out.rstrip() + " " if out else "") + piece + " "
        else:
            out = (out if not out or out.endswith(" ") or mark.strip() else out) + piece + mark
    return out.strip()


# ---------------------------------------------------------------- fixes


class _LayoutFix:
    """Layout: punctuation inside quotes, second-field alignment, disambiguation state."""

    def _piq(self) -> bool:
        value = self.get_locale_option("punctuation-in-quote")  # type: ignore[attr-defined]
        return str(value).lower() == "true"

    def render_citation(self, citation: Any, callback: Any) -> Any:
        from .collapse import render_citation

        text = render_citation(self, citation, callback)
        if text is not None and self._piq():
            text = _punctuation_in_quote(str(text))
        return text

    def render_bibliography(self, citation_items: list) -> list:
        """Fix: ``second-field-align`` was ignored, so ``[1]`` ran into the first author."""

        bibliography = self.getparent()  # type: ignore[attr-defined]
        align = bibliography.get("second-field-align")
        html = self._engine.format == "html"
        piq = self._piq()
        self._engine.in_bibliography = True
        try:
            return self._render_entries(citation_items, align, html, piq)
        finally:
            self._engine.in_bibliography = False

    def _entry_parts(self, item: Any, names_mode: str | None) -> list:
        """The rendered children of the layout for one entry (its first names captured or substituted)."""
        from citeproc.model import Choose
        from citeproc.source import VariableError

        engine = self._engine
        self.repressed = {}
        engine.current = item
        engine.suffixed = set()
        engine.names_mode, engine.names_seen, engine.captured = names_mode, False, None
        parts = []
        try:
            for child in self.iterchildren():  # type: ignore[attr-defined]
                try:
                    text = child.render(item, delimiter="") if isinstance(child, Choose) else child.render(item)
                except VariableError:
                    continue
                if text is not None:
                    parts.append(text)
        finally:
            engine.names_mode = None
        return parts

    def _render_entries(self, citation_items: list, align: Any, html: bool, piq: bool) -> list:
        """Fix: ``subsequent-author-substitute`` was ignored (the repeated author printed again)."""
        from citeproc.string import join

        out = []
        engine = self._engine
        substitute = self.getparent().get("subsequent-author-substitute")  # type: ignore[attr-defined]
        previous = None
        for item in citation_items:
            parts = self._entry_parts(item, "capture" if substitute is not None else None)
            if substitute is not None:
                names = engine.captured
                if names is not None and names == previous:
                    engine.names_substitute = substitute
                    parts = self._entry_parts(item, "substitute")
                previous = names
            if not parts:
                continue
            if align and len(parts) > 1:
                first = str(self.format(self.get("prefix", "") + parts[0]))  # type: ignore[attr-defined]
                rest = join(parts[1:], self.get("delimiter", ""))  # type: ignore[attr-defined]
                rest = str(self.format(rest + self.get("suffix", "")))  # type: ignore[attr-defined]
                if piq:
                    rest = _punctuation_in_quote(rest)
                if html:
                    text = f'<div class="csl-left-margin">{first}</div><div class="csl-right-inline">{rest}</div>'
                else:
                    text = first + ("" if rest.startswith((" ", "\t")) else " ") + rest
            else:
                text = str(self.format(self.wrap(join(parts, self.get("delimiter", "")))))  # type: ignore[attr-defined]
                if piq:
                    text = _punctuation_in_quote(text)
            out.append(text)
        return out


def _cut_short(engine: Any, item: Any, value: Any, style_min: Any) -> Any:
    """An author list the source cut short ('Ekelund U, Tarp J, Steene-Johannessen J, et al.') ends in the style's
    'et al.' after the names it has (et-al-min and et-al-use-first both set to their number), unless the style
    itself would cut it sooner."""
    given = engine.cut_short.get(str(getattr(item, "key", "")).lower(), 0)
    if given < 2:
        return value  # citeproc never adds 'et al.' after one name
    if style_min and int(style_min) <= given:
        return value  # the style truncates this list anyway
    return given


class _NameFix:
    """Name: ``initialize="false"``, disambiguation (added names and given names)."""

    def process(self, item: Any, variable: str, context: Any = None, sort_options: Any = None, **kwargs: Any) -> Any:
        self._engine.current = item
        self._engine.current_variable = variable
        return super().process(item, variable, context=context, sort_options=sort_options, **kwargs)  # type: ignore[misc]

    def get_option(self, name: str, context: Any = None, sort_options: Any = None) -> Any:
        value = super().get_option(name, context, sort_options)  # type: ignore[misc]
        if sort_options:
            return value
        if name in ("et-al-min", "et-al-use-first") and self._engine.subsequent:
            # Fix: et-al-subsequent-min / -use-first were read but never used for later cites.
            later = super().get_option(name.replace("et-al-", "et-al-subsequent-"), context, sort_options)  # type: ignore[misc]
            if later:
                value = later
        item = getattr(self._engine, "current", None)
        if name in ("et-al-min", "et-al-use-first") and item is not None and self._engine.current_variable == "author":
            style_min = value if name == "et-al-min" else self.get_option("et-al-min", context, sort_options)
            value = _cut_short(self._engine, item, value, style_min)
        state = self._engine.disambiguation.get(getattr(item, "key", None)) if item is not None else None
        if not state:
            return value
        if name in ("et-al-use-first", "et-al-subsequent-use-first") and state.get("names"):
            return max(value, state["names"])
        if state.get("given"):
            if name == "form" and value == "short":
                return "long"
            if name == "initialize-with" and state["given"] >= 2:
                return None
        return value

    def initialize(self, given: str, mark: str, context: Any) -> str:
        """Fix: ``initialize="false"`` was ignored (Chicago printed ``Knuth, D. E.``), and abbreviations
        such as ``Ph.`` or ``Me.`` were cut to one letter."""
        full_words = self.get("initialize", "true").lower() == "false"  # type: ignore[attr-defined]
        hyphen = str(self.get_option("initialize-with-hyphen", context)).lower() == "true"  # type: ignore[attr-defined]
        parts = given.split("-") if hyphen else [given.replace("-", " ")]
        out = [_initials(part, mark, full_words) for part in parts]
        return "-".join(p.rstrip() for p in out[:-1]) + ("-" if len(out) > 1 else "") + out[-1] if out else given


# two or more numbers in a list ('1803, 1804', '12 & 13'): a document's number is plural only then
_NUMBER_LIST = re.compile(r"\d\s*(?:,|&|\band\b)\s*\S")


class _LabelFix:
    """Label: plural of ``number-of-pages`` and of ``number``."""

    def _is_plural(self, item: Any) -> bool:
        """Fix: the label of ``number-of-pages`` (``p.``/``pp.``) vanished with an error."""
        variable = self.get("variable") or ""  # type: ignore[attr-defined]
        if variable.startswith("number-of"):
            try:
                value = item.reference[variable.replace("-", "_")]
            except Exception:
                return False
            digits = re.match(r"\s*(\d+)", str(value))
            return bool(digits) and int(digits.group(1)) != 1
        if variable == "number":
            # Fix: a document's number is an identifier, whose hyphens and slashes are not ranges ('Pub. L. No. 88-352',
            # 'Order No. 7-1/229', 'Report No. 2018-05'), not 'Nos.'
            try:
                return _NUMBER_LIST.search(str(item.reference["number"])) is not None
            except Exception:
                return False
        return super()._is_plural(item)  # type: ignore[misc]


class _TextFix:
    """Text: inner quotes inside quoted text."""

    def quote(self, string: Any) -> Any:
        """Fix: quotes inside a quoted title stayed outer quotes (“a “b” c”)."""
        if self.get("quotes", "false").lower() == "true":  # type: ignore[attr-defined]
            open_inner = str(self.get_single_term(name="open-inner-quote"))  # type: ignore[attr-defined]
            close_inner = str(self.get_single_term(name="close-inner-quote"))  # type: ignore[attr-defined]
            open_outer = str(self.get_single_term(name="open-quote"))  # type: ignore[attr-defined]
            close_outer = str(self.get_single_term(name="close-quote"))  # type: ignore[attr-defined]
            if open_outer and (open_outer in str(string) or "“" in str(string)):
                string = string.replace(open_outer, open_inner).replace(close_outer, close_inner)
                if open_outer != "“":
                    string = string.replace("“", open_inner).replace("”", close_inner)
        return super().quote(string)  # type: ignore[misc]


class _SubstituteFix:
    """Substitute: what stood in for a missing author was printed a second time."""

    def render(self, item: Any, context: Any = None, **kwargs: Any) -> Any:
        """Fix: only a substitute that was itself a ``<text variable=…>`` was suppressed afterwards; one rendered
        through a macro (APA's ``author-title-substitute``, Chicago's ``title``) was not, so a work without an
        author printed its title twice ('Словарь русского языка. (1981). Словарь русского языка.'). CSL: the
        variables a substitute renders are suppressed in the rest of the output."""
        engine = self._engine
        outer, engine.substitute_vars = getattr(engine, "substitute_vars", None), []
        try:
            return super().render(item, context=context, **kwargs)  # type: ignore[misc]
        finally:
            engine.substitute_vars = outer

    def add_to_repressed_list(self, child: Any, context: Any) -> None:
        super().add_to_repressed_list(child, context)  # type: ignore[misc]
        repressed = context.get_layout().repressed
        for tag, variable in self._engine.substitute_vars or ():
            repressed.setdefault(tag, []).append(variable)


class _VariableTextFix:
    """Text of a variable: noted while a substitute renders, so that it can be suppressed after."""

    def _variable(self, item: Any, context: Any) -> Any:
        text = super()._variable(item, context)  # type: ignore[misc]
        noted = getattr(self._engine, "substitute_vars", None)
        if noted is not None and text:
            noted.append((self.tag, self.get("variable")))  # type: ignore[attr-defined]
        return text


class _NumberFix:
    """Numbers and page ranges: ``&`` in the value is a list separator, not escaped text."""

    def _process(self, value: Any, variable: str) -> Any:
        """Fix: an escaped ``&`` (``&#38;``) in ``1 & 2`` was split apart by citeproc-py's range parser."""
        text = str(value)
        if "&#38;" in text:
            value = text.replace("&#38;", "&")
        return super()._process(value, variable)  # type: ignore[misc]


class _IfFix:
    """If / else-if: the ``disambiguate`` condition; refkit's ``refkit:max-names``."""

    def _variable(self, item: Any) -> list:
        """refkit:max-names="N": a name variable counts as present only with 1 to N names, the first of
        them a person's (GOST: a heading names one of at most three authors, never an organisation)."""
        results = super()._variable(item)  # type: ignore[misc]
        limit = self.get(_MAX_NAMES)  # type: ignore[attr-defined]
        if limit is None:
            return results
        for i, variable in enumerate(self.get("variable").split()):  # type: ignore[attr-defined]
            value = item.reference.get(variable.replace("-", "_")) if results[i] else None
            if isinstance(value, list):
                raw = self._engine.raw_item(item.key).get(variable) or [None]
                person = isinstance(raw[0], dict) and not raw[0].get("literal")
                results[i] = person and 0 < len(value) <= int(limit)
        return results

    def render(self, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any) -> Any:
        """Fix: ``disambiguate="true"`` was never tested (always false would be right only without ambiguity)."""
        if self.get("disambiguate") == "true":  # type: ignore[attr-defined]
            from citeproc.model import ConditionFailed

            state = self._engine.disambiguation.get(item.key) or {}
            in_citation = context is not None and not context.xpath_search("./ancestor::cs:bibliography")
            if not (state.get("condition") and (in_citation or context is None)):
                raise ConditionFailed
            if len(self.attrib) == 1 or (len(self.attrib) == 2 and "match" in self.attrib):  # type: ignore[attr-defined]
                return self.render_children(item, context=context, delimiter=delimiter, **kwargs)  # type: ignore[attr-defined]
        return super().render(item, context=context, delimiter=delimiter, **kwargs)  # type: ignore[misc]


class _DateFix:
    """Date: remembers which date variable of which item is being rendered (for the year suffix); refkit's
    ``refkit:full-date`` renders the date only when it has its day (``"true"``) or only when it has not (``"false"``)."""

    def process(self, item: Any, variable: Any = None, show_parts: Any = None, context: Any = None, **kwargs: Any) -> Any:
        engine = self._engine
        engine.date_variable = variable or self.get("variable")  # type: ignore[attr-defined]
        engine.date_item = item
        full = self.get(_FULL_DATE)  # type: ignore[attr-defined]
        if full in ("true", "false"):
            date = item.reference.get(engine.date_variable.replace("-", "_"))
            has_day = isinstance(date, dict) and date.get("day") is not None  # (citeproc-py's dates are dicts; a range's begin is not read)
            if date is None or has_day != (full == "true"):
                return None  # (a law dated by its year alone: not 'от 1990', but its year where the imprint's would be)
        return super().process(item, variable=variable, show_parts=show_parts, context=context, **kwargs)  # type: ignore[misc]

    def render_date_range(self, date_range: Any, show_parts: Any = None, context: Any = None) -> Any:
        """Fix: a range within one year printed its year after the range whatever the order of the date's parts
        (Vancouver 'Oct 30–Nov 22019' for '2019 Oct 30–Nov 2'), a date that shows only the year printed nothing
        (APA '(October 30–November 2)', its year lost), and the part before the dash kept its comma ('October 30,–')."""
        begin, end = date_range.begin, date_range.end
        if end.is_nil():
            return super().render_date_range(date_range, show_parts, context)  # type: ignore[misc]
        shown = [p.get("name") for p in self.iterchildren() if p.get("name") in (show_parts or ())]  # type: ignore[attr-defined]
        same = []
        for name in ("year", "month", "day"):  # what both ends share, from the year down (shown or not)
            if getattr(begin, name, None) != getattr(end, name, None):
                break
            same.append(name)
        differ = [i for i, name in enumerate(shown) if name not in same]
        if not differ:
            return self.render_single_date(begin, shown, context)  # the range does not show at this precision
        # a shared part is printed once, on the side of the range where the date's order puts it:
        # '2019 Oct 30–Nov 2', 'October 11–14, 2017', '30 October–2 November 2019'
        first = self.render_single_date(begin, [n for i, n in enumerate(shown) if i <= differ[-1]], context)
        last = self.render_single_date(end, [n for i, n in enumerate(shown) if i >= differ[0]], context)
        if not first or not last:
            return first or last
        return first.rstrip(" ,") + self.unicode_character("EN DASH") + last  # type: ignore[attr-defined]

    def render_single_date(self, date: Any, show_parts: Any = None, context: Any = None) -> Any:
        """Fix: a localized date joined its parts with the style's delimiter, not the locale's (``2020May12``)."""
        if context is not None and context is not self and self.is_locale_date():  # type: ignore[attr-defined]
            parts = self.parts(date, show_parts, context)  # type: ignore[attr-defined]
            return self.join(parts) if parts else None  # type: ignore[attr-defined]
        return super().render_single_date(date, show_parts, context)  # type: ignore[misc]


class _DatePartFix:
    """Date-part: the year suffix of a style that does not print ``year-suffix`` itself."""

    def process(self, date: Any, context: Any = None) -> Any:
        """Fix: year suffixes (``2020a``) need a place even in styles that never name them."""
        text = super().process(date, context)  # type: ignore[misc]
        engine = self._engine
        if (
            text is not None
            and self.get("name") == "year"  # type: ignore[attr-defined]
            and engine._implicit_year_suffix
            and getattr(engine, "date_variable", None) == "issued"
        ):
            item = getattr(engine, "date_item", None)
            suffix = item.reference.get("year_suffix") if item is not None else None
            if suffix and item.key not in engine.suffixed:  # once per cite or entry
                engine.suffixed.add(item.key)
                text = f"{text}{suffix}"
        return text


class _SortFix:
    """Sort: scripts in the order a style asks (``refkit:script-order="cyrillic latin"``)."""

    def sort(self, items: list, context: Any) -> list:
        if len(items) < 2:  # nothing to order (most citations hold one cite)
            return list(items)
        items = super().sort(items, context)  # type: ignore[misc]
        order = self._engine.script_order
        if order and self.getparent().tag.endswith("bibliography"):  # type: ignore[attr-defined]
            from .source import script_of

            rank = {script: i for i, script in enumerate(order)}
            items = sorted(items, key=lambda item: rank.get(script_of(item.reference), len(order)))
        return items


class _StripFix:
    """strip-periods on values that are not text (a citation number is an int)."""

    def strip_periods(self, string: Any) -> Any:
        """Fix: ``strip-periods`` on ``citation-number`` crashed (``int`` has no ``replace``)."""
        if isinstance(string, (int, float)):
            string = str(string)
        return super().strip_periods(string)  # type: ignore[misc]


_MAX_NAMES = "{urn:refkit:csl}max-names"
_FULL_DATE = "{urn:refkit:csl}full-date"
_CASE = "{urn:refkit:csl}case"

_SORT_DROP = re.compile(r"<[^>]+>|[\[\]“”‘’«»„\"'()]")


# Letters that extend the Russian alphabet sort after the letter they extend, as each language's alphabet orders them:
# Kazakh А Ә Б … К Қ … У Ұ Ү … Ы І (not after Я); Ukrainian Г Ґ, Е Є, И І Ї Й; Belarusian З І Й, У Ў.
_KAZAKH_ORDER = str.maketrans({
    "ә": "а\U0010ffff", "ғ": "г\U0010ffff", "қ": "к\U0010ffff", "ң": "н\U0010ffff", "ө": "о\U0010ffff",
    "ұ": "у\U0010fffe", "ү": "у\U0010ffff", "һ": "х\U0010ffff", "і": "ы\U0010ffff",
})  # fmt: skip
_EAST_SLAVIC_ORDER = str.maketrans({
    "ґ": "г\U0010ffff", "є": "е\U0010ffff", "і": "и\U0010fffe", "ї": "и\U0010ffff", "ў": "у\U0010ffff",
})  # fmt: skip
_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһ]")


def _sort_text(key: Any, language: str = "") -> Any:
    """A sort key without markup, quotes and brackets, accents folded (``“Émile”`` sorts as ``emile``), Cyrillic letters
    in the order of the item's language's alphabet (й, ї, ў are letters, not и, і, у with a mark; ё sorts as е)."""
    import unicodedata

    if key is None or isinstance(key, (int, float)):
        return key
    text = _SORT_DROP.sub("", str(key)).replace("&#38;", "&").replace("&#60;", "<").replace("&#62;", ">").lower().replace("ё", "е")
    folded = "".join(
        c if "\u0400" <= c <= "\u04ff" else "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d)) for c in text
    )
    kazakh = language == "kk" or language not in ("uk", "be", "ru") and _KAZAKH_LETTERS.search(folded)
    return folded.translate(_KAZAKH_ORDER if kazakh else _EAST_SLAVIC_ORDER).strip()


class _KeyFix:
    """Sort key: compare text, not markup or punctuation."""

    def sort_keys(self, items: list, context: Any) -> list:
        """Fix: keys kept tags, quotes and accents, so “B” sorted after C and Émile after Zola."""
        from .source import language_of

        self._engine.current = None
        keys = super().sort_keys(items, context)  # type: ignore[misc]
        return [_sort_text(key, language_of(item.reference)) for key, item in zip(keys, items)]


class _DisplayFix:
    """display="block|left-margin|right-inline|indent" on text and groups."""

    def markup(self, *args: Any) -> Any:
        """Fix: ``display`` was ignored; HTML gets citeproc-js's ``csl-*`` divs, text a separating space."""
        text = super().markup(*args)  # type: ignore[misc]
        display = self.get("display")  # type: ignore[attr-defined]
        if not display or text is None:
            return text
        if self._engine.format == "html":
            return f'<div class="csl-{display}">{text}</div>'
        return f"{text} " if display in ("block", "left-margin") else f" {text}"


class _NamePartFix:
    """name-part: affixes only around a part that is there; refkit's ``refkit:case="genitive"``."""

    def format_part(self, given: Any, family: Any) -> tuple[Any, Any]:
        """Fix: an organisation's missing given name still printed its affixes (``Committee ()``)."""
        part = self.get("name")  # type: ignore[attr-defined]
        if (part == "given" and not given) or (part == "family" and not family):
            return given, family
        if part == "family" and self.get(_CASE) == "genitive":  # type: ignore[attr-defined]
            item = self._engine.current
            if item is not None:
                from .source import language_of

                language = language_of(item.reference)
                if language in _GENITIVES:
                    family = family.__class__(surname_genitive(str(family), language))
        return super().format_part(given, family)  # type: ignore[misc]


# Russian surname endings whose genitive does not depend on the unknown sex of the bearer:
# Иванов -> Иванова, Иванова -> Ивановой, Зелинский -> Зелинского, Толстой -> Толстого,
# Зелинская -> Зелинской.
_GENITIVE = [
    (re.compile(r"(?<=[а-яё]{2})(ов|ев|ёв|ин|ын)$"), r"\1а"),
    (re.compile(r"(?<=[а-яё]{2})(ов|ев|ёв|ин|ын)а$"), r"\1ой"),
    (re.compile(r"(?<=[а-яё])(ск|цк)(ий|ой)$"), r"\1ого"),
    (re.compile(r"(?<=[а-яё]{2})(ой|ый)$"), r"ого"),
    (re.compile(r"(?<=[а-яё])(ск|цк)ая$"), r"\1ой"),
]


# Ukrainian and Belarusian endings of the same kind: Петров -> Петрова, Петрова -> Петрової, Франківський -> Франківського;
# Belarusian Гніламёдаў -> Гніламёдава, Іванова -> Івановай, Мушынскі -> Мушынскага, Мушынская -> Мушынскай.
_GENITIVES = {
    "ru": _GENITIVE,
    "uk": [
        (re.compile(r"(?<=[а-яєіїґ']{2})(ов|ев|єв|ін|їн)$"), r"\1а"),
        (re.compile(r"(?<=[а-яєіїґ']{2})(ов|ев|єв|ін|їн)а$"), r"\1ої"),
        (re.compile(r"(?<=[а-яєіїґ'])(ськ|цьк)ий$"), r"\1ого"),
        (re.compile(r"(?<=[а-яєіїґ'])(ськ|цьк)а$"), r"\1ої"),
    ],
    "be": [
        (re.compile(r"(?<=[а-яёіў']{2})([аоеё])ў$"), r"\1ва"),
        (re.compile(r"(?<=[а-яёіў']{2})(ін|ын)$"), r"\1а"),
        (re.compile(r"(?<=[а-яёіў']{2})(ав|ов|ев|ёв|ін|ын)а$"), r"\1ай"),
        (re.compile(r"(?<=[а-яёіў'])(ск|цк)і$"), r"\1ага"),
        (re.compile(r"(?<=[а-яёіў'])(ск|цк)ая$"), r"\1ай"),
    ],
}


def russian_genitive(family: str) -> str:
    """The genitive of a Russian surname (each part of a hyphenated one), or the surname unchanged
    when its ending does not tell (Шевченко, Гольдман, Черных stay as they are)."""
    return surname_genitive(family, "ru")


def surname_genitive(family: str, language: str) -> str:
    """The genitive of a Russian, Ukrainian or Belarusian surname (each part of a hyphenated one), or the surname
    unchanged when its ending does not tell the bearer's sex (Шевченко, Ткачук, Гольдман stay as they are)."""
    out = []
    for part in family.split("-"):
        for pattern, replacement in _GENITIVES.get(language, ()):
            changed = pattern.sub(replacement, part)
            if changed != part:
                part = changed
                break
        out.append(part)
    return "-".join(out)


class _CasedFix:
    """text-case: refkit's own implementation (:mod:`refkit.render.textcase`)."""

    def case(self, text: Any, language: str | None = None) -> Any:
        """Fix: citeproc-py's word-by-word casing lost spacing, broke on markup and crashed on empty words."""
        from .textcase import apply_case

        return apply_case(text, self.get("text-case"), language)  # type: ignore[attr-defined]


_FIXES: dict[str, tuple[type, ...]] = {
    "layout": (_LayoutFix,),
    "sort": (_SortFix,),
    "key": (_KeyFix,),
    "name": (_NameFix,),
    "label": (_LabelFix, _CasedFix),
    "text": (_VariableTextFix, _TextFix, _NumberFix, _StripFix, _DisplayFix, _CasedFix),
    "substitute": (_SubstituteFix,),
    "if": (_IfFix,),
    "else-if": (_IfFix,),
    "date": (_DateFix,),
    "date-part": (_DatePartFix, _CasedFix),
    "number": (_NumberFix, _CasedFix),
    "group": (_DisplayFix,),
    "name-part": (_NamePartFix, _CasedFix),
}


def element_classes(engine: Any) -> dict[str | None, type]:
    """A fresh family of element classes bound to ``engine``: ``{tag: class}``, ``None`` for the base."""
    from citeproc import model

    classes: dict[str | None, type] = {}
    base = type("CitationStylesElement", (_Cached, model.CitationStylesElement), {"_engine": engine})
    classes[None] = base
    for cls in model.CitationStylesElement.__subclasses__():
        if cls.__module__ != model.__name__:  # families of other engines
            continue
        tag = cls.__name__.replace("_", "-").lower()
        bases: tuple[type, ...] = (_Cached, cls)
        if tag in _FIXES:
            bases = (*_FIXES[tag], *bases)
        classes[tag] = type(cls.__name__, bases, {"_engine": engine})
    return classes


class _NamesFix:
    """Names: the author left out of (or alone in) a cite, for ``suppress-author`` and collapsing."""

    def process(self, item: Any, names_context: Any = None, context: Any = None, **kwargs: Any) -> Any:
        engine = self._engine
        if names_context is None and len(self) == 0:  # type: ignore[arg-type]
            # Fix: a bare <names> inside a <choose> of a <substitute> did not take the <name> and <label> of the
            # names it stands in for (Chicago: 'I. Ivanov. 1979.' for 'Ivanov, I., ed. 1979.'); only a direct child did
            substitute = self.xpath_search("./ancestor::cs:substitute[1]")
            if substitute:
                names_context = substitute[0].getparent()
        holder = names_context if names_context is not None else self
        if holder.find(f"{{{_CSL}}}name") is None:
            # Fix: a <names> without <name> got citeproc's own Name, which none of refkit's name fixes reach
            holder.insert(0, holder.makeelement(f"{{{_CSL}}}name", {}))
        mode = getattr(engine, "names_mode", None)
        variables = self.get("variable", "")  # type: ignore[attr-defined]
        left = _not_repressed(self, variables, context)
        engine.names_depth = getattr(engine, "names_depth", 0) + 1
        try:
            if left != variables:
                # Fix: names that stood in for the author were printed again ('Roe, J. (Ed.). (2001). Readings
                # (J. Roe, Ed.).'); citeproc-py suppressed only text variables. CSL: a substituted variable is
                # empty in the rest of the entry.
                self.set("variable", left)  # type: ignore[attr-defined]
            text = super().process(item, names_context=names_context, context=context, **kwargs)  # type: ignore[misc]
        finally:
            engine.names_depth -= 1
            if left != variables:
                self.set("variable", variables)  # type: ignore[attr-defined]
        noted = getattr(engine, "substitute_vars", None)
        if noted is not None and text:
            noted.append((self.tag, left))  # type: ignore[attr-defined]
        if mode == "capture" and not engine.names_seen and text and engine.names_depth == 0:
            engine.names_seen = True
            engine.captured = str(text)
        if mode == "substitute" and not engine.names_seen and text and engine.names_depth == 0:
            from citeproc.string import String

            engine.names_seen = True
            return String(engine.names_substitute) if engine.names_substitute else None
        if mode == "suppress" and not engine.names_seen and text and engine.names_depth == 0:
            engine.names_seen = True
            return None
        return text


def _not_repressed(names: Any, variables: str, context: Any) -> str:
    """``variables`` (a ``<names variable=…>`` value) without those a substitute already printed in this entry."""
    try:
        repressed = (context if context is not None else names).get_layout().repressed.get(names.tag)
    except IndexError:  # a macro rendered outside a layout (sorting)
        return variables
    if not repressed:
        return variables
    done = {variable for entry in repressed if entry for variable in entry.split()}
    return " ".join(variable for variable in variables.split() if variable not in done)


_FIXES["names"] = (_NamesFix,)
