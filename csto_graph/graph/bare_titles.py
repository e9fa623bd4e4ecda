"""Bare titles: "the CSTO Secretary General met ..." joined to the one holder of that day.

A sentence that reports an event and names a post held by one person at a time, with
its body or state and without a name after it ("the CSTO Secretary General with the
Ambassador ...", "the Secretary General of the CSTO took part"), names the person whose
tenure covers the event's date (else the article's), when exactly one tenure does. That
person becomes an **inferred** participant: a ``csto:Participation`` linked from the
event by ``csto:inferredParticipation`` (never ``csto:participation`` nor
``schema:attendee``, which stay what the text says), with ``csto:byTenure`` the tenure used
and ``prov:wasDerivedFrom`` the sentence. A gap, two candidates or a post several people
hold at once join nobody.

The title must stand as a whole after "the" (so "the Deputy Secretary General of the CSTO"
is no Secretary General) and no capitalised word may follow it (a name the extractor read).

A counterpart ("Defence Minister A met his Armenian counterpart") is resolved the same way,
by the post of the participant the sentence pairs with (:mod:`counterparts`); its
participation also has ``csto:pairedWith``, that participant's tenure.
"""
from __future__ import annotations

import re
from collections import defaultdict

from rdflib import URIRef

from ..link.tenures import Tenure, sort_key, spellings
from ..vocab.resources import load_yaml
from . import counterparts
from .rdf import CSTO, ID, PROV, RDF, ROLE, SCHEMA

# the predicates the events are read from, besides those of the tenures
READ = (SCHEMA.startDate, CSTO.reportedIn, CSTO.participation, CSTO.agent, SCHEMA.attendee)


def title_forms(post: str, org_names) -> list[str]:
    """A post written with its body or state: before it, or after "of (the)".

    >>> title_forms("Secretary General", ["CSTO"])
    ['CSTO Secretary General', 'Secretary General of CSTO', 'Secretary General of the CSTO']
    """
    forms = set()
    for name in org_names:
        if name and name.strip():
            forms |= {f"{name} {post}", f"{post} of {name}", f"{post} of the {name}"}
    return sorted(forms)


def _words(text: str) -> str:
    return r"\s+".join(re.escape(w) for w in text.split())


def _pattern(forms) -> re.Pattern[str]:
    alts = "|".join(_words(f) for f in sorted(forms, key=len, reverse=True))
    after = "|".join(_words(w) for w in sorted(load_yaml("tenures.yaml")["bare_title_after"], key=len, reverse=True))
    # at the start of the sentence or after a participant's word, "the", the whole title,
    # and then no capitalised word (that would be a name)
    return re.compile(rf"(?:^\W*|\b(?:{after})\s+)the\s+(?:{alts})\b(?!['’]s)(?!\s*[,(-]?\s*(?-i:[A-ZА-ЯЁ]))",
                      re.IGNORECASE)


def holder_on(tenures_of: list[Tenure], day: str) -> Tenure | None:
    """The one tenure that covers ``day`` (YYYY-MM-DD), or None (nobody, or several)."""
    covering = [t for t in tenures_of if sort_key(t.start, False) <= day <= sort_key(t.end, True)]
    return covering[0] if len(covering) == 1 else None


def bare_title_triples(by, tenures, org_names: dict) -> set:
    """Inferred participations, from the facts ``by`` (subject -> predicate -> objects)."""
    positions: dict[str, list[Tenure]] = defaultdict(list)
    for t in tenures:
        if t.one_holder and t.org:
            positions[t.position].append(t)
    if not positions:
        return set()
    patterns = {pos: _pattern([f for title in spellings(ts[0].post)
                               for f in title_forms(title, sorted(org_names.get(ts[0].org, ())))])
                for pos, ts in positions.items()}
    held: dict[str, list[Tenure]] = defaultdict(list)
    for t in tenures:
        held[t.person].append(t)
    g: set = set()
    for event in sorted(s for s, props in by.items() if SCHEMA.Event in props[RDF.type]):
        props = by[event]
        date = _date(by, props)
        if not date:
            continue
        day = (date + "-01-01")[:10]
        present = {str(a) for a in props[SCHEMA.attendee]}
        present |= {str(a) for p in props[CSTO.participation] for a in by[p][CSTO.agent]}
        named = {a.rsplit("/person/", 1)[-1]: tuple(str(n) for n in by[URIRef(a)][SCHEMA.name] +
                                                     by[URIRef(a)][SCHEMA.alternateName]) for a in sorted(present)}
        for ev in sorted(props[PROV.wasDerivedFrom]):
            sentence = by[ev][CSTO.sentence]
            if not sentence:
                continue
            text = str(sentence[0])
            low = text.lower()
            for pos, pattern in sorted(patterns.items()):
                if not any(w.lower() in low for w in spellings(positions[pos][0].post)) or not pattern.search(text):
                    continue
                t = holder_on(positions[pos], day)
                if t is not None and str(ID[f"person/{t.person}"]) not in present:
                    present.add(str(ID[f"person/{t.person}"]))
                    _participation(g, event, t, ev)
            if counterparts.WORD.search(low):
                for found in counterparts.resolve(text, day, named, held, positions):
                    if str(ID[f"person/{found.tenure.person}"]) not in present:
                        present.add(str(ID[f"person/{found.tenure.person}"]))
                        _participation(g, event, found.tenure, ev, found.paired)
    return g


def _participation(g: set, event, t: Tenure, ev, paired: Tenure | None = None) -> None:
    """The triples of one inferred participation of ``t``'s holder in ``event``, told by ``ev``."""
    node = URIRef(f"{event}".replace("/event/", "/participation/", 1) + f"/{t.person}/participant")
    g.add((event, CSTO.inferredParticipation, node))
    g.add((node, RDF.type, CSTO.Participation))
    g.add((node, CSTO.agent, ID[f"person/{t.person}"]))
    g.add((node, CSTO.role, ROLE["participant"]))
    g.add((node, CSTO.byTenure, ID[f"tenure/{t.id}"]))
    g.add((node, PROV.wasDerivedFrom, ev))
    if paired is not None:
        g.add((node, CSTO.pairedWith, ID[f"tenure/{paired.id}"]))


def _date(by, props) -> str | None:
    if props[SCHEMA.startDate]:
        return str(props[SCHEMA.startDate][0])
    dates = sorted(str(d) for a in props[CSTO.reportedIn] for d in by[a][SCHEMA.datePublished])
    return dates[0] if dates else None
