"""Linking stage, bodies: organization mentions -> entities (a gazetteer id, or the
normalised name of a body the gazetteer does not know)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from ..corpus.language import CYRILLIC
from ..extract.orgs import spelled_start
from ..extract.short_forms import own_name
from ..models import Evidence, Organization, OrgMention
from ..vocab.gazetteer import Gazetteer, slug
from ..vocab.resources import load_yaml
from ..vocab.words import state_body_name, words
from .curation import Curation
from .state import OrgsState

ORG_EVIDENCE = 5  # sentences kept as evidence of a body


class Orgs:
    """Organization mentions -> entities (gazetteer id or normalised unknown name)."""

    def __init__(self, gaz: Gazetteer, curation: Curation):
        self.gaz, self.curation = gaz, curation
        self.forms: dict[str, set] = defaultdict(set)
        self.names: dict[str, Counter] = defaultdict(Counter)
        self.evidence: dict[str, list] = defaultdict(list)
        self.outside_titles: set[str] = set()
        self.inside: dict[str, set] = defaultdict(set)  # a known organization's forms inside longer bodies' names
        self._decided: dict[str, str] | None = None
        self._usual: dict[str, set[str]] = {}  # a known body's English names when read in Russian

    def to_state(self) -> OrgsState:
        return OrgsState(tuple((k, tuple(sorted(v))) for k, v in self.forms.items()),
                         tuple((k, tuple(v.items())) for k, v in self.names.items()),
                         tuple((k, tuple(v)) for k, v in self.evidence.items()), tuple(sorted(self.outside_titles)),
                         tuple((k, tuple(sorted(v))) for k, v in self.inside.items()))

    def load_state(self, state: OrgsState) -> None:
        """Take the bodies of a saved state (a new instance only)."""
        self.forms.update((k, set(v)) for k, v in state.forms)
        self.names.update((k, Counter(dict(v))) for k, v in state.names)
        self.evidence.update((k, list(v)) for k, v in state.evidence)
        self.outside_titles = set(state.outside_titles)
        self.inside.update((k, set(v)) for k, v in state.inside)

    def key_of(self, org: OrgMention) -> str:
        key = self._key_of(org)
        return self.decided.get(key, key)

    def _key_of(self, org: OrgMention) -> str:
        if org.key:
            return org.key
        if org.english:  # a state's body read in Russian: keyed by its English name, as if read in English
            return self.curation.canonical(self.unknown_key(org.english))
        if org.short_of:  # "the Foreign Ministry" after "the Russian Foreign Ministry"
            return self.curation.canonical(self.unknown_key(org.short_of))
        if org.acronym_of:
            long = self.gaz.lookup(org.acronym_of)
            return long.id if long else self.curation.canonical(self.unknown_key(org.acronym_of.split("‘")[-1]))
        return self.curation.canonical(self.unknown_key(org.text))

    @property
    def decided(self) -> dict[str, str]:
        """Body keys a curator merged into another (see :func:`csto_graph.link.review.body_decisions`)."""
        if self._decided is None:
            from .review import body_decisions

            self._decided = body_decisions(self.curation, self.gaz, self.unknown_key)
        return self._decided

    def unknown_key(self, text: str) -> str:
        """The key of a body the gazetteer does not know: the bag of its words, every known
        body or state inside as that entry's id, so that word orders, expansions and a
        state's adjective agree ("Council of the CSTO Parliamentary Assembly" = "Council of the
        Parliamentary Assembly of the Collective Security Treaty Organization"; "Russian
        Security Council" = "Security Council of the Russian Federation")."""
        return slug(" ".join(self.gaz.word_bag(text))) or slug(text)

    def add(self, org: OrgMention, evidence: Evidence, key: str | None = None) -> str:
        """Take a mention of a body (``key``: its :meth:`key_of`, when known) and say its key."""
        key = self.key_of(org) if key is None else key
        if not org.in_title:
            self.outside_titles.add(key)
        if org.key is None and org.acronym_of and "‘" not in org.acronym_of and "“" not in org.acronym_of:
            self.forms[key].add(org.acronym_of)
            self.names[key][org.acronym_of] += 1
            spelled = spelled_start(org.text, org.acronym_of)  # "Monitoring Group (MG) of the ...": its name too
            if spelled is not None:
                self.forms[key].add(spelled)
        if not org.reference:
            self.forms[key].add(org.text)
            if org.english and org.key is None:  # the English name outweighs every other form
                self.forms[key].add(org.english)
                self.names[key][org.english] += 2
            bare = self._bare_form(org, key) or self._own_name(key)
            if bare:
                self.forms[key].add(bare)
            for owner, form in self._owners_inside(org.text, key):
                self.inside[owner].add(form)
            if org.key is None and not org.acronym_of and not org.short_of:
                self.names[key][org.text] += 1
                own = own_name(org.text)  # "Centre for ... Studies" of the "... of the Diplomatic Academy"
                if own is not None:
                    self.forms[key].add(own)
            elif org.key is None and org.acronym_of:
                self.forms[key].add(org.acronym_of)
                self.names[key][org.text] += 2
        if len(self.evidence[key]) < ORG_EVIDENCE:
            self.evidence[key].append(evidence)
        return key

    def note_state(self, key: str, evidence: Evidence) -> None:
        """A state that a person's nationality or post names by its adjective alone ("the
        Belarusian Defence Minister X"): a node of the graph like a state named in full, with
        that sentence as its evidence, so that the post and the nationality point at a named
        state. Anything but a state of the gazetteer is left alone."""
        entry = self.gaz.entries.get(key)
        if entry is None or entry.kind != "state":
            return
        self.outside_titles.add(key)
        self.forms[key]  # noqa: B018 - the key becomes a node (its names are the gazetteer's)
        if len(self.evidence[key]) < ORG_EVIDENCE and evidence not in self.evidence[key]:
            self.evidence[key].append(evidence)

    def _bare_form(self, org: OrgMention, key: str) -> str | None:
        """ "CSTO Collective Peacekeeping Forces" also shows the body's own name, and so do "CSTO’s
        Collective Peacekeeping Forces" (its owner in the possessive), "Committee of Security Council
        Secretaries of the Collective Security Treaty Organization" (the body in other words, its
        owner after it), "Minsk CSTO Foreign Ministers' Council" (the body's meeting in a city), and
        "Kyrgyzstan’s Jogorku Kenesh" (a state or an organization its owner, in the possessive)."""
        entry = self.gaz.entries.get(key)
        if entry is None:
            return None
        first = self.gaz.find(org.text)[:1]
        if first and first[0].start == 0 and first[0].entry.kind == "place":
            rest = org.text[first[0].end:].strip()
            hit = self.gaz.lookup(rest) or self.gaz.lookup_words(rest)
            return rest if hit is not None and hit.id == key else None
        owned = _after_owner(org.text, self.gaz)
        if owned is not None:  # "Narnia’s Jogorku Kenesh": the body's own name too
            hit = self.gaz.lookup(owned)
            if hit is not None and hit.id == key:
                return owned
        parent = self.gaz.entries.get(entry.parent) if entry.parent else None
        if parent is None:
            return None
        for acr in parent.aliases:
            owner = next((f"{acr}{mark} " for mark in ("", "'s", "’s") if org.text.startswith(f"{acr}{mark} ")), None)
            if owner is not None:  # "CSTO Joint Staff", "CSTO’s Collective Operational Reaction Forces"
                rest = org.text[len(owner):]
                hit = self.gaz.lookup(rest)
                return rest if hit is not None and hit.id == key else None
        for owner in (parent.name, *parent.aliases):
            if org.text.endswith(f" of the {owner}"):
                rest = org.text[:-len(f" of the {owner}")]
                hit = self.gaz.lookup(rest) or (self.gaz.lookup_words(rest) if len(rest.split()) >= 2 else None)
                return rest if hit is not None and hit.id == key else None
        return None

    def _owners_inside(self, text: str, key: str) -> list[tuple[str, str]]:
        """The known organizations a longer body's English name holds, with the form it names
        them by ("Parliamentary Assembly of the Organization for Security and Co-operation in
        Europe" names the OSCE too, by its full name): a name of that organization, shown where
        the organization is a node of its own (named on its own); no node by itself."""
        if _cyrillic(text):
            return []
        matches = self.gaz.find(text)
        if len(matches) == 1 and (matches[0].start, matches[0].end) == (0, len(text)):
            return self._owner_after(text, matches[0].entry)
        return [(m.entry.id, m.text) for m in matches
                if m.entry.kind == "organization" and m.entry.id != key and (m.start, m.end) != (0, len(text))]

    def _owner_after(self, text: str, entry) -> list[tuple[str, str]]:
        """A known body's name that ends with its organization after "of (the)" names the
        organization by that form ("Military Committee of the Organization of Collective
        Security Treaty": the CSTO in the Russian word order), as an unknown body's name does."""
        if entry.parent is None:
            return []
        return next(([(hit.id, tail)] for _, tail, hit in _after_last_of(text, self.gaz) if hit.id == entry.parent), [])

    def _own_name(self, key: str) -> str | None:
        """The name a known body goes by inside its organization, when the gazetteer shows it
        with its owner's acronym in front ("CSTO Council of Foreign Ministers": "Council of
        Foreign Ministers", one of its aliases): a name of the body however the article names it
        (a Russian report's "СМИД" names the Council of Foreign Ministers too)."""
        entry = self.gaz.entries.get(key)
        return next((rest for _, rest in self._after_owner(entry) if rest in entry.aliases), None)

    def _inside_name(self, entry) -> set[str]:
        """Every name a known body goes by inside its organization, alias or not, after the
        organization's Latin acronym ("Parliamentary Assembly" of the "CSTO Parliamentary
        Assembly", "Joint Staff" of the "CSTO Joint Staff")."""
        return {rest for acr, rest in self._after_owner(entry) if acr.isupper() and acr.isascii()}

    def _after_owner(self, entry) -> list[tuple[str, str]]:
        """(the owner's form, the rest of the name) for each form of a known body's organization
        that its gazetteer name starts with ("CSTO", "Council of Foreign Ministers")."""
        parent = self.gaz.entries.get(entry.parent) if entry is not None and entry.parent else None
        if parent is None:
            return []
        return [(acr, entry.name[len(acr) + 1:]) for acr in parent.aliases if entry.name.startswith(f"{acr} ")]

    def kept(self, key: str) -> bool:
        """Whether the body is a node of the graph: known, or named, unless it is any state's
        body (:func:`_any_states_body`) named only inside titles ("Security Council Secretary
        X"): which state's it is the title does not say, and one node would join them all; nor
        is a body whose head is one of ``title_only_heads`` (:func:`_title_only`)."""
        if key not in self.forms:
            return False
        if key in self.gaz.entries:
            return True
        if not self.names[key]:
            return False
        name = self.name(key)
        return key in self.outside_titles or not (_any_states_body(name) or _title_only(name))

    def organization(self, key: str) -> Organization | None:
        if not self.kept(key):
            return None
        entry = self.gaz.entries.get(key)
        if entry is not None:
            name, kind, parent = entry.name, entry.kind, entry.parent
            seat = slug(entry.seat) if entry.seat and entry.kind != "state" else None
        else:
            name = self.name(key)
            kind, parent, seat = kind_of_unknown(name), None, None
            if name.startswith("CSTO "):
                kind, parent = "body", "csto"
        english = _english_forms(entry)
        english |= self._inside_name(entry)
        if entry is not None and any(_cyrillic(f) for f in self.forms[key]):  # read in Russian
            if key not in self._usual:
                self._usual[key] = _usual_english(entry, self.gaz)
            english |= self._usual[key]
        aliases = tuple(sorted(f for f in self.forms[key] | english | self.inside.get(key, set())
                               | self._of_state_forms(key, entry) if f != name and f))
        return Organization(key, name, aliases, kind, parent, seat, tuple(self.evidence[key]))

    def _of_state_forms(self, key: str, entry) -> set[str]:
        """A state's body named by its state's adjective or possessive, or by the state's full
        name ("Tajik Security Council", "Armenia’s Ministry of Foreign Affairs", "Council of the
        Republic of Narnia") also goes by its name with the state after "of", by its short name
        ("Security Council of Tajikistan", "Ministry of Foreign Affairs of Armenia"), the form a
        body of an unknown state read in Russian takes too (:func:`_usual_english`), and by its
        full name ("... of the Republic of Armenia"). Only a form that is this body's again (its
        key, or the gazetteer's entry) counts."""
        if entry is not None:
            if entry.kind in {"state", "place"}:
                return set()
            state = _state_named(entry, self.gaz)
            short = _with_short_state(entry.name, state, self.gaz) if state is not None and state.short else None
            return {short} if short in entry.aliases else set()
        out: set[str] = set()
        for form in self.forms[key]:
            if _cyrillic(form):
                continue
            for state, rest in _state_and_rest(form, self.gaz):
                names = [state.short, *([f"the {state.name}"] if state.name != state.short else [])]
                candidates = [f"{phrase} of {n}" for n in names for phrase in (rest, *_state_body_english())]
                out.update(c for c in candidates if c != form and self._unknown_key_of(c) == key)
        return out

    def _unknown_key_of(self, text: str) -> str:
        key = self.curation.canonical(self.unknown_key(text))
        return self.decided.get(key, key)

    def name(self, key: str) -> str:
        entry = self.gaz.entries.get(key)
        if entry is not None:
            return entry.name
        return max(self.names[key], key=lambda n: (self.names[key][n], len(n), n))

    def organizations(self) -> list[Organization]:
        return [o for o in map(self.organization, sorted(self.forms)) if o is not None]


