"""Tenures: a post held from a start to an end, each bound attested or inferred.

An occupancy (a person, a post, an organization) carries dated sentences. A tenure is
read from them: a bound is **attested** when a sentence tells it ("took office ... on
1 January 2023", "has headed ... since 2020", "succeeded X", "resigned"), else it is
**inferred** from the evidence: the earliest and the latest date the person is seen
holding the post (the real start is at or before the first, the real end at or after the
last). For a post one person holds at a time (``one_holder`` in ``ontology/posts.yaml``)
the tenures of its holders follow one another, so an inferred bound is **limited** by the
neighbour's (``not_before`` the predecessor's end, ``not_after`` the successor's start, or
the date of an article calling the holder "former"). Between the two nobody is assumed to
hold the post: not even when the successor's start is attested, as an acting holder or a
vacancy may lie between (on the real development set the CSTO's Secretary General of
2018 was last seen in June 2018, his successor took office in January 2020, and an
acting Secretary General served between). Two tenures of such a post that overlap stay
as they are: the ``holders`` query says *ambiguous* there, *gap* between tenures.

The vocabulary (phrases, modifiers, one-holder posts) is data: ``ontology/tenures.yaml``
and ``ontology/posts.yaml``.

>>> h = Holding("o1", "p1", ("Ann Lee",), "CSTO Secretary General", "csto", "body", ("CSTO",),
...             (Sighting("2021-03-01", "Secretary General Ann Lee took office on 1 January 2021.", "e1"),
...              Sighting("2021-09-09", "CSTO Secretary General Ann Lee spoke.", "e2")))
>>> [(t.post, t.one_holder, t.start.date, t.start.basis, t.end.date, t.end.basis) for t in tenures([h])]
[('Secretary General', True, '2021-01-01', 'attested', '2021-09-09', 'inferred')]
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from ..corpus.dates import find_dates
from ..vocab.gazetteer import slug
from ..vocab.posts import post_words
from ..vocab.resources import load_yaml

NEAR = 80  # characters between a phrase and the title it bounds (the sentence may name others)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Sighting:
    """A sentence telling that a person held a post, with its article's date."""

    date: str | None
    sentence: str
    evidence: str  # key of the evidence (the IRI of its node in the graph)


@dataclass(frozen=True)
class Holding:
    """The facts of one occupancy that a tenure is read from."""

    occupancy: str
    person: str
    names: tuple[str, ...]  # the person's name and aliases ("succeeded X" names X)
    title: str  # as written
    org: str | None
    org_kind: str | None
    org_names: tuple[str, ...]  # names, aliases and adjectives of the body or state
    sightings: tuple[Sighting, ...]
    dates: tuple[str, ...] = ()  # every evidence date of the occupancy (its sightings' and others')


@dataclass(frozen=True)
class Bound:
    """A start or an end: ``basis`` is ``attested`` (a sentence tells it) or ``inferred``
    (the earliest or latest evidence)."""

    date: str
    basis: str
    evidence: tuple[str, ...] = ()
    limit: str | None = None  # not_before (a start) / not_after (an end)
    limit_basis: str | None = None  # a neighbour's bound's basis, or attested ("former")
    limit_evidence: tuple[str, ...] = ()
    limit_by: str | None = None


@dataclass(frozen=True)
class Tenure:
    id: str
    person: str
    post: str  # the post without its body or state ("Secretary General")
    org: str | None
    one_holder: bool
    acting: bool
    start: Bound
    end: Bound
    occupancies: tuple[str, ...]
    titles: tuple[str, ...]  # as written

    @property
    def position(self) -> str:
        """The post in its body or state, shared by every holder."""
        return f"{self.org}/{slug(self.post)}" if self.org else slug(self.post)


