"""Linking stage: mentions -> people, organizations, places, occupancies and events.

People: full names are clustered with the feature functions of
:mod:`csto_graph.link.matching` (spelling variants, never two first names or two surnames
that differ); a surname alone joins the person of its article, else the only person of
the corpus with that surname; Cyrillic names (transliterated) and address forms ("Sergey
Kuzhugetovich") join a person only when exactly one fits; an ambiguous mention stays
unresolved. Decisions recorded in ``ontology/curation.yaml`` are applied first.
Organizations: gazetteer ids, acronyms defined in the text, and unknown bodies by name.
Events: the same event told by two articles (same date and type, and the same body or
shared participants) becomes one.

The work is kept in a :class:`Linker`, whose state a build saves as data
(:meth:`Linker.to_state`, the types of :mod:`csto_graph.link.state`): when a later build only
adds articles at the end of the corpus, :meth:`Linker.extend` links just those and says
which people, bodies, posts and events they changed, or raises :class:`NotAppendable`
when they would change a decision taken for an earlier article (then the build links
everything again). A full link is :meth:`Linker.extend` over an empty linker: the steps exist once.
Bodies are :mod:`csto_graph.link.orgs`, posts :mod:`csto_graph.link.posts`, the merging of
events :mod:`csto_graph.link.events`.
"""
from __future__ import annotations

import heapq
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import StateError
from ..models import Article, ArticleExtraction, Event, KnowledgeBase, Occupancy, Organization, Person, Place, Role
from ..vocab.gazetteer import Gazetteer, load_gazetteer, slug
from ..vocab.words import words
from .curation import Curation, load_curation
from .events import EventDraft, PartDraft, join_page_pieces, same_event
from .evidence import Trail, evidence_of
from .matching import first_name_matches, name_parts, same_person, surname_matches
from .orgs import Orgs
from ..vocab.posts import is_state_post
from .posts import OccupancyDraft, occupancy_id, shadowed
from .state import STATE_VERSION, ClusterState, LinkerState

PERSON_EVIDENCE = 8  # sentences kept as evidence of a person
TESTS = {"address": first_name_matches, "surname": surname_matches, "name": same_person}


class NotAppendable(Exception):
    """The new articles would change what was decided for earlier ones (the message says how)."""


@dataclass
class _Cluster:
    """One person: the names and forms it was written with, and what its mentions say."""

    names: Counter
    forms: set
    countries: Counter = field(default_factory=Counter)
    ranks: set = field(default_factory=set)
    evidence: list = field(default_factory=list)  # ((article, mention), Evidence): the first distinct ones
    transliterated: set = field(default_factory=set)  # names only read from Cyrillic (transliterations)
    written: set = field(default_factory=set)  # names an article wrote in Latin letters
    posts: set = field(default_factory=set)  # the ids of its occupancies

    def to_state(self) -> ClusterState:
        return ClusterState(tuple(self.names.items()), tuple(sorted(self.forms)), tuple(self.countries.items()),
                            tuple(sorted(self.ranks)), tuple((key, ev) for key, ev in self.evidence),
                            tuple(sorted(self.transliterated)), tuple(sorted(self.written)), tuple(sorted(self.posts)))

    @classmethod
    def from_state(cls, state: ClusterState) -> "_Cluster":
        if not state.names:
            raise StateError("a saved person has no name")
        return cls(Counter(dict(state.names)), set(state.forms), Counter(dict(state.countries)), set(state.ranks),
                   list(state.evidence), set(state.transliterated), set(state.written), set(state.posts))


INITIAL = re.compile(r"^[A-Z]\. ")  # "A. Petrov": an initial and a surname


def _is_full_name(m) -> bool:
    # a Cyrillic name read by the Russian reader is a full name; one from a caption is not
    return (m.strong and not m.address_form and (m.script == "latin" or not m.caption) and len(name_parts(m.name)) >= 2
            and not INITIAL.match(m.name))


def _canonical(c: _Cluster) -> str:
    """A name an English article writes before a transliteration of the Russian ("Sergei" over
    "Sergey"); then the fullest, then the most frequent."""
    translit = c.transliterated - c.written
    return max(c.names, key=lambda n: (n not in translit, len(n.split()), c.names[n], n.istitle(), len(n), n))


