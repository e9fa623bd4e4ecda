"""Events in a Russian article: a cue of ``ontology/ru/events.yaml`` in a sentence naming people.

The roles: the person after ``chair_before`` ("под председательством") chairs, the one after
``absent_before`` ("по поручению") is not there, nor the one after ``reporter_before``
("сообщил"); with a cue of role ``host`` ("принял"), the person named in the nominative
before it hosts, the others are guests; everyone else takes part. A cue sentence naming
nobody takes the people of a sentence soon after it who speak at it (``speech_verbs``: "как
отметил X"; sentences naming nobody may come between) and dates the event of its type named
just after it when that one's sentence gives no date; who speaks
in the sentence right after an event's sentence speaks at it; who arrives (``arrival_verbs``)
in a report of one session attends it. A sentence in the future tense is a plan, unless the
article reports an event of its type as held naming one of its people (:func:`_is_planned`: the first
finite verb tells; :func:`_of_held`); a date
after the report's own is a plan too.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...models import Article, EventMention, Participant, PersonMention, PlaceMention
from ...vocab.event_kinds import encounters
from ...vocab.gazetteer import load_gazetteer
from .nlp import parses
from .vocab import find

DATELINE_LINES = 3  # lines a dateline may open (a headline and a stamp may come first)
FURNISHED_DATELINE_LINES = 8  # lines a dateline with its day may open ("МОСКВА, 15 декабря. /Агентство/.")
# under a headline, a lead, the editors' and the photo's credits
SAME_WEEK = 7  # days before the report within which a dated sentence dates the report's undated one
# sentences after a cue sentence naming nobody within which its speakers may come
# (1 -> 3: one right event more on ru-dev-b, none wrong on ru-dev)
WAIT_REACH = 3
# sentences after an event's own within which who speaks speaks at it, the sentences between
# naming nobody and no cue ("Также состоялся обмен мнениями. От белорусской стороны выступил X")
# (1 -> 2: one right speaker more on ru-dev-h; of the five speakers the reach of 2 finds on the
# read sets, four were there, and a reach of 3 first adds a wrong one)
SPEAKER_REACH = 2
NEGATION_REACH = 2  # tokens from a negation to the participation cue it refuses ("не смог принять участие")
UPCOMING_REACH = 6  # tokens from an adjective of ``upcoming`` to its cue ("предстоящему в ноябре текущего года совместному заседанию")
RESULTS_REACH = 2  # adjectives between "по итогам" and its cue ("по итогам неформального саммита")
RESULTS_HELD_REACH = 6  # a held participle's words between them ("по итогам прошедшего 5 мая в Минске заседания")
ROLE_REACH = 12  # tokens from a role phrase ("под председательством") to the name it gives a role
PRONOUN_REACH = 4  # tokens from a subject pronoun ("он") to the event verb it is the subject of
ANY_YEAR = 2000  # a leap year, so that a yearless 29 February is a day too
NOMINATIVE = {"nomn", None}  # the cases a subject may be written in (None: the name does not tell)


def _is_planned(r, vocab) -> bool:
    """The sentence tells a plan: its first finite verb is in the future tense, or a word of
    ``planned`` ("состоится") comes before it. A verb in the past tense first tells what was
    done, whatever a later clause plans ("X прибыл в Минск, где примет участие в заседании"),
    but not a verb of saying (``speech_verbs``, ``reporter_before``: "X сообщил, что встреча
    состоится"), which tells a statement."""
    said = vocab.speech_verbs | {k[0] for k in vocab.reporter_before if len(k) == 1}
    for t in r.toks:
        if t.text.lower() in vocab.planned:
            return True
        best = parses(t.text)
        if best and best[0].tag.POS == "VERB" and best[0].tag.tense == "futr":
            return True
        if best and best[0].tag.POS == "VERB" and best[0].tag.tense == "past" and t.lemma not in said:
            return False
    return False


def _in_titles(r, span) -> bool:
    """The place or body is inside a title of a person of the sentence ("Президент Армении",
    "Председатель Совета коллективной безопасности")."""
    return any(post.start <= span.start and span.end <= m.start for *_, m, _ in r.people for post in m.posts)


def _topic(r, place, vocab) -> bool:
    """The place is what the sentence speaks of ("ситуация в Афганистане"), not where it is."""
    k = next((i for i, t in enumerate(r.toks) if r.sent.start + t.start >= place.start), 0)
    return any(t.lemma in vocab.topic_words for t in r.toks[max(0, k - 3):k])


def _places(r, gaz, vocab) -> list:
    """The places the sentence names: the reader's, and a city named by its adjective
    (``city_adjectives``) right before a cue or a word of ``venue_words`` ("в Минском дворце
    прошла встреча", "на бишкекском саммите"), in the order of the text; read once a sentence."""
    if r.event_places is None:
        r.event_places = _read_places(r, gaz, vocab)
    return r.event_places


def _read_places(r, gaz, vocab) -> list:
    cues = {c.first for c in find(r.toks, vocab.cues, vocab.longest) if c.value.type}
    found = []
    for k, tok in enumerate(r.toks[:-1]):
        entry = _city_of_adjective(tok.text, gaz, vocab)
        if entry is not None and (k + 1 in cues or r.toks[k + 1].lemma in vocab.venue_words):
            found.append(PlaceMention(tok.text, entry.name, r.sent.start + tok.start, r.sent.start + tok.end, r.index))
    return sorted(r.places + found, key=lambda p: p.start) if found else r.places


def _city_of_adjective(word: str, gaz, vocab):
    """The gazetteer's city a word names as its adjective (``city_adjectives``: "минский",
    "бишкекском"), or None."""
    place = next((vocab.city_adjectives[p.normal_form] for p in parses(word) if p.tag.POS == "ADJF"
                  and p.normal_form in vocab.city_adjectives), None)
    return gaz.entries.get(place) if place else None


def _region_state(r, own: int, gaz, vocab) -> str | None:
    """The state of a region the sentence names after its dateline, by the adjective of its
    city before a word of ``region_words`` ("в Оренбургской области", "в Гомельской области"): the
    state of that city, where the event is held outside any city the report names."""
    for k, tok in enumerate(r.toks[:-1]):
        if r.sent.start + tok.start < own or r.toks[k + 1].lemma not in vocab.region_words:
            continue
        entry = _city_of_adjective(tok.text, gaz, vocab)
        state = gaz.entries.get(entry.state) if entry is not None and entry.state else None
        if state is not None:
            return state.name
    return None


SPEECH_END = re.compile(r"[»\"”]\s*,?\s*[-–—]\s")  # the close of direct speech before who said it ("...», — сказал X")
OPENERS = "«\"“„"


def _speech(text: str) -> tuple[int, int] | None:
    """The span of the direct speech a sentence quotes before naming who said it ("«Весной
    в Казахстане пройдут учения», — сказал X на пресс-конференции"): from its opening mark, else from the
    sentence's start (the quote began in a sentence before), to its closing mark; None without one."""
    end = SPEECH_END.search(text)
    if end is None:
        return None
    opener = max(text.rfind(mark, 0, end.start()) for mark in OPENERS)
    return (max(opener, 0), end.start())


def _place(r, cities: list, gaz, vocab, kind: str | None = None, cue_at: int | None = None,
           own_only: bool = False, aside: list[tuple[int, int]] = ()) -> str | None:
    """The event's place: a city the sentence names (not in a dateline opening it, which gives
    the report's place: "Бишкек, 29 июля /Агентство/ -- X объявил о начале в Кыргызстане
    учений"), else a state it names as where the event is (after ``place_before``: "в
    Кыргызстане", "на территории Таджикистана") when the article's city is not in it or the
    event (of type ``kind``) is of ``held_in_states`` (a visit, made to a state; an exercise,
    held on a range, not in the dateline's city), else the article's city (``cities``: its dateline's, else the one city it
    names), else the city of the sentence's dateline, else a state the sentence names; never a
    state inside a title nor one it speaks of (:func:`_topic`), nor a place of the direct speech
    the sentence quotes when its cue (at offset ``cue_at``) comes after it (:func:`_speech`:
    "«... в Казахстане ...», — сказал X на пресс-конференции"), nor one of another occasion's
    span ``aside`` (:func:`_held_asides`)."""
    from ...corpus.dates_ru import dateline_end

    opening = dateline_end(r.sent.text, ANY_YEAR)
    own = r.sent.start + (opening or 0)
    speech = _speech(r.sent.text) if cue_at is not None else None
    if speech is not None and cue_at - r.sent.start < speech[1]:
        speech = None  # the cue is said: the speech's places are its own
    kinds = [(p, getattr(gaz.lookup(p.key), "kind", None)) for p in _places(r, gaz, vocab)
             if (speech is None or not speech[0] <= p.start - r.sent.start < speech[1])
             and not any(a <= p.start - r.sent.start < b for a, b in aside)]
    city = next((p.key for p, kind in kinds if kind == "place" and p.start >= own), None)
    dateline = next((p.key for p, kind in kinds if kind == "place" and p.start < own), None)
    states = [p for p, kind in kinds if kind != "place" and not _in_titles(r, p) and not _topic(r, p, vocab)]
    where = next((p.key for p in states if p.start >= own and _after_place_word(r, p, vocab)), None)
    if where and cities and kind not in vocab.held_in_states and _within(cities[0], where, gaz):
        where = None  # the article's city is in that state: the city says more
    state = states[0].key if states else None
    told = city or _region_state(r, own, gaz, vocab) or where
    if own_only:  # only what the sentence says of the event's place itself
        return told
    return told or (cities[0] if cities else None) or dateline or state


def _within(city: str, state: str, gaz) -> bool:
    """The gazetteer puts the city in the state."""
    c, s = gaz.lookup(city), gaz.lookup(state)
    return c is not None and s is not None and c.state == s.id


def _after_place_word(r, place, vocab) -> bool:
    """The place comes right after a phrase of ``place_before`` ("в", "на территории")."""
    k = next((i for i, t in enumerate(r.toks) if r.sent.start + t.start >= place.start), 0)
    words = [t.text.lower() for t in r.toks[:k]]
    return any(len(w) <= k and tuple(words[k - len(w):]) == w for w in vocab.place_before)


def _after_plan_word(r, place, vocab, report: str | None) -> bool:
    """A word of ``planned`` ("состоится") comes before the place in its sentence, which dates
    the plan more than ``SAME_WEEK`` days after the report (the next summit's city, "...
    состоится в Москве 11 ноября будущего года"; not the one the summit tomorrow gathers
    everyone in, where the report's meetings are held)."""
    from ...corpus.dates_ru import russian_dates

    if report is None or len(report) != 10:
        return False
    later = [d for _, d in russian_dates(r.sent.text, int(report[:4])) if len(d) == 10
             and (dt.date.fromisoformat(d) - dt.date.fromisoformat(report)).days > SAME_WEEK]
    return bool(later) and any(t.text.lower() in vocab.planned for t in r.toks if r.sent.start + t.start < place.start)


def _article_city(reads: list, gaz, vocab, report: str | None = None) -> str | None:
    """The city of the report: its dateline's (a city opening one of the first lines before a
    comma or a date: "МИНСК, 14 мая"; or after the date and before the agency: "14 мая, Минск
    /Агентство/", "10:00, 14 мая 2024, Минск - Агентство"), else the one city the article names
    (by its name, or by its adjective: :func:`_places`), not one of a plan of a later week
    (:func:`_after_plan_word`), a region of ``regions`` ("Центральная
    Азия") counting for none; else a dated dateline that opens a later line, under the
    page's credits (``FURNISHED_DATELINE_LINES``)."""
    from ...corpus.dates_ru import dateline_end

    def city(p):
        entry = gaz.lookup(p.key)
        return entry is not None and entry.kind == "place"

    for r in reads[:DATELINE_LINES]:
        for p in r.places:
            at = p.end - r.sent.start
            if not city(p):
                continue
            if p.start == r.sent.start and re.match(r"\s*(,|\.|\d)", r.sent.text[at:at + 3]):
                return p.key
            if _after_dateline_day(r.sent.text[:p.start - r.sent.start]) and \
                    re.match(r"\s*[/(—–-]", r.sent.text[at:at + 3]):
                return p.key
    for r in reads[DATELINE_LINES:FURNISHED_DATELINE_LINES]:  # under a page's credits and photo lines: a
        first = next((p for p in r.places if p.start == r.sent.start and city(p)), None)  # dated one
        if first is not None and dateline_end(r.sent.text, ANY_YEAR) is not None:
            return first.key
    named = {p.key for r in reads for p in _places(r, gaz, vocab) if city(p) and gaz.lookup(p.key).id not in vocab.regions
             and not _after_plan_word(r, p, vocab, report)}
    return next(iter(named)) if len(named) == 1 else None


def _after_dateline_day(before: str) -> bool:
    """``before`` is a dateline's day and a comma, a time first when one is given ("14 мая, ",
    "10:00, 14 мая 2024, ")."""
    from ...corpus.dates_ru import dateline_end

    time = re.match(r"\s*(?:[0-2]?\d:[0-5]\d,?\s*)?", before).end()
    # any year will do for a yearless day: only where the day ends is asked
    at = dateline_end(before[time:], ANY_YEAR)
    return at is not None and re.fullmatch(r"[,.]?\s*", before[time + at:]) is not None


def _earlier_year(r, cue, year: int | None) -> bool:
    """The cue names an occasion of an earlier year ("на сессии СКБ 2020 года"): its noun, the
    bodies after it, then a year before the report's."""
    covered = {k for f, _ in r.orgs for k in range(f.first, f.last)}
    k = cue.last
    while k in covered:
        k += 1
    if year is None or k + 1 >= len(r.toks) or not re.fullmatch(r"(?:19|20)\d\d", r.toks[k].text):
        return False
    return r.toks[k + 1].lemma in {"год", "г"} and int(r.toks[k].text) < year


def _upcoming(r, first: int, vocab) -> bool:
    """An adjective of ``upcoming`` stands in the phrase of the cue at token ``first``, right
    before it or with words of the phrase between ("к предстоящему в ноябре совместному
    заседанию"), no mark nor verb between them."""
    for k in range(first - 1, max(-1, first - 1 - UPCOMING_REACH), -1):
        tok = r.toks[k]
        if tok.lemma in vocab.upcoming:
            return True
        best = parses(tok.text)
        if not tok.text[:1].isalnum() or (best and best[0].tag.POS in {"VERB", "INFN", "PRTF", "GRND"}):
            return False
    return False


def _coordinated(r, after: int | None, first: int) -> bool:
    """The cue at token ``first`` is listed with the upcoming cue ending at token ``after``
    ("к предстоящему заседанию СМИД, а также сессии СКБ"): no verb nor full stop between."""
    if after is None:
        return False
    for tok in r.toks[after:first]:
        best = parses(tok.text)
        if tok.text in {".", ";", "!", "?"} or (best and best[0].tag.POS in {"VERB", "INFN", "GRND"}):
            return False
    return True


def _cues(r, vocab, year: int | None = None) -> list:
    """The event cues of a sentence that report an event of the day. Left out: a cue of role
    ``host`` ("принять") other than as a finite verb ("принял"; its participle is a decision
    taken: "решение было принято"), a cue after an adjective of ``upcoming`` ("к предстоящей
    сессии") and the cues listed with it, a cue of an earlier year."""
    out, upcoming = [], None  # the last token of the last upcoming cue
    for c in find(r.toks, vocab.cues, vocab.longest):
        if c.value.type and (_upcoming(r, c.first, vocab) or _coordinated(r, upcoming, c.first)):
            upcoming = c.last
            continue
        if c.value.type and _earlier_year(r, c, year):
            continue
        if c.value.role == "host" and c.value.type:
            best = parses(r.toks[c.first].text)
            if not best or best[0].tag.POS not in {"VERB", "INFN"} or _receives_a_thing(r, c.last, vocab):
                continue
        if c.value.type and _only_said(r, c, vocab):
            continue
        out.append(c)
    return _unframed(r, _unquoted(r, out), vocab)


STATED = {"VERB", "GRND", "ADJS", "INFN"}  # what a verb of saying or a view is written as ("заявил", "заявив", "уверен")
SENTENCE_MARKS = {".", "!", "?", ";"}


def _only_said(r, cue, vocab) -> bool:
    """The cue names no occasion held, only what is said or planned of one: its verb is in the
    infinitive ("необходимо обсудить"), or it comes in what a statement or a view says (after a
    verb of ``speech_verbs``, ``reporter_before`` or ``opinion_verbs`` and a word of
    ``content_openers`` after it: "X подчеркнул, что учения носят плановый характер", "X
    надеется, что саммит поможет ...") when that says no occasion held (:func:`_tells_held`);
    a cue right after a word of ``statement_at`` is where the statement was made ("X заявил о
    ... на встрече с Y"), not what it says."""
    best = parses(r.toks[cue.first].text)
    if best and best[0].tag.POS == "INFN":
        return True
    if not vocab.content_openers:
        return False
    said = vocab.speech_verbs | vocab.opinion_verbs | {k[0] for k in vocab.reporter_before if len(k) == 1}
    verb = opener = None
    for k in range(cue.first):
        t = r.toks[k]
        if t.text in SENTENCE_MARKS:
            verb = opener = None
        elif verb is None and t.lemma in said and (b := parses(t.text)) and b[0].tag.POS in STATED:
            verb = k
        elif verb is not None and opener is None and t.text.lower() in vocab.content_openers:
            opener = k
    if opener is None or _at_statement(r, cue, vocab):
        return False
    return not _tells_held(r, opener, vocab)


def _at_statement(r, cue, vocab) -> bool:
    """The cue comes right after a word of ``statement_at``, adjectives between ("на
    совместной пресс-конференции")."""
    k = cue.first - 1
    while k >= 0 and cue.first - k <= RESULTS_REACH and parses(r.toks[k].text) and \
            parses(r.toks[k].text)[0].tag.POS == "ADJF":
        k -= 1
    return k >= 0 and r.toks[k].text.lower() in vocab.statement_at


def _tells_held(r, opener: int, vocab) -> bool:
    """What the statement says from token ``opener`` on tells an occasion held: a verb in the
    past tense, a word of ``held_verbs`` not in the future, or a participation cue."""
    for k in range(opener + 1, len(r.toks)):
        t = r.toks[k]
        if t.text in SENTENCE_MARKS:
            break
        best = parses(t.text)
        tag = best[0].tag if best else None
        if tag is not None and tag.POS == "VERB" and tag.tense == "past":
            return True
        if t.lemma in vocab.held_verbs and (tag is None or tag.tense != "futr"):
            return True
    return any(c.value.type is None and c.first > opener for c in find(r.toks, vocab.cues, vocab.longest))


OBJECT_SKIP = {"ADJF", "ADJS", "PRTF", "NUMR", "NUMB", "ADVB"}  # words before the object of a verb ("важные решения", "три документа")


def _receives_a_thing(r, after: int, vocab) -> bool:
    """The host verb ending before token ``after`` takes a thing as its object: the first noun
    after it (adjectives and numerals between, no preposition) is inanimate, not one of
    ``guest_nouns`` and no part of a person's name or title ("министры приняли решение", "приняли
    три документа"), not a reception ("принял генсека", "принял делегацию")."""
    named = _named(r)
    for k in range(after, min(len(r.toks), after + 4)):
        t = r.toks[k]
        if k in named:
            return False
        best = parses(t.text)
        if not best or not t.text[:1].isalpha() or t.text[:1].isupper():
            return False
        tag = best[0].tag
        if tag.POS in OBJECT_SKIP or t.text.isdigit():
            continue
        return tag.POS == "NOUN" and tag.animacy == "inan" and t.lemma not in vocab.guest_nouns
    return False


def _named(r) -> set[int]:
    """The tokens of the sentence's people's names and titles."""
    titled = [(post.start, post.end) for *_, m, _ in r.people for post in m.posts]
    return {k for first, last, *_ in r.people for k in range(first, last)} | \
        {k for k, t in enumerate(r.toks) if any(a <= r.sent.start + t.start < b for a, b in titled)}


def _unquoted(r, cues: list) -> list:
    """The cues without those inside the direct speech the sentence quotes before naming who
    said it (:func:`_speech`), when a cue of a type is left after it: the occasion is where it
    was said ("«... я принял министра ...», — заявил X на пресс-конференции"), what the speech
    tells is another matter."""
    speech = _speech(r.sent.text)
    if speech is None:
        return cues
    outside = [c for c in cues if not speech[0] <= r.toks[c.first].start < speech[1]]
    return outside if any(c.value.type for c in outside) and len(outside) < len(cues) else cues


def _unframed(r, cues: list, vocab) -> list:
    """The cues without those naming the frame of the event (a cue right after ``frame_before``:
    "на полях саммита ... встретился"), when a cue of another type is left."""
    ends = {f.last for f in find(r.toks, vocab.frame_before, vocab.longest)}
    framed = [c for c in cues if c.value.type and c.first in ends]
    left = {c.value.type for c in cues if c.value.type and c not in framed}
    return [c for c in cues if c not in framed] if left - {c.value.type for c in framed} else cues


def _refused(r, vocab) -> set[int]:
    """Tokens of the people who refuse to take part: named before a participation cue right
    after a negation ("X не принял участия в заседании", "X не смог принять участие"), or after
    a negated verb of being able in the same clause (:func:`_unable_before`)."""
    cues = [c for c in find(r.toks, vocab.cues, vocab.longest) if c.value.type is None
            and (any(t.text.lower() in vocab.negations for t in r.toks[max(0, c.first - NEGATION_REACH):c.first])
                 or _unable_before(r, c.first, vocab))]
    return {first for first, *_ in r.people for c in cues if first < c.first}


def _unable_before(r, first: int, vocab) -> bool:
    """A negation and a verb of ``unable_verbs`` stand before token ``first`` in its clause, at most
    ``UNABLE_REACH`` tokens away ("не смог отправиться в Душанбе и принять участие")."""
    for k in range(max(0, first - UNABLE_REACH), first - 1):
        if r.toks[k].text.lower() in vocab.negations and r.toks[k + 1].lemma in vocab.unable_verbs:
            return not any(t.text in {",", ";", ".", "—"} for t in r.toks[k:first])
    return False


UNABLE_REACH = 10  # tokens from "не смог" to the participation cue it refuses


def _after(r, first: int, table: dict, vocab) -> bool:
    """The name at token ``first`` comes right after a phrase of ``table`` (a title between
    them, no other name, and no event cue: in "Как сообщил сайт ОДКБ, в заседании принял
    участие X" the cue opens the clause X is the subject of)."""
    phrases = find(r.toks, table, vocab.longest)
    if not phrases:
        return False
    cues = [c.first for c in find(r.toks, vocab.cues, vocab.longest)]
    return any(0 <= first - f.last <= ROLE_REACH and not any(f.last <= p < first for p, *_ in r.people)
               and not any(f.last <= c < first for c in cues)
               for f in phrases)


def _roles(r, cue, vocab, index: dict) -> tuple:
    """The participants of a cue sentence and their roles; a person named after
    ``absent_before`` ("по поручению") is not there, one named after ``reporter_before``
    ("сообщил пресс-секретарь X") reports it, unless the sentence reports the results of the
    occasion (:func:`_results_of`: "заявил по итогам саммита X"), which X was at; then the people
    named before the cue are what the results say, no participants."""
    parts = []
    refused = _refused(r, vocab)
    results_at = _results_at(r, cue, vocab)
    results = results_at is not None
    stating = _stated_at(r, cue, vocab)
    for first, _, m, name in r.people:
        reports = _after(r, first, vocab.reporter_before, vocab) and first != stating
        # who states the results before the phrase ("заявил X по итогам заседания") was there;
        # who reports after it ("..., сообщил пресс-секретарь Y") reports
        if first in refused or _after(r, first, vocab.absent_before, vocab) or \
                (reports and not (results and first < results_at)):
            continue
        if results and not reports and first < cue.first:
            continue  # what the results say ("«X приступит к обязанностям», — сообщил Y по итогам встречи")
        if _after(r, first, vocab.chair_before, vocab):
            role = "chair"
        elif cue.value.role == "host":
            role = "host" if name.case in {"nomn", None} and first < cue.first else "guest"
        else:
            role = "participant"
        parts.append(Participant(index[id(m)], role))
    return tuple(parts)


def _results_of(r, cue, vocab) -> bool:
    """The cue names an occasion whose results the sentence reports (:func:`_results_at`)."""
    return _results_at(r, cue, vocab) is not None


def _results_at(r, cue, vocab) -> int | None:
    """The token where the phrase of ``results_before`` opens when the cue names an occasion
    whose results the sentence reports: the cue comes right after the phrase ("по итогам
    неформального саммита"), adjectives between, or a participle of ``held_verbs`` and its day
    and place ("по итогам прошедшего сегодня в Душанбе заседания"), no comma between; else None."""
    for f in find(r.toks, vocab.results_before, vocab.longest):
        between = r.toks[f.last:cue.first]
        if f.last > cue.first:
            continue
        if len(between) <= RESULTS_REACH and \
                all(parses(t.text) and parses(t.text)[0].tag.POS == "ADJF" for t in between):
            return f.first
        if between and len(between) <= RESULTS_HELD_REACH and _held_participle(between[0].text, vocab) and \
                not any(t.text in {",", ";", "—"} for t in between):
            return f.first
    return None


def _held_participle(word: str, vocab) -> bool:
    """``word`` is a participle (or its adjective: "прошедший") of ``held_verbs`` in one of its
    first readings ("состоявшегося", "прошедшего", which is also read as the noun "прошедшее")."""
    return any(p.tag.POS in {"PRTF", "ADJF"} and p.normal_form in vocab.held_verbs for p in parses(word)[:3])


def _stated_at(r, cue, vocab) -> int | None:
    """The first token of the person who states something at the occasion of the cue: named
    after a verb of ``reporter_before`` or ``speech_verbs`` and right before a word of
    ``statement_at`` and the cue, adjectives between ("сообщил X на пресс-конференции с Y",
    "сказал X на встрече"); else None."""
    k = cue.first - 1
    while k >= 0 and cue.first - k <= RESULTS_REACH and parses(r.toks[k].text) and \
            parses(r.toks[k].text)[0].tag.POS == "ADJF":
        k -= 1
    if k < 0 or r.toks[k].text.lower() not in vocab.statement_at:
        return None
    said = vocab.speech_verbs | {w[0] for w in vocab.reporter_before if len(w) == 1}
    for first, last, _, _ in r.people:
        if last == k and any(t.lemma in said for t in r.toks[max(0, first - ROLE_REACH):first]):
            return first
    return None


def _takers(r, vocab, index: dict) -> tuple:
    """The people of a sentence that say they take part ("в мероприятии участвуют X и Y"),
    without those who refuse."""
    refused = _refused(r, vocab)
    return tuple(Participant(index[id(m)], "participant") for first, _, m, _ in r.people if first not in refused)


def _speakers(r, vocab, index: dict) -> tuple:
    """The people of a sentence speaking at the event just named ("как отметил X"). A participle
    of a verb of saying tells no speech ("план, подготовленный и предложенный X": what X once proposed),
    and who is named in the instrumental does not speak ("отметил, что встреча с Y ..."; the
    agent of a participle: "предложенный Y")."""
    if not r.people or not any(t.lemma in vocab.speech_verbs and not _participle(t.text) for t in r.toks):
        return ()
    return tuple(Participant(index[id(m)], "speaker") for first, _, m, name in r.people
                 if not _after(r, first, vocab.reporter_before, vocab) and name.case != "ablt")


def _participle(word: str) -> bool:
    """The word is a participle by its best parse ("предложенный", "выступившего")."""
    best = parses(word)
    return bool(best) and best[0].tag.POS in {"PRTF", "PRTS"}


def _gender(name) -> str | None:
    """"masc" or "femn": what the given name of a person's nominative tells, else its surname;
    None when neither tells one gender."""
    words = name.text.split()
    for word, grammeme in ((words[0], "Name"), (words[-1], "Surn")):
        genders = {p.tag.gender for p in parses(word) if grammeme in p.tag and p.tag.case == "nomn"
                   and p.tag.number == "sing"}
        if len(genders) == 1 and genders <= {"masc", "femn"}:
            return genders.pop()
    return None


def _verb_at(r, lemmas: frozenset | None, first: int, last: int) -> int | None:
    """The first token from ``first`` to ``last`` a verb (of ``lemmas`` when given) by its best parse."""
    for k in range(first, min(last, len(r.toks))):
        best = parses(r.toks[k].text)
        if best and best[0].tag.POS == "VERB" and (lemmas is None or best[0].normal_form in lemmas):
            return k
    return None


def _subject(r, found: list, vocab):
    """The person the sentence makes the subject of an event or a visit: the first named in the
    nominative before its first cue verb or arrival verb ("X прибыл в Минск", "X провёл
    встречу"), not after ``reporter_before``; else None."""
    if not r.people:
        return None
    verbs = [k for k in [_verb_at(r, None, max(0, c.first - 1), c.last) for c in found]
             + [_verb_at(r, vocab.arrival_verbs, 0, len(r.toks))] if k is not None]
    if not verbs:
        return None
    return next((m for first, _, m, name in r.people if first < min(verbs) and name.case in NOMINATIVE
                 and not _after(r, first, vocab.reporter_before, vocab)), None)


def _pronoun(r, cue, vocab) -> str | None:
    """The gender of a subject pronoun (``subject_pronouns``: "он") of the cue's verb (in the
    cue or right before it: "провёл переговоры"), told by the verb's past tense when it has one
    ("встретился"): the pronoun at most ``PRONOUN_REACH`` tokens before the verb, no verb nor
    person between, no person named in the nominative before it in the sentence; else None."""
    verb = _verb_at(r, None, max(0, cue.first - 1), cue.last)
    if verb is None:
        return None
    for k in range(verb - 1, max(-1, verb - 1 - PRONOUN_REACH), -1):
        gender = vocab.subject_pronouns.get(r.toks[k].text.lower())
        if gender is None:
            continue
        if _verb_at(r, None, k + 1, verb) is not None or \
                any(first < verb and (first > k or name.case in NOMINATIVE) for first, _, _, name in r.people):
            return None
        tag = parses(r.toks[verb].text)[0].tag
        told = tag.gender if tag.tense == "past" else gender
        return gender if told == gender else None
    return None


def _title_subject(r, cue, vocab) -> tuple | None:
    """The post (English) and state of a title with no name that is the subject of the cue's
    verb ("Российский лидер встретился с X": Leader, russia; "Глава государства провёл ...":
    Head of State, None): in the nominative, after at most ``TITLE_SUBJECT_START`` words ("26
    ноября"), a state's adjective before it or inside it, and ending at most one word before
    the verb; no person is named before the verb. None otherwise."""
    from .titles import match_post

    verb = _verb_at(r, None, max(0, cue.first - 1), cue.last)
    if verb is None or any(first < verb for first, _, _, _ in r.people):
        return None
    for s in range(0, min(TITLE_SUBJECT_START + 1, verb)):
        state = vocab.adjectives.get(r.toks[s].lemma)
        at = s + 1 if state is not None else s
        found = match_post(r.toks, at, verb, vocab) if at < verb else None
        best = parses(r.toks[s].text)
        if found is not None and verb - found[0] <= 1 and found[1].en and best and best[0].tag.case == "nomn":
            return found[1].en, state or found[2]
    return None


TITLE_SUBJECT_START = 3  # words before a subject title ("26 ноября российский лидер встретился ...")


def _holder(title: tuple, named: list, vocab):
    """The one person of ``named`` (mentions in the order of the text) holding the post
    ``title`` names ((English post, state or None)): the same post, or both one state's leader
    (``leader_posts``), of that state when it names one; the last mention of that person, or
    None when no one or two people hold it."""
    post, state = title
    def holds(m) -> bool:
        for p in m.posts:
            same = p.post == post or {p.post, post} <= vocab.leader_posts
            if same and (state is None or p.org == state or m.country == state):
                return True
        return False
    found = [m for m in named if holds(m)]
    surnames = {m.name.split()[-1] for m in found}
    return found[-1] if len(surnames) == 1 else None


def _pronoun_subjects(cued: list, vocab) -> dict:
    """For each sentence whose subject pronoun stands for someone (:func:`_pronoun`), by index:
    the mention it stands for, the last person of the pronoun's gender named in the
    nominative before it, when that one was the subject of an event or a visit
    (:func:`_subject`); a person named since of a gender the name does not tell makes it unclear."""
    last: dict = {}  # gender -> (mention, subject of an event or a visit)
    named: list = []  # the people named so far, in the order of the text
    out = {}
    for r, found in cued:
        cues = [c for c in found if c.value.type] or found
        gender = _pronoun(r, cues[0], vocab) if cues and vocab.subject_pronouns else None
        if gender is not None and last.get(gender, (None, False))[1]:
            out[r.index] = last[gender][0]
        elif gender is None and cues and (title := _title_subject(r, cues[0], vocab)) is not None:
            holder = _holder(title, named, vocab)  # "Российский лидер встретился с X"
            if holder is not None:
                out[r.index] = holder
        named += [m for _, _, m, _ in r.people]
        subject = _subject(r, found, vocab)
        for _, _, m, name in r.people:
            if name.case in NOMINATIVE:
                g = _gender(name)
                for key in [g] if g else ["masc", "femn"]:
                    last[key] = (m, m is subject and g is not None)
    return out


def _with_subject(parts: tuple, subject, cue, people: list[PersonMention], index: dict) -> tuple:
    """The participants with the person a pronoun subject stands for (``subject``), host with a
    cue of role ``host``, when not named already (by surname)."""
    if subject is None:
        return parts
    surname = subject.name.split()[-1]
    if any(people[p.person].name.split()[-1] == surname for p in parts):
        return parts
    return (Participant(index[id(subject)], "host" if cue.value.role == "host" else "participant"),) + parts


def find_events(article: Article, reads: list, people: list[PersonMention], vocab) -> list[EventMention]:
    """The events of an article read sentence by sentence (``reads``: the reader's sentences
    with their tokens, bodies, places and people); ``people`` is the article's mention list."""
    year = int(article.date[:4]) if article.date else None
    gaz = load_gazetteer()
    city = _article_city(reads, gaz, vocab, article.date)
    cities = [city] if city else []
    events: list[EventMention] = []
    index = {id(m): k for k, m in enumerate(people)}
    # a sentence in the future tense speaks of an event the article reports as held (of its
    # type, in the past tense) or of a plan, which is no event
    cued = [(r, _cues(r, vocab, year)) for r in reads if not article.in_footer(r.sent.start)]
    held = _held(cued, vocab)
    pronouns = _pronoun_subjects(cued, vocab)
    silent = {r.index for r, found in cued if not found and not r.people}  # sentences naming nobody and no cue
    # a cue sentence naming nobody, held, and the index of the last sentence that spoke of its
    # event: a sentence soon after that one may name its speakers
    waiting = None
    apart = []  # the surnames of the people the subject of an event met one by one (:func:`_sides`)
    previous = current = None  # the cued sentence before this one, and this one
    listing = None  # the list a colon opened: its last sentence, and its event's index in events or the cue waiting
    for r, found in cued:
        previous, current = current, (r, found)
        if previous is not None and previous[0].index == r.index - 1 and previous[0].sent.text.rstrip().endswith(":"):
            listing = _opened_list(previous, events, waiting)
        if listing is not None and listing[0] == r.index - 1 and _list_item(r, found):
            # "В заседании приняли участие:" / "На фото слева направо:", then "• Министр обороны X."
            target = listing[1]
            if not isinstance(target, int):  # the cue sentence waiting takes the list's people
                event = _event(article, target[0], target[1], (), year, cities, gaz, vocab)
                events += [event] if event is not None else []
                target = len(events) - 1 if event is not None else None
            if target is not None:
                events[target] = _joined(events[target], _takers(r, vocab, index))
            listing = (r.index, target) if target is not None else None
            waiting = None
            continue
        listing = None
        cues = [c for c in found if c.value.type]
        before = waiting if waiting is not None and r.index - waiting[2] <= WAIT_REACH else None
        if waiting is not None and not cues and r.index - waiting[2] <= WAIT_REACH:
            # who will take part ("В нём примет участие X") is not there yet
            taking = found or find(r.toks, vocab.waiting_participation, vocab.longest)  # "В нём принимают участие"
            takers = _takers(r, vocab, index) if taking and not _is_planned(r, vocab) else ()
            speakers = _speakers(r, vocab, index) or takers
            if speakers:
                event = _event(article, waiting[0], waiting[1], speakers, year, cities, gaz, vocab)
                back = _back_to(events, waiting[0], waiting[1], year, article.date) if event is not None else None
                if back is not None:  # "Встреча прошла по видеосвязи. В ней приняли участие X, Y"
                    events[back] = _joined_by_name(events[back], event.participants, people)
                else:
                    events += [event] if event is not None else []
            waiting = None if r.people else waiting
        else:
            waiting = None
        if not found and events and _soon_after(events[-1].sentence, r.index, silent) and not _is_planned(r, vocab):
            # "X подчеркнул ...", right after the sentence of the event (or after a sentence
            # naming nobody and no cue): X speaks at it
            events[-1] = _joined(events[-1], _speakers(r, vocab, index))
            continue
        subject = pronouns.get(r.index)
        if found and not cues and (r.people or subject is not None) and events and not _is_planned(r, vocab):
            # "в нём приняли участие X и Y", "он принял участие в нём": they take part in the event just named
            events[-1] = _joined(events[-1], _with_subject(_takers(r, vocab, index), subject, found[0], people, index))
            continue
        if cues and not _of_held(r, cues[0], held) and not (cues[0].value.type in held and _refers_back(
                r, cues[0], year, article.date)) and _is_planned(r, vocab):
            # "учения пройдут весной, сообщил X на пресс-конференции": the occasion of the statement was held
            cues = [c for c in cues if _stated_at(r, c, vocab) is not None][:1]
        if not cues:
            continue
        pair = _pair_named_before(previous, r, cues[0], vocab, index) if not r.people and subject is None else ()
        if pair:
            event = _event(article, r, cues[0], pair, year, cities, gaz, vocab)
            events += [event] if event is not None else []
            continue
        if not r.people and subject is None:
            # a second sentence naming nobody soon after one speaks of its event again
            # ("Заседание проходит в Минске. Встречу принимает Беларусь."): the first still waits
            waiting = _still_waiting(before, r, cues[0], vocab)
            continue
        parts = _with_subject(_roles(r, cues[0], vocab, index), subject, cues[0], people, index)
        event = _event(article, r, cues[0], parts, year, cities, gaz, vocab)
        if event is not None and before is not None and before[1].value.type == cues[0].value.type:
            event = _dated_by(event, r, _event(article, before[0], before[1], (), year, cities, gaz, vocab), article)
        back = _back_to(events, r, cues[0], year, article.date) if event is not None and event.participants else None
        if back is not None:
            # "На совещании X добавил, что ...": the occasion just reported, whatever the clause dates
            events[back] = _joined_by_name(events[back], event.participants, people)
        elif event is not None and event.participants:
            events.append(event)
            apart += [sides] if (sides := _sides(r, cues[0], event, people, vocab)) else []
    events = _placed_before(events, cued, article, gaz, vocab, {r.index: r for r in reads})
    merged = _merge_same(events, people, vocab.one_sitting, article.date)
    joined = _with_arrivals(_one_sided_joined(merged, vocab.one_sitting, article.date), cued, vocab, index)
    joined = _lone_absorbed(joined, people, vocab.lone_apart, article.date)
    return _taken_apart(joined, apart, people, vocab.one_sitting)


BARE_NEXT = {"VERB", "NPRO", "ADVB", "CONJ", "PRCL", "INFN", "PRTS"}  # what may follow a cue naming no occasion of its own


def _back_to(events: list, r, cue, year: int | None, report: str | None) -> int | None:
    """The index in ``events`` of the event of the cue's type reported last, when the cue names
    it again (:func:`_refers_back`); else None."""
    if not _refers_back(r, cue, year, report):
        return None
    return next((k for k in range(len(events) - 1, -1, -1) if events[k].type == cue.value.type), None)


def _joined_by_name(event: EventMention, parts: tuple, people: list[PersonMention]) -> EventMention:
    """The event with the participants of ``parts`` whose surname it does not have yet."""
    have = _surnames(event, people)
    return _joined(event, tuple(p for p in parts if people[p.person].name.split()[-1] not in have))


def _refers_back(r, cue, year: int | None, report: str | None) -> bool:
    """The cue names the occasion just reported again ("На совещании X добавил, что ...", "Во
    время встречи он отметил"): one noun after a preposition (or opening the sentence), no
    adjective before it, nothing of its own after it (no genitive "заседании Совета", no "с Y",
    no date: followed by a name, a title, a verb, a pronoun or a mark), and the sentence dates
    nothing before its cue."""
    from ...corpus.dates_ru import relative_russian_date, russian_dates

    if cue.last - cue.first != 1 or cue.value.role == "host":
        return False
    head = parses(r.toks[cue.first].text)
    if not head or head[0].tag.POS != "NOUN":
        return False
    if cue.first > 0:
        prev = parses(r.toks[cue.first - 1].text)
        if not prev or prev[0].tag.POS != "PREP":
            return False
    opening = r.sent.text[:r.toks[cue.first].start]
    if russian_dates(opening, year) or relative_russian_date(opening, report):
        return False
    if cue.last >= len(r.toks):
        return True
    nxt = r.toks[cue.last]
    if cue.last in _named(r) or not nxt.text[:1].isalnum():
        return True
    best = parses(nxt.text)
    return bool(best) and best[0].tag.POS in BARE_NEXT


BULLETS = "•·*–—-"  # marks opening the items of a list


def _opened_list(opener, events: list, waiting) -> tuple | None:
    """What the list after sentence ``opener`` (its read and cues; it ends with a colon) names
    the people of: the event of that sentence, or of its participation cue (the event just
    before it: "В заседании приняли участие:"), else the cue sentence naming nobody waiting for
    its people within :data:`WAIT_REACH` ("Во время переговоров министров. На снимке
    (слева направо):"); None for any other list."""
    r, found = opener
    if events and (events[-1].sentence == r.index or (found and not any(c.value.type for c in found)
                                                      and waiting is None)):
        return r.index, len(events) - 1
    if waiting is not None and r.index - waiting[2] <= WAIT_REACH:
        return r.index, (waiting[0], waiting[1])
    return None


def _list_item(r, found: list) -> bool:
    """The sentence is an item of a list naming people: it opens with a mark of :data:`BULLETS`,
    names someone, has no cue and no verb ("• Президент Белоруссии X.")."""
    return r.sent.text.lstrip()[:1] in BULLETS and bool(r.people) and not found and \
        _verb_at(r, None, 0, len(r.toks)) is None


def _held(cued: list, vocab) -> dict:
    """The surnames of the people named in the sentences reporting an event of each type as held
    (its first cue of a type, the sentence no plan), by type; a type held in a sentence naming
    nobody holds everyone (None)."""
    held: dict = {}
    for r, cs in cued:
        cue = next((c for c in cs[:1] if c.value.type), None)
        if cue is None or _is_planned(r, vocab):
            continue
        names = {m.name.split()[-1] for *_, m, _ in r.people}
        if held.get(cue.value.type, set()) is not None:
            held[cue.value.type] = (held.get(cue.value.type) or set()) | names if names else None
    return held


def _of_held(r, cue, held: dict) -> bool:
    """A sentence in the future tense speaks of the event the article reports as held when it is
    of that one's type and names one of its people ("X примет участие в саммите" over "в саммите
    приняли участие X и Y"), or the held one named nobody; what the others plan is a plan ("В
    ходе поездки он также встретится с Y", though a meeting of X with Z was held)."""
    if cue.value.type not in held:
        return False
    names = held[cue.value.type]
    return names is None or not r.people or bool(names & {m.name.split()[-1] for *_, m, _ in r.people})


def _pair_named_before(previous, r, cue, vocab, index: dict) -> tuple:
    """The participants of cue sentence ``r``, which names nobody, when a word of ``pair_nouns``
    follows its cue ("по итогам телефонного разговора лидеров"): the people of the sentence just
    before it (``previous``: its read and cues), two or more, when that one has no cue of a
    type ("X и Y согласовали сроки поставок. Договорённость достигнута по итогам телефонного
    разговора лидеров"); else none."""
    if previous is None or cue.last >= len(r.toks) or r.toks[cue.last].lemma not in vocab.pair_nouns:
        return ()
    before, found = previous
    if before.index != r.index - 1 or len(before.people) < 2 or any(c.value.type for c in found):
        return ()
    return tuple(Participant(index[id(m)], "participant") for *_, m, _ in before.people)


def _sides(r, cue, event: EventMention, people: list[PersonMention], vocab) -> frozenset[str]:
    """The surnames of the people the subject of a cue of ``apart_cues`` meets one by one: two
    or more named in the instrumental after a word of ``apart_with`` that follows the cue ("провёл
    телефонные переговоры с лидерами A и B", "встретился с президентом A и министром B"), when
    the event has someone besides them; else none."""
    if cue.value.type not in vocab.one_sitting or tuple(t.lemma for t in r.toks[cue.first:cue.last]) not in vocab.apart_cues:
        return frozenset()
    after = next((k for k in range(cue.first, len(r.toks)) if r.toks[k].text.lower() in vocab.apart_with), None)
    if after is None:
        return frozenset()
    sides = frozenset(m.name.split()[-1] for first, _, m, name in r.people if first > after and name.case == "ablt"
                      and not _after(r, first, vocab.chair_before, vocab))
    others = _surnames(event, people) - sides
    return sides if len(sides) >= 2 and others else frozenset()


def _taken_apart(events: list[EventMention], apart: list, people: list[PersonMention],
                 sitting: frozenset) -> list[EventMention]:
    """Each event of ``one_sitting`` holding two or more of the people a subject met one by one
    (``apart``: :func:`_sides`) as one event for each of them, with everyone else of the event."""
    out: list[EventMention] = []
    for ev in events:
        def side(p):
            return people[p.person].name.split()[-1]
        sides = next((s for s in apart if ev.type in sitting and len(s & {side(p) for p in ev.participants}) >= 2), None)
        rest = tuple(p for p in ev.participants if sides is None or side(p) not in sides)
        if sides is None or not rest:
            out.append(ev)
            continue
        out += [replace(ev, participants=rest + (p,)) for p in ev.participants if side(p) in sides]
    return out


def _soon_after(event: int, k: int, silent: set[int]) -> bool:
    """Sentence ``k`` comes within :data:`SPEAKER_REACH` sentences after the event's sentence
    ``event``, those between all ``silent`` (naming nobody and no cue)."""
    return 0 < k - event <= SPEAKER_REACH and all(j in silent for j in range(event + 1, k))


def _placed_before(events: list[EventMention], cued: list, article: Article, gaz, vocab,
                   reads: dict | None = None) -> list[EventMention]:
    """An event held in person whose sentence names no place of its own (``reads``: the
    sentences by index; :func:`_place`, ``own_only``) takes the city of the last cue sentence
    before it, of the same day, naming the occasion of its type or a visit, where the events of
    a visit take place ("14 апреля на встрече в Бишкеке ... По его словам, встреча проходила
    под председательством X"; "X посетил Душанбе с визитом. В ходе поездки он встретился с Y");
    else the state of the region it names (:func:`_region_state`: "В Оренбургской области
    начались учения. Руководит учениями X"); that comes before the city of the report's
    dateline ("МОСКВА" over "Церемонию начала учений провели в Оренбургской области ... На
    церемонии выступил X"). A cue sentence of a type of ``held_in_states`` places by the state
    it names as where too ("Учения начались в Таджикистане"), and an event of a type of
    ``placed_by`` takes the place of those types' sentences too ("Церемонию открытия провели с
    участием X"). Without ``reads``, only an event with no place at all takes it."""
    year = int(article.date[:4]) if article.date else None
    marks = []  # (sentence, types of its cues, its city, its day)
    for r, found in cued:
        types = {c.value.type for c in found if c.value.type}
        city = next((p.key for p in _places(r, gaz, vocab) if getattr(gaz.lookup(p.key), "kind", None) == "place"
                     and not _in_titles(r, p)), None) or _region_state(r, r.sent.start, gaz, vocab)
        held = next((c for c in found if c.value.type in vocab.held_in_states), None)
        if city is None and held is not None:  # "Учения начались в Таджикистане": where the exercise is
            city = _place(r, [], gaz, vocab, held.value.type, None, True)
        if types and city:
            marks.append((r.index, types, city, _sentence_day(r.sent.text, year, article.date) or article.date))
    out = []
    for ev in events:
        r = (reads or {}).get(ev.sentence)
        unplaced = ev.place is None or (r is not None and _place(r, [], gaz, vocab, ev.type, ev.start, True) is None)
        if unplaced and not ev.online:
            kinds = {ev.type, "visit"} | vocab.placed_by.get(ev.type, frozenset())
            mark = next((m for m in reversed(marks) if m[0] < ev.sentence and m[3] == ev.date
                         and m[1] & kinds), None)
            ev = replace(ev, place=mark[2]) if mark else ev
        out.append(ev)
    return out


def _still_waiting(before, r, cue, vocab):
    """What waits for its participants after cue sentence ``r`` naming nobody: the sentence
    waiting ``before`` it when that one's event is of another type (a second noun for the same
    occasion: "Заседание проходит в Минске. Встречу принимает Беларусь."), its reach now counted
    from ``r``; else ``r`` itself, unless it tells a plan."""
    if before is not None and before[1].value.type != cue.value.type:
        return before[0], before[1], r.index
    return None if _is_planned(r, vocab) else (r, cue, r.index)


def _dated_by(event: EventMention, r, earlier: EventMention | None, article: Article) -> EventMention:
    """An event whose own sentence gives no date, dated by the cue sentence of its type just
    before it that named nobody ("11–12 июня проходят консультации. В консультациях участвуют
    X и Y"); its place too when it has none and is held in person."""
    from ...corpus.dates_ru import relative_russian_date, russian_dates, russian_month

    year = int(article.date[:4]) if article.date else None
    text = r.sent.text
    if earlier is None or russian_dates(text, year) or relative_russian_date(text, article.date) or \
            russian_month(text, article.date):
        return event
    place = event.place or (None if event.online else earlier.place)
    return replace(event, date=earlier.date, end_date=earlier.end_date, place=place)


def _has_verb(r, lemmas: frozenset) -> bool:
    """A word of the sentence is one of these verbs by any of its parses ("прибыли" is also
    the plural of a noun, "прибыль")."""
    return any(p.tag.POS == "VERB" and p.normal_form in lemmas for t in r.toks for p in parses(t.text))


def _with_arrivals(events: list[EventMention], cued: list, vocab, index: dict) -> list[EventMention]:
    """Who arrives (``arrival_verbs``, in a sentence with no cue of its own, not a plan) in an
    article reporting one session attends it ("накануне в столицу прибыли главы государств ...")."""
    sessions = [k for k, ev in enumerate(events) if ev.type == "session"]
    if len(sessions) != 1:
        return events
    arrivals = tuple(Participant(index[id(m)], "participant") for r, found in cued
                     if not any(c.value.type for c in found) and not _is_planned(r, vocab)
                     and _has_verb(r, vocab.arrival_verbs) for *_, m, _ in r.people)
    out = list(events)
    out[sessions[0]] = _joined(out[sessions[0]], arrivals)
    return out


def _joined(event: EventMention, parts: tuple) -> EventMention:
    """The event with the participants of ``parts`` it does not have yet."""
    have = {p.person for p in event.participants}
    return replace(event, participants=event.participants + tuple(p for p in parts if p.person not in have))


def _event(article: Article, r, cue, parts: tuple, year, cities: list, gaz, vocab) -> EventMention | None:
    """The event of the cue ``cue`` of sentence ``r``; None when the sentence dates it after the
    report (a plan: "с 1 января"), unless it reports the results of that occasion (:func:`_results_of`:
    "по итогам саммита принято решение назначить X со 2 мая")."""
    from ...corpus.dates_ru import russian_dates, russian_month, russian_span

    online = bool(find(r.toks, vocab.online, vocab.longest))
    aside = _held_asides(r, cue, vocab)
    text = _masked(r.sent.text, aside)
    dates = [d for _, d in russian_dates(text, year)]
    if article.date and any(d > article.date for d in dates) and not _results_of(r, cue, vocab):
        return None
    date = _sentence_day(text, year, article.date) or russian_month(text, article.date) or article.date
    place = None if online else _place(r, cities, gaz, vocab, cue.value.type, r.sent.start + r.toks[cue.first].start,
                                       aside=aside)
    body = next((o.key for f, o in r.orgs if o.kind == "body" and o.key and not _in_titles(r, o)), None)
    start, end = r.sent.start + r.toks[cue.first].start, r.sent.start + r.toks[cue.last - 1].end
    span = russian_span(r.sent.text, year) if dates else None
    end_date = span[1] if span and span[0] == date else None
    return EventMention(cue.value.type, r.sent.text[:120], article.text[start:end], start, end, r.index, date,
                        end_date, place, body, online, parts)


def _held_asides(r, cue, vocab) -> list[tuple[int, int]]:
    """The spans (offsets in the sentence) of another occasion that a participle of ``held_verbs``
    tells the day or place of, up to that occasion's cue ("Лавров и X обсудили итоги состоявшейся
    в Бишкеке 27 ноября сессии"): its day and its city are that session's, not those of the cue
    ``cue`` outside the span. A participle is read by its best parse (:func:`_participle`)."""
    firsts = {c.first: c for c in find(r.toks, vocab.cues, vocab.longest) if c.value.type}
    out = []
    for k, tok in enumerate(r.toks):
        if tok.lemma not in vocab.held_verbs or not _participle(tok.text):
            continue
        end = next((m for m in range(k + 1, min(k + 1 + ASIDE_REACH, len(r.toks))) if m in firsts), None)
        if end is not None and not k <= cue.first <= firsts[end].last - 1:
            out.append((tok.start, r.toks[firsts[end].last - 1].end))
    return out


ASIDE_REACH = 6  # tokens from a participle ("состоявшейся") to the cue of the occasion it tells of


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span blanked (its length kept, so offsets stay)."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _sentence_day(text: str, year: int | None, report: str | None) -> str | None:
    """The day a cue sentence dates its event by: its first full date (not the bound of a period:
    "с 1 января", :func:`~csto_graph.corpus.dates_ru.occasion_dates`), else a day named
    relative to the report ("в четверг", "вчера"); None without either. A dateline opening the
    sentence gives the report's day ("ЕРЕВАН, 15 апр — Агентство. X встретился в четверг",
    "19 октября /Агентство/ 18 октября X встретился"): a date or a relative day after it
    dates the event instead."""
    from ...corpus.dates_ru import dateline_end, occasion_dates, relative_russian_date

    at = dateline_end(text, year)
    if at is not None:
        later = occasion_dates(text[at:], year)
        day = later[0][1] if later else relative_russian_date(text[at:], report)
        if day is not None:
            return day
    dates = occasion_dates(text, year)
    return dates[0][1] if dates else relative_russian_date(text, report)


def _one_sided_joined(events: list[EventMention], sitting: frozenset, report: str | None) -> list[EventMention]:
    """Two events of one sitting (``one_sitting``) of one day naming one person each, not the
    same one, are one: a meeting has two sides, and each sentence named one ("X провёл
    переговоры с генсеком ОДКБ. На встрече с Y глава ведомства отметил ...")."""
    def lone(ev):
        return ev.type in sitting and len(ev.participants) == 1

    out: list[EventMention] = []
    for ev in events:
        other = next((o for o in out if lone(ev) and lone(o) and o.online == ev.online and _same_day(o, ev, report)
                      and o.participants[0].person != ev.participants[0].person), None)
        if other is None:
            out.append(ev)
            continue
        out[out.index(other)] = replace(_joined(other, ev.participants), place=other.place or ev.place,
                                        body=other.body or ev.body)
    return out


def _lone_absorbed(events: list[EventMention], people: list[PersonMention], apart: frozenset,
                   report: str | None) -> list[EventMention]:
    """Each event naming one person only, within the event of its day (:func:`_same_day`) that
    names that person (by surname) with others: one occasion told twice ("X и Y провели
    переговоры" ... "X подчеркнул, что на учениях ..."), both held in person or both online, or
    the lone one online only for all its sentence says (a lone call is never part of a meeting
    held in person); not held in two places; neither of a type of ``apart`` (``lone_apart``: a visit holds the sittings of its days)."""
    out = list(events)
    for ev in events:
        if len(ev.participants) != 1 or ev.type in apart:
            continue
        into = next((o for o in out if o is not ev and len(_surnames(o, people)) > 1 and o.type not in apart
                     and (o.online or not ev.online) and _same_day(o, ev, report)
                     and _surnames(ev, people) <= _surnames(o, people)
                     and (o.place is None or ev.place is None or o.place == ev.place)), None)
        if into is not None:
            out[out.index(into)] = replace(into, place=into.place or ev.place, body=into.body or ev.body)
            out.remove(ev)
    return out


def _surnames(ev: EventMention, people: list[PersonMention]) -> set[str]:
    """The surnames of the event's people (one person's mentions in one article share it)."""
    return {people[p.person].name.split()[-1] for p in ev.participants}


def _shared(a: EventMention, b: EventMention, people: list[PersonMention]) -> bool:
    """The two events name one person (by surname: mentions of one article)."""
    return bool(_surnames(a, people) & _surnames(b, people))


def _same_day(a: EventMention, b: EventMention, report: str | None) -> bool:
    """The two are dated alike, or one only by the report's day and the other by a day of the
    week before it (a headline "сессия прошла в Минске" over "26–27 ноября сессия ...")."""
    if a.date == b.date:
        return True
    if not report or len(report) != 10 or report not in (a.date, b.date):
        return False
    other = b.date if a.date == report else a.date
    return bool(other) and len(other) == 10 and 0 < (dt.date.fromisoformat(report) - dt.date.fromisoformat(other)).days <= SAME_WEEK


def _one_by_one(a: EventMention, b: EventMention, people: list[PersonMention]) -> bool:
    """Two encounters (``encounters`` of ``ontology/events.yaml``: a meeting, talks, a
    reception) of no body, each of two people or more and each with someone the other lacks:
    one person's meetings one by one ("X встретился с A. Затем X провёл встречу с B": B never
    met A), two events, as the English reader tells them."""
    if a.type not in encounters() or b.type not in encounters() or a.body or b.body:
        return False
    sa, sb = _surnames(a, people), _surnames(b, people)
    return len(sa) >= 2 and len(sb) >= 2 and bool(sa - sb) and bool(sb - sa)


def _merge_same(events: list[EventMention], people: list[PersonMention], sitting: frozenset,
                report: str | None = None) -> list[EventMention]:
    """Cue sentences of one article on one date are one event when they are of one type and
    about one body, or of one type or of types of one sitting (``one_sitting``) and share a participant,
    both held in person or both online (a telephone call is never part of a meeting)
    ("провёл встречу с X" ... "принял X"). A sentence dated only by the report's day is of the
    day another sentence of the week before gives (:func:`_same_day`)."""
    out: list[EventMention] = []
    for ev in events:
        same = next((o for o in out if _same_day(o, ev, report) and o.online == ev.online and (
            (o.type == ev.type and (o.body == ev.body or ev.body is None or o.body is None))
            or ((o.type == ev.type or {o.type, ev.type} <= sitting) and _shared(o, ev, people)))
            and not _one_by_one(o, ev, people)), None)
        if same is None:
            out.append(ev)
            continue
        have = _surnames(same, people)
        more = tuple(p for p in ev.participants if people[p.person].name.split()[-1] not in have)
        dated = ev if same.date == report and ev.date != report else same
        out[out.index(same)] = EventMention(same.type, same.label, same.trigger, same.start, same.end,
                                            same.sentence, dated.date, dated.end_date or same.end_date,
                                            same.place or ev.place, same.body or ev.body, same.online,
                                            same.participants + more)
    return out