@dataclass(frozen=True)
class _Vocab:
    start: tuple[str, ...]
    since: tuple[str, ...]
    succeeded: tuple[str, ...]
    end: tuple[str, ...]
    former: tuple[str, ...]
    acting: tuple[str, ...]
    joining: frozenset[str]
    one_holder: tuple[tuple[tuple[str, ...], str], ...]  # (normalised titles, of)
    labels: dict  # normalised first title of a one-holder post -> as written
    spellings: dict  # normalised first title of a one-holder post -> every title, as written


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data, one_holder = load_yaml("tenures.yaml"), post_words().one_holder
    return _Vocab(*(tuple(data[k]) for k in ("start", "since", "succeeded", "end", "former", "acting")),
                  frozenset(data["joining_words"]),
                  tuple((tuple(normal(t) for t in titles), of) for titles, of in one_holder),
                  {normal(titles[0]): titles[0] for titles, _ in one_holder},
                  {normal(titles[0]): tuple(titles) for titles, _ in one_holder})


def normal(text: str) -> str:
    """A title as its words: lower case, punctuation and hyphens as spaces.

    >>> normal("the Secretary-General,  of the CSTO")
    'secretary general of the csto'
    """
    words = re.sub(r"[^\w]+", " ", text.lower()).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _drop(words: list[str], part: list[str]) -> list[str]:
    for i in range(len(words) - len(part) + 1):
        if words[i:i + len(part)] == part:
            return words[:i] + words[i + len(part):]
    return words


def base_title(h: Holding) -> tuple[str, bool, bool]:
    """(post without its body's name and modifiers, acting, former).

    >>> base_title(Holding("o", "p", (), "Acting Head of the CSTO Joint Staff", "js", "body", ("CSTO Joint Staff",), ()))
    ('head', True, False)
    """
    v = _vocab()
    words = normal(h.title).split()
    for name in sorted((normal(n) for n in h.org_names if n), key=len, reverse=True):
        words = _drop(words, name.split())
    acting = former = False
    while words:
        for mod in sorted(v.acting + v.former, key=len, reverse=True):
            if words[:len(mod.split())] == mod.split():
                acting, former = acting or mod in v.acting, former or mod in v.former
                words = words[len(mod.split()):]
                break
        else:
            break
    while words and words[-1] in v.joining:
        words.pop()
    while words and words[0] in v.joining:
        words.pop(0)
    return " ".join(words), acting, former


def one_holder_post(title: str, org: str | None, org_kind: str | None) -> str | None:
    """The canonical title of a one-holder post, or None when several may hold it at once.

    >>> one_holder_post("secretary general", "csto", "body"), one_holder_post("deputy secretary general", "csto", "body")
    ('secretary general', None)
    """
    for titles, of in _vocab().one_holder:
        if title in titles and (of == org or (of == "state" and org_kind == "state")):
            return titles[0]
    return None


@lru_cache(maxsize=None)
def spellings(post: str) -> tuple[str, ...]:
    """Every way a post is written ("Minister of Foreign Affairs", "Foreign Minister").

    >>> spellings("Minister of Foreign Affairs"), spellings("Deputy Head")
    (('Minister of Foreign Affairs', 'Foreign Minister'), ('Deputy Head',))
    """
    return _vocab().spellings.get(normal(post), (post,))


@lru_cache(maxsize=None)
def _phrases(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(rf"\b{re.escape(p)}\b" for p in sorted(phrases, key=len, reverse=True)))