def _top_country(c: _Cluster) -> str | None:
    return c.countries.most_common(1)[0][0] if c.countries else None


def _id_base(name: str) -> str:
    return slug(name)


class Linker:
    """The linking of a corpus, kept so that articles added at its end can be linked alone.

    ``link`` fills it from every article; ``extend`` adds articles after the last one.
    Occupancies and events by date are mappings that a saved state may hold on disk.
    """

    def __init__(self, gaz: Gazetteer, curation: Curation):
        self.gaz, self.cur = gaz, curation
        self.n_articles = 0
        self.clusters: list[_Cluster] = []
        self.ids: list[str] = []
        self.id_bases: Counter = Counter()
        self.placed: dict[str, int] = {}  # a full name -> its cluster
        self.first_seen: dict[str, tuple] = {}  # a full name -> where the full pass met it first
        self.rank: list[tuple] = []  # per cluster: when the full pass made it (the order of the scans)
        self.probes: set[tuple[str, str]] = set()  # (test, word) every weak mention was tried with
        self.orgs = Orgs(gaz, curation)
        self.occupancies: dict = {}  # occupancy id -> OccupancyDraft
        self.on_date: dict = {}  # date -> [EventDraft, ...] (drafts can merge only on one date)
        self.base_count: Counter = Counter()  # events per id base
        self.places: set[str] = set()
        self.counts = {"people": 0, "organizations": 0, "events": 0}
        self._before: dict[int, Person] | None = None  # during extend: people as they were before it
        self._index: dict[str, int] | None = None  # person id -> cluster, built on demand
        self.unplaced: list[tuple[int, int]] = []  # (article, mention) no person took, for the review queue

    # ------------------------------------------------------------------ people

    def _join(self, i: int, a: int, k: int, m, where: dict, mentions: dict) -> None:
        """Mention ``k`` of article ``a`` is person ``i``."""
        self._touch(i)
        where[(a, k)] = i
        self.clusters[i].forms.add(m.text)
        mentions.setdefault(i, []).append(((a, k), a, m))

    def _cluster_full_names(self, batch: "_Batch", before: "_Before") -> None:
        """Full names, longest first, then in article order: each joins the first person
        (in the order persons were made) one of whose names it matches, or makes a new one.

        The names are those of articles after all earlier ones: a new name is placed as a
        pass over every article would have placed it (among the persons and names that
        came before it), and must not be one an earlier name after it would match.
        """
        full = [(a, k, m) for a, ex in enumerate(batch.extractions, batch.first) for k, m in enumerate(ex.people)
                if _is_full_name(m)]
        full.sort(key=lambda x: (-len(x[2].name.split()), x[0], x[1]))
        for a, k, m in full:
            name = self.cur.canonical(m.name)
            order = (-len(m.name.split()), a, k)
            hit = self.placed.get(name)
            if hit is None:
                hit = self._first_fit(name, order, before)
                self._check_later_names(name, order, hit, before)
            if hit is None:
                self.clusters.append(_Cluster(Counter(), set()))
                self.rank.append((1, order))
                hit = len(self.clusters) - 1
            self.placed[name] = hit
            self.first_seen.setdefault(name, order)
            self._touch(hit)
            self.clusters[hit].names[name] += 1
            (self.clusters[hit].written if m.script == "latin" else self.clusters[hit].transliterated).add(name)
            self._join(hit, a, k, m, batch.where, batch.mentions)

    def _first_fit(self, name: str, order: tuple, before: "_Before") -> int | None:
        """The first person ``name`` matches, among the persons and names placed before
        that point of the pass over every article."""
        for i in self._in_rank_order(before):
            if self.rank[i] >= (1, order):
                break
            names = [n for n in self.clusters[i].names if self.first_seen[n] < order]
            if any(self.cur.different(name, n) for n in names):
                continue
            if any(self.cur.same(name, n) or same_person(name, n) for n in names):
                return i
        return None

    def _in_rank_order(self, before: "_Before"):
        """The persons in the order the pass over every article made them: the earlier ones
        by their rank, merged with those of this batch (made in rank order)."""
        made = range(before.n_clusters, len(self.clusters))
        return heapq.merge(before.by_rank, made, key=self.rank.__getitem__) if before.by_rank else made

    def _check_later_names(self, name: str, order: tuple, hit: int | None, before: "_Before") -> None:
        """A new name must not change where an earlier article's name placed after it went."""
        for other, seen in before.first_seen:
            if seen <= order:
                continue
            related = same_person(other, name) or self.cur.same(other, name) or self.cur.different(other, name)
            if related and not (hit is not None and self.placed[other] == hit and not self.cur.different(other, name)):
                raise NotAppendable(f"the new name {name} would change where {other} goes")
        self._check_probes(name, before)

    def _check_probes(self, name: str, before: "_Before") -> None:
        """A new name must not fit a weak mention of an earlier article (each was tried with
        the persons there were: a new one could have changed its fate)."""
        hit = next(((t, w) for t, w in before.probes if TESTS[t](w, name)), None)
        if hit is not None:
            raise NotAppendable(f"the new name {name} would fit the earlier mention {hit[1]!r}")

    def _place_initials(self, a: int, ex, where: dict, mentions: dict) -> list[int]:
        """ "A. Petrov" joins the one person it fits (in its article first), or is a person of its own."""
        created = []
        local = {where[(a, k)] for k in range(len(ex.people)) if (a, k) in where}
        for k, m in enumerate(ex.people):
            if (a, k) in where or not (m.strong and INITIAL.match(m.name)):
                continue
            self.probes.add(("name", m.name))
            fits = [i for i in sorted(local) if any(same_person(m.name, n) for n in self.clusters[i].names)] or \
                [i for i, c in enumerate(self.clusters) if any(same_person(m.name, n) for n in c.names)]
            if not fits:
                self.clusters.append(_Cluster(Counter({self.cur.canonical(m.name): 1}), set()))
                self.rank.append((2, (a, k)))
                fits = [len(self.clusters) - 1]
                created.append(fits[0])
            if len(fits) == 1:
                self._join(fits[0], a, k, m, where, mentions)
        return created

    def _place_weak(self, a: int, ex, where: dict, mentions: dict, anywhere) -> None:
        """Weaker mentions join an existing person only when exactly one fits."""
        local = {where[(a, k)] for k in range(len(ex.people)) if (a, k) in where}
        for k, m in enumerate(ex.people):
            if (a, k) in where:
                continue
            words = m.name.split()
            named = self.placed.get(self.cur.canonical(m.name)) if self.cur.canonical(m.name) != m.name else None
            if named is not None:  # a curator's alias ("Petrov" -> "Ivan Petrov")
                fits = [named]
            elif m.address_form:
                fits = anywhere("address", words[0])
            elif len(name_parts(m.name)) == 1:  # a surname ("Zas", "Alym uulu")
                self.probes.add(("surname", m.name))
                fits = [i for i in local if any(surname_matches(m.name, n) for n in self.clusters[i].names)]
                if not fits:
                    fits = anywhere("surname", m.name)
            else:
                fits = anywhere("name", m.name)
            if len(fits) == 1:
                self._join(fits[0], a, k, m, where, mentions)
        self.unplaced += [(a, k) for k, m in enumerate(ex.people) if (a, k) not in where and m.strong]

    def _anywhere(self):
        """What fits a word or name anywhere (the clusters' names no longer change)."""
        @lru_cache(maxsize=None)
        def anywhere(test: str, word: str) -> tuple[int, ...]:
            self.probes.add((test, word))
            return tuple(i for i, c in enumerate(self.clusters) if any(TESTS[test](word, n) for n in c.names))
        return anywhere

    def _next_id(self, i: int) -> str:
        base = _id_base(_canonical(self.clusters[i]))
        self.id_bases[base] += 1
        return base if self.id_bases[base] == 1 else f"{base}-{self.id_bases[base]}"

    def _occupancy_key(self, i: int, a: int, post, org_keys: dict) -> tuple[str | None, str]:
        """The body of a post person ``i`` holds (mentioned in article ``a``) and the
        occupancy's id."""
        org = post.org if post.org in self.gaz.entries else org_keys.get((a, post.org_text or ""))
        return org, occupancy_id(self.ids[i], post.post, org)

    def _add_person_facts(self, i: int, found: list, batch: "_Batch") -> None:
        c = self.clusters[i]
        for key, a, m in sorted(found, key=lambda x: x[0]):  # in the order of the articles
            article, ex = batch.articles[a - batch.first], batch.extractions[a - batch.first]
            ev = evidence_of(article, ex, m.sentence, m)
            if len(c.evidence) < PERSON_EVIDENCE and all(ev != e for _, e in c.evidence):
                c.evidence.append((key, ev))
            if m.country:
                c.countries[m.country] += 1
            if m.rank:
                c.ranks.add(m.rank)
            for post in m.posts:
                org, occ_id = self._occupancy_key(i, a, post, batch.org_keys)
                occ = self.occupancies.get(occ_id)
                if occ is None:
                    occ = OccupancyDraft(self.ids[i], post.post, org)
                if article.date:
                    occ.dates.add(article.date)
                occ.evidence.add([ev])
                self.occupancies[occ_id] = occ  # a stored mapping writes the changed draft back
                c.posts.add(occ_id)

    def person(self, i: int) -> Person:
        c = self.clusters[i]
        name = _canonical(c)
        aliases = tuple(sorted({f for f in c.forms if f != name} | {n for n in c.names if n != name}))
        return Person(self.ids[i], name, aliases, _top_country(c), tuple(sorted(c.ranks)),
                      tuple(e for _, e in c.evidence))

    def occupancy(self, occ_id: str) -> Occupancy:
        v = self.occupancies[occ_id]
        org = v.org if v.org is None or self.orgs.kept(v.org) else None
        if org is None and is_state_post(v.post):  # "Prime Minister X": the post of X's state
            cluster = self._index_of().get(v.person)
            country = _top_country(self.clusters[cluster]) if cluster is not None else None
            org = country if country and self.orgs.kept(country) else None
        return Occupancy(occ_id, v.person, v.post, v.post, org, tuple(sorted(v.dates)), tuple(v.evidence.items))

    # ------------------------------------------------------------------ organizations

    def _add_orgs(self, a: int, article: Article, ex, org_keys: dict, keys: list[str]) -> None:
        for org, key in zip(ex.orgs, keys):
            self.orgs.add(org, evidence_of(article, ex, org.sentence, org), key)
            org_keys[(a, org.text)] = key
            if org.acronym_of:
                org_keys[(a, org.acronym_of)] = key

    # ------------------------------------------------------------------ events

    def _found_events(self, a: int, article: Article, ex, where: dict, org_keys: dict) -> list[EventDraft]:
        found = []
        for mention in ex.events:
            parts: dict[str, PartDraft] = {}
            for p in mention.participants:
                cluster = where.get((a, p.person))
                if cluster is None:
                    continue
                m = ex.people[p.person]
                part = parts.setdefault(self.ids[cluster], PartDraft(set(), evidence_of(article, ex, m.sentence, m)))
                part.roles.add(p.role)
            body = mention.body if mention.body in self.gaz.entries else org_keys.get((a, mention.body or ""))
            found.append(EventDraft(mention.type, mention.date, mention.end_date,
                                    slug(mention.place) if mention.place else None, body, mention.online, parts,
                                    {article.id}, Trail([evidence_of(article, ex, mention.sentence)])))
        return found

    def _merge_event(self, ev: EventDraft, touched: dict | None = None) -> EventDraft:
        """Add a found event to the drafts: into the one it retells, else as a new draft."""
        same_day = self.on_date.get(ev.date, []) if ev.date is not None else []
        twin = next((m for m in same_day if same_event(m, ev)), None)
        if twin is None:
            if ev.date is not None:
                self.on_date[ev.date] = [*same_day, ev]
            return ev
        if touched is not None and twin.id is not None and id(twin) not in touched:
            touched[id(twin)] = (twin, self.event(twin))
        twin.absorb(ev)
        self.on_date[ev.date] = same_day  # a stored mapping writes the changed day back
        return twin

    def _event_base(self, ev: EventDraft) -> str:
        place = None if ev.online else ev.place
        return f"{ev.date or 'undated'}-{ev.type}-" + slug(
            self._org_name(ev.body) or "-".join(sorted(ev.parts)[:2]) or place or "x")[:60]

    def _org_name(self, key: str | None) -> str:
        return self.orgs.name(key) if key is not None and self.orgs.kept(key) else ""

    def _number_event(self, ev: EventDraft) -> None:
        base = self._event_base(ev)
        self.base_count[base] += 1
        ev.id = base if self.base_count[base] == 1 else f"{base}-{self.base_count[base]}"
        ev.base = base

    def event(self, ev: EventDraft) -> Event:
        place = None if ev.online else ev.place
        roles = tuple(Role(pid, r, part.evidence) for pid, part in sorted(ev.parts.items())
                      for r in sorted(part.roles, key=words().role_order.index))
        return Event(ev.id, ev.type, self._label(ev, place), ev.date, ev.end, place, ev.body, ev.online, roles,
                     tuple(sorted(ev.articles)), tuple(ev.evidence.items))

    def _label(self, ev: EventDraft, place: str | None) -> str:
        from ..extract.event_cues import cues

        kind = cues().labels[ev.type]
        body = self._org_name(ev.body)
        if body:
            return f"{kind} of the {body}"
        people = sorted(self._name_of(p) for p in ev.parts)
        if 1 <= len(people) <= 3:
            return f"{kind}: " + ", ".join(people)
        return kind + (f" in {place.replace('-', ' ').title()}" if place else "")

    def _name_of(self, pid: str) -> str:
        return _canonical(self.clusters[self._index_of()[pid]])

    def _index_of(self) -> dict[str, int]:
        if self._index is None or len(self._index) != len(self.ids):
            self._index = {pid: i for i, pid in enumerate(self.ids)}
        return self._index

    # ------------------------------------------------------------------ linking a batch of articles

    def link(self, articles: list[Article], extractions: list[ArticleExtraction]) -> KnowledgeBase:
        """Resolve every mention of the corpus: :meth:`extend` over an empty linker."""
        if self.n_articles or self.clusters:
            raise ValueError("link needs an empty linker (extend adds to one)")
        delta = self.extend(articles, extractions)
        events = sorted((new for _, new in delta.events), key=lambda e: (e.date or "", e.id))
        return KnowledgeBase(delta.articles, tuple(new for _, new in delta.people),
                             tuple(new for _, new in delta.organizations if new is not None), delta.places,
                             tuple(new for _, new in delta.occupancies), tuple(events), delta.unresolved)

    def extend(self, articles: list[Article], extractions: list[ArticleExtraction]) -> "Delta":
        """Link articles that come after every article linked so far (all of them, for an
        empty linker).

        The steps run once, over the new articles: people (full names, initials, weaker
        mentions, ids), bodies, the people's facts and posts, events, places. Each step
        checks that the earlier articles' decisions stand, comparing with what the linker
        held before (:class:`_Before`): no new full name that could take a place in the
        clustering of earlier names, no new person a weak mention tried before would fit,
        no person renamed, no body renamed or newly made a node, no evidence list
        reshuffled, no event re-identified or moved. Any of those raises
        :class:`NotAppendable` (the linker is then unusable: link from scratch). Over an
        empty linker there is nothing to compare with, so every check passes.
        """
        before = self._snapshot()
        batch = _Batch(list(articles), list(extractions), self.n_articles)
        self._before = {}
        try:
            created = self._link_people(batch, before)
            orgs = self._link_orgs(batch)
            occupancies = self._link_facts(batch, before)
            people = self._people_delta(batch, created, before)
        finally:
            self._before = None
        events, n_new_events = self._link_events(batch)
        wanted = {e.place for _, e in events if e.place} | {o.seat for _, o in orgs if o is not None and o.seat}
        places = self._place_objects(wanted - self.places)
        self.places |= {p.id for p in places}
        self.n_articles += len(articles)
        self.counts = {"people": len(self.clusters),
                       "organizations": self.counts["organizations"] + sum(
                           1 for old, new in orgs if old is None and new is not None),
                       "events": self.counts["events"] + n_new_events}
        return Delta(tuple(articles), tuple(people), tuple(orgs), tuple(occupancies), tuple(events), tuple(places),
                     batch.unresolved())

    def _snapshot(self) -> "_Before":
        return _Before(len(self.clusters), tuple(sorted(range(len(self.clusters)), key=self.rank.__getitem__)),
                       tuple(self.first_seen.items()), tuple(sorted(self.probes)), Counter(self.id_bases))

    def _link_people(self, batch: "_Batch", before: "_Before") -> list[int]:
        """Place the batch's mentions of people and give the new persons their ids; the
        persons the initials made."""
        self._cluster_full_names(batch, before)
        created: list[int] = []
        for a, ex in enumerate(batch.extractions, batch.first):
            created += self._place_initials(a, ex, batch.where, batch.mentions)
        for i in created:
            self._check_probes(next(iter(self.clusters[i].names)), before)
        anywhere = self._anywhere()
        for a, ex in enumerate(batch.extractions, batch.first):
            self._place_weak(a, ex, batch.where, batch.mentions, anywhere)
        new = sorted(range(before.n_clusters, len(self.clusters)), key=self.rank.__getitem__)
        for i in new:
            if before.id_bases[_id_base(_canonical(self.clusters[i]))]:
                raise NotAppendable(f"the new person {_canonical(self.clusters[i])} would share an id with another")
        self.ids += [""] * len(new)
        for i in new:
            self.ids[i] = self._next_id(i)
        self._index = None
        return created

    def _link_orgs(self, batch: "_Batch") -> list[tuple[Organization | None, Organization | None]]:
        """Add the batch's bodies; (before, after) for each body it names."""
        keys = [[self.orgs.key_of(org) for org in ex.orgs] for ex in batch.extractions]
        by_adjective = [(article, ex, m, key) for article, ex in zip(batch.articles, batch.extractions)
                        for m in ex.people for key in sorted({m.country, *(p.org for p in m.posts)} - {None})
                        if key in self.gaz.entries and self.gaz.entries[key].kind == "state"]
        old = {}
        for key in [key for article_keys in keys for key in article_keys] + [x[3] for x in by_adjective]:
            if key not in old:
                old[key] = (key in self.orgs.forms, self.orgs.organization(key))
        for a, (article, ex, article_keys) in enumerate(zip(batch.articles, batch.extractions, keys), batch.first):
            self._add_orgs(a, article, ex, batch.org_keys, article_keys)
        for article, ex, m, key in by_adjective:  # "the Belarusian Defence Minister X": Belarus, though
            if key not in self.orgs.forms or not self.orgs.forms[key]:  # never named in full
                self.orgs.note_state(key, evidence_of(article, ex, m.sentence, m))
        for key, (known, was) in old.items():
            now = self.orgs.organization(key)
            if was is not None and now.name != was.name:
                raise NotAppendable(f"the body {was.name} would be named {now.name}")
            if was is None and now is not None and known:
                raise NotAppendable(f"the body {now.name}, named before only inside titles, becomes a node")
        return [(was, self.orgs.organization(key)) for key, (_, was) in sorted(old.items())]

    def _link_facts(self, batch: "_Batch", before: "_Before") -> list[tuple[Occupancy | None, Occupancy]]:
        """Add what the batch says of each person (evidence, country, rank, posts); (before,
        after) for each post it names."""
        occ_before: dict[str, Occupancy | None] = {}
        held_before = {i: set(self.clusters[i].posts) for i in batch.mentions}
        for i in sorted(batch.mentions):
            c = self.clusters[i]
            countries = Counter(c.countries)
            for _, a, m in batch.mentions[i]:
                for post in m.posts:
                    occ_id = self._occupancy_key(i, a, post, batch.org_keys)[1]
                    if occ_id not in occ_before:
                        occ_before[occ_id] = self.occupancy(occ_id) if occ_id in self.occupancies else None
            kept = list(c.evidence)
            c.evidence = []  # the cap is applied below, over old and new evidence in mention order
            self._add_person_facts(i, batch.mentions[i], batch)
            new = [(k, e) for k, e in c.evidence if all(e != o for _, o in kept)]
            c.evidence = sorted(kept + new, key=lambda x: x[0])[:PERSON_EVIDENCE]
            if any(x not in c.evidence for x in kept):
                raise NotAppendable(f"the evidence kept for {self.ids[i]} would change")
            if i < before.n_clusters and c.countries != countries:
                top = c.countries.most_common(2)
                if len(top) == 2 and top[0][1] == top[1][1]:
                    raise NotAppendable(f"the country of {self.ids[i]} would be a tie")
        hidden = self._shadowed(batch, held_before, occ_before)
        return [(old, self.occupancy(k)) for k, old in sorted(occ_before.items()) if k not in hidden]

    def _shadowed(self, batch: "_Batch", held_before: dict, occ_before: dict) -> set[str]:
        """The occupancies of the batch's people that repeat the head of a longer post
        (:func:`~csto_graph.link.posts.shadowed`): they stay out of the graph. One held before
        the batch that would come in or go out raises :class:`NotAppendable` (the graph has it,
        or not, from an earlier build)."""
        hidden: set[str] = set()
        for i in sorted(batch.mentions):
            now = {k: self.occupancy(k) for k in sorted(self.clusters[i].posts)}
            then = shadowed(occ_before.get(k) or now[k] for k in sorted(held_before[i]))
            hidden_now = shadowed(now.values())
            if any((k in then) != (k in hidden_now) for k in held_before[i]):
                raise NotAppendable(f"a post of {self.ids[i]} would come in or go out beside a longer one")
            hidden |= hidden_now
        return hidden

    def _people_delta(self, batch: "_Batch", created: list[int], before: "_Before") -> list[tuple]:
        """(before, after) for each person the batch names or made; no earlier one renamed."""
        people = []
        for i in sorted(set(batch.mentions) | set(created)):
            old = self._before.get(i) if i < before.n_clusters else None
            new = self.person(i)
            if old is not None and (new.name != old.name or new.id != old.id):
                raise NotAppendable(f"{old.name} would be named {new.name}")
            people.append((old, new))
        return people

    def _link_events(self, batch: "_Batch") -> tuple[list[tuple[Event | None, Event]], int]:
        """Merge the batch's events into the records; (before, after) for each event it
        tells, and how many are new."""
        touched: dict[int, tuple[EventDraft, Event]] = {}
        records = []
        found = [ev for a, (article, ex) in enumerate(zip(batch.articles, batch.extractions), batch.first)
                 for ev in self._found_events(a, article, ex, batch.where, batch.org_keys)]
        for ev in join_page_pieces(found):
            if self._merge_event(ev, touched) is ev:
                records.append(ev)
        events = []
        for rec, old in touched.values():
            if self._event_base(rec) != rec.base:
                raise NotAppendable(f"the event {rec.id} would be renamed")
            new = self.event(rec)
            if old.place is not None and new.place != old.place:
                raise NotAppendable(f"the event {rec.id} would move")
            events.append((old, new))
        for ev in records:
            self._number_event(ev)
            events.append((None, self.event(ev)))
        return events, len(records)

    def _place_objects(self, wanted: set[str]) -> list[Place]:
        by_slug = {slug(e.name): e for e in self.gaz.entries.values() if e.kind in {"place", "state"}}
        out = []
        for pid in sorted(wanted):
            entry = by_slug.get(pid)
            # a state as a place goes by its short name ("Kyrgyzstan"), its full name an alias
            name = (entry.short or entry.name) if entry else pid.replace("-", " ").title()
            forms = (entry.name, *entry.aliases) if entry else ()
            aliases = tuple(sorted({a for a in forms if a != name}))
            out.append(Place(pid, name, aliases))
        return out

    def _touch(self, i: int) -> None:
        before = self._before
        if before is not None and i not in before and i < len(self.ids):
            before[i] = self.person(i)

    # ------------------------------------------------------------------ saved state

    def to_state(self) -> LinkerState:
        """The linker as data, without its gazetteer, curation, occupancies and events by date
        (saved per key with :func:`occupancy_record` and :func:`event_record`)."""
        return LinkerState(STATE_VERSION, self.n_articles, tuple(c.to_state() for c in self.clusters),
                           tuple(self.ids), tuple(self.id_bases.items()), tuple(self.placed.items()),
                           tuple(self.first_seen.items()), tuple(self.rank), tuple(sorted(self.probes)),
                           self.orgs.to_state(), tuple(self.base_count.items()), tuple(sorted(self.places)),
                           (self.counts["people"], self.counts["organizations"], self.counts["events"]))

    @classmethod
    def from_state(cls, state: LinkerState, gaz: Gazetteer, curation: Curation, occupancies=None,
                   on_date=None) -> "Linker":
        """A linker from :meth:`to_state`'s data, with the mappings of occupancies and events by
        date given apart (any mapping with ``get`` and item assignment; empty when None).

        Raises :class:`~csto_graph.errors.StateError` for a state of another version or one
        that does not hold together (a name placed in no person, a person without an id...).
        """
        if state.version != STATE_VERSION:
            raise StateError(f"linker state version {state.version}, this build reads {STATE_VERSION}")
        _check_state(state)
        linker = cls(gaz, curation)
        linker.n_articles = state.n_articles
        linker.clusters = [_Cluster.from_state(c) for c in state.clusters]
        linker.ids = list(state.ids)
        linker.id_bases = Counter(dict(state.id_bases))
        linker.placed = dict(state.placed)
        linker.first_seen = dict(state.first_seen)
        linker.rank = list(state.rank)
        linker.probes = set(state.probes)
        linker.orgs.load_state(state.orgs)
        linker.occupancies = {} if occupancies is None else occupancies
        linker.on_date = {} if on_date is None else on_date
        linker.base_count = Counter(dict(state.base_count))
        linker.places = set(state.places)
        linker.counts = dict(zip(("people", "organizations", "events"), state.counts))
        return linker


