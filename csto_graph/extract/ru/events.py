"""Events in a Russian article: a cue of ``ontology/ru/events.yaml`` in a sentence naming people.

The roles: the person after ``chair_before`` ("под председательством") chairs; with a cue of
role ``host`` ("принял"), the person named in the nominative before it hosts, the others are
guests; everyone else takes part. A sentence in the future tense is a plan, unless the
article reports an event of its type as held; a date after the report's own is a plan too.
"""
from __future__ import annotations

from dataclasses import replace

from ...models import Article, EventMention, Participant, PersonMention
from ...vocab.gazetteer import load_gazetteer
from .nlp import parses
from .vocab import find


def _is_planned(r, vocab) -> bool:
    for t in r.toks:
        if t.text.lower() in vocab.planned:
            return True
        best = parses(t.text)
        if best and best[0].tag.POS == "VERB" and best[0].tag.tense == "futr":
            return True
    return False


def _place(r, dateline: list, gaz) -> str | None:
    """The event's place: a city the sentence names, else the dateline's city, else a state
    the sentence names."""
    kinds = [(p.key, getattr(gaz.lookup(p.key), "kind", None)) for p in r.places]
    city = next((k for k, kind in kinds if kind == "place"), None)
    return city or (dateline[0] if dateline else None) or next((k for k, _ in kinds), None)


def find_events(article: Article, reads: list, people: list[PersonMention], vocab) -> list[EventMention]:
    """The events of an article read sentence by sentence (``reads``: the reader's sentences
    with their tokens, bodies, places and people); ``people`` is the article's mention list."""
    from ...corpus.dates_ru import russian_dates

    year = int(article.date[:4]) if article.date else None
    gaz = load_gazetteer()
    dateline = next((p.key for r in reads[:1] for p in r.places
                     if p.start == r.sent.start and gaz.lookup(p.key) is not None and gaz.lookup(p.key).kind == "place"),
                    None)
    cities = [dateline] if dateline else []
    events: list[EventMention] = []
    index = {id(m): k for k, m in enumerate(people)}
    # a sentence in the future tense speaks of an event the article reports as held (of its
    # type, in the past tense) or of a plan, which is no event
    cued = [(r, find(r.toks, vocab.cues, vocab.longest)) for r in reads if not article.in_footer(r.sent.start)]
    held = {c.value.type for r, cs in cued for c in cs[:1] if c.value.type and not _is_planned(r, vocab)}
    for r, found in cued:
        cues = [c for c in found if c.value.type]
        if found and not cues and r.people and events and not _is_planned(r, vocab):
            # "в нём приняли участие X и Y": they take part in the event just named
            last = events[-1]
            have = {p.person for p in last.participants}
            more = tuple(Participant(index[id(m)], "participant") for *_, m, _ in r.people if index[id(m)] not in have)
            events[-1] = replace(last, participants=last.participants + more)
            continue
        if not cues or not r.people or (cues[0].value.type not in held and _is_planned(r, vocab)):
            continue
        cue = cues[0]
        chair_at = [f.last for f in find(r.toks, vocab.chair_before, vocab.longest)]
        online = bool(find(r.toks, vocab.online, vocab.longest))
        parts = []
        for first, _, m, name in r.people:
            if chair_at and any(0 <= first - c <= 12 and not any(c <= p < first for p, *_ in r.people)
                                for c in chair_at):
                role = "chair"
            elif cue.value.role == "host":
                role = "host" if name.case in {"nomn", None} and first < cue.first else "guest"
            else:
                role = "participant"
            parts.append(Participant(index[id(m)], role))
        dates = [d for _, d in russian_dates(r.sent.text, year)]
        if article.date and any(d > article.date for d in dates):
            continue  # a date after the report's own: something planned ("с 1 января")
        date = dates[0] if dates else article.date
        place = None if online else _place(r, cities, gaz)
        body = next((o.key for f, o in r.orgs if o.kind == "body"), None)
        start, end = r.sent.start + r.toks[cue.first].start, r.sent.start + r.toks[cue.last - 1].end
        label = r.sent.text[:120]
        events.append(EventMention(cue.value.type, label, article.text[start:end], start, end, r.index, date,
                                   None, place, body, online, tuple(parts)))
    return _merge_same(events, people, vocab.one_sitting)


def _shared(a: EventMention, b: EventMention, people: list[PersonMention]) -> bool:
    """The two events name one person (by surname: mentions of one article)."""
    def surnames(ev):
        return {people[p.person].name.split()[-1] for p in ev.participants}
    return bool(surnames(a) & surnames(b))


def _merge_same(events: list[EventMention], people: list[PersonMention], sitting: frozenset) -> list[EventMention]:
    """Cue sentences of one article on one date are one event when they are of one type and
    about one body, or of one type or of types of one sitting (``one_sitting``) and share a participant
    ("провёл встречу с X" ... "принял X")."""
    out: list[EventMention] = []
    for ev in events:
        same = next((o for o in out if o.date == ev.date and (
            (o.type == ev.type and (o.body == ev.body or ev.body is None or o.body is None))
            or ((o.type == ev.type or {o.type, ev.type} <= sitting) and _shared(o, ev, people)))), None)
        if same is None:
            out.append(ev)
            continue
        have = {people[p.person].name.split()[-1] for p in same.participants}
        more = tuple(p for p in ev.participants if people[p.person].name.split()[-1] not in have)
        out[out.index(same)] = EventMention(same.type, same.label, same.trigger, same.start, same.end,
                                            same.sentence, same.date, same.end_date, same.place or ev.place,
                                            same.body or ev.body, same.online, same.participants + more)
    return out
