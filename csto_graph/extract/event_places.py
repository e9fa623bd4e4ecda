"""Where an event was, and which body held it: the place a sentence gives (:func:`place_of_event`:
a venue and its city, "in the Kazakh capital", a hosting city, a state's capital), the body
before or after the trigger, the place of a headline, and regions named by their adjective
(:func:`with_regions`); a phone call or a videoconference has no place (:func:`is_remote`)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..corpus.dates import find_dates
from ..vocab.gazetteer import load_gazetteer
from ..models import OrgMention, PlaceMention
from ..vocab.words import words
from .event_cues import alternation, cues, find_phrase, find_trigger


def holding_body(text: str, t_start: int, t_end: int, orgs: list[OrgMention], sent_start: int):
    """The body holding the event: "session of the X", "X session", "X hosted a meeting"."""
    best, grammar = None, cues().grammar
    for org in orgs:
        s, e = org.start - sent_start, org.end - sent_start
        if org.kind in {"state", None} and org.key is None:
            continue
        if org.kind == "state":
            continue
        if s >= t_end and re.fullmatch(rf"\s*{grammar['body_links']}(?:\s+{_ORDINAL})?\s*", text[t_end:s]):
            return org, False  # "session of the Council", "the XXIII session of the Council"
        if e <= t_start and re.fullmatch(rf"\s*|\s*{grammar['holding_verbs']}\s+(?:a|an|the)?\s*"
                                         r"(?:\w+\s+)?", text[e:t_start]):
            hosted = bool(re.search(r"hosted", text[e:t_start])) or text[:s].rstrip().endswith("at the")
            best = (org, hosted)
    return best if best else (None, False)


_ORDINAL = r"(?:[IVXLC]+|\d+(?:st|nd|rd|th))"  # a session's number ("XXIII", "23rd")


def seat_of_venue(text: str, orgs: list[OrgMention], sent_start: int, gaz) -> str | None:
    """The seat of a body the event is held at or visits ("at the CSTO Secretariat", "visited
    the CSTO Secretariat"): its city. A body only, not a whole organization: "chairmanship in
    the CSTO" is membership, not a venue."""
    for org in orgs:
        entry = gaz.entries.get(org.key or "")
        if entry is not None and entry.seat and entry.kind == "body" and \
                re.search(rf"\b{cues().grammar['venue_links']} the\s+$", text[:org.start - sent_start]):
            return entry.seat
    return None


def place_of_event(text: str, places: list[PlaceMention], sent_start: int,
           titles: list[tuple[int, int]] = ()) -> str | None:
    """The first place said to be where things happen ("in Minsk", "visited the Republic of
    Armenia"), outside people's titles ("Ambassador ... to the Russian Federation").

    >>> from csto_graph.models import PlaceMention
    >>> text = "The Ambassador to the Russian Federation visited the Republic of Armenia."
    >>> places = [PlaceMention("Russian Federation", "russia", 22, 40, 0), PlaceMention("Armenia", "armenia", 65, 72, 0)]
    >>> place_of_event(text, places, 0, [(4, 40)])
    'armenia'
    """
    places = [p for p in places if not any(s <= p.start < e for s, e in titles)]
    capital = _capital_named(text, places, sent_start)
    for k, p in enumerate(places):
        before = text[:p.start - sent_start]
        if capital is not None and capital[0] <= p.start - sent_start:
            return capital[1]
        cue = re.search(rf"(?:\b(?P<noun>\w+)\s+)?\b(?i:{cues().grammar['place_links']})\s+(?:the\s+)?"
                        rf"(?:Republic\s+of\s+)?{_place_kinds()}$", before)
        if cue and _another_occasion(before[:cue.end("noun") if cue["noun"] else cue.start()] + " "):
            continue  # "follows another exercise in Armenia": where the other one was
        if cue and _planned_there(before[:cue.end("noun") if cue["noun"] else cue.start()]):
            continue  # "preparations for the session that will take place in Sochi": the plan's place
        after = text[p.end - sent_start:]
        if (cue and (cue["noun"] or "").lower() not in cues().topic_nouns) or _hosting().match(after) \
                or _where_clause().match(after) or _after_venue().search(before):
            return _city_of(p, places[k + 1:], text, sent_start)
    return capital[1] if capital is not None else None


def _another_occasion(head: str) -> bool:
    """``head`` (a sentence up to a place's link) ends in an event named as another one than the
    sentence's (``other_occasion`` in ``ontology/events.yaml``: "another CSTO exercise", with at
    most three words between): the place after it is that one's.

    >>> _another_occasion("This drill follows on the heels of another CSTO exercise "), _another_occasion("The exercise ")
    (True, False)
    """
    words_before = alternation(cues().other_occasion) if cues().other_occasion else r"(?!)"
    m = re.search(rf"\b(?i:{words_before})\s+((?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s*$", head)
    return m is not None and find_trigger(m.group(1), []) is not None


def _planned_there(head: str) -> bool:
    """``head`` (a sentence up to a place's link) ends in a plan (a ``future_cues`` phrase of
    ``ontology/events.yaml``, at most three words before the link): the place after it is
    where something will happen, not where the sentence's event did.

    >>> _planned_there("They discussed the session that will take place"), _planned_there("The session took place")
    (True, False)
    """
    return _planned_end().search(head) is not None


@lru_cache(maxsize=1)
def _planned_end() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alternation(cues().future)})(?:\s+[\w'’-]+){{0,3}}\s*$")


@lru_cache(maxsize=1)
def _place_kinds() -> str:
    """The kind of a place named before it, maybe after a state's adjective ("in the city of
    Astana", "in the Kazakh capital city of Astana", "in the capital, Astana"): ``place_kinds``
    in ``ontology/words.yaml``, as an optional pattern."""
    kinds = "|".join(re.escape(k).replace(r"\ ", r"\s+")
                     for k in sorted(words().place_kinds, key=len, reverse=True))
    return rf"(?:(?:[A-Z][a-z]+\s+)?(?i:{kinds})(?:,?\s+of)?,?\s+)?" if kinds else ""  # "the City of Minsk" too


@lru_cache(maxsize=1)
def _after_venue() -> re.Pattern[str]:
    """A place named after a venue and a comma ("took place at the Palace of Independence,
    Minsk", "at the Park Hotel "Horizon", Odintsovo District, Moscow Region"): a
    ``venue_city_links`` word (``ontology/events.yaml``), a venue of capitalised words
    (maybe quoted, maybe "of the"), then at most two more such names, each after a comma,
    right before the place."""
    name = r"[A-Z\"“][\w'’\"”-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z\"“][\w'’\"”-]*)*"
    return re.compile(rf"\b(?i:{cues().grammar['venue_city_links']})\s+the\s+{name}(?:,\s+{name}){{0,2}},\s+$")


@lru_cache(maxsize=1)
def _where_clause() -> re.Pattern[str]:
    """A place that a relative clause says the event is at ("live from Minsk, where the
    minister gives a press conference", "left for Sevan, where they held talks"): ``,
    where`` (``place_relatives`` in ``ontology/events.yaml``) right after the place."""
    return re.compile(rf",\s+(?i:{cues().grammar['place_relatives']})\b")


@lru_cache(maxsize=1)
def _hosting() -> re.Pattern[str]:
    """A place that hosts the event ("Astana hosted a session", "Yerevan is hosting a summit",
    "Astana on Thursday hosted"): a verb of ``hosting`` right after the place."""
    verbs = "|".join(map(re.escape, cues().hosting))
    weekdays = "|".join(d.capitalize() for d in words().weekdays)
    return re.compile(rf"\s+(?:(?:on\s+)?(?:{weekdays}|today|yesterday)\s+)?(?:{verbs})\b")


def _city_of(state: PlaceMention, later: list[PlaceMention], text: str, sent_start: int) -> str:
    """A state's place made precise by a city of that state the sentence names next to it
    ("in Tajikistan's capital Dushanbe", "in the Republic of Armenia, in Yerevan"); else the state."""
    gaz = load_gazetteer()
    entry = gaz.lookup(state.key)
    if entry is None or entry.kind != "state" or not later:
        return state.key
    city = later[0]
    between = text[state.end - sent_start:city.start - sent_start]
    place = gaz.lookup(city.key)
    if place is not None and place.kind == "place" and place.state == entry.id and len(between) <= 30 \
            and not re.search(r"[;.]|\band\b", between):
        return city.key
    return state.key


def _capital_named(text: str, places: list[PlaceMention], sent_start: int) -> tuple[int, str] | None:
    """A capital named by its state, with no name of its own ("in the Kyrgyz capital", "the
    capital of Tajikistan will host"), as (offset, the capital's name from the gazetteer)."""
    gaz = load_gazetteer()
    m = re.search(rf"\b{cues().grammar['capital_links']}\s+the\s+(?P<adj>[A-Z][a-z]+)\s+capital\b"
                  r"(?!,?\s+(?:city\s+(?:of\s+)?)?[A-Z])", text)
    if m is not None:
        state = gaz.state_of_adjective(m["adj"])
        if state is not None and state.seat:
            return m.start(), state.seat
    for p in places:
        start, end = p.start - sent_start, p.end - sent_start
        entry = gaz.lookup(p.key)
        if entry is None or entry.kind != "state" or not entry.seat:
            continue
        if re.search(r"\b[Tt]he capital of (?:the\s+)?$", text[:start]) and \
                not re.match(r",?\s+(?:[A-Z]|city of)", text[end:]):
            return start, entry.seat
    return None


def _headline_places(text: str, gaz, people: list[tuple[int, int]] = ()) -> list[PlaceMention]:
    """The places and states the gazetteer finds in a headline, and its regions (:func:`with_regions`),
    outside the people's spans."""
    matches = gaz.find(text)
    places = [PlaceMention(m.text, m.entry.name, m.start, m.end, 0) for m in matches
              if m.entry.kind in {"place", "state"} and not any(s <= m.start < e for s, e in people)]
    return [p for p in with_regions(text, places, [(m.start, m.end) for m in matches])
            if not any(s <= p.start < e for s, e in people)]


def main_headline_place(title: str, gaz) -> str | None:
    """The place a headline gives its event ("X attends the Council meeting in Astana"): the
    main event's place when neither its text nor a dateline gives one. The headline tells an
    occasion by a trigger or by a verb headlines use ("Leaders Meet in Astana":
    ``headline_verbs`` in ``ontology/words.yaml``). Not a headline of a plan ("X to visit Y":
    ``future_cues``, ``headline_plans``) nor of a phone call.

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> main_headline_place("Petrov attends the Council meeting in Astana", load_gazetteer())
    'Astana'
    >>> main_headline_place("Petrov will take part in the meeting in Astana", load_gazetteer()) is None
    True
    >>> main_headline_place("Leaders Meet in Astana, Agree on Plan", load_gazetteer())  # a headline's verb
    'Astana'
    """
    low = title.lower()
    told = find_trigger(title, []) is not None or not set(re.findall(r"[a-z]+", low)).isdisjoint(words().headline_verbs)
    if not title or not told or is_remote(low) or \
            any(find_phrase(f, low, low) for f in (*cues().future, *cues().headline_plans)):
        return None
    places = _headline_places(title, gaz)
    return place_of_event(title, places, 0)


@lru_cache(maxsize=1)
def _region_pattern() -> re.Pattern[str] | None:
    kinds = "|".join(map(re.escape, words().region_kinds))
    if not kinds:
        return None
    cue = "|".join(re.escape(c) for c in sorted(cues().place_before, key=len, reverse=True))
    return re.compile(rf"\b(?i:{cue})\s+(?:the\s+)?"
                      rf"(?P<place>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?\s+(?i:{kinds}))\b")


def with_regions(text: str, places: list[PlaceMention], known: list[tuple[int, int]], offset: int = 0,
                 index: int = 0) -> list[PlaceMention]:
    """``places`` (of ``text``, which starts at ``offset``) with the regions it says an event is
    held in: a name and a kind of region (``region_kinds`` in ``ontology/words.yaml``) after a
    cue of ``place_before`` in ``ontology/events.yaml`` ("was held in the Pskov region"). Not
    after a bare "in": "security in the Caucasus region" is a topic, and a broad region no
    venue. A known city the region is named after ("the Moscow Region") gives way to the
    region; a region overlapping a known body or state is none.

    >>> from csto_graph.models import PlaceMention
    >>> text = "The drills were held in the Moscow Region and in Astana."
    >>> [p.key for p in with_regions(text, [PlaceMention("Moscow", "Moscow", 28, 34, 0),
    ...                                     PlaceMention("Astana", "Astana", 49, 55, 0)], [(28, 34), (49, 55)])]
    ['Moscow Region', 'Astana']
    """
    pattern = _region_pattern()
    if pattern is None:
        return places
    out = list(places)
    for m in pattern.finditer(text):
        start, end = offset + m.start("place"), offset + m.end("place")
        inside = [p for p in out if start <= p.start and p.end <= end]
        if any(s < m.end("place") and m.start("place") < e for s, e in known
               if not any(p.start - offset == s for p in inside)):
            continue
        if len(inside) > 1 or any((hit := load_gazetteer().lookup(p.key)) is not None and hit.kind != "place"
                                  for p in inside):
            continue
        out = [p for p in out if p not in inside] + [PlaceMention(m["place"], m["place"], start, end, index)]
    return sorted(out, key=lambda p: p.start)


def is_remote(low: str) -> bool:
    """A sentence that tells a phone call (``remote`` in ``ontology/events.yaml``): no place."""
    return any(find_phrase(cue, low, low) for cue in cues().remote)


def headline_place(text: str, gaz, people: list[tuple[int, int]]) -> str | None:
    """Where a headline says its event happened: "... meets Y in Minsk", or the place
    before the date that ends it ("... following the meeting of the Council, Minsk, July 17,
    2017").

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> headline_place("Remarks following the meeting of the Council, Minsk, July 17, 2017", load_gazetteer(), [])
    'Minsk'
    """
    places = _headline_places(text, gaz, people)
    said = place_of_event(text, places, 0)
    if said is not None:
        return said
    dates = find_dates(text)
    for p in places:
        tail = re.match(r"\s*,\s*", text[p.end:])
        if tail and any(d.start == p.end + tail.end() and not text[d.end:].strip(" .") for d in dates):
            return p.key
    return None
