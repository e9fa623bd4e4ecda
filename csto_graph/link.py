"""Linking stage: mentions -> people, organizations, places, occupancies and events.

People: full names are clustered with the feature functions of
:mod:`csto_graph.matching` (spelling variants, never two first names or two surnames
that differ); a surname alone joins the person of its article, else the only person of
the corpus with that surname; Cyrillic names (transliterated) and address forms ("Sergey
Kuzhugetovich") join a person only when exactly one fits; an ambiguous mention stays
unresolved. Decisions recorded in ``ontology/curation.yaml`` are applied first.
Organizations: gazetteer ids, acronyms defined in the text, and unknown bodies by name.
Events: the same event told by two articles (same date and type, and the same body or
shared participants) becomes one.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .curation import Curation, load_curation
from .gazetteer import Gazetteer, load_gazetteer, slug
from .matching import first_name_matches, fold, name_parts, same_person, surname_matches
from .models import (Article, ArticleExtraction, Event, EventMention, Evidence, KnowledgeBase, Occupancy,
                     Organization, OrgMention, Person, PersonMention, Place, Role)
from .orgs import HEADS

KIND_BY_HEAD = {"committee": "body", "council": "body", "commission": "body", "assembly": "body",
                "secretariat": "body", "mission": "mission", "agency": "media", "ministry": "other",
                "newspaper": "media", "magazine": "media", "channel": "media", "portal": "media"}
ROLE_ORDER = ("chair", "host", "guest", "speaker", "participant")


def _evidence(article: Article, ex: ArticleExtraction, sentence: int, mention=None) -> Evidence:
    if mention is not None and getattr(mention, "caption", False):
        cap = next((c for c in (*article.captions, *article.headers)
                    if c.source_start <= mention.start < c.source_start + len(c.text)), None)
        return Evidence(article.id, article.sources[0].path, mention.start, mention.end,
                        cap.text if cap else mention.text)
    sent = ex.sentences[sentence]
    path, start, end = article.to_source(sent.start, sent.end)
    return Evidence(article.id, path, start, end, sent.text)


@dataclass
class _Cluster:
    names: Counter
    forms: set
    mentions: list  # (article index, mention)


INITIAL = re.compile(r"^[A-Z]\. ")  # "A. Petrov": an initial and a surname


def _cluster_people(articles, extractions, curation: Curation) -> tuple[list[_Cluster], dict]:
    """Clusters of full-name mentions, and (article, mention index) -> cluster index."""
    clusters: list[_Cluster] = []
    where: dict[tuple[int, int], int] = {}
    full = [(a, k, m) for a, ex in enumerate(extractions) for k, m in enumerate(ex.people)
            if m.strong and not m.address_form and m.script == "latin" and len(name_parts(m.name)) >= 2
            and not INITIAL.match(m.name)]
    full.sort(key=lambda x: (-len(x[2].name.split()), x[0], x[1]))
    placed: dict[str, int] = {}  # a name already placed goes where it went the first time
    for a, k, m in full:
        name = curation.canonical(m.name)
        hit = placed.get(name)
        if hit is None:
            for i, c in enumerate(clusters):
                if any(curation.different(name, n) for n in c.names):
                    continue
                if any(curation.same(name, n) or same_person(name, n) for n in c.names):
                    hit = i
                    break
        if hit is None:
            clusters.append(_Cluster(Counter(), set(), []))
            hit = len(clusters) - 1
        placed[name] = hit
        clusters[hit].names[name] += 1
        clusters[hit].forms.add(m.text)
        clusters[hit].mentions.append((a, m))
        where[(a, k)] = hit
    # "A. Petrov" joins the one person it fits (in its article first), or is a person of its own
    for a, ex in enumerate(extractions):
        local = {where[(a, k)] for k in range(len(ex.people)) if (a, k) in where}
        for k, m in enumerate(ex.people):
            if (a, k) in where or not (m.strong and INITIAL.match(m.name)):
                continue
            fits = [i for i in sorted(local) if any(same_person(m.name, n) for n in clusters[i].names)] or \
                [i for i, c in enumerate(clusters) if any(same_person(m.name, n) for n in c.names)]
            if not fits:
                clusters.append(_Cluster(Counter({curation.canonical(m.name): 1}), set(), []))
                fits = [len(clusters) - 1]
            if len(fits) == 1:
                where[(a, k)] = fits[0]
                clusters[fits[0]].forms.add(m.text)
                clusters[fits[0]].mentions.append((a, m))
    # weaker mentions join an existing person only when exactly one fits (the clusters'
    # names no longer change, so what fits a word or name anywhere is worked out once)
    @lru_cache(maxsize=None)
    def anywhere(test, word: str) -> tuple[int, ...]:
        return tuple(i for i, c in enumerate(clusters) if any(test(word, n) for n in c.names))

    for a, ex in enumerate(extractions):
        local = {where[(a, k)] for k in range(len(ex.people)) if (a, k) in where}
        for k, m in enumerate(ex.people):
            if (a, k) in where:
                continue
            words = m.name.split()
            if m.address_form:
                fits = anywhere(first_name_matches, words[0])
            elif len(name_parts(m.name)) == 1:  # a surname ("Zas", "Alym uulu")
                fits = [i for i in local if any(surname_matches(m.name, n) for n in clusters[i].names)]
                if not fits:
                    fits = anywhere(surname_matches, m.name)
            else:
                fits = anywhere(same_person, m.name)
            if len(fits) == 1:
                where[(a, k)] = fits[0]
                clusters[fits[0]].forms.add(m.text)
                clusters[fits[0]].mentions.append((a, m))
    return clusters, where


def _canonical(c: _Cluster) -> str:
    return max(c.names, key=lambda n: (len(n.split()), c.names[n], n.istitle(), len(n), n))


def _unique_ids(names: list[str]) -> list[str]:
    seen: Counter = Counter()
    out = []
    for name in names:
        base = slug(name)
        seen[base] += 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return out


class _Orgs:
    """Organization mentions -> entities (gazetteer id or normalised unknown name)."""

    def __init__(self, gaz: Gazetteer, curation: Curation):
        self.gaz, self.curation = gaz, curation
        self.forms: dict[str, set] = defaultdict(set)
        self.names: dict[str, Counter] = defaultdict(Counter)
        self.evidence: dict[str, list] = defaultdict(list)
        self.acronyms: dict[str, str] = {}
        self.outside_titles: set[str] = set()

    def key_of(self, org: OrgMention) -> str:
        if org.key:
            return org.key
        if org.acronym_of:
            long = self.gaz.lookup(org.acronym_of)
            return long.id if long else self.curation.canonical(slug(org.acronym_of.split("‘")[-1]))
        return self.curation.canonical(self.unknown_key(org.text))

    def unknown_key(self, text: str) -> str:
        """The key of a body the gazetteer does not know: its name with every known body or
        state inside replaced by that entry's id, so that word orders and expansions agree
        ("Council of the CSTO Parliamentary Assembly" = "Council of the Parliamentary
        Assembly of the Collective Security Treaty Organization")."""
        parts, at = [], 0
        for m in self.gaz.find(text):
            if m.start == 0 and m.end == len(text):
                break  # the whole name is one known form: nothing to normalise
            parts += [text[at:m.start], f" {m.entry.id} "]
            at = m.end
        else:
            return slug(" ".join(parts + [text[at:]]))
        return slug(text)

    def add(self, org: OrgMention, evidence: Evidence) -> str:
        key = self.key_of(org)
        if not org.in_title:
            self.outside_titles.add(key)
        if org.key is None and org.acronym_of and "‘" not in org.acronym_of and "“" not in org.acronym_of:
            self.forms[key].add(org.acronym_of)
            self.names[key][org.acronym_of] += 1
        if not org.reference:
            self.forms[key].add(org.text)
            bare = self._bare_form(org, key)
            if bare:
                self.forms[key].add(bare)
            if org.key is None and not org.acronym_of:
                self.names[key][org.text] += 1
            elif org.key is None and org.acronym_of:
                self.forms[key].add(org.acronym_of)
                self.names[key][org.text] += 2
        if len(self.evidence[key]) < 5:
            self.evidence[key].append(evidence)
        return key

    def _bare_form(self, org: OrgMention, key: str) -> str | None:
        """ "CSTO Collective Peacekeeping Forces" also shows the body's own name."""
        entry = self.gaz.entries.get(key)
        parent = self.gaz.entries.get(entry.parent) if entry is not None and entry.parent else None
        if parent is None:
            return None
        for acr in parent.aliases:
            if org.text.startswith(acr + " "):
                rest = org.text[len(acr) + 1:]
                hit = self.gaz.lookup(rest)
                return rest if hit is not None and hit.id == key else None
        return None

    def organizations(self) -> list[Organization]:
        out = []
        for key in sorted(self.forms):
            entry = self.gaz.entries.get(key)
            if entry is not None:
                name, kind, parent = entry.name, entry.kind, entry.parent
                seat = slug(entry.seat) if entry.seat and entry.kind != "state" else None
            else:
                if not self.names[key] or key not in self.outside_titles:
                    continue  # a body the gazetteer does not know, named only inside a title
                name = max(self.names[key], key=lambda n: (self.names[key][n], len(n), n))
                head = next((w.lower() for w in reversed(name.split())
                             if w.lower() in HEADS or w.lower() in KIND_BY_HEAD), "")
                kind, parent, seat = KIND_BY_HEAD.get(head, "other"), None, None
                if name.startswith("CSTO "):
                    kind, parent = "body", "csto"
            aliases = tuple(sorted(f for f in self.forms[key] if f != name and f))
            out.append(Organization(key, name, aliases, kind, parent, seat, tuple(self.evidence[key])))
        return out


def _post_key(post: str) -> str:
    return fold(post)


def link(articles: list[Article], extractions: list[ArticleExtraction], curation: str | None = None,
         gaz: Gazetteer | None = None) -> KnowledgeBase:
    """Resolve every mention of the corpus into one knowledge base."""
    gaz = gaz or load_gazetteer()
    cur = load_curation(curation)
    clusters, where = _cluster_people(articles, extractions, cur)
    names = [_canonical(c) for c in clusters]
    ids = _unique_ids(names)
    orgs = _Orgs(gaz, cur)
    org_keys: dict[tuple[int, str], str] = {}
    for a, (article, ex) in enumerate(zip(articles, extractions)):
        for org in ex.orgs:
            key = orgs.add(org, _evidence(article, ex, org.sentence, org))
            org_keys[(a, org.text)] = key
            if org.acronym_of:
                org_keys[(a, org.acronym_of)] = key
    people: list[Person] = []
    occupancies: dict[str, dict] = {}
    for i, c in enumerate(clusters):
        countries: Counter = Counter()
        ranks, evidence = set(), []
        for a, m in c.mentions:
            article, ex = articles[a], extractions[a]
            ev = _evidence(article, ex, m.sentence, m)
            if len(evidence) < 8 and ev not in evidence:
                evidence.append(ev)
            if m.country:
                countries[m.country] += 1
            if m.rank:
                ranks.add(m.rank)
            for post in m.posts:
                org = post.org if post.org in gaz.entries else org_keys.get((a, post.org_text or ""))
                occ_id = f"{ids[i]}--{slug(post.post)}" + (f"--{org}" if org else "")
                occ = occupancies.setdefault(occ_id, {"person": ids[i], "post": post.post, "org": org,
                                                      "dates": set(), "evidence": []})
                if article.date:
                    occ["dates"].add(article.date)
                if ev not in occ["evidence"]:
                    occ["evidence"].append(ev)
        name = names[i]
        aliases = tuple(sorted({f for f in c.forms if f != name} | {n for n in c.names if n != name}))
        country = countries.most_common(1)[0][0] if countries else None
        people.append(Person(ids[i], name, aliases, country, tuple(sorted(ranks)), tuple(evidence)))
    occ_list = [Occupancy(k, v["person"], v["post"], v["post"], v["org"], tuple(sorted(v["dates"])),
                          tuple(v["evidence"])) for k, v in sorted(occupancies.items())]
    events = _link_events(articles, extractions, where, ids, names, orgs, org_keys, gaz)
    org_list = orgs.organizations()
    known_orgs = {o.id for o in org_list}
    occ_list = [o if o.org is None or o.org in known_orgs else
                Occupancy(o.id, o.person, o.post, o.role, None, o.dates, o.evidence) for o in occ_list]
    places = _places(events, org_list, gaz)
    unresolved = tuple(sorted({m.text for a, ex in enumerate(extractions) for k, m in enumerate(ex.people)
                               if (a, k) not in where and m.strong}))
    return KnowledgeBase(tuple(articles), tuple(people), tuple(org_list), tuple(places), tuple(occ_list),
                         tuple(events), unresolved)


def _places(events: list[Event], orgs: list[Organization], gaz: Gazetteer) -> list[Place]:
    wanted = {e.place for e in events if e.place} | {o.seat for o in orgs if o.seat}
    by_slug = {slug(e.name): e for e in gaz.entries.values() if e.kind in {"place", "state"}}
    out = []
    for pid in sorted(wanted):
        entry = by_slug.get(pid)
        name = entry.name if entry else pid.replace("-", " ").title()
        aliases = tuple(sorted(a for a in (entry.aliases if entry else ()) if a != name))
        out.append(Place(pid, name, aliases))
    return out


def _link_events(articles, extractions, where, ids, names, orgs: _Orgs, org_keys, gaz) -> list[Event]:
    found: list[dict] = []
    for a, (article, ex) in enumerate(zip(articles, extractions)):
        for mention in ex.events:
            parts: dict[str, dict] = {}
            for p in mention.participants:
                cluster = where.get((a, p.person))
                if cluster is None:
                    continue
                m = ex.people[p.person]
                entry = parts.setdefault(ids[cluster], {"roles": set(), "evidence": _evidence(article, ex, m.sentence, m)})
                entry["roles"].add(p.role)
            body = mention.body if mention.body in gaz.entries else org_keys.get((a, mention.body or ""))
            found.append({"type": mention.type, "date": mention.date, "end": mention.end_date,
                          "place": slug(mention.place) if mention.place else None, "body": body,
                          "online": mention.online, "parts": parts, "articles": {article.id},
                          "evidence": [_evidence(article, ex, mention.sentence)]})
    merged: list[dict] = []
    on_date: dict[str, list[dict]] = {}  # only events of the same date can be one (see _same_event)
    for ev in found:
        twin = next((m for m in on_date.get(ev["date"], ()) if _same_event(m, ev)), None)
        if twin is None:
            merged.append(ev)
            if ev["date"] is not None:
                on_date.setdefault(ev["date"], []).append(ev)
            continue
        twin["articles"] |= ev["articles"]
        twin["evidence"] += [e for e in ev["evidence"] if e not in twin["evidence"]]
        twin["online"] = twin["online"] or ev["online"]
        twin["place"] = twin["place"] or ev["place"]
        twin["end"] = twin["end"] or ev["end"]
        twin["body"] = twin["body"] or ev["body"]
        for pid, info in ev["parts"].items():
            twin["parts"].setdefault(pid, {"roles": set(), "evidence": info["evidence"]})["roles"] |= info["roles"]
    name_of = dict(zip(ids, names))
    org_names = {o.id: o.name for o in orgs.organizations()}
    events, seen = [], Counter()
    for ev in merged:
        if ev["online"]:
            ev["place"] = None
        label = _label(ev, name_of, org_names)
        base = f"{ev['date'] or 'undated'}-{ev['type']}-" + slug(
            org_names.get(ev["body"], "") or "-".join(sorted(ev["parts"])[:2]) or ev["place"] or "x")[:60]
        seen[base] += 1
        eid = base if seen[base] == 1 else f"{base}-{seen[base]}"
        roles = tuple(Role(pid, r, info["evidence"]) for pid, info in sorted(ev["parts"].items())
                      for r in sorted(info["roles"], key=ROLE_ORDER.index))
        events.append(Event(eid, ev["type"], label, ev["date"], ev["end"], ev["place"], ev["body"],
                            ev["online"], roles, tuple(sorted(ev["articles"])), tuple(ev["evidence"])))
    return sorted(events, key=lambda e: (e.date or "", e.id))


ENCOUNTERS = {"meeting", "talks", "reception"}  # one encounter is told with any of these words


def _same_event(a: dict, b: dict) -> bool:
    """One event told twice: same date, compatible type, and the same body, or (when a
    body is missing on either side) mostly the same people (Jaccard > 0.5).

    A side meeting of two ministers on the day of their council's meeting stays apart
    from the meeting: its two people are a quarter of the council's eight.
    """
    if a["date"] is None or a["date"] != b["date"]:
        return False
    if a["type"] != b["type"] and not {a["type"], b["type"]} <= ENCOUNTERS:
        return False
    if a["body"] and b["body"]:
        return a["body"] == b["body"] and a["type"] == b["type"]
    pa, pb = set(a["parts"]), set(b["parts"])
    return bool(pa | pb) and len(pa & pb) / len(pa | pb) > 0.5


def _label(ev: dict, name_of: dict, org_names: dict) -> str:
    from .events import cues

    kind = cues().labels[ev["type"]]
    if ev["body"] and ev["body"] in org_names:
        return f"{kind} of the {org_names[ev['body']]}"
    people = sorted(name_of[p] for p in ev["parts"])
    if 1 <= len(people) <= 3:
        return f"{kind}: " + ", ".join(people)
    return kind + (f" in {ev['place'].replace('-', ' ').title()}" if ev["place"] else "")
