"""Event mentions in one article: what happened, when, where, who took part in what role.

A sentence reports an event when it holds a trigger of ``ontology/events.yaml``
("session", "met with", "was received by") and either names people taking part or
gives a date together with a body or a place. Plans ("scheduled", "will be held") are
not events. Later sentences that point back ("The meeting was attended by ...") or
add people to an undated part of it ("He had working meetings with ...") extend the
article's main event; a sentence with a date of its own reports an event of its own.

Given a parser (:class:`csto_graph.extract.syntax.SentenceParser`), the sentences that
hold a trigger are parsed (in one batch) and the tree decides what the rules would guess
(:func:`read_syntax`): who the clause of the trigger holds (not the reporter of "X said",
not the "according to X", not someone of another clause), who is negated ("neither A nor
B took part", "A refused to attend"), and whether the trigger tells a plan, a denial or
another occasion ("will", "was expected to", "did not take place", "said earlier that
they had met"). Where the parse finds nothing, the rules decide.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..corpus.dates import find_dates
from ..vocab.gazetteer import load_gazetteer
from ..models import Article, EventMention, OrgMention, Participant, PersonMention, PlaceMention, Sentence
from ..vocab.resources import load_yaml
from ..vocab.words import words
from .syntax import ATTACHED, read_clause



@dataclass(frozen=True)
class Cues:
    triggers: tuple[tuple[str, str], ...]  # (phrase, type), longest first
    priority: tuple[str, ...]
    labels: dict
    future: tuple[str, ...]
    non_events: frozenset[str]
    before: tuple[tuple[str, str], ...]  # (phrase, role)
    after: tuple[tuple[str, str], ...]
    absent: tuple[str, ...]
    anaphora: tuple[str, ...]
    online: tuple[str, ...]
    separate: tuple[str, ...]
    about: tuple[str, ...]
    between_people: tuple[tuple[str, str], ...]  # (phrase, type)
    place_before: tuple[str, ...] = ()
    reported: tuple[str, ...] = ()
    after_two_people: tuple[tuple[str, str], ...] = ()  # (phrase, type)
    topic_nouns: frozenset[str] = frozenset()
    framing: tuple[str, ...] = ()
    adverbs: tuple[str, ...] = ()
    reporter_posts: tuple[str, ...] = ()
    reporting_verbs: tuple[str, ...] = ()
    relative_pronouns: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    document_words: tuple[str, ...] = ()
    represented_by: tuple[str, ...] = ()
    representing: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = load_yaml("events.yaml")
    triggers = sorted(((t, name) for name, spec in data["types"].items() for t in spec["triggers"]),
                      key=lambda x: -len(x[0]))
    before = sorted(((p, role) for role, spec in data["roles"].items() for p in spec.get("before", [])),
                    key=lambda x: -len(x[0]))
    after = sorted(((p, role) for role, spec in data["roles"].items() for p in spec.get("after", [])),
                   key=lambda x: -len(x[0]))
    return Cues(tuple(triggers), tuple(data["priority"]), {k: v["label"] for k, v in data["types"].items()},
                tuple(data["future_cues"]), frozenset(data["non_events"]), tuple(before), tuple(after),
                tuple(data["absent"]), tuple(data["anaphora"]), tuple(data["online"]),
                tuple(data["separate"]), tuple(data.get("about", ())),
                tuple((t, kind) for kind, phrases in data.get("between_people", {}).items() for t in phrases),
                tuple(data.get("place_before", ())), tuple(data.get("reported", ())),
                tuple((t, kind) for kind, phrases in data.get("after_two_people", {}).items() for t in phrases),
                frozenset(data.get("topic_nouns", ())), tuple(data.get("framing", ())),
                tuple(data.get("adverbs", ())), tuple(data.get("reporter_posts", ())),
                tuple(data.get("reporting_verbs", ())), tuple(data.get("relative_pronouns", ())),
                tuple(data.get("negations", ())), tuple(data.get("document_words", ())),
                tuple(data.get("represented", {}).get("by", ())),
                tuple(data.get("represented", {}).get("representing", ())))


@lru_cache(maxsize=None)
def _word(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _lead(phrase: str, prefix: str = "") -> re.Pattern[str]:
    """``phrase`` as the first words after blanks (and an optional ``prefix``)."""
    return re.compile(rf"\s*{prefix}{re.escape(phrase)}\b", re.IGNORECASE)


def _find(phrase: str, text: str, low: str | None = None) -> list[re.Match[str]]:
    """Whole-word, case-blind matches of ``phrase``; ``low`` is ``text.lower()`` when the
    caller has it (a substring test skips the regular expression for most phrases)."""
    if phrase.lower() not in (text.lower() if low is None else low):
        return []
    return list(_word(phrase).finditer(text))


@lru_cache(maxsize=1)
def _framing() -> re.Pattern[str]:
    """"On the sidelines of the session, A and B held a bilateral meeting": the event named
    after a ``framing`` cue (``ontology/events.yaml``) is the frame, not the event."""
    cue = "|".join(re.escape(f) for f in cues().framing)
    return re.compile(rf"\b(?i:{cue})\s+(?:the\s+)?[^,;]{{0,80}}?(?=,|;|$|\s+(?:[A-Z]|held|met|had|was|were)\b)")


def _subject_matter(text: str, low: str) -> list[tuple[int, int]]:
    """The part of a sentence that says what a statement or message is about (see
    ``about`` in ``ontology/events.yaml``), as a span no trigger may come from.

    >>> text = "He expressed condolences in connection with the death of servicemen during an exercise."
    >>> span, = _subject_matter(text, text.lower()); text[span[0]:span[0] + 18]
    'in connection with'
    >>> _subject_matter("The meeting was held in connection with the summit.", "the meeting was held in connection with the summit.")
    []
    """
    c = cues()
    for phrase in c.reported:
        for m in _find(phrase, text, low):
            return [(m.start(), len(text))]
    for phrase in c.about:
        for m in _find(phrase, text, low):
            head = low[:m.start()]
            if any(_find(word, head, head) for word in c.non_events):
                return [(m.start(), len(text))]
    return []


def find_trigger(text: str, masked: list[tuple[int, int]], people: list[tuple[int, int]] = ()
                 ) -> tuple[str, str, int, int] | None:
    """The first event trigger of a sentence outside names: (phrase, type, start, end).

    A ``between_people`` trigger ("X received Y") counts only with a person (a span of
    ``people``) on each side of it, in the same clause.

    >>> find_trigger("The President Ivan Petrov received Oleg Sidorov.", [], [(14, 25), (35, 47)])[:2]
    ('received', 'reception')
    >>> find_trigger("The President Ivan Petrov received a letter.", [], [(14, 25)]) is None
    True
    """
    c = cues()
    best = None
    text = _open_compounds(text)
    low = text.lower()
    candidates = [(phrase, kind, None) for phrase, kind in c.triggers]
    candidates += [(phrase, kind, "between") for phrase, kind in c.between_people]
    candidates += [(phrase, kind, "after_two") for phrase, kind in c.after_two_people]
    for phrase, kind, condition in candidates:
        for m in _find(phrase, text, low):
            if any(s <= m.start() < e for s, e in masked):
                continue
            if condition == "between" and not _person_each_side(text, m.start(), m.end(), people):
                continue
            if condition == "after_two" and not _two_people_before(text, m.start(), people):
                continue
            # "A and B discussed" only when nothing else is
            rank = len(c.priority) if condition == "after_two" else c.priority.index(kind)
            if best is None or (rank, m.start(), -m.end()) < best[0]:
                best = ((rank, m.start(), -m.end()), (m.group(0), kind, m.start(), m.end()))
    return best[1] if best else None


def _open_compounds(text: str) -> str:
    """``text`` with the hyphens of compounds made only of trigger words turned into blanks
    (same length), so that "the Seminar-Meeting" is a meeting while "a pre-meeting" is not.

    >>> _open_compounds("the XX Seminar-Meeting and a pre-meeting")
    'the XX Seminar Meeting and a pre-meeting'
    """
    if "-" not in text:
        return text
    single = _single_word_triggers()
    return re.sub(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b",
                  lambda m: m.group(0).replace("-", " ") if all(part.lower() in single for part in m.group(0).split("-"))
                  else m.group(0), text)


@lru_cache(maxsize=1)
def _single_word_triggers() -> frozenset[str]:
    return frozenset(phrase for phrase, _ in cues().triggers if " " not in phrase)


def _two_people_before(text: str, start: int, people) -> bool:
    """Two people joined by "and" as the subject of the verb at ``start`` ("A and B discussed")."""
    before = sorted((s, e) for s, e in people if e <= start)
    if len(before) < 2:
        return False
    (s1, e1), (s2, e2) = before[-2:]
    return bool(re.search(r"\band\b", text[e1:s2])) and not re.search(r"[;.]", text[e1:start]) \
        and not re.search(r"\b(?:with|to|by)\b", text[e2:start])


def _person_each_side(text: str, start: int, end: int, people) -> bool:
    before = any(e <= start and not re.search(r"[;.]|,\s*(?:and|but|while)\b", text[e:start]) for s, e in people)
    after = any(s >= end and re.fullmatch(r"[^;.,]{0,90}", text[end:s]) for s, e in people)
    return before and after


@lru_cache(maxsize=1)
def _auxiliary() -> str:
    """Adverbs and auxiliaries between a name and its verb, as a regex prefix."""
    return r"(?:(?:" + "|".join(re.escape(a) for a in cues().adverbs) + r")\s+)*"


def _is_reporter(person: PersonMention, text: str, end: int) -> bool:
    """A spokesman or an aide: by a title, or by an appositive after the name."""
    appositive = re.match(r"\s*,\s*([^,;.]{0,90}),", text[end:])
    titles = " ".join([t.post.lower() for t in person.posts] + ([appositive.group(1).lower()] if appositive else []))
    return any(re.search(rf"\b{re.escape(w)}\b", titles) for w in cues().reporter_posts)


def reporters(sentences: list[Sentence], people: list[PersonMention]) -> frozenset[str]:
    """The surnames of the article's spokesmen and aides (a later "Ushakov said" is the same
    reporter)."""
    out = set()
    for p in people:
        if p.sentence < len(sentences) and _is_reporter(p, sentences[p.sentence].text,
                                                             p.end - sentences[p.sentence].start):
            out.add(p.name.split()[-1])
    return frozenset(out)


def reports_for_others(text: str, person: PersonMention, start: int, end: int) -> bool:
    """A spokesman or an aide (by a title, or an appositive after the name at [start, end))
    in a sentence that reports speech: no participant.

    >>> p = PersonMention("Ivan Petrov", "Ivan Petrov", 0, 11, 0)
    >>> reports_for_others("Ivan Petrov, a spokesman for the district, says units take part.", p, 0, 11)
    True
    >>> reports_for_others("Ivan Petrov, the commander of the district, says units take part.", p, 0, 11)
    False
    """
    return _is_reporter(person, text, end) and reports_speech(text)


def reports_speech(text: str) -> bool:
    """The sentence reports what someone says ("says", "told", "according to")."""
    low = text.lower()
    return any(re.search(rf"\b{re.escape(v)}\b", low) for v in cues().reporting_verbs)


def role_of(text: str, start: int, end: int) -> str | None:
    """The role a sentence gives the person at [start, end); None if absent."""
    c = cues()
    window_after = text[end:end + 120]
    appositive = re.match(r"\s*,[^,]{0,110},", window_after)
    tail = window_after[appositive.end():] if appositive else window_after
    low_tail = tail.lower()
    if any(a.lower() in low_tail and _lead(a).match(tail) for a in c.absent):
        return None
    if _negated().search(text[:start]):  # "neither Prime Minister X, nor other officials have participated"
        return None
    for phrase, role in c.after:
        if phrase.lower() in low_tail and _lead(phrase, _auxiliary()).match(tail):
            return role
    head = text[:start]
    low_head = head.lower()
    best: tuple[int, str] | None = None
    for phrase, role in c.before:
        for m in _find(phrase, head, low_head):
            if best is None or m.start() > best[0]:
                best = (m.start(), role)
    return best[1] if best else "participant"


@lru_cache(maxsize=1)
def _negated() -> re.Pattern[str]:
    """A name right after "neither" or "nor" (its title between): someone who did not come."""
    words_before = "|".join(map(re.escape, cues().negations))
    return re.compile(rf"\b(?i:{words_before})\s+(?:(?:the|[A-Z][\w'’.-]*)\s+){{0,6}}$") \
        if words_before else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _document_date() -> re.Pattern[str]:
    """A date that names a document ("the Agreement ... of 15 May 1992"), not an event."""
    names = "|".join(map(re.escape, cues().document_words))
    return re.compile(rf"\b(?:{names})\b[^.;]*\bof\s*$")


def _sentence_dates(sent: Sentence, anchor: str | None):
    out = []
    for d in find_dates(sent.text, anchor):
        if _document_date().search(sent.text[:d.start]):
            continue
        if re.match(r"\s*[-–]\s*(?:19|20)\d\d", sent.text[d.end:]) or re.search(r"\bfor\s*$", sent.text[:d.start]):
            continue  # a period ("2021-2025", "for 2021") is no event date
        out.append(d)
    return out


def _body(text: str, t_start: int, t_end: int, orgs: list[OrgMention], sent_start: int):
    """The body holding the event: "session of the X", "X session", "X hosted a meeting"."""
    best = None
    for org in orgs:
        s, e = org.start - sent_start, org.end - sent_start
        if org.kind in {"state", None} and org.key is None:
            continue
        if org.kind == "state":
            continue
        if s >= t_end and re.fullmatch(r"\s*(?:of|of the|of the XXIII|of the|by the|by)\s*", text[t_end:s]):
            return org, False
        if e <= t_start and re.fullmatch(r"\s*|\s*(?:hosted|held|organized|convened)\s+(?:a|an|the)?\s*"
                                         r"(?:\w+\s+)?", text[e:t_start]):
            hosted = bool(re.search(r"hosted", text[e:t_start])) or text[:s].rstrip().endswith("at the")
            best = (org, hosted)
    return best if best else (None, False)


def _seat_of_venue(text: str, orgs: list[OrgMention], sent_start: int, gaz) -> str | None:
    for org in orgs:
        entry = gaz.entries.get(org.key or "")
        if entry is not None and entry.seat and re.search(r"\b(?:at|in) the\s+$", text[:org.start - sent_start]):
            return entry.seat
    return None


def _place(text: str, places: list[PlaceMention], sent_start: int,
           titles: list[tuple[int, int]] = ()) -> str | None:
    """The first place said to be where things happen ("in Minsk", "visited the Republic of
    Armenia"), outside people's titles ("Ambassador ... to the Russian Federation").

    >>> from csto_graph.models import PlaceMention
    >>> text = "The Ambassador to the Russian Federation visited the Republic of Armenia."
    >>> places = [PlaceMention("Russian Federation", "russia", 22, 40, 0), PlaceMention("Armenia", "armenia", 65, 72, 0)]
    >>> _place(text, places, 0, [(4, 40)])
    'armenia'
    """
    for p in places:
        if any(s <= p.start < e for s, e in titles):
            continue
        before = text[:p.start - sent_start]
        cue = re.search(r"(?:\b(?P<noun>\w+)\s+)?\b(?:in|to|at|visited|visiting|visit to)\s+(?:the\s+)?"
                        r"(?:Republic\s+of\s+)?$", before)
        if cue and (cue["noun"] or "").lower() not in cues().topic_nouns:
            return p.key
        if re.match(r"\s+(?:hosted|welcomed)\b", text[p.end - sent_start:]):  # "Astana hosted a session"
            return p.key
    return None


@dataclass
class _Draft:
    kind: str
    trigger: str
    start: int
    end: int
    sentence: int
    date: str | None
    end_date: str | None
    explicit_date: bool
    place: str | None
    body: OrgMention | None
    online: bool
    parts: dict = field(default_factory=dict)  # person index -> set of roles
    pending: bool = False  # kept only if a later sentence adds someone

    def add(self, person: int, role: str) -> None:
        self.parts.setdefault(person, set()).add(role)


def find_events(article: Article, sentences: list[Sentence], people: list[PersonMention],
                orgs: list[OrgMention], places: list[PlaceMention], parse=None) -> list[EventMention]:
    """Every event an article reports, with its participants (indices into ``people``).

    ``parse``: a callable from sentence texts to their :class:`~csto_graph.extract.syntax.Parse`
    (a :class:`~csto_graph.extract.syntax.SentenceParser`), asked once about the sentences
    that hold a trigger; None reads by the rules alone.
    """
    reader, told, saids = _read_by_rules(article, sentences, people, orgs, places)
    if parse is not None:
        read_syntax(saids, parse, lambda said: _on_the_day(said, article.date))
    for (index, sent), said in zip(told, saids):
        reader.read(index, sent, said)
    return reader.events()


def _read_by_rules(article: Article, sentences: list[Sentence], people: list[PersonMention],
                   orgs: list[OrgMention], places: list[PlaceMention]):
    reader = _EventReader(article, sentences, people, orgs, places)
    told = [(index, sent) for index, sent in enumerate(sentences) if not article.in_footer(sent.start)]
    return reader, told, [reader.said(index, sent) for index, sent in told]


def parse_requests(article: Article, sentences: list[Sentence], people: list[PersonMention],
                   orgs: list[OrgMention], places: list[PlaceMention]) -> list[str]:
    """The sentences :func:`find_events` will ask its parser about (so that a caller can
    parse those of many articles in one batch first): those with a trigger and a person."""
    return [said.text for said in _read_by_rules(article, sentences, people, orgs, places)[2] if _asks(said)]


def _asks(said: _Said) -> bool:
    """Whether the parse can change what the rules read: a trigger, and people to decide about."""
    return said.trigger is not None and bool(said.people)


def _on_the_day(said: _Said, anchor: str | None) -> bool:
    """The sentence dates what it tells on the article's own day (and on no other)."""
    dates = _sentence_dates(Sentence(said.start, said.start + len(said.text), said.text), anchor)
    return bool(anchor) and bool(dates) and all(d.value == anchor for d in dates)


def read_syntax(saids: list[_Said], parse, on_the_day=lambda said: False) -> int:
    """Correct what the rules read of each sentence with a trigger by its parse (in place):
    which trigger the sentence tells, whether it is a plan, and who takes part. Returns the
    number of sentences asked.

    The candidates are the rules' trigger, then the next ones of the sentence (each found
    with the ones before masked). The sentence tells the first whose clause is real (no
    plan, denial or other occasion) and is the sentence's main clause ("X met Y, who is
    preparing the summit": the meeting), else the first real one. When the rules read a
    plan, only their own trigger's clause lifts it, if real and the main clause (another
    trigger, or one deep in a clause, is often what the plan's cue is about). With none, the sentence is a plan. A
    person the chosen clause does not hold, or negates, has no role; the others keep the
    role of the rules. A plain future ("will attend") is real in a sentence that
    ``on_the_day`` says is dated on the article's own day.
    """
    asked = [said for said in saids if _asks(said)]
    for said, tree in zip(asked, parse([said.text for said in asked]) if asked else ()):
        spans = [(p.start - said.start, p.end - said.start) for _, p in said.people]
        candidates = _candidates(said, tree, spans, 1 if said.future else 4)
        first = next(candidates, None)
        if first is None:
            continue
        chosen = _choose(said, first, candidates, on_the_day)
        if chosen is None:
            said.future = True
            continue
        (said.trigger, clause), said.future = chosen, False
        for (k, _), verdict in zip(said.people, clause.people):
            if verdict is not None and verdict != ATTACHED:
                said.roles[k] = None
    return len(asked)


def _candidates(said: _Said, tree, spans, most: int):
    """(trigger, clause) pairs, found as they are asked for: the rules' trigger, then up to
    ``most`` - 1 others."""
    trigger, tried = said.trigger, []
    while trigger is not None and len(tried) < most:
        clause = read_clause(tree, trigger[2:4], spans)
        if clause is None:
            return
        yield trigger, clause
        tried.append(trigger[2:4])
        trigger = find_trigger(said.text, said.masked + tried, spans)


def _choose(said: _Said, first, rest, on_the_day):
    """The first real main clause of ``first`` and then ``rest`` (read only as far as
    needed), else the first real one, else None; a rules' plan (``said.future``) only by a
    real main clause. A plain future is real when ``on_the_day`` (asked once, if needed)."""
    fallback, day = None, None
    for trigger, clause in itertools.chain([first], rest):
        if clause.future and not said.future:  # (a cue of the rules, "will be held", stays a plan)
            day = on_the_day(said) if day is None else day
            clause = replace(clause, future=False) if day else clause
        if clause.unreal:
            continue
        if clause.main:
            return trigger, clause
        fallback = fallback or (trigger, clause)
    return None if said.future else fallback


@dataclass
class _Said:
    """What one sentence offers the event reader: its mentions, what hides triggers, the
    trigger, and the roles of its people."""

    text: str
    start: int  # the sentence's offset in the article
    low: str
    people: list  # (index into the article's people, mention)
    orgs: list
    places: list
    masked: list[tuple[int, int]]
    titles: list[tuple[int, int]]  # article offsets of the people's titles
    trigger: tuple[str, str, int, int] | None
    future: bool
    online: bool
    roles: dict


class _EventReader:
    """The events of one article, read sentence by sentence: the last current event
    (``main``) takes the people of later sentences that tell no event of their own."""

    def __init__(self, article: Article, sentences: list[Sentence], people: list[PersonMention],
                 orgs: list[OrgMention], places: list[PlaceMention]):
        self.article, self.cues, self.gaz = article, cues(), load_gazetteer()
        self.drafts: list[_Draft] = []
        self.main: _Draft | None = None
        self.transcript: _Draft | None = None  # the headline's event of a transcript
        self.spokesmen = reporters(sentences, people)
        # mentions grouped by sentence once: a scan of all of them per sentence was quadratic
        # in the article's length (an 80,000-sentence page on one line)
        self.people_of = _by_sentence((p.sentence, (k, p)) for k, p in enumerate(people))  # captions' never asked
        self.orgs_of = _by_sentence((o.sentence, o) for o in orgs)
        self.places_of = _by_sentence((p.sentence, p) for p in places)

    def said(self, index: int, sent: Sentence) -> _Said:
        """What the rules read of one sentence (before the parse, if any, corrects it)."""
        c, text = self.cues, sent.text
        low = text.lower()
        # weak mentions too: the linker keeps those that name a known person, drops the rest
        sent_people = self.people_of.get(index, [])
        sent_orgs = self.orgs_of.get(index, [])
        masked = [(o.start - sent.start, o.end - sent.start) for o in sent_orgs]
        masked += [(p.start - sent.start, p.end - sent.start) for _, p in sent_people
                   if p.strong or " " in p.name]  # not "Talks" read as a name at a sentence's start
        masked += [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text)]
        masked += _subject_matter(text, low)
        titles = [(t.start, t.end) for _, p in sent_people for t in p.posts]  # article offsets
        spans = [(p.start - sent.start, p.end - sent.start) for _, p in sent_people]
        framing = [(m.start(), m.end()) for m in _framing().finditer(text)]
        trigger = (framing and find_trigger(text, masked + framing, spans)) or find_trigger(text, masked, spans)
        roles = {k: self.rule_role(text, p, sent.start) for k, p in sent_people}
        return _Said(text, sent.start, low, sent_people, sent_orgs, self.places_of.get(index, []), masked, titles, trigger,
                     any(_find(f, low, low) for f in c.future), any(_find(o, low, low) for o in c.online), roles)

    def rule_role(self, text: str, person: PersonMention, sent_start: int) -> str | None:
        """The role the rules give ``person`` in the sentence ``text``: none for a spokesman
        or an aide in a sentence that reports speech, else :func:`role_of`."""
        start, end = person.start - sent_start, person.end - sent_start
        if reports_speech(text) and (person.name.split()[-1] in self.spokesmen or
                                     reports_for_others(text, person, start, end)):
            return None
        return role_of(text, start, end)

    def read(self, index: int, sent: Sentence, said: _Said | None = None) -> None:
        said = said if said is not None else self.said(index, sent)
        self._transcript(said, index, sent)
        if said.trigger is None or said.future:
            self._add_to_main(said)
            return
        target = self._target(said, index, sent)
        if target is None:
            return
        for k, role in said.roles.items():
            if role is not None:
                target.add(k, role)

    def _transcript(self, said: _Said, index: int, sent: Sentence) -> None:
        """A transcript ("President Ivan Petrov: Colleagues, ..."): the event is the headline's,
        and what is said is speech: its speakers and the people they address take part."""
        speaker = _speaker_label(said.text, said.people, sent.start)
        if speaker is not None and self.main is None and self.transcript is None:
            self.transcript = self.main = _headline_event(self.article, sent, index)
            if self.main is not None:
                self.drafts.append(self.main)
        if self.transcript is not None:
            said.trigger, said.future = None, False
            said.roles = {speaker: "speaker"} if speaker is not None else {}
            for k in _addressed(said.text, said.people, sent.start):  # "Mr Petrov, you have the floor."
                self.transcript.add(k, "participant")

    def _add_to_main(self, said: _Said) -> None:
        """A sentence that tells no event (or a planned one) adds its people to the current
        event when they take part in it ("... participated in the meeting")."""
        main = self.main
        if main is None or said.future:
            return
        for k, role in said.roles.items():
            if role is not None and role != "participant" or (role == "participant" and _joins(said.text)):
                main.add(k, role)
        main.online = main.online or said.online

    def _target(self, said: _Said, index: int, sent: Sentence) -> _Draft | None:
        """The event a sentence with a trigger tells: a separate one beside the current, the
        current again (no date of its own), or a new one (None: not an event yet)."""
        phrase, kind, t_start, t_end = said.trigger
        main, text = self.main, said.text
        dates = _sentence_dates(sent, self.article.date)
        aside = [(a, b) for a, b in _relative_clauses(text) if not a <= t_start < b]
        if aside and dates:  # "X, who arrived yesterday on a visit, attended the exercise"
            told = _aside_events(text, sent, index, aside, dates, said.masked, said.people, said.roles,
                                 said.places, said.titles)
            self.drafts += [draft for draft, _ in told]
            dates = [d for d in dates if not any(a <= d.start < b for _, (a, b) in told)]
        body, hosted = _body(text, t_start, t_end, said.orgs, sent.start)
        separate = main is not None and any(_find(x, said.low, said.low) for x in self.cues.separate)
        if separate and not dates:
            target = _Draft(kind, phrase, sent.start + t_start, sent.start + t_end, index, main.date,
                            main.end_date, main.explicit_date, main.place, None, main.online)
            self.drafts.append(target)
            return target
        if main is not None and not dates:
            main.online = main.online or said.online
            if main.place is None and not main.online:
                main.place = _place(text, said.places, sent.start, said.titles)
            return main
        return self._new_event(said, index, sent, dates, body, hosted)

    def _new_event(self, said: _Said, index: int, sent: Sentence, dates, body, hosted) -> _Draft | None:
        phrase, kind, t_start, t_end = said.trigger
        online, article = said.online, self.article
        date = dates[0].value if dates else article.date
        end_date = dates[0].end_value if dates else None
        place = None if online else _place(said.text, said.places, sent.start, said.titles)
        if place is None and not online and body is not None and hosted:
            seat = self.gaz.entries.get(body.key or "")
            place = seat.seat if seat is not None else None
        if place is None and not online:  # "took place at the CSTO Secretariat" -> its seat
            place = _seat_of_venue(said.text, said.orgs, sent.start, self.gaz)
        target = _Draft(kind, phrase, sent.start + t_start, sent.start + t_end, index, date, end_date,
                        bool(dates), place, body, online)
        if not said.people and not (dates and (body is not None or place is not None)):
            if not dates or self.main is not None:
                return None
            # "On 8 April, a seminar was held. It was addressed by X": an event only once
            # a later sentence names who took part
            target.pending = True
        self.drafts.append(target)
        main = self.main
        if main is None or not main.explicit_date or (dates and is_current(target.date, article.date)):
            self.main = target
        return target

    def events(self) -> list[EventMention]:
        out = []
        for d in self.drafts:
            if d.pending and not d.parts:
                continue
            roles = {r for rs in d.parts.values() for r in rs}
            if d.date is None and not d.explicit_date and d.body is None and roles and roles <= {"speaker"}:
                continue  # "X made a report on the joint training": a statement, not an event
            if d.place is None and not d.online and self.article.place and d is self.main:
                d.place = self.article.place
            parts = tuple(Participant(k, r) for k in sorted(d.parts)
                          for r in sorted(d.parts[k], key=words().role_order.index))
            label = self.cues.labels[d.kind] + (f" of the {d.body.text}" if d.body is not None else "")
            out.append(EventMention(d.kind, label, d.trigger, d.start, d.end, d.sentence, d.date, d.end_date,
                                    d.place, (d.body.key or d.body.text) if d.body else None, d.online, parts))
        return out


