"""Extraction stage, people in lists: the titles and states one sentence shares over a list
of names (a plural title over "A, B and C", a state over the titled names after it, "the
defense ministers of X (A), of Y (B)", "foreign ministers of X A, Y B"), and the state a
sentence says its officials represent or whose side or delegation they are
(:func:`represented_state`). :mod:`csto_graph.extract.people` reads each name with them.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..models import PersonMention, PostMention, Sentence
from ..vocab.gazetteer import Gazetteer
from ..vocab.posts import post_words
from ..vocab.words import words as word_classes
from .event_cues import cues
from .names import Title, list_head_post, singular_title, split_rank


def represented_state(sent: Sentence, people: list[PersonMention], gaz: Gazetteer) -> list[PersonMention]:
    """The state a sentence says its officials represent ("Tajikistan was represented by Foreign
    Minister A and Defense Minister B"; "Deputy Foreign Minister A ... are representing
    Tajikistan") is the state of their titles that name none; a plural post over a list of
    states, then as many names, gives each name its state in turn (:func:`respective_posts`)."""
    people = respective_posts(sent, people, gaz)
    found = _represented_pattern().search(sent.text)
    if found is None:
        return _side_state(sent, people, gaz)
    named = found["before"] or found["after"]
    entry = gaz.lookup(named) or gaz.state_of_adjective(re.sub(r"^[Tt]he\s+", "", named))  # "the Kazakh side"
    if entry is None or entry.kind != "state":
        return people
    named = re.sub(r"^[Tt]he\s+", "", named) if gaz.lookup(named) is None else named
    out = []
    for p in people:
        if p.posts and all(m.org is None for m in p.posts):
            p = replace(p, posts=tuple(replace(m, org=entry.id, org_text=named)
                                       for m in p.posts), country=p.country or entry.id)
        out.append(p)
    return out


def respective_posts(sent: Sentence, people: list[PersonMention], gaz: Gazetteer) -> list[PersonMention]:
    """A plural post over a list of states, then a list of as many names, written in the same
    order ("the foreign ministers of X and Y, A and B"; "President C, his counterparts from X,
    Y and Z A, B and D"): the n-th name holds the post, in the singular, in the n-th state. A
    counterpart holds the post of the person named before the plural. A list whose names are
    not as many as its states, or a name with a state already, is left as it is.

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> text = "The defense ministers of Armenia and Belarus, Ivan Petrov and Oleg Sidorov, met."
    >>> people = [PersonMention("Ivan Petrov", "Ivan Petrov", 46, 57, 0),
    ...           PersonMention("Oleg Sidorov", "Oleg Sidorov", 62, 74, 0)]
    >>> read = respective_posts(Sentence(0, len(text), text), people, load_gazetteer())
    >>> [(p.posts[0].post, p.country) for p in read]
    [('Defense Minister', 'armenia'), ('Defense Minister', 'belarus')]
    """
    out = list(people)
    for found in _respective_head().finditer(sent.text):
        post = _respective_post(found, sent, out)
        states, at = _state_list(sent.text, found.end(), gaz)
        if post is None or len(states) < 2:
            continue
        names = _names_from(out, sent, at, len(states))
        if names is None:
            continue
        for k, (key, form, start) in zip(names, states):
            p = out[k]
            mention = PostMention(post, key, form, sent.start + start, sent.start + start + len(form))
            out[k] = replace(p, posts=(mention, *p.posts), country=key, strong=True)
    return out


def _respective_post(found: re.Match, sent: Sentence, people: list[PersonMention]) -> str | None:
    """The singular post a plural head names, or, for counterparts, the first post of the last
    person named before them."""
    plural = found["plural"].lower()
    if plural in post_words().plurals:
        return post_words().plurals[plural]
    before = [p for p in people if p.end <= sent.start + found.start() and p.posts]
    return before[-1].posts[0].post if before else None


@lru_cache(maxsize=1)
def _respective_head() -> re.Pattern[str]:
    """A plural post or counterpart noun, then "of" or "from" a state ("foreign ministers of")."""
    counterparts = [w for w in word_classes().counterpart_nouns if w.endswith("s")]
    heads = sorted([*post_words().plurals, *counterparts], key=len, reverse=True)
    return re.compile(rf"\b(?P<plural>(?i:{'|'.join(map(re.escape, heads))}))\s+(?:of|from)\s+(?:the\s+)?")


_STATE_JOINT = re.compile(r"\s*,\s*(?:and\s+)?(?:of\s+)?(?:the\s+)?|\s+and\s+(?:of\s+)?(?:the\s+)?")


def _state_list(text: str, at: int, gaz: Gazetteer) -> tuple[list[tuple[str, str, int]], int]:
    """The states named one after another from ``at`` ("X, Y and Z"): (id, form, start) each,
    and where the list ends."""
    states: list[tuple[str, str, int]] = []
    while True:
        hit = next((g for g in gaz.find(text[at:at + 80]) if g.start == 0), None)
        if hit is None or hit.entry.kind != "state":
            return states, (states[-1][2] + len(states[-1][1]) if states else at)
        states.append((hit.entry.id, hit.text, at))
        joint = _STATE_JOINT.match(text, at + hit.end)
        if joint is None:
            return states, at + hit.end
        at = joint.end()


def _names_from(people: list[PersonMention], sent: Sentence, at: int, count: int) -> list[int] | None:
    """The indices of ``count`` names listed right after ``at`` (after a comma or not), none
    of them with a state, else None."""
    after = sorted((k for k, p in enumerate(people) if p.start >= sent.start + at), key=lambda k: people[k].start)
    names, end = [], at
    for k in after[:count + 1]:
        between = sent.text[end:people[k].start - sent.start]
        if not (_FIRST_NAME.fullmatch(between) if not names else LIST_JOINT.fullmatch(between)):
            break
        if len(names) == count or people[k].country or any(m.org for m in people[k].posts):
            return None  # a longer list than the states, or a name with its own state
        names.append(k)
        end = people[k].end - sent.start
    return names if len(names) == count else None


_FIRST_NAME = re.compile(r"\s*,?\s*")


def _side_state(sent: Sentence, people: list[PersonMention], gaz: Gazetteer) -> list[PersonMention]:
    """The state whose side or delegation opens a list of officials ("on the Kazakh side were
    Foreign Minister A, Defence Minister B and ...", "the delegation of X, headed by the
    Minister of Y, A, ...") is the state of their titles that name none; the list ends at the
    first name after words that are no title."""
    out = list(people)
    for found in _side_pattern().finditer(sent.text):
        named = found["adj"] or found["state"]
        entry = gaz.state_of_adjective(named) if found["adj"] else gaz.lookup(named)
        if entry is None or entry.kind != "state":
            continue
        at = sent.start + found.end()
        for k, p in enumerate(out):
            begin = min([p.start, *(m.start for m in p.posts)])
            if begin < at:
                continue
            if not _SIDE_JOINT.fullmatch(sent.text[at - sent.start:begin - sent.start]):
                break
            if p.posts and any(m.org is None for m in p.posts):
                out[k] = replace(p, posts=tuple(replace(m, org=entry.id, org_text=named) if m.org is None else m
                                                for m in p.posts), country=p.country or entry.id)
            at = p.end
    return out


_SIDE_JOINT = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?")


@lru_cache(maxsize=1)
def _side_pattern() -> re.Pattern[str]:
    sides = "|".join(map(re.escape, word_classes().represented_sides))
    openers = "|".join(re.escape(o) for o in sorted(post_words().side_openers, key=len, reverse=True))
    state = r"[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}"
    return re.compile(rf"(?:\b(?P<adj>[A-Z][\w’'-]+)\s+(?:{sides})|\b(?:{sides})\s+of\s+(?:the\s+)?(?P<state>{state}))"
                      rf"\s*,?\s*(?:{openers})(?!\w)")


@lru_cache(maxsize=1)
def _represented_pattern() -> re.Pattern[str]:
    by = "|".join(map(re.escape, cues().represented_by))
    verb = "|".join(map(re.escape, cues().representing))
    state = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}"
    sides = "|".join(map(re.escape, word_classes().represented_sides))
    return re.compile(rf"(?:^|[.;:]\s+|,\s+)(?P<before>{state})(?:\s+(?:{sides}))?\s+(?:{by})\b"
                      rf"|\b(?:{verb})\s+(?P<after>{state})")


def of_body_after(text: str, end: int, gaz: Gazetteer) -> tuple[str, str, int] | None:
    """A state or organization the gazetteer knows, named by "of" right after a name ending
    at ``end`` ("... Ivan Petrov of Kazakhstan"): (id, form, where it ends), else None."""
    m = re.match(r"\s+of\s+(?:the\s+)?", text[end:])
    if m is None:
        return None
    at = end + m.end()
    hit = next((g for g in gaz.find(text[at:at + 120]) if g.start == 0), None)
    if hit is None or hit.entry.kind in {"place", "media"}:
        return None
    return hit.entry.id, hit.text, at + hit.end


def listed_state(posts: list[PostMention], list_state, titles: list[Title], text: str, start: int, end: int,
                vocab, gaz: Gazetteer) -> tuple[list[PostMention], tuple[str, str, int] | None]:
    """A state named before the first title of a list of titled names is the state of the
    titles after it that name none ("Kazakhstan's Minister of Foreign Affairs A, Minister of
    Defense B and Secretary of the Security Council C": B and C serve Kazakhstan too).

    Returns the posts (those without a state given it) and what the next name may share:
    (state id, the form that named it, where this name ends).
    """
    if list_state is not None and posts and titles and LIST_JOINT.fullmatch(text[list_state[2]:titles[0].start]):
        key, form, _ = list_state
        heads = {h.lower() for h in word_classes().state_body_heads}
        posts = [replace(m, org=key, org_text=form) if m.org is None or (m.org_text or "").lower() in heads
                 else m for m in posts]
        return posts, (key, form, end) if all(m.org == key for m in posts) else None
    for m in posts[:1]:
        entry = gaz.entries.get(m.org or "")
        if entry is not None and entry.kind == "state" and m.org_text and titles \
                and text[titles[0].start:].startswith(m.org_text):
            return posts, (m.org, m.org_text, end)
    return posts, None


LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def plural_titles(titles: list[Title], shared: tuple[Title, int, bool] | None, text: str, start: int, end: int,
                   vocab, gaz: Gazetteer) -> tuple[list[Title], tuple[Title, int, bool] | None]:
    """A plural title heads every name of the list after it ("the CSTO Deputy Secretaries
    General A, B and C"): each gets it in the singular; a plural title of a state heads a
    list of names each after its own state ("the foreign ministers of X A, Y B and Z C").
    Returns this name's titles and what the next name may share: (the singular title, where
    this name ends, whether each name names its state)."""
    if titles:
        last = titles[-1]
        singular, plural = singular_title(last.text, vocab)
        if plural:
            last = replace(last, text=singular)
            return [*titles[:-1], last], (last, end, False)
        of_state = _plural_of_state(last.text, vocab, gaz)
        if of_state is not None:
            head, form = of_state
            return [*titles[:-1], replace(last, text=f"{head} of {form}")], (replace(last, text=head), end, True)
        return titles, None
    if shared is None:
        return titles, None
    title, after, per_state = shared
    between = text[after:start]
    if not per_state:
        return ([title], (title, end, False)) if LIST_JOINT.fullmatch(between) else (titles, None)
    m = _STATE_ITEM.fullmatch(between)
    entry = gaz.lookup(m["state"]) if m else None
    if entry is None or entry.kind != "state":
        return titles, None
    at = after + m.start("state")
    return [Title(f"{title.text} of {m['state']}", at, at + len(m["state"]))], (title, end, True)


_STATE_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:of\s+)?(?:the\s+)?(?P<state>[A-Z][\w’' -]*?)\s+")


def _plural_of_state(title: str, vocab, gaz: Gazetteer) -> tuple[str, str] | None:
    """(the singular post, the state) of a plural title of a state ("foreign ministers of X"
    is "Foreign Minister" of X), else None."""
    low = title.lower()
    for plural, singular, pattern in _plurals_of_state(tuple(vocab.plurals.items())):
        m = pattern.search(low) if plural in low else None  # (the word first: this loop was 2.6% of a 3k build)
        if m is None:
            continue
        form = title[m.end():]
        entry = gaz.lookup(form)
        if entry is not None and entry.kind == "state":
            return title[:m.start()].strip() + (" " if m.start() else "") + singular, form
    return None


@lru_cache(maxsize=4)
def _plurals_of_state(plurals: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(plural, singular, the pattern of "PLURAL of (the)") of each plural post, longest first."""
    return tuple((plural, singular, re.compile(rf"(?:^|\s){re.escape(plural)}\s+of\s+(?:the\s+)?"))
                 for plural, singular in sorted(plurals, key=lambda kv: -len(kv[0])))


def paren_list_post(tokens, text: str, i: int, vocab, gaz: Gazetteer):
    """For "(Rank Name)" after "of the STATE", the list's post and that state."""
    start = tokens[i].start
    after = re.match(r"\s*\(([A-Z][\w\- ]+)\)", text[_run_end(tokens, i):])
    if after:  # "...: Hayk Hovhannisyants (Armenia), Leonid Petrov (Belarus)"
        entry = gaz.lookup(after.group(1))
        post = list_head_post(text, start, vocab) if entry is not None and entry.kind == "state" else None
        if post:
            return post, entry.id, after.group(1)
    open_at = text.rfind("(", 0, start)
    if open_at < 0 or ")" in text[open_at:start]:
        return None
    between = text[open_at + 1:start].strip()
    if between and split_rank(between, vocab)[0] is None:
        return None
    head = text[:open_at].rstrip()
    m = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w\-’' ]+)$", head) or _NEXT_ITEM.search(head)
    if not m:
        return None
    entry = gaz.lookup(m.group(1).strip())
    if entry is None or entry.kind not in {"state", "organization"}:
        return None
    post = list_head_post(text, open_at, vocab)
    return (post, entry.id, m.group(1).strip()) if post else None


# The next state of such a list, written without its "of" after the name before it closed its
# bracket ("the presidents of X (A), Y (B) and Z (C)").
_NEXT_ITEM = re.compile(r"\)\s*(?:,\s*(?:and\s+)?|and\s+)(?:of\s+)?(?:the\s+)?([A-Z][\w\-’' ]+)$")


def _run_end(tokens, i: int) -> int:
    """Character end of the name-shaped run starting at token ``i``."""
    j = i
    while j + 1 < len(tokens) and tokens[j + 1].start - tokens[j].end == 1 and tokens[j + 1].text[:1].isupper():
        j += 1
    if j + 1 < len(tokens) and tokens[j + 1].text in word_classes().surname_particles:
        j += 1
    return tokens[j].end