def _after_owner(text: str, gaz: Gazetteer) -> str | None:
    """What follows a known state or organization in the possessive that opens ``text``
    ("Kyrgyzstan’s Jogorku Kenesh" -> "Jogorku Kenesh", "Belarus' Security Council"), or None.

    >>> from ..vocab.gazetteer import load_gazetteer
    >>> _after_owner("Kyrgyzstan’s Jogorku Kenesh", load_gazetteer()), _after_owner("Kyrgyz Parliament", load_gazetteer())
    ('Jogorku Kenesh', None)
    """
    first = gaz.find(text)[:1]
    if not first or first[0].start != 0 or first[0].entry.kind not in {"state", "organization"}:
        return None
    m = re.match(r"(?:['’]s|(?<=s)['’])\s+(?=\S)", text[first[0].end:])
    return text[first[0].end + m.end():] if m else None


@lru_cache(maxsize=1)
def _state_body() -> re.Pattern[str]:
    return re.compile(rf"(?i:{state_body_name()})")


def _any_states_body(name: str) -> bool:
    """The name is a state's body with no state ("Security Council", "Defense Ministry": a
    domain and a head of ``state_body_domains`` and ``state_body_heads`` in
    ``ontology/words.yaml``): every state has one. "National Security Council" is not.

    >>> _any_states_body("Security Council"), _any_states_body("National Security Council")
    (True, False)
    """
    return _state_body().fullmatch(name) is not None