def _speaker_label(text: str, sent_people, sent_start: int) -> int | None:
    """The person a transcript line opens with, before a colon ("President of Russia Ivan
    Petrov: Ladies and gentlemen, ..."): the index of that mention, else None."""
    colon = re.match(r"[^:\n]{3,150}?:\s", text)
    if colon is None:
        return None
    before = [(k, p) for k, p in sent_people if p.end - sent_start <= colon.end()]
    if not before:
        return None
    k, person = before[-1]
    return k if not text[person.end - sent_start:colon.end()].strip(" :") else None


def _addressed(text: str, sent_people, sent_start: int) -> list[int]:
    """The people a speaker addresses ("Mr Petrov, you have the floor"; "and you, Mr
    Petrov, for your work"): an honorific before the name and a comma or a stop after it."""
    honorifics = "|".join(map(re.escape, words().address_honorifics))
    out = []
    for k, p in sent_people:
        start, end = p.start - sent_start, p.end - sent_start
        if re.search(rf"\b(?:{honorifics})\.?\s+$", text[:start]) and re.match(r"\s*[,.!?]", text[end:]):
            out.append(k)
    return out


def _headline_event(article: Article, sent: Sentence, index: int) -> _Draft | None:
    """The event a transcript's headline names ("Speech at the session of the Council"), on
    the article's date and at its place, told from the sentence of its first speaker."""
    if not article.title or not article.date or any(_find(f, article.title) for f in cues().future):
        return None
    found = find_trigger(article.title, [])
    if found is None:
        return None
    phrase, kind, _, _ = found
    return _Draft(kind, phrase, sent.start, sent.end, index, article.date, None, False, article.place, None,
                  False, pending=True)