def _check_state(state: LinkerState) -> None:
    """What the linker's steps rely on: one id and one rank per person, every placed name in a
    person made by the full-name pass, and met there."""
    n = len(state.clusters)
    if len(state.ids) != n or len(state.rank) != n:
        raise StateError(f"{n} saved people, {len(state.ids)} ids and {len(state.rank)} ranks")
    if any(not 0 <= i < n for _, i in state.placed) or {k for k, _ in state.placed} != {k for k, _ in state.first_seen}:
        raise StateError("the saved full names do not match the saved people")
    for kind, order in state.rank:
        if (kind, len(order)) not in {(1, 3), (2, 2)}:
            raise StateError(f"a saved person's rank {kind, order} is not one the linker makes")
    seen = {k for k, _ in state.first_seen}
    if any(name not in seen for c, (kind, _) in zip(state.clusters, state.rank) if kind == 1 for name, _ in c.names):
        raise StateError("a saved full name was never met")


@dataclass(frozen=True)
class Delta:
    """What :meth:`Linker.extend` changed: (before, after) pairs; before is None for a new one."""

    articles: tuple[Article, ...]
    people: tuple[tuple[Person | None, Person], ...]
    organizations: tuple[tuple[Organization | None, Organization | None], ...]
    occupancies: tuple[tuple[Occupancy | None, Occupancy], ...]
    events: tuple[tuple[Event | None, Event], ...]
    places: tuple[Place, ...]  # new places
    unresolved: tuple[str, ...] = ()  # the batch's strong mentions of people that joined no person