def _anchors(sentence: str, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
    """(offset, length) of each anchor (the title as written, the holder's names) in the sentence."""
    low = sentence.lower()
    return [(m.start(), len(a)) for a in anchors if len(a) > 2 for m in re.finditer(re.escape(a.lower()), low)]


def _phrase(sentence: str, phrases, at: list[tuple[int, int]]):
    """The first phrase match within :data:`NEAR` characters of an anchor; none without one."""
    for m in _phrases(tuple(phrases)).finditer(sentence.lower()):
        if any(abs(m.start() - a) <= NEAR + n for a, n in at):
            return m
    return None


def _date_after(sentence: str, pos: int, anchor: str | None, year_alone: bool = False) -> str | None:
    rest = sentence[pos:]
    found = [d for d in find_dates(rest, anchor) if d.start <= NEAR]
    if found:
        return found[0].value
    m = _YEAR.search(rest)
    return m.group(0) if year_alone and m and m.start() <= 12 else None


@dataclass(frozen=True)
class _Read:
    starts: tuple[tuple[str, str], ...] = ()  # (date, evidence)
    ends: tuple[tuple[str, str], ...] = ()
    former: tuple[tuple[str, str], ...] = ()
    seen: tuple[tuple[str, str], ...] = ()
    predecessors: tuple[tuple[str, str, str], ...] = ()  # (sentence tail, date, evidence)
    told: tuple[str, ...] = ()  # the article dates this sentence accounts for


def read_sighting(s: Sighting, title: str, former_title: bool, names: tuple[str, ...] = ()) -> _Read:
    """What one sentence tells of the bounds of a tenure of ``title``.

    >>> r = read_sighting(Sighting("2023-05-05", "Ann Lee has headed the Joint Staff since 2020.", "e"), "Joint Staff", False)
    >>> r.starts, r.seen
    ((('2020', 'e'),), (('2023-05-05', 'e'),))
    """
    v, out = _vocab(), {"starts": [], "ends": [], "former": [], "seen": [], "predecessors": [],
                        "told": [s.date] if s.date else []}
    low = s.sentence.lower()
    before = rf"\b(?:{'|'.join(re.escape(f) for f in v.former)})[\s-]+(?:\w+\s+){{0,3}}{re.escape(title.lower())}"
    if former_title or re.search(before, low):
        if s.date:
            out["former"].append((s.date, s.evidence))
        return _Read(**{k: tuple(x) for k, x in out.items()})
    if s.date:
        out["seen"].append((s.date, s.evidence))
    if not _phrases(v.start + v.since + v.succeeded + v.end).search(low):
        return _Read(**{k: tuple(x) for k, x in out.items()})
    anchors = _anchors(s.sentence, (title, *names))
    m = _phrase(s.sentence, v.since, anchors)
    if m:
        date = _date_after(s.sentence, m.end(), s.date, year_alone=True)
        if date:
            out["starts"].append((date, s.evidence))
    for key, phrases in (("starts", v.start), ("ends", v.end), ("starts", v.succeeded)):
        m = _phrase(s.sentence, phrases, anchors)
        if m:
            date = _date_after(s.sentence, m.end(), s.date) or s.date
            if date:
                out[key].append((date, s.evidence))
                if phrases is v.succeeded:
                    out["predecessors"].append((s.sentence[m.end():], date, s.evidence))
                if phrases is v.end:  # a sentence telling the end is no evidence of holding after it
                    out["seen"] = [x for x in out["seen"] if _key(x[0], True) <= _key(date, True)]
    return _Read(**{k: tuple(x) for k, x in out.items()})


def _key(date: str, end: bool) -> str:
    """A sort key that puts a partial date before (a start) or after (an end) its days."""
    pad = "-99-99" if end else "-00-00"
    return date + pad[len(date) - 4:] if len(date) < 10 else date


def sort_key(bound: Bound, end: bool) -> str:
    return _key(bound.date, end)


def tenures(holdings) -> tuple[Tenure, ...]:
    """The tenures of every (person, post, organization), bounded by their neighbours'."""
    groups: dict[tuple, list] = defaultdict(list)
    for h in holdings:
        base, acting, former = base_title(h)
        if not base:
            continue
        canonical = one_holder_post(base, h.org, h.org_kind)
        groups[(h.person, canonical or base, h.org, canonical is not None)].append((h, acting, former))
    found, predecessors, names = [], [], {}
    for key, members in sorted(groups.items(), key=lambda x: (x[0][0], x[0][1], x[0][2] or "")):
        reads = [read_sighting(s, h.title, former, h.names) for h, _, former in members for s in h.sightings]
        tenure = _tenure(key, members, reads)
        if tenure is not None:
            found.append(tenure)
            names[tenure.id] = members[0][0].names
            predecessors += [(tenure.id, r.predecessors) for r in reads if r.predecessors]
    by_id = {t.id: t for t in found}
    for tid, told in predecessors:  # "B succeeded A": A's tenure of the same post ends then
        b = by_id[tid]
        for tail, date, ev in told:
            for a in list(by_id.values()):
                if a.id != b.id and a.position == b.position and a.end.basis != "attested" \
                        and any(n and re.search(rf"\b{re.escape(n)}\b", tail) for n in names[a.id]):
                    by_id[a.id] = replace(a, end=Bound(date, "attested", (ev,)))
    return _neighbours(tuple(by_id[t.id] for t in found))


def _tenure(key: tuple, members, reads) -> Tenure | None:
    """One tenure of ``key`` (person, post, org, one holder) from what the sentences of its
    occupancies tell (None without a date)."""
    person, post, org, one = key
    seen = sorted(set(x for r in reads for x in r.seen) | set(_other_dates(members, reads)))
    first = seen[0][0] if seen else None
    # an attested start after the first evidence is another term (or a retelling): not this start
    starts = sorted(x for r in reads for x in r.starts if first is None or _key(x[0], False) <= _key(first, False))
    if not seen and not starts:
        return None
    start = (Bound(starts[0][0], "attested", (starts[0][1],)) if starts
             else Bound(first, "inferred", tuple(e for d, e in seen if d == first)))
    last = max([d for d, _ in seen] + [start.date], key=lambda d: _key(d, True))
    late = sorted(x for r in reads for x in r.ends if _key(x[0], True) >= _key(last, False))
    end = (Bound(late[0][0], "attested", (late[0][1],)) if late
           else Bound(last, "inferred", tuple(e for d, e in seen if d == last) or start.evidence))
    formers = sorted(x for r in reads for x in r.former if _key(x[0], True) >= _key(last, True))
    if formers and end.basis == "inferred":  # "former" in a later article: it had ended by then
        end = replace(end, limit=formers[0][0], limit_basis="attested", limit_evidence=(formers[0][1],))
    tid = f"{person}--{slug(post)}" + (f"--{org}" if org else "")
    label = _vocab().labels[post] if one else post_label(members[0][0], post)
    return Tenure(tid, person, label, org, one, all(a for _, a, _ in members), start, end,
                  tuple(sorted(h.occupancy for h, _, _ in members)), tuple(sorted({h.title for h, _, _ in members})))


def _other_dates(members, reads) -> list[tuple[str, str]]:
    """Evidence dates of the occupancies that no sentence read gives (dated elsewhere),
    each with the occupancy's first sentence as its evidence; none of a "former" title."""
    told = {d for r in reads for d in r.told}
    out = []
    for h, _, former in members:
        if former or not h.sightings:
            continue
        out += [(d, h.sightings[0].evidence) for d in h.dates if d not in told]
    return out


def post_label(h: Holding, post: str) -> str:
    """The post as written in a title of its holder ("Secretary General" for "secretary general")."""
    words = re.sub(r"[^\w]+", " ", h.title).split()
    n = len(post.split())
    for i in range(len(words) - n + 1):
        if " ".join(words[i:i + n]).lower() == post:
            return " ".join(words[i:i + n])
    return post


def _neighbours(found: tuple[Tenure, ...]) -> tuple[Tenure, ...]:
    """Bound each tenure of a one-holder post by the holder before it and the one after it."""
    by_id = {t.id: t for t in found}
    positions: dict[str, list[str]] = defaultdict(list)
    for t in found:
        if t.one_holder:
            positions[t.position].append(t.id)
    for ids in positions.values():
        ids.sort(key=lambda i: (_key(by_id[i].start.date, False), _key(by_id[i].end.date, True), i))
        for x, y in zip(ids, ids[1:]):
            a, b = by_id[x], by_id[y]
            a_end, b_start = _key(a.end.date, True), _key(b.start.date, False)
            if a_end >= b_start:
                continue  # overlapping tenures: left as read (the query says ambiguous)
            if a.end.basis == "inferred":
                own = a.end.limit and _key(a.end.limit, True) < b_start  # "former" told an earlier limit
                by_id[x] = replace(a, end=a.end if own else replace(
                    a.end, limit=b.start.date, limit_basis=b.start.basis, limit_evidence=b.start.evidence,
                    limit_by=b.id))
            if b.start.basis == "inferred":
                by_id[y] = replace(b, start=replace(b.start, limit=a.end.date, limit_basis=a.end.basis,
                                                    limit_evidence=a.end.evidence, limit_by=a.id))
    return tuple(by_id[t.id] for t in found)