def _relative_clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the relative clauses set off by commas after a name (", who arrived on
    Monday,"): what they tell has its own time."""
    pronouns = "|".join(map(re.escape, cues().relative_pronouns))
    if not pronouns:
        return []
    return [(m.start(), m.end()) for m in re.finditer(rf",\s*(?:{pronouns})\b[^,;]*,", text)]


def _aside_events(text: str, sent: Sentence, index: int, aside: list[tuple[int, int]], dates, masked,
                  sent_people, roles, places, titles) -> list[tuple[_Draft, tuple[int, int]]]:
    """The events told by dated relative clauses, with their clauses: a clause right after a
    name, with a trigger and a date of its own, is an event of that person ("X, who arrived
    on Monday on a working visit, attended ...")."""
    out = []
    for a, b in aside:
        inner = [d for d in dates if a <= d.start < b]
        found = find_trigger(text, masked + [(0, a), (b, len(text))])
        about = [(k, p) for k, p in sent_people if p.end - sent.start <= a and not text[p.end - sent.start:a].strip()]
        if not inner or found is None or not about:
            continue
        k, _ = about[-1]
        phrase, kind, t_start, t_end = found
        place = _place(text, [p for p in places if a <= p.start - sent.start < b], sent.start, titles)
        draft = _Draft(kind, phrase, sent.start + t_start, sent.start + t_end, index, inner[0].value,
                       inner[0].end_value, True, place, None, False)
        draft.add(k, roles.get(k) or "participant")
        out.append((draft, (a, b)))
    return out


def _by_sentence(pairs) -> dict[int, list]:
    """``(sentence index, item)`` pairs -> the items of each sentence, in their order."""
    out: dict[int, list] = {}
    for index, item in pairs:
        out.setdefault(index, []).append(item)
    return out


def is_current(date: str | None, anchor: str | None, days: int = 7) -> bool:
    """An event date the article reports as news, not a past reference.

    Later sentences that do not give a date of their own add to the last current event;
    "following talks ... in June of this year" in a December article is a past reference.

    >>> is_current("2021-12-05", "2021-12-08"), is_current("2021-06", "2021-12-08")
    (True, False)
    """
    import datetime as dt

    if not date or not anchor or len(anchor) < 10:
        return True
    first = dt.date.fromisoformat((date + "-01-01")[:10] if len(date) < 10 else date)
    return first >= dt.date.fromisoformat(anchor) - dt.timedelta(days=days)


def _joins(text: str) -> bool:
    """A sentence that adds people to the event being told ("meetings with", "attended")."""
    return any(_find(p, text) for p, role in cues().before + cues().after if role == "participant")