def _title_only(name: str) -> bool:
    """The body's own head, before its first complement, is one of ``title_only_heads``: a
    node only where an article names it outside a title ("the General Staff of <state> said").

    >>> _title_only("General Staff of the Armed Forces of Armenia"), _title_only("Security Council of Armenia")
    (True, False)
    """
    own = _complement().split(name, maxsplit=1)[0].split()
    return bool(own) and own[-1].lower() in words().title_only_heads


def _english_forms(entry) -> set[str]:
    """The English forms a known body keeps whatever language it was read in: a state's short
    name ("Russia"), another body's English names in the gazetteer, its acronyms ("CSTO") and
    its names in full ("United Nations General Assembly" of the "UN General Assembly"), so that
    the body is one node under its variant names and a body read only in Russian is found by
    them too; not its ``variants`` (a rare spelling: shown where written)."""
    if entry is None:
        return set()
    if entry.kind == "state":
        return {entry.short} if entry.short else set()
    return {a for a in entry.aliases if a.isascii() and a not in entry.variants}


def _cyrillic(text: str) -> bool:
    return CYRILLIC.search(text) is not None


def _usual_english(entry, gaz: Gazetteer) -> set[str]:
    """The English names a known body read in Russian goes by, beside its display name, as a
    Russian report's body is named in English: a state's body as "<English of its Russian
    words> of <the state's short name>" (``state_bodies`` in ``ontology/ru/gazetteer.yaml``:
    "Ministry of Defense of Narnia"), the name an unknown state's body read in Russian takes,
    when the gazetteer finds this body by it; its name with the state by its short name, and
    its own name before its first complement, when the gazetteer lists them as aliases
    ("National Assembly of Narnia" of "National Assembly of the Republic of Narnia", "State
    Duma" of "State Duma of the Federal Assembly of ..."); and its name of ``english_names``
    (``ontology/ru/gazetteer.yaml``). Only names the gazetteer holds or finds as this body:
    one node whichever language named it."""
    out: set[str] = set()
    if entry.kind in {"state", "place"}:  # a state keeps its short name (_english_forms)
        return out
    named = _russian_english_names().get(entry.id)
    if named in entry.aliases:
        out.add(named)
    own = _complement().split(entry.name, maxsplit=1)[0]
    if own != entry.name and own in entry.aliases:
        out.add(own)
    state = _state_named(entry, gaz)
    if state is not None and state.short:
        short = _with_short_state(entry.name, state, gaz)
        if short in entry.aliases:
            out.add(short)
        for phrase in _state_body_english():
            name = f"{phrase} of {state.short}"
            hit = gaz.lookup(name) or gaz.lookup_words(name)
            if hit is not None and hit.id == entry.id:
                out.add(name)
    return out


