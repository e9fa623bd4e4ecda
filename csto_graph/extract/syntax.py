"""The dependency reading of an event sentence: who the event's clause holds, and whether
it reports an event at all.

The rules of :mod:`csto_graph.extract.events` find the trigger ("met", "talks", "was
received by"); where they would guess at grammar (is this name a subject or object of the
meeting, or of another clause; does a "not" or a "will" cover the meeting), this module
reads the parse of ``en_core_web_sm`` (``tok2vec``, ``tagger`` and ``parser``, loaded in
:mod:`csto_graph.extract.nlp`), asked only about the sentences that hold a trigger and
name a person, once per sentence, in one batch per chunk of articles
(:func:`csto_graph.extract.run.extract_chunk`).

Two steps, each over plain frozen data (no spaCy object leaves :func:`to_parse`):

- :class:`Parse`: the tokens of a sentence with their tag, dependency and head.
- :func:`read_clause`: the trigger's *spine* (the trigger, the words up to the verb that
  governs it, and the verbs that verb completes: "agreed to hold talks", "arrived and
  met"), whether that spine is a plan (a modal auxiliary, a ``plan_words`` word, "is to
  be held"), undone (a ``neg`` child, a ``refusal_words`` word, "neither"), or told as
  another occasion inside reported speech ("said earlier that they had met"), and for
  each person the path up the tree to the spine: reached (``attached``), reached through
  a negation (``negated``), or not reached (``detached``: the reporter of "X said ...",
  the "according to X", the appointer of "who was appointed by X").

Vocabulary: ``ontology/syntax.yaml``, and the ``reporting_verbs`` and ``negations`` of
``ontology/events.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..vocab.resources import load_yaml
from ..vocab.words import words as word_classes

ATTACHED, NEGATED, DETACHED = "attached", "negated", "detached"
# relations through which a verb shares its subject with the verb above it
SHARED = frozenset({"conj", "xcomp", "advcl", "pcomp", "csubj"})  # csubj: "Attending the drills were X, Y"
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


@dataclass(frozen=True)
class Token:
    """One token of a parse: sentence offsets, lower-case form, tag, relation, head index."""

    start: int
    end: int
    lower: str
    tag: str
    dep: str
    head: int


@dataclass(frozen=True)
class Parse:
    """The dependency parse of one sentence, as data (what the extraction keeps of a Doc)."""

    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class Clause:
    """What the parse says of an event sentence's trigger and of each person in it.

    ``people`` holds one verdict per person span asked about: :data:`ATTACHED`,
    :data:`NEGATED`, :data:`DETACHED`, or None when no token of the span was found.
    """

    spine: tuple[int, ...]  # token indices, from the trigger up
    main: bool  # the spine reaches the sentence's root (the trigger is what the sentence tells)
    planned: bool  # a modal, a plan word: "may visit", "is expected to meet"
    future: bool  # a future auxiliary: "will meet" (news of the day tells what happens that day)
    negated: bool  # the event itself is undone ("the meeting was cancelled", "X did not meet Y")
    other_occasion: bool  # reported speech about another time ("said earlier that they had met")
    people: tuple[str | None, ...]
    reporters: tuple[int, ...] = ()  # the people (indices into ``people``) who are the subject of
    # the reporting verb that detaches the event ("A met B, C said"): C reports, takes no part

    @property
    def unreal(self) -> bool:
        """The sentence tells no event that happened (a plan, a future, a denial, another occasion)."""
        return self.planned or self.future or self.negated or self.other_occasion


@dataclass(frozen=True)
class SyntaxWords:
    future: frozenset[str]
    modals: frozenset[str]
    plans: frozenset[str]
    copulas: frozenset[str]
    refusals: frozenset[str]
    other_occasion: frozenset[str]
    perfect: frozenset[str]
    carry: frozenset[str]
    reporting: frozenset[str]
    negations: frozenset[str]
    clause_words: frozenset[str] = frozenset()
    taken_up: frozenset[str] = frozenset()  # plan words a past passive tells as done ("were invited")
    participation: frozenset[str] = frozenset()  # their complements that attend an occasion ("to take part in")
    presence: frozenset[str] = frozenset()  # verbs that put their subject at a place ("arrived at")


@lru_cache(maxsize=1)
def syntax_words() -> SyntaxWords:
    """The word lists of ``ontology/syntax.yaml`` (and of ``events.yaml``), read once."""
    data = load_yaml("syntax.yaml")
    events = load_yaml("events.yaml")
    sets = {key: frozenset(str(w).lower() for w in data.get(key, ()))
            for key in ("future_auxiliaries", "modal_auxiliaries", "plan_words", "copulas", "refusal_words", "other_occasion",
                        "perfect_auxiliaries", "carry_verbs", "past_invitations", "participation_verbs",
                        "presence_verbs")}
    reporting = frozenset(v.lower() for v in events.get("reporting_verbs", ()) if " " not in v)
    reporting |= {v.split()[0].lower() for v in events.get("reporting_verbs", ()) if " " in v}  # "according"
    return SyntaxWords(sets["future_auxiliaries"], sets["modal_auxiliaries"], sets["plan_words"], sets["copulas"], sets["refusal_words"],
                       sets["other_occasion"], sets["perfect_auxiliaries"], sets["carry_verbs"], reporting,
                       frozenset(w.lower() for w in events.get("negations", ())),
                       frozenset(str(w).lower() for w in data.get("clause_words", ())),
                       sets["past_invitations"], sets["participation_verbs"], sets["presence_verbs"])


def may_decide(text: str) -> bool:
    """Whether the parse of ``text`` can tell more than the rules: it holds a word the parse
    decides about (an auxiliary, a plan, refusal, reporting or clause word, a negation).
    Otherwise ("A met B in Minsk on 3 May") the parser is not asked.

    >>> may_decide("Ivan Petrov met Oleg Varenko in Minsk on 3 May."), may_decide("Ivan Petrov said he met Oleg Varenko.")
    (False, True)
    """
    w = syntax_words()
    months = {m.title() for m in word_classes().months}  # "3 May" is no modal
    words = {word.lower() for word in re.findall(r"n't|[^\W\d_]+", text) if word not in months}
    return not words.isdisjoint(w.future | w.modals | w.plans | w.refusals | w.other_occasion | w.perfect
                                | w.reporting | w.negations | w.clause_words)


def to_parse(doc) -> Parse:
    """A spaCy ``Doc`` (or ``Span``) -> :class:`Parse`, offsets relative to its start."""
    base = doc[0].idx if len(doc) else 0
    first = doc[0].i if len(doc) else 0
    return Parse(tuple(Token(t.idx - base, t.idx - base + len(t.text), t.lower_, t.tag_, t.dep_, t.head.i - first)
                       for t in doc))


class SentenceParser:
    """Parses sentences on demand, each text once (a chunk's batch first, then each article's
    reader asks again and is answered from what was parsed).

    ``load`` returns the spaCy pipeline; it is called on the first request, so a corpus
    with no event sentence never loads the parser. ``parsed`` counts the texts parsed.

    >>> calls = []
    >>> parser = SentenceParser(lambda: calls.append(1) or _Fake(), batch_size=8)
    >>> len(calls)
    0
    >>> parser(["A met B."])[0].tokens[0].lower, parser(["A met B."])[0].tokens[1].lower, parser.parsed, len(calls)
    ('a', 'met', 1, 1)
    """

    def __init__(self, load, batch_size: int = 64):
        self._load, self._nlp, self.batch_size = load, None, batch_size
        self._seen: dict[str, Parse] = {}
        self.parsed = 0

    def __call__(self, texts: list[str]) -> list[Parse]:
        todo = list(dict.fromkeys(t for t in texts if t not in self._seen))
        if todo:
            if self._nlp is None:
                self._nlp = self._load()
            for text, doc in zip(todo, self._nlp.pipe(todo, batch_size=self.batch_size)):
                self._seen[text] = to_parse(doc)
            self.parsed += len(todo)
        return [self._seen[t] for t in texts]


class _Fake:
    """A stand-in pipeline for the doctest: one token per blank-separated word."""

    def pipe(self, texts, batch_size=64):
        from types import SimpleNamespace as NS

        for text in texts:
            words, pos, toks = text.split(), 0, []
            for i, w in enumerate(words):
                pos = text.index(w, pos)
                toks.append(NS(idx=pos, text=w, lower_=w.lower(), tag_="", dep_="ROOT" if i == 0 else "dep",
                               i=i, head=NS(i=0)))
                pos += len(w)
            yield toks


def token_of_span(parse: Parse, start: int, end: int) -> int | None:
    """The head token of the characters [start, end): the token inside them whose head is
    outside them (the last when several: a name's head is its surname); None when no
    token is inside."""
    inside = [i for i, t in enumerate(parse.tokens) if t.start < end and start < t.end]
    if not inside:
        return None
    tops = [i for i in inside if not start <= parse.tokens[parse.tokens[i].head].start < end
            or parse.tokens[i].head == i]
    return (tops or inside)[-1]


def _root(parse: Parse, i: int) -> int:
    seen = 0
    while parse.tokens[i].head != i and seen < len(parse.tokens):
        i, seen = parse.tokens[i].head, seen + 1
    return i


def _is_verb(token: Token) -> bool:
    """A verb, not a participle used as a preposition ("following the meeting")."""
    return (token.tag.startswith("VB") or token.tag == "MD") and token.dep != "prep"


def _children(parse: Parse) -> list[list[int]]:
    out: list[list[int]] = [[] for _ in parse.tokens]
    for i, t in enumerate(parse.tokens):
        if t.head != i:
            out[t.head].append(i)
    return out


def spine(parse: Parse, trigger: int) -> list[int]:
    """The trigger, the words up to the first verb above it, then the verbs that verb shares
    its subject with (:data:`SHARED` relations: "agreed to hold talks", "arrived and met",
    "after meeting B, A said")."""
    tokens, out, i = parse.tokens, [trigger], trigger
    while not _is_verb(tokens[i]) and tokens[i].head != i:
        i = tokens[i].head
        out.append(i)
    while _is_verb(tokens[i]) and tokens[i].dep in SHARED and tokens[i].head != i:
        j = tokens[i].head
        path = [j]
        while not _is_verb(tokens[j]) and tokens[j].head != j:
            j = tokens[j].head
            path.append(j)
        if not _is_verb(tokens[j]):
            break
        out += path
        i = j
    return out


def _descends(parse: Parse, i: int, top: int) -> bool:
    """Whether token ``i`` hangs (through its heads) on token ``top``."""
    for _ in parse.tokens:
        if i == top:
            return True
        if parse.tokens[i].head == i:
            return False
        i = parse.tokens[i].head
    return False


def subject_of(parse: Parse, trigger: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence offsets of the subject of the trigger at ``trigger``: the ``nsubj`` (or
    ``nsubjpass``) of the first verb of its :func:`spine` that has one, with the words before
    it that it governs ("the Kazakh Foreign Minister", "he"); None when the parse gives none.
    However far the subject stands from the trigger ("He, as the head of the delegation, also
    took part in the talks"), the parse ties them."""
    start = token_of_span(parse, *trigger)
    if start is None:
        return None
    kids, tokens = _children(parse), parse.tokens
    for i in spine(parse, start):
        subject = next((k for k in kids[i] if tokens[k].dep in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            first = subject  # the words before it that hang on it, up to a comma
            while first > 0 and tokens[first - 1].lower not in {",", "(", "\"", "“"} and \
                    _descends(parse, first - 1, subject):
                first -= 1
            return tokens[first].start, tokens[subject].end
    return None


def _negative(parse: Parse, kids: list[list[int]], i: int, w: SyntaxWords) -> bool:
    """A token undone: a refusal word, or with a ``neg`` child or a "neither" before it."""
    t = parse.tokens[i]
    return t.lower in w.refusals or any(parse.tokens[k].dep == "neg" or (
        parse.tokens[k].dep == "preconj" and parse.tokens[k].lower in w.negations) for k in kids[i])


def _name_negated(parse: Parse, kids: list[list[int]], i: int, w: SyntaxWords) -> bool:
    """A name under "neither" or "nor", in its own phrase ("neither Prime Minister X, nor
    ...": the parser hangs "neither" on a word of the title, "nor" on the name)."""
    todo = [i]
    while todo:
        j = todo.pop()
        for k in kids[j]:
            child = parse.tokens[k]
            if child.lower in w.negations and child.dep in {"preconj", "det", "cc"}:
                return True
            if child.dep in {"compound", "flat", "amod", "nmod"}:
                todo.append(k)
    return False


def _future(parse: Parse, kids: list[list[int]], spine_: list[int], w: SyntaxWords) -> bool:
    """A future auxiliary on a verb of the spine ("X will meet Y", "the talks will be held")."""
    tokens = parse.tokens
    return any(tokens[k].dep in {"aux", "auxpass"} and tokens[k].lower in w.future
               for i in spine_ if _is_verb(tokens[i]) for k in kids[i])


def _planned(parse: Parse, kids: list[list[int]], spine_: list[int], w: SyntaxWords) -> bool:
    """A plan that is no plain future: a modal ("may visit"), a plan word ("expected to
    meet", "the upcoming summit"), "is to be held", "the summit to be held"."""
    tokens = parse.tokens
    for i in spine_:
        if tokens[i].lower in w.plans and i != spine_[0] and not _taken_up(parse, kids, spine_, i, w):
            return True
        for k in kids[i]:
            child = tokens[k]
            if child.dep in {"aux", "auxpass"} and child.lower in w.modals:
                return True
            if child.dep in {"amod", "advmod"} and child.lower in w.plans:
                return True
            if tokens[i].lower in w.copulas and child.dep == "xcomp" and \
                    any(tokens[g].dep == "aux" and tokens[g].lower == "to" for g in kids[k]):
                return True  # "is to be held"
            if not _is_verb(tokens[i]) and child.dep in {"acl", "relcl"} and not _content_clause(parse, kids, k) \
                    and any(tokens[g].dep in {"aux", "auxpass"} and (tokens[g].lower == "to" or tokens[g].lower in
                                                                     w.modals or tokens[g].lower in w.future)
                            for g in kids[k]):
                return True  # "the summit to be held in May", "the meeting that will take place"
    return False


def _content_clause(parse: Parse, kids: list[list[int]], clause: int) -> bool:
    """The clause under a noun opens with a conjunction ("that" as a ``mark``), not a relative
    word: what someone said, which the parser hung on the noun before it ("X said addressing
    the ceremony that attention would be paid to ..."), not a plan of that noun (a relative
    "that" is the clause's subject or object: "the meeting that will take place")."""
    return any(parse.tokens[g].dep == "mark" and g < clause for g in kids[clause])


def _taken_up(parse: Parse, kids: list[list[int]], spine_: list[int], i: int, w: SyntaxWords) -> bool:
    """The plan word at ``i`` is a simple past passive of a ``past_invitations`` word whose
    complement on the spine attends the occasion the trigger names ("X and Y were also
    invited to take part in the meeting": they took part in it), not the trigger itself ("X
    was invited to visit Minsk": a visit to come), a perfect ("has been invited to ...") or
    a refusal ("was invited to attend but declined")."""
    tokens = parse.tokens
    if tokens[i].lower not in w.taken_up or tokens[i].tag != "VBN":
        return False
    past = any(tokens[k].dep == "auxpass" and tokens[k].tag == "VBD" for k in kids[i])
    perfect = any(tokens[k].dep == "aux" for k in kids[i])
    attends = any(k in spine_ and k != spine_[0] and tokens[k].dep == "xcomp" and tokens[k].lower in w.participation
                  for k in kids[i])
    refused = any(tokens[k].lower in w.refusals for k in kids[i])  # "... but declined"
    return past and not perfect and attends and not refused


def _other_occasion(parse: Parse, kids: list[list[int]], top: int, w: SyntaxWords) -> bool:
    """The spine is the complement of a reporting verb and tells another time: a perfect
    ("had met") or an "earlier" on either verb."""
    tokens = parse.tokens
    if tokens[top].dep != "ccomp" or tokens[tokens[top].head].lower not in w.reporting:
        return False
    verbs = (top, tokens[top].head)
    return any(tokens[k].lower in w.other_occasion and tokens[k].dep == "advmod" for v in verbs for k in kids[v]) \
        or any(tokens[k].dep == "aux" and tokens[k].lower in w.perfect for k in kids[top])


def _event_negated(parse: Parse, kids: list[list[int]], spine_: list[int], w: SyntaxWords) -> bool:
    """The event itself undone: the trigger is the undone verb ("X did not meet Y") or its
    subject ("the meeting did not take place", "the visit was cancelled")."""
    tokens = parse.tokens
    verbs = [i for i in spine_ if _is_verb(tokens[i])]
    if not verbs:
        return False
    first = verbs[0]
    below = spine_[spine_.index(first) - 1] if first != spine_[0] else None
    return _negative(parse, kids, first, w) and (below is None or tokens[below].dep in SUBJECTS)


def _verdict(parse: Parse, kids: list[list[int]], person: int, targets: set[int], root: int,
             w: SyntaxWords) -> str | None:
    """Up the tree from ``person`` to the first target: attached, negated on the way, or
    detached: a reporting word before any target ("X said that ...", "according to X"), the
    agent of a participle that is no ``carry_verbs`` ("Y, who was appointed by X", "the
    conference initiated by X"; not "the session chaired by X"), or the root.

    A "not" counts on the target (a verb of the spine undoes its own subjects and objects:
    "X did not attend"), on the nouns of the way ("X's refusal", "neither X nor Y") and on
    ``carry_verbs`` ("with X not taking part"), not on other verbs ("the meeting, where X
    did not speak"). When the parser cut the sentence in two (several roots) and the person
    is not under ``root`` (the spine's), the parse says nothing (None).
    """
    tokens, i, seen, below = parse.tokens, person, 0, None
    if _root(parse, person) != root:
        return None
    negated = _name_negated(parse, kids, person, w)
    while seen <= len(tokens):
        t = tokens[i]
        if i in targets:
            return NEGATED if negated or _negative(parse, kids, i, w) else ATTACHED
        if i != person and t.lower in w.reporting and t.tag.startswith("VB") and not (
                t.dep == "conj" and t.head in targets and tokens[below].dep in SUBJECTS):
            # not the noun "states"; the subject of a "reports" the parser joined to the event's
            # verb ("A met B and C, X reports") is the event's, what it says is not
            return DETACHED
        if i != person and _is_verb(t):
            if below is not None and tokens[below].dep == "agent" and t.lower not in w.carry:
                return DETACHED  # "who was appointed by X", "the conference initiated by X"
            if t.lower in w.carry:
                negated = negated or _negative(parse, kids, i, w)
        else:
            negated = negated or _negative(parse, kids, i, w)
        if t.head == i:
            return DETACHED
        below, i, seen = i, t.head, seen + 1
    return DETACHED


def _present_at(parse: Parse, antecedent: int, w: SyntaxWords) -> set[int]:
    """The verb that puts its subject where the event's relative clause is: the clause
    describes the object of a preposition of a copula or a ``presence_verbs`` verb ("A and B
    were among those who attended the ceremony", "A arrived at the palace that is hosting
    the summit"; a copula only with a pronoun there): that verb's subjects take part. Not a
    noun's preposition ("the critics of the bloc, which held a summit") nor another verb's
    ("A spoke about the forum that ...")."""
    tokens = parse.tokens
    prep = tokens[antecedent].head
    if tokens[antecedent].dep != "pobj" or tokens[prep].dep != "prep" or prep == antecedent:
        return set()
    verb = tokens[prep].head
    if verb == prep or not _is_verb(tokens[verb]):
        return set()
    # a copula only with a pronoun ("among those who"): "A was among the critics of the bloc,
    # which held a summit" hangs the clause on "critics" as often as on "bloc"
    pronoun = tokens[antecedent].tag in {"DT", "PRP"}
    if tokens[verb].lower in w.presence or tokens[verb].lower in w.copulas and pronoun:
        return {verb}
    return set()


def _reports(parse: Parse, person: int, targets: set[int], w: SyntaxWords) -> bool:
    """The person is the subject of a reporting verb above the event's clause ("A met B, C
    said"; "A met B, Deputy Minister of Atlantis C said"): the first verb above the person's
    phrase is a reporting verb whose subject that phrase is, and a target (the event's
    spine) lies below it."""
    tokens = parse.tokens
    below, verb, seen = person, tokens[person].head, 0
    while not _is_verb(tokens[verb]) and tokens[verb].head != verb and seen < len(tokens):
        below, verb, seen = verb, tokens[verb].head, seen + 1
    if tokens[below].dep != "nsubj" or verb == person or tokens[verb].lower not in w.reporting \
            or not tokens[verb].tag.startswith("VB"):
        return False
    for i in targets:
        j, seen = i, 0
        while tokens[j].head != j and seen < len(tokens):
            j, seen = tokens[j].head, seen + 1
            if j == verb:
                return True
    return False


def _beside_colon(parse: Parse, top: int) -> bool:
    """The event's verb is a clause the parser hung, as a complement, on the verb of the
    clause after a colon ("The session opened with a ceremony: the heads of state were greeted
    by X at the entrance and by Y in the hall"): two clauses side by side, telling one occasion;
    the people of the second are at the event (its verb is a target, not a new spine: its
    modals and plans are its own)."""
    tokens = parse.tokens
    head = tokens[top].head
    return tokens[top].dep == "ccomp" and top < head and any(tokens[j].lower == ":" for j in range(top + 1, head))


def read_clause(parse: Parse, trigger: tuple[int, int], people: list[tuple[int, int]]) -> Clause | None:
    """The :class:`Clause` of the trigger at sentence offsets ``trigger`` for the person spans
    ``people``; None when no token of the parse lies in the trigger.

    A participle of ``carry_verbs`` ("the summit, which was chaired by X", "the session
    attended by X") holds its agent; another does not ("Y, who was appointed by X, met Z").
    A clause that is itself relative ("X, who chaired the session, ...") has the noun it
    describes as a target.
    """
    w = syntax_words()
    start = token_of_span(parse, *trigger)
    if start is None:
        return None
    kids, tokens = _children(parse), parse.tokens
    spine_ = spine(parse, start)
    top = spine_[-1]
    targets = set(spine_)
    if tokens[top].dep in {"relcl", "acl"} and tokens[top].head != top:
        targets.add(tokens[top].head)  # "X, who chaired the meeting": X
        targets |= _present_at(parse, tokens[top].head, w)
    if _beside_colon(parse, top):
        targets.add(tokens[top].head)  # "The session opened with a ceremony: the heads were greeted by X"
    root = _root(parse, top)
    verdicts, reporters = [], []
    for k, (s, e) in enumerate(people):
        head = token_of_span(parse, s, e)
        verdicts.append(None if head is None else _verdict(parse, kids, head, targets, root, w))
        if verdicts[-1] == DETACHED and _reports(parse, head, targets, w):
            reporters.append(k)
    return Clause(tuple(spine_), tokens[top].head == top, _planned(parse, kids, spine_, w),
                  _future(parse, kids, spine_, w), _event_negated(parse, kids, spine_, w),
                  _other_occasion(parse, kids, top, w), tuple(verdicts), tuple(reporters))