@dataclass(frozen=True)
class _Before:
    """What a linker held before a call of :meth:`Linker.extend`: what the append checks
    compare with (all empty for an empty linker)."""

    n_clusters: int
    by_rank: tuple[int, ...]  # the persons, in the order the pass over every article made them
    first_seen: tuple[tuple[str, tuple], ...]  # full name -> where that pass met it first
    probes: tuple[tuple[str, str], ...]  # (test, word) every weak mention was tried with, sorted
    id_bases: Counter


@dataclass
class _Batch:
    """The articles one call of :meth:`Linker.extend` links, and what its steps found."""

    articles: list[Article]
    extractions: list[ArticleExtraction]
    first: int  # the corpus index of the first one
    where: dict = field(default_factory=dict)  # (article, mention) -> person (cluster index)
    mentions: dict = field(default_factory=dict)  # person -> [((article, mention), article, mention)]
    org_keys: dict = field(default_factory=dict)  # (article, text of a body) -> the body's key

    def unresolved(self) -> tuple[str, ...]:
        """The strong mentions of people that joined no person."""
        return tuple(sorted({m.text for a, ex in enumerate(self.extractions, self.first)
                             for k, m in enumerate(ex.people) if (a, k) not in self.where and m.strong}))


def link(articles: list[Article], extractions: list[ArticleExtraction], curation: str | None = None,
         gaz: Gazetteer | None = None) -> KnowledgeBase:
    """Resolve every mention of the corpus into one knowledge base."""
    return Linker(gaz or load_gazetteer(), load_curation(curation)).link(articles, extractions)