def _state_and_rest(form: str, gaz: Gazetteer) -> list[tuple]:
    """The state a body's name opens with its adjective or its name in the possessive
    ("Tajik Security Council", "Belarus’ Security Council"), or names after its last "of" by a
    longer name ("Security Council of the Republic of Narnia"), with the rest of the name;
    only a state with a short name.

    >>> from ..vocab.gazetteer import load_gazetteer
    >>> [(s.id, rest) for s, rest in _state_and_rest("Tajikistan’s Security Council", load_gazetteer())]
    [('tajikistan', 'Security Council')]
    """
    m = _state_opening(gaz).match(form)
    if m is not None:
        state = gaz.entries[_state_opening_ids(gaz)[m.group("state") or m.group("named")]]
        return [(state, form[m.end():])] if state.short else []
    return next(([(hit, head)] for head, tail, hit in _after_last_of(form, gaz)
                 if hit.kind == "state" and hit.short and tail != hit.short), [])


@lru_cache(maxsize=1)
def _state_opening_ids(gaz: Gazetteer) -> dict[str, str]:
    """A state's adjectives and capitalised names -> its id."""
    out: dict[str, str] = {}
    for e in gaz.entries.values():
        if e.kind == "state":
            for f in (*e.adjectives, e.name, e.short or "", *e.aliases):
                if f and f[:1].isupper() and f.isascii():
                    out.setdefault(f, e.id)
    return out


