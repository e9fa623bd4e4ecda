"""The gazetteer: known bodies, states and places as data, and a matcher over text.

Entries come from ``ontology/gazetteer.yaml``. Besides the listed aliases, every body
with a parent also answers to "PARENT-ACRONYM NAME" ("CSTO Joint Staff"), "NAME of the
PARENT" ("Council of Defense Ministers of the Collective Security Treaty Organization")
and "PARENT NAME" ("Collective Security Treaty Organization Joint Staff"). Acronyms match case-sensitively, other forms in any case.

>>> gaz = load_gazetteer()
>>> [(m.text, m.entry.id) for m in gaz.find("the CSTO CSC met in MOSCOW")]
[('CSTO CSC', 'csto-csc'), ('MOSCOW', 'place:moscow')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .resources import load_yaml


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    kind: str  # body, organization, state, media, mission, other, place
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    seat: str | None = None
    short: str | None = None
    adjectives: tuple[str, ...] = ()
    state: str | None = None  # for places: the state they are in
    exact: bool = False  # matched only as written (a name that is also a common word)
    variants: tuple[str, ...] = ()  # aliases in a rare spelling or order: shown only where written


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    entry: Entry


_MIXED_WORD = re.compile(r"[^\W\d_]+")  # a word's letters, whatever their script
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_LOOKUPS_KEPT = 1 << 16  # answers of Gazetteer.lookup kept (then forgotten all at once)
_BAGS_KEPT = 1 << 16  # answers of Gazetteer.word_bag kept (then forgotten all at once)


_DOTTED_LEAD = re.compile(r"^([A-Z]{2,3})(?= [A-Z])")


def _is_acronym(form: str) -> bool:
    letters = re.sub(r"[^\w]", "", form)
    return len(letters) <= 7 and form.upper() == form and " " not in form.strip()


def slug(text: str) -> str:
    """A lower-case ASCII slug for IRIs.

    >>> slug("Council of Defense Ministers (CMD)")
    'council-of-defense-ministers-cmd'
    """
    from anyascii import anyascii

    out = re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-")
    return out or "x"


class Gazetteer:
    """Index of name forms -> entries with a longest-match finder."""

    def __init__(self, entries: list[Entry], lookalikes: dict[str, str] | None = None):
        self.entries = {e.id: e for e in entries}
        self._lookalikes = str.maketrans(lookalikes or {})
        self._foreign = re.compile("[" + re.escape("".join(lookalikes)) + "]") if lookalikes else None
        self.forms: dict[str, Entry] = {}  # exact (case-sensitive) forms
        self.folded: dict[str, Entry] = {}  # case-folded forms
        for entry in entries:
            for form in self._forms(entry):
                if _is_acronym(form) or entry.exact:
                    self.forms.setdefault(form, entry)
                else:
                    self.folded.setdefault(form.casefold(), entry)
        self.adjectives = {a.casefold(): e for e in entries for a in e.adjectives}
        exact = sorted(self.forms, key=len, reverse=True)
        folded = sorted(self.folded, key=len, reverse=True)
        self._exact = _alternation(exact, 0)
        self._folded = _alternation(folded, re.IGNORECASE)
        self._lookups: dict[str, Entry | None] = {}  # form -> lookup(form)
        self._word_bags: dict[tuple[str, bool], tuple[str, ...]] = {}  # (text, inner) -> its bag

    def _forms(self, entry: Entry) -> list[str]:
        forms = [entry.name, *entry.aliases]
        if entry.short:
            forms.append(entry.short)
        parent = self.entries.get(entry.parent) if entry.parent else None
        if parent is not None and entry.kind == "body":
            acronyms = [a for a in parent.aliases if _is_acronym(a) and re.match(r"^[A-Z]+$", a)]
            bases = [f for f in [entry.name, *entry.aliases] if not _is_acronym(f)]
            for base in bases:
                for acr in acronyms:
                    if not base.startswith(acr + " "):
                        forms.append(f"{acr} {base}")
                        forms.append(f"{base} of the {acr}")
                for long in (parent.name, *(a for a in parent.aliases if a.isascii() and not _is_acronym(a))):
                    forms.append(f"{base} of the {long}")  # "... of the Collective Security Treaty Organisation"
                    if not any(base.startswith(acr + " ") for acr in acronyms):
                        forms.append(f"{long} {base}")  # "Collective Security Treaty Organization Joint Staff"
            for acr in acronyms:
                for short in (a for a in entry.aliases if _is_acronym(a)):
                    forms.append(f"{acr} {short}")
        # an acronym of two or three letters opening a name, as agencies print it with dots
        # ("U.N. Security Council" for "UN Security Council")
        forms += [_DOTTED_LEAD.sub(lambda m: ".".join(m.group(1)) + ".", f) for f in forms if _DOTTED_LEAD.match(f)]
        return forms

    def find(self, text: str) -> list[Match]:
        """All gazetteer forms in ``text``: longest first, no overlaps, left to right."""
        return list(self._find(text))

    # the extraction asks about each sentence several times (bodies, places, names)
    @lru_cache(maxsize=1 << 14)
    def _find(self, text: str) -> tuple[Match, ...]:
        found: list[Match] = []
        read = self.latin_lookalike(text)  # the same length: its offsets are the text's
        for pattern, table, fold in ((self._folded, self.folded, True), (self._exact, self.forms, False)):
            for m in pattern.finditer(read):
                key = m.group(1).casefold() if fold else m.group(1)
                entry = table.get(key)
                if entry is not None:
                    found.append(Match(m.start(1), m.end(1), text[m.start(1):m.end(1)], entry))
        found = [self._acronym_opens_another(read, m) or m for m in found]
        found = [m if m.text == text[m.start:m.end] else Match(m.start, m.end, text[m.start:m.end], m.entry)
                 for m in found]
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        out: list[Match] = []
        for match in found:
            if out and match.start < out[-1].end:
                continue
            out.append(match)
        return tuple(out)

    def latin_lookalike(self, text: str) -> str:
        """``text`` with each word that mixes Latin letters and look-alikes of another script
        (``lookalikes`` in ``ontology/gazetteer.yaml``) written in Latin letters only, one letter
        for one ("CSTO СRRF" with a Cyrillic "С" -> "CSTO CRRF"); a word in one script stays.

        >>> gaz = load_gazetteer()
        >>> gaz.latin_lookalike("the CSTO \u0421RRF, ТАСС") == "the CSTO CRRF, ТАСС"
        True
        """
        if self._foreign is None or self._foreign.search(text) is None:
            return text
        return _MIXED_WORD.sub(lambda m: m.group(0).translate(self._lookalikes)
                               if re.search(r"[A-Za-z]", m.group(0)) else m.group(0), text)

    def _acronym_opens_another(self, text: str, match: Match) -> Match | None:
        """The longer known name that the acronym ending ``match`` opens ("Secretariat of
        the CSTO" in "the Secretariat of the CSTO Parliamentary Assembly": the CSTO's assembly,
        whose secretariat the text names), or None."""
        last = match.text.split()[-1]
        if not (last.isupper() and match.text != last):
            return None
        at = match.end - len(last)
        for pattern, table, fold in ((self._folded, self.folded, True), (self._exact, self.forms, False)):
            m = pattern.match(text, at)
            entry = table.get(m.group(1).casefold() if fold else m.group(1)) if m else None
            if entry is not None and m.end(1) > match.end:
                return Match(m.start(1), m.end(1), m.group(1), entry)
        return None

    def lookup(self, form: str) -> Entry | None:
        """The entry a whole form names, or None (each form's answer kept: the extraction
        asks about the same few forms again and again, 93,000 times at 1k articles)."""
        try:
            return self._lookups[form]
        except KeyError:
            pass
        bare = _LEADING_THE.sub("", form.strip())
        entry = self.forms.get(bare) or self.folded.get(bare.casefold())
        if len(self._lookups) >= _LOOKUPS_KEPT:
            self._lookups.clear()
        self._lookups[form] = entry
        return entry

    def word_bag(self, text: str) -> tuple[str, ...]:
        """The words of a body's name as a sorted bag: known bodies and states inside it as
        their ids (a state's adjective too), the other words lower-cased, singular, and
        mapped by ``org_word_equivalents``; function words dropped.

        >>> gaz = load_gazetteer()
        >>> gaz.word_bag("Armenia's Foreign Ministry") == gaz.word_bag("Ministry of Foreign Affairs of Armenia")
        True
        >>> gaz.word_bag("Committee of Security Council Secretaries")
        ('committee', 'council', 'secretary', 'security')
        """
        return self._word_bag(text, True)

    def _word_bag(self, text: str, inner: bool) -> tuple[str, ...]:
        """:func:`_word_bag`, each text's bag kept (the extraction asks for the bags of the
        same few body names in every article: 67,000 times at 10k articles, 3% of a build)."""
        key = (text, inner)
        try:
            return self._word_bags[key]
        except KeyError:
            pass
        if len(self._word_bags) >= _BAGS_KEPT:
            self._word_bags.clear()
        bag = self._word_bags[key] = _word_bag(self, text, inner)
        return bag

    def lookup_words(self, text: str, inner: bool = True) -> Entry | None:
        """The body whose name has the same words as ``text`` in another order or form
        ("Foreign Ministers Council of the CSTO" -> the Council of Foreign Ministers); the
        body's parent may be named or not. None when no body, or more than one, fits.
        ``inner=False`` reads a known body inside ``text`` word by word, like the rest."""
        bag = self._word_bag(text, inner)
        if not bag:
            return None
        hits = set(self._bags().get(bag, ()))
        for token in bag:  # "... of the CSTO": the parent named
            entry = self.entries.get(token)
            if entry is not None:
                rest = tuple(t for t in bag if t != token)
                hits |= {e for e in self._bags().get(rest, ()) if self.entries[e].parent == token}
        return self.entries[next(iter(hits))] if len(hits) == 1 else None

    @lru_cache(maxsize=1)
    def _bags(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        bags: dict[tuple[str, ...], set[str]] = {}
        for entry in self.entries.values():
            if entry.kind in {"state", "place"}:
                continue
            for form in (entry.name, *entry.aliases):
                if _is_acronym(form) or not re.search(r"[A-Za-z]", form):
                    continue
                bag = self.word_bag(form)
                if len(bag) >= 2:
                    bags.setdefault(bag, set()).add(entry.id)
        return {bag: tuple(sorted(ids)) for bag, ids in bags.items()}

    def state_of_adjective(self, word: str) -> Entry | None:
        return self.adjectives.get(word.casefold())

    def organization_of(self, key: str | None) -> str | None:
        """The organization a known body or organization is part of, itself for an organization
        ("CSTO Joint Staff", "миротворческие силы ОДКБ": the CSTO); None for a state, a state's
        body or a body of none.

        >>> gaz = load_gazetteer()
        >>> gaz.organization_of("csto-joint-staff"), gaz.organization_of("csto"), gaz.organization_of("russia")
        ('csto', 'csto', None)
        """
        seen = set()
        while key is not None and key not in seen and key in self.entries:
            if self.entries[key].kind == "organization":
                return key
            if self.entries[key].kind == "state":
                return None
            seen.add(key)
            key = self.entries[key].parent
        return None


def names_holders(text: str, match: Match) -> bool:
    """A known body's name that a post's head in the plural follows, capitalised: the name of
    the bodies whose holders form a longer one ("the Committee of the CSTO Security Council
    Secretaries": the committee of the councils' secretaries, not the council its name holds).

    >>> gaz = load_gazetteer()
    >>> text = "the CSTO Security Council Secretaries Committee"
    >>> names_holders(text, gaz.find(text)[0]), names_holders("the CSTO Security Council met", gaz.find(text)[0])
    (True, False)
    """
    from .plurals import head_plurals

    if match.entry.kind in {"state", "place", "organization", "media"}:
        return False
    after = re.match(r"\s+([A-Z][a-z]+)\b", text[match.end:])
    return after is not None and after.group(1).lower() in head_plurals()


def _word_bag(gaz: Gazetteer, text: str, inner: bool = True) -> tuple[str, ...]:
    from .words import words

    vocab = words()
    for phrase in vocab.member_words:  # "... of the CSTO member states": the CSTO's body all the same
        text = re.sub(rf"\s+{re.escape(phrase)}\b", "", text, flags=re.IGNORECASE)
    for head, owners in vocab.implied_owners.items():  # "General Staff of the Armed Forces of X": X's General Staff
        if head in text.lower():
            for owner in owners:
                text = re.sub(rf"\b{re.escape(owner)}\b", " ", text, flags=re.IGNORECASE)
    bag: list[str] = []
    at = 0
    pieces: list[str] = []
    for m in gaz.find(text):
        if m.entry.kind == "place" or (m.start == 0 and m.end == len(text) or not inner) and m.entry.kind != "state" \
                or names_holders(text, m):
            continue  # a known body's own name is read word by word, and so is one its holders follow
        pieces += [text[at:m.start]]
        bag.append(m.entry.id)
        at = m.end
    pieces.append(text[at:])
    for word in re.findall(r"[^\W_]+(?:['’][^\W\d_]+)?", " ".join(pieces)):
        low = re.sub(r"['’]s?$", "", word.lower())
        state = gaz.state_of_adjective(low)
        if state is not None:
            bag.append(state.id)
            continue
        if low in vocab.function_words or low in vocab.bag_stop_words:
            continue
        low = low[:-3] + "y" if low.endswith("ies") and len(low) > 4 else \
            low[:-1] if low.endswith("s") and not low.endswith("ss") and len(low) > 3 else low
        for mapped in vocab.org_word_equivalents.get(low, low).split():
            bag.append(mapped)
    return tuple(sorted(bag))


def _alternation(forms: list[str], flags: int) -> re.Pattern[str]:
    """One pattern for all ``forms`` (longest first), each between word boundaries.

    When every form starts with a word character, a match is tried only where one
    starts: otherwise each character of a run of punctuation (a line of 2.5 million
    full stops) tries the whole alternation, 12.8 s for 500,000 characters.

    The forms are written as a trie (:func:`_trie_pattern`): each word start then tries a
    few letters, not all the forms one after the other (a twentieth of a build at 10k
    articles), and the match is the same, the longest form there that the boundary follows.
    Characters of the forms that match each other under ``flags`` (with ``re.IGNORECASE``,
    "i" and the dotless "ı" of a transliteration) share one branch, written as a class
    (:func:`_character_classes`), so that at most one branch of a node goes on at any
    place of a text.
    """
    lead = r"(?=\w)" if all(re.match(r"\w", f) for f in forms) else ""
    body = _trie_pattern(forms, _character_classes(forms, flags))
    return re.compile(r"(?<![\w\-])" + lead + "(" + body + r")(?![\w\-])", flags)


def _character_classes(forms: list[str], flags: int) -> dict[str, str]:
    """The characters of ``forms`` that match another of them under ``flags``, each mapped
    to the one of its group the trie branches on (the first in sorted order), with that
    group's class: ``{"ı": "i", "i": "i"}`` and ``{"i": "[iı]"}`` as one dict, the class
    under the branch's own key (``"[" + ...``). Empty when no two match each other.

    >>> sorted(_character_classes(["ib", "ıb"], re.IGNORECASE).items())
    [('[i', '[iı]'), ('i', 'i'), ('ı', 'i')]
    """
    if not flags & re.IGNORECASE:
        return {}
    chars = sorted(set("".join(forms)))
    patterns = {c: re.compile(re.escape(c), flags) for c in chars}
    groups: dict[str, list[str]] = {}
    for c in chars:
        head = next((h for h, members in groups.items()
                     if any(patterns[m].fullmatch(c) or patterns[c].fullmatch(m) for m in members)), None)
        groups.setdefault(head or c, []).append(c)
    classes: dict[str, str] = {}
    for head, members in groups.items():
        if len(members) > 1:
            classes.update({m: head for m in members})
            classes["[" + head] = "[" + "".join(re.escape(m) for m in members) + "]"
    return classes


def _trie_pattern(forms: list[str], classes: dict[str, str] | None = None) -> str:
    """A regular expression matching exactly ``forms``, the longest match first (the
    characters of a group of ``classes`` on one branch, written as its class).

    >>> _trie_pattern(["ab", "abc", "b"])
    '(?:ab(?:c|)|b)'
    >>> _trie_pattern(["ib", "ıbc"], _character_classes(["ib", "ıbc"], re.IGNORECASE))
    '[iı]b(?:c|)'
    """
    classes = classes or {}
    root: dict = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(classes.get(char, char), {})
        node[""] = {}  # a form ends here
    return _node_pattern(root, classes)


def _node_pattern(node: dict, classes: dict[str, str] | None = None) -> str:
    """The pattern of a trie node: its branches (a run of single children as one literal),
    then, if a form ends at it, the empty branch last, so that a longer form is tried first."""
    classes = classes or {}
    branches = []
    for char in sorted(c for c in node if c):
        text, child = [char], node[char]
        while len(child) == 1 and "" not in child:  # one way on: a literal run
            (nxt, child), = child.items()
            text.append(nxt)
        literal = "".join(classes.get("[" + c) or re.escape(c) for c in text)
        branches.append(literal + (_node_pattern(child, classes) if child != {"": {}} else ""))
    if "" in node:
        branches.append("")
    return "(?:" + "|".join(branches) + ")" if len(branches) > 1 else "".join(branches)  # (no form: empty)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer of ``ontology/gazetteer.yaml`` (built once per process)."""
    data = load_yaml("gazetteer.yaml")
    entries: list[Entry] = []
    for item in data.get("organizations", []):
        variants = tuple(item.get("variants", []))
        entries.append(Entry(item["id"], item["name"], item["kind"], tuple(item.get("aliases", [])) + variants,
                             item.get("parent"), item.get("seat"), exact=bool(item.get("exact")), variants=variants))
    for item in data.get("states", []):
        entries.append(Entry(item["id"], item["name"], "state", tuple(item.get("aliases", [])),
                             None, item.get("capital"), item.get("short"),
                             tuple(item.get("adjectives", []))))
    for item in data.get("places", []):
        entries.append(Entry("place:" + slug(item["name"]), item["name"], "place",
                             tuple(item.get("aliases", [])), state=item.get("state")))
    entries += iso_states(entries, frozenset(data.get("iso_states", {}).get("skip_forms", [])))
    return Gazetteer(entries, data.get("lookalikes", {}).get("Cyrillic", {}))


def iso_states(entries: list[Entry], skip: frozenset[str] = frozenset()) -> list[Entry]:
    """The states of ISO 3166-1 (``pycountry``, offline) that ``entries`` do not list, after them.

    A state is listed when one of its ISO names (official, common, short) is a form of a state
    entry already: the gazetteer's own entries, with their aliases and adjectives, come first.
    Names with a comma ("Korea, Democratic People's Republic of") are catalogue forms, not
    forms of text. The forms are matched as written (a country is capitalised, "reunion" is
    not "Réunion"), and a short form in ``skip`` (``iso_states.skip_forms`` in
    ``ontology/gazetteer.yaml``: a state's short name that is also a person's, "Chad") is left out.

    >>> [(e.id, e.name, e.short) for e in iso_states([]) if e.id in {"libya", "north-korea"}]
    [('north-korea', "Democratic People's Republic of Korea", 'North Korea'), ('libya', 'Libya', 'Libya')]
    >>> any(e.short == "Chad" for e in iso_states([], frozenset({"Chad"})))
    False
    """
    import pycountry

    known = {form.casefold() for e in entries if e.kind == "state"
             for form in (e.name, *e.aliases, *([e.short] if e.short else []))}
    out = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        common = getattr(country, "common_name", None)
        official = getattr(country, "official_name", None)
        forms = [f for f in dict.fromkeys((official, common, country.name)) if f and "," not in f]
        if not forms or any(f.casefold() in known for f in forms):
            continue
        short = common or (country.name if "," not in country.name else None) or forms[0]
        name = official or short
        kept = [f for f in forms if f not in skip]
        if not kept:
            continue
        out.append(Entry(slug(short), name if name in kept else kept[0], "state",
                         tuple(f for f in kept if f != name), short=short if short in kept else None, exact=True))
    return out