@lru_cache(maxsize=1)
def _state_opening(gaz: Gazetteer) -> re.Pattern[str]:
    """A state's adjective, or its name (in the possessive or not), opening a body's name
    ("Tajik Security Council", "Armenia’s Ministry of ...", "Republic of Narnia Ministry of ...")."""
    ids = _state_opening_ids(gaz)
    adjectives = {a for e in gaz.entries.values() if e.kind == "state" for a in e.adjectives if a in ids}
    names = set(ids) - adjectives
    alt = "|".join(map(re.escape, sorted(adjectives, key=len, reverse=True)))
    named = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"(?:the\s+|The\s+)?(?:(?P<state>{alt})\s+|(?P<named>{named})(?:['’]s|(?<=s)['’])?\s+)(?=[A-Za-z])")


def _with_short_state(name: str, state, gaz: Gazetteer) -> str | None:
    """``name`` with the state it names after its last "of" by the state's short name
    ("National Assembly of the Republic of Narnia" -> "National Assembly of Narnia"), or None."""
    for head, tail, hit in _after_last_of(name, gaz):
        if hit.id == state.id:
            return f"{head} of {state.short}" if tail != state.short else None
    return None


def _after_last_of(name: str, gaz: Gazetteer):
    """(head, tail, entry) for the name after the last "of the", then the last "of", in
    ``name`` that the gazetteer knows ("Ministry of Defence of the Republic of Narnia":
    "Ministry of Defence", "Republic of Narnia", Narnia), with something before it."""
    for sep in (" of the ", " of "):
        head, _, tail = name.rpartition(sep)
        hit = gaz.lookup(tail) if head else None
        if hit is not None:
            yield head, tail, hit


def _state_named(entry, gaz: Gazetteer):
    """The one state an English form of a known body names after its last "of" ("Ministry of
    Defense of the Republic of Narnia"), or None."""
    states = set()
    for form in (entry.name, *entry.aliases):
        hit = next((hit for _, _, hit in _after_last_of(form, gaz) if hit.kind == "state"), None)
        if hit is not None:
            states.add(hit.id)
    return gaz.entries[next(iter(states))] if len(states) == 1 else None


@lru_cache(maxsize=1)
def _russian_english_names() -> dict[str, str]:
    """The English name a known body read in Russian goes by (``english_names``,
    ``ontology/ru/gazetteer.yaml``), by the body's id."""
    return dict(load_yaml("ru/gazetteer.yaml").get("english_names") or {})


@lru_cache(maxsize=1)
def _state_body_english() -> tuple[str, ...]:
    """The English names of a state's bodies (``state_bodies``, ``ontology/ru/gazetteer.yaml``)."""
    return tuple(dict.fromkeys(load_yaml("ru/gazetteer.yaml").get("state_bodies", {}).values()))


@lru_cache(maxsize=1)
def _complement() -> re.Pattern[str]:
    """The first complement of a body's name (``complement_openers``)."""
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words().complement_openers)) + r")\s+")


def kind_of_unknown(name: str) -> str:
    """The kind of a body the gazetteer does not know, from its head noun: the last head
    before the name's first complement ("Security Council of the Russian Federation" is a
    council, not a federation), by ``kind_by_head``; ``other`` when no head is known.

    >>> kind_of_unknown("Security Council of the Russian Federation"), kind_of_unknown("UN Mission in Lebanon")
    ('body', 'mission')
    """
    vocab = words()
    own = _complement().split(name, maxsplit=1)[0].split()
    for part in (own, name.split()):
        head = next((w.lower() for w in reversed(part) if w.lower() in vocab.org_heads or w.lower() in vocab.kind_by_head), "")
        if head:
            return vocab.kind_by_head.get(head, "other")
    return "other"
