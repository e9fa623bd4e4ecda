"""Organization mentions: gazetteer hits, unknown bodies read from the text, acronyms.

Unknown bodies are found as name chains around an organizational head noun
("Mikhailovsky Military Artillery Academy", "Centre for International Strategic
Studies"): capitalised words to the left, and to the right complements that belong to
the name ("for ...", "on ...", "of Foreign Affairs") or, while the name has no
complement yet, an attached "of the ..." chain ("Diplomatic Academy of the Russian
Ministry of Foreign Affairs"). Acronyms defined in brackets ("... Asia (UNRCCA)")
are checked with the Schwartz-Hearst algorithm, as in scispacy.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..vocab.gazetteer import Match, names_holders
from ..vocab.plurals import head_plurals, singular_of
from ..vocab.words import state_body_name, words

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|\S")
QUOTES = "‘’“”\"«»'"


class Token(NamedTuple):  # a tuple: made a hundred thousand times per thousand articles
    text: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    if offset:
        return [Token(m.group(0), m.start() + offset, m.end() + offset) for m in WORD.finditer(text)]
    return list(_tokens(text))


@lru_cache(maxsize=256)  # a sentence is tokenized for its bodies, then for its people
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(0), m.start(), m.end()) for m in WORD.finditer(text))


def _cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def schwartz_hearst(short: str, long: str) -> str | None:
    """The shortest end of ``long`` whose letters spell ``short`` (or None).

    >>> schwartz_hearst("CMD", "the Council of Ministers of Defense")
    'Council of Ministers of Defense'
    >>> schwartz_hearst("UNRCCA", "UN Regional Centre for Preventive Diplomacy for Central Asia")
    'UN Regional Centre for Preventive Diplomacy for Central Asia'
    >>> schwartz_hearst("XYZ", "Council of Ministers") is None
    True
    """
    s_index, l_index = len(short) - 1, len(long) - 1
    while s_index >= 0:
        char = short[s_index].lower()
        if not char.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (long[l_index].lower() != char or
                                (s_index == 0 and l_index > 0 and long[l_index - 1].isalnum())):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = long.rfind(" ", 0, l_index + 1) + 1
    result = long[start:].strip()
    result = re.sub(r"^(the|The)\s+", "", result)
    return result or None


def _not_name_part(word: str) -> bool:
    """A capitalised word that opens a sentence, not a body's name ("The", "On", "May")."""
    low = word.lower()
    return low in words().not_org_name_words or low in words().calendar


class _Chain:
    """Token-level reading of one organization name around a head noun."""

    def __init__(self, tokens: list[Token], covered: dict[int, Match]):
        self.tokens, self.covered = tokens, covered
        self.inner: list[tuple[int, int]] = []  # token spans of bodies named inside a longer name

    def inner_body(self, j: int, end: int) -> None:
        """Tokens ``j`` to ``end`` after "of the" inside a longer name are a body of their own
        when their grammar makes one as it would on its own: capitalised words, then a head noun
        of a body that no known name covers, where it ends a body's name (:func:`_qualified`: not
        "the Armed Forces"), and one complement of that head at least, up to ``end`` ("Special
        Forces of the National Guard of the Republic of Narnia": the National Guard of the
        Republic of Narnia is named too; "Council of the <organization> Parliament Chairmen":
        its members, no body; "Council of the Parliamentary Assembly": a short form, most often,
        of a body the article names in full)."""
        heads, toks = words().org_heads, self.tokens
        for k in range(j + 1, end):
            if not (_cap(toks[k]) or k in self.covered):
                return
            if toks[k].text.lower() in heads and k not in self.covered and _cap(toks[k]) and \
                    _qualified(toks, k) and not _holders_body_after(toks, k):
                saved = list(self.inner)
                if self.extend_right(k) == end and end > k + 1:
                    self.inner.append((j, end))
                    return
                self.inner = saved

    def word(self, j: int) -> bool:
        """Token ``j`` can be a word of a name: capitalised, no month, not just after a known entry."""
        if j >= len(self.tokens):
            return False
        tok = self.tokens[j]
        if j in self.covered and self.covered.get(j - 1) is self.covered[j]:
            return True  # inside a known name, whatever its case ("... Treaty organization")
        if not _cap(tok) or _not_name_part(tok.text) or tok.text in QUOTES or self.rank_at(j):
            return False
        after_entry = j - 1 in self.covered and j not in self.covered and not self.body_of_organization(j)
        return (not after_entry or self.covered[j - 1].end != self.tokens[j - 1].end) and not self.person_at(j)

    def rank_at(self, j: int) -> bool:
        """A rank of two words or more opens at token ``j``, one word when hyphenated
        ("Major-General", "Colonel General"): a rank ends a body's name, the person it
        ranks follows ("the General Staff of the Armed Forces Major-General Ivan Petrov").
        A rank of one word ("General", "Admiral") may be a word of a name ("General Staff")."""
        from .names import is_name_word

        toks = self.tokens
        for rank in _long_ranks():
            n = len(rank)
            if j + n < len(toks) and tuple(t.text.lower() for t in toks[j:j + n]) == rank \
                    and all(_cap(t) for t in toks[j:j + n]) and is_name_word(toks[j + n].text, _name_vocabulary()):
                return True  # ... and a person's name after it ("Army General Staff" stays a name)
        return False

    def body_of_organization(self, j: int) -> bool:
        """Token ``j`` is a head noun right after a known organization's name: a body of that
        organization ("the CIS Council of Commanders of Border Troops")."""
        match = self.covered.get(j - 1)
        if match is None or match.entry.kind != "organization":
            return False
        return self.tokens[j].text.lower() in words().org_heads or self.members_of(j) or \
            self.bodies_of(j) is not None

    def bodies_of(self, j: int) -> int | None:
        """Index after the bodies of an organization in the plural, from token ``j`` on, right
        after its name ("Committee of Secretaries of the <organization> Security Councils"): up
        to three capitalised words that no entry covers, the last one a head noun in the plural
        ("Councils", not "Forces", a head itself), no capitalised word after it; None otherwise."""
        toks, heads = self.tokens, words().org_heads
        for k in range(j, min(j + 3, len(toks))):
            low = toks[k].text.lower()
            if not _cap(toks[k]) or k in self.covered or _not_name_part(toks[k].text) or low in heads:
                return None
            if singular_of(low, heads) is not None:
                return k + 1 if k + 1 >= len(toks) or not _cap(toks[k + 1]) else None
        return None

    def members_of(self, j: int) -> bool:
        """Tokens from ``j`` on are the members of a body in the plural, after its
        organization ("Council of CSTO Foreign Ministers", "Committee of the CSTO Security
        Council Secretaries": capitalised words ending in a post's head in the plural), and
        end the name."""
        toks = self.tokens
        for plural in _plural_posts():
            n = len(plural)
            if [t.text.lower() for t in toks[j:j + n]] == list(plural) and all(_cap(t) for t in toks[j:j + n]):
                return j + n >= len(toks) or not _cap(toks[j + n])
        k = j
        while k < len(toks) and k - j < 4 and _cap(toks[k]) and k not in self.covered and \
                toks[k].text.lower() not in head_plurals():
            k += 1
        return k > j and k < len(toks) and toks[k].text.lower() in head_plurals() and _cap(toks[k]) and \
            (k + 1 >= len(toks) or not _cap(toks[k + 1]))

    def person_at(self, j: int) -> bool:
        """Tokens ``j`` and ``j + 1`` are a person's name right after a complete body name,
        no comma between ("the head of the Staff Committee of the Ministry of Defense Ivan
        Petrov"): two name words, after a word of bodies and titles, before no capitalised word."""
        from ..vocab.gazetteer import load_gazetteer
        from .names import is_name_word, vocabulary

        toks = self.tokens
        if j < 1 or j + 1 >= len(toks) or toks[j + 1].start - toks[j].end != 1:
            return False
        vocab = vocabulary(load_gazetteer())
        prev = toks[j - 1].text.lower()
        if not (j - 1 in self.covered or prev in words().org_heads or prev in _name_enders()):
            return False
        if not (is_name_word(toks[j].text, vocab) and is_name_word(toks[j + 1].text, vocab)):
            return False
        if j + 2 < len(toks) and (toks[j + 2].text.lower() in words().function_words
                                  or _cap(toks[j + 2]) and toks[j + 2].start - toks[j + 1].end == 1):
            return False  # "... Strategic Studies of the Academy": the body's name goes on
        return True

    def run(self, j: int, connectors: set[str], through_the: bool = False) -> int:
        """Index after a run of name words, joined by connector words ("of", "of the"), and
        ended by "and" with one last word ("... Security and Cooperation", "... of Russia and
        Belarus", :meth:`last_conjunct`) or with two or three ("... on Political Affairs and
        International Cooperation", :meth:`longer_conjunct`)."""
        while j < len(self.tokens):
            if self.word(j) or self.word_after_known(j):
                j += 1
            elif self.last_conjunct(j):
                return j + 2
            elif (end := self.longer_conjunct(j)) is not None:
                return end
            elif self.plural_possessive(j):
                j += 1  # "Committee of the Security Councils’ Secretaries"
            elif self.gerund_object(j):
                j += 1  # "... for Fighting the Illegal Arms Trade"
            elif self.tokens[j].text in connectors and self.word(j + 1):
                j += 1
            elif self.inner_preposition(j):
                j += 1  # "... of Fight against Organized Crime"
            elif through_the and self.tokens[j].text in connectors and j + 2 < len(self.tokens) and \
                    self.tokens[j + 1].text == "the" and self.word(j + 2):
                j += 2
            else:
                break
        return j

    def bracketed_acronym(self, j: int) -> int:
        """Index after the acronym in brackets that a name holds at token ``j``, before its
        complement ("Drug Control Agency (DCA) under the President of Narnia": the acronym of the
        words before it, written where they end; its letters spell them); ``j`` when there is none
        ("the Defense Council (CSTO) of Narnia": an owner's acronym, no name's)."""
        toks = self.tokens
        if j + 4 >= len(toks) or toks[j].text != "(" or toks[j + 2].text != ")" or \
                toks[j + 3].text not in words().complement_openers or toks[j + 2].end + 1 != toks[j + 3].start:
            return j
        acr = toks[j + 1].text
        before = " ".join(t.text for t in toks[max(0, j - 10):j])  # the name it spells ends right before it
        return j + 3 if BRACKETED.fullmatch(f"({acr})") and sum(c.isupper() for c in acr) >= 2 and \
            schwartz_hearst(acr, before) is not None else j

    def inner_preposition(self, j: int) -> bool:
        """Token ``j`` is a preposition of ``inner_prepositions`` inside a complement ("Fight
        against Organized Crime"): between two capitalised name words, no known name (a state,
        a body), head noun or word of a post's title right after it."""
        toks = self.tokens
        if j < 1 or j + 1 >= len(toks) or toks[j].text not in words().inner_prepositions:
            return False
        if not self.word(j - 1) or (j - 1) in self.covered or (j + 1) in self.covered or not self.word(j + 1):
            return False
        low = toks[j + 1].text.lower()
        return low not in words().org_heads and low not in _name_vocabulary().post_words \
            and low not in _name_vocabulary().rank_tokens

    def word_after_known(self, j: int) -> bool:
        """Token ``j`` is the capitalised last word of a complement right after a known
        organization or state ("Committee on <organization> Affairs"): no person's name word, no
        head noun, no word that opens no name, no capitalised word after it but a person's name
        ("Committee on <organization> Affairs Ivan Petrov"; a title may follow too: "Council of
        <organization> Defense Ministers Ivan Petrov" ends before "Defense")."""
        from .names import is_name_word

        toks = self.tokens
        if j < 1 or j >= len(toks) or j in self.covered or (j - 1) not in self.covered:
            return False
        if j + 1 < len(toks) and _cap(toks[j + 1]) and not self.person_at(j + 1):
            return False
        tok, match = toks[j], self.covered[j - 1]
        if match.entry.kind not in {"organization", "state"} or not _cap(tok) or _not_name_part(tok.text) \
                or tok.text in QUOTES or tok.text.lower() in words().org_heads:
            return False
        return not is_name_word(tok.text, _name_vocabulary())

    def longer_conjunct(self, j: int) -> int | None:
        """Index after the last conjunct of a complement when it has two or three words ("...
        on Political Affairs and International Cooperation"): name words, no head noun (that
        would be a second body), no body, one at least that is no person's name word (two name
        words after "and" are a person: "... Affairs and Ivan Petrov"), no name word after it;
        None otherwise."""
        from .names import is_name_word

        toks = self.tokens
        if j < 1 or toks[j].text not in words().name_conjunctions or not self.word(j - 1):
            return None
        k = j + 1
        while k < len(toks) and k - j <= 3 and self.word(k) and toks[k].text.lower() not in words().org_heads and \
                (k not in self.covered or self.covered[k].entry.kind in {"state", "place"}):
            k += 1
        if k - j < 3 or self.word(k):
            return None
        vocab = _name_vocabulary()
        goes_on = k + 1 < len(toks) and toks[k].text == "of" and self.word(k + 1) and \
            (k + 1 not in self.covered or self.covered[k + 1].entry.kind not in {"state", "place", "organization"})
        # "... and Methodological Training of Special Forces": a complement of its own right after them, no
        # person ("... and Ivan Petrov of Narnia", "... of the <organization>")
        return k if goes_on or any(not is_name_word(t.text, vocab) for t in toks[j + 1:k]) else None

    def gerund_object(self, j: int) -> bool:
        """Token ``j`` is "the" between a capitalised gerund and its object, inside a name
        ("Council ... for Fighting the Illegal Arms Trade"): after a name word in -ing, before
        another name word."""
        toks = self.tokens
        return toks[j].text == "the" and j > 0 and toks[j - 1].text.endswith("ing") and self.word(j - 1) \
            and self.word(j + 1)

    def plural_possessive(self, j: int) -> bool:
        """Token ``j`` is the apostrophe of a plural possessive inside a name ("Councils’
        Secretaries"): right after a name word in -s, before another name word."""
        toks = self.tokens
        return toks[j].text in {"'", "’"} and j > 0 and toks[j - 1].end == toks[j].start and \
            toks[j - 1].text.endswith("s") and self.word(j - 1) and self.word(j + 1)

    def last_conjunct(self, j: int) -> bool:
        """Token ``j`` is "and" before the one last word of a name: a name word, no head noun
        (that would be a second body), no other known body, no word after it."""
        toks = self.tokens
        if j < 1 or toks[j].text not in words().name_conjunctions or not self.word(j - 1) or not self.word(j + 1):
            return False
        match = self.covered.get(j + 1)
        if toks[j + 1].text.lower() in words().org_heads or match is not None and match.entry.kind not in {"state", "place"}:
            return False
        if match is not None:
            return not self.word(self.place_end(j + 1))
        return not self.word(j + 2)

    def complete_body(self, j: int) -> int | None:
        """Index after the name of a body a complement belongs to, from token ``j`` on: a known
        body or organization ("Council of Heads of State of the <organization>"), or bodies in
        the plural ("Committee of Secretaries of the Security Councils"); None for one body the
        gazetteer does not know ("Centre for ... Studies of the Diplomatic Academy": two bodies)."""
        match = self.covered.get(j)
        if match is not None and match.entry.kind in {"organization", "body", "mission"}:
            end = self.place_end(j)  # "... of the <organization> Security Councils": its bodies in the plural too
            return self.bodies_of(end) if match.entry.kind == "organization" and self.bodies_of(end) else end
        end = self.run(j, {"of"})
        last = self.tokens[end - 1].text.lower() if end > j else ""
        if singular_of(last, words().org_heads) is not None:
            return end
        if end - j >= 2 and last in words().org_heads and _cap(self.tokens[end - 1]) and \
                _qualified(self.tokens, end - 1):
            # one body the gazetteer does not know, with its own complements: a body of that body
            # ("Centre for ... Studies of the Diplomatic Academy of the Ministry of ...")
            inner_end = self.extend_right(end - 1)
            self.inner_body(j, inner_end)
            return inner_end
        # a head and a word that ends a body's name after "of" ("the Russian Academy of Sciences")
        heads = [k for k in range(j, end - 2) if self.tokens[k].text.lower() in words().org_heads]
        if last in words().body_name_enders and heads and self.tokens[heads[-1] + 1].text == "of":
            self.inner_body(j, end)
            return end
        return None

    def is_place(self, j: int) -> bool:
        """Token ``j`` opens a place or a state ("in Tajikistan": where, not a complement)."""
        match = self.covered.get(j)
        return match is not None and match.entry.kind in {"place", "state"}

    def place_end(self, j: int) -> int:
        """Index after the place or state that starts at token ``j``."""
        match = self.covered[j]
        while j < len(self.tokens) and self.covered.get(j) is match:
            j += 1
        return j

    def state_after(self, j: int) -> int | None:
        """Index after a state named from token ``j`` on ("the Republic of Tajikistan"), else None."""
        k = j + 1 if j < len(self.tokens) and self.tokens[j].text == "the" else j
        match = self.covered.get(k)
        if match is None or match.entry.kind != "state":
            return None
        while k < len(self.tokens) and self.covered.get(k) is match:
            k += 1
        return k

    def extend_right(self, i: int) -> int:
        """Complements that belong to the name ("for ...", "on ...", "of Foreign Affairs",
        "under the President of ..."), and, while it has none, an attached "of the ..."."""
        toks, right, has_complement, w = self.tokens, i + 1, False, words()
        serves = toks[i].text.lower() in w.heads_in_place
        while right + 1 < len(toks):
            at, right = right, self.bracketed_acronym(right)  # the name goes on after its acronym, or ends before it
            word, nxt = toks[right].text, right + 1
            if nxt >= len(toks):
                right = at
                break
            if word == "in" and _cap(toks[nxt]) and toks[nxt].text.lower() in w.not_place_words:
                right = at
                break  # "... Ministry of Foreign Affairs in English": a page's language, no complement
            if word == "in" and self.is_place(nxt) and toks[right - 1].text.lower() in w.heads_in_place:
                right = self.place_end(nxt)  # "the UN Mission in Lebanon"
                break
            if serves and right > i + 1 and word in w.serving_links and self.state_after(nxt) is not None \
                    and self.covered.get(right - 1) is not None and self.covered[right - 1].entry.kind == "state":
                right = self.state_after(nxt)  # "the Embassy of <state> to the Russian Federation"
                break
            if word in w.complement_prepositions and self.word(nxt) and not (word == "in" and self.is_place(nxt)):
                right, has_complement = self.run(nxt, {"of"}), True
            elif word in w.complement_before_the and toks[nxt].text == "the" and self.word(nxt + 1):
                right, has_complement = self.run(nxt + 1, {"of"}), True
            elif word == "under" and toks[nxt].text == "the" and self.word(nxt + 1):
                right, has_complement = self.run(nxt + 1, {"of"}, through_the=True), True
            elif word == "of" and not has_complement and toks[nxt].text == "the" and self.word(nxt + 1):
                right = self.run(nxt + 1, w.run_connectors, through_the=True)
                self.inner_body(nxt + 1, right)
            elif word == "of" and has_complement and self.state_after(nxt) is not None:
                right = self.state_after(nxt)  # "... for National Security of the Republic of Tajikistan"
                break
            elif word == "of" and has_complement and toks[nxt].text == "the" and self.complete_body(nxt + 1):
                right = self.complete_body(nxt + 1)  # "Council of Heads of State of the <organization>"
                break
            else:
                right = at
                break
        while right - 1 > i and toks[right - 1].text in w.name_trailers:
            right -= 1
        return right


def _name_vocabulary():
    """The words of people's names (:func:`~csto_graph.extract.names.vocabulary`, memoized there)."""
    from ..vocab.gazetteer import load_gazetteer
    from .names import vocabulary

    return vocabulary(load_gazetteer())


@lru_cache(maxsize=1)
def _long_ranks() -> tuple[tuple[str, ...], ...]:
    """The ranks of two words or more, as lower-cased tokens, hyphenated ones as one token
    ("major-general"; ``ranks`` in ``ontology/posts.yaml``, written as the names vocabulary
    writes them)."""
    ranks = {tuple(t.text.lower() for t in _tokens(r)) for r in _name_vocabulary().ranks}
    return tuple(sorted((r for r in ranks if (len(r) > 1 or "-" in r[0]) and all(w[:1].isalpha() for w in r)),
                        key=len, reverse=True))  # (abbreviations with their dots are tokens of their own)


@lru_cache(maxsize=1)
def _plural_posts() -> tuple[tuple[str, ...], ...]:
    """Posts in the plural without "of" ("foreign ministers"; :mod:`~csto_graph.vocab.plurals`), as words."""
    from ..vocab.posts import post_words

    return tuple(tuple(p.split()) for p in post_words().plurals if " of " not in p)


@lru_cache(maxsize=1)
def _name_enders() -> frozenset[str]:
    """Last words of a complete body name besides head nouns: the domains of posts
    ("Ministry of Defense", "of Foreign Affairs") and "Republic"."""
    from ..vocab.posts import post_words

    domains = {w.lower() for d in post_words().domains for w in d.split()}
    return frozenset(domains | words().body_name_enders)


def heads_longer_name(text: str, match: Match) -> bool:
    """A state's name that is the start of a longer body's name: its last word is a head
    noun and a capitalised ``of`` phrase follows ("the Russian Federation of Combined Martial
    Arts", a sports federation, not the state).

    >>> from ..vocab.gazetteer import load_gazetteer
    >>> text = "the Russian Federation of Chess Problems"
    >>> m = load_gazetteer().find(text)[0]
    >>> heads_longer_name(text, m), heads_longer_name("the Russian Federation of the CSTO", m)
    (True, False)

    So is a known body's name that a post's head in the plural follows
    (:func:`~csto_graph.vocab.gazetteer.names_holders`).
    """
    if names_holders(text, match):
        return True
    if match.entry.kind != "state" or match.text.split()[-1].lower() not in words().org_heads:
        return False
    return re.match(r"\s+of\s+[A-Z]", text[match.end:]) is not None


def _and_before(tokens: list[Token], left: int, covered: dict) -> int:
    """Where a body's name starts when two capitalised words joined by "and" open it after
    "the" ("the Organizational and Planning Department"); ``left`` otherwise."""
    if left >= 3 and tokens[left - 1].text == "and" and _cap(tokens[left - 2]) and left - 2 not in covered \
            and not _not_name_part(tokens[left - 2].text) and tokens[left - 3].text.lower() == "the" \
            and tokens[left - 2].text.lower() not in words().org_heads:  # not "the Council and ... Committee"
        return left - 2
    return left


def _state_start(tokens: list[Token], left: int, covered: dict) -> int:
    """Where a body's name starts that opens with a state's name of several words, the first
    of them not capitalised ("Republic of Narnia Ministry of Foreign Affairs", "Republic of
    Narnia" read from "Narnia" on): at the state's first word; ``left`` otherwise."""
    match = covered.get(left)
    if match is None or match.entry.kind != "state" or match.start >= tokens[left].start:
        return left
    while left > 0 and covered.get(left - 1) is match:
        left -= 1
    return left


def _plural_possessive_before(tokens: list[Token], left: int) -> bool:
    """Tokens ``left - 2`` and ``left - 1`` are a capitalised plural and its apostrophe, written
    together, opening a body's name ("the Foreign Ministers' Council")."""
    if left < 2 or tokens[left - 1].text not in {"'", "’"}:
        return False
    word, mark = tokens[left - 2], tokens[left - 1]
    return word.end == mark.start and mark.end < tokens[left].start and word.text.endswith("s") and _cap(word) \
        and not _not_name_part(word.text)


def _qualified(tokens: list[Token], i: int) -> bool:
    """The head noun at ``i`` ends a body's name where it is read: after the words it needs
    (``qualified_heads``), not after those that make it no body (``not_body_heads``)."""
    w, low = words(), tokens[i].text.lower()
    before = tokens[i - 1].text.lower() if i > 0 else ""
    if low in w.qualified_heads and before not in w.qualified_heads[low]:
        return False
    return f"{before} {low}" not in w.not_body_heads


def _holders_body_after(tokens: list[Token], i: int) -> bool:
    """The head noun at ``i`` names the bodies whose holders form a later body ("Security
    Council Secretaries Committee": the committee of the councils' secretaries): a post's
    head in the plural and another head noun follow, capitalised; the name is the later one."""
    if i + 2 >= len(tokens) or not all(_cap(t) for t in tokens[i + 1:i + 3]):
        return False
    return tokens[i + 1].text.lower() in head_plurals() and tokens[i + 2].text.lower() in words().org_heads


def find_chains(text: str, tokens: list[Token], gaz_matches: list[Match]) -> list[tuple[int, int]]:
    """Character spans of unknown organization names around head nouns."""
    covered: dict[int, Match] = {}
    for m in gaz_matches:
        for i, tok in enumerate(tokens):
            if tok.start >= m.start and (tok.end <= m.end or tok.end == m.end + 2 and tok.text[-2:] in {"'s", "’s"}):
                covered[i] = m  # "... Organization’s member states": the possessive too
    chain = _Chain(tokens, covered)
    w = words()
    spans: list[tuple[int, int]] = []
    inner: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.text.lower()
        is_head = low in w.org_heads and (_cap(tok) or (low in w.lower_case_heads and i > 0 and _cap(tokens[i - 1])
                                                 and tokens[i - 1].text.lower() not in w.articles))
        if not is_head or i in covered or not _qualified(tokens, i) or _holders_body_after(tokens, i):
            i += 1
            continue
        left = i
        while left > 0:
            if _cap(tokens[left - 1]) and not _not_name_part(tokens[left - 1].text) \
                    and tokens[left - 1].text not in QUOTES and not tokens[left - 1].text.endswith(("'s", "’s")):
                left -= 1
            elif _plural_possessive_before(tokens, left):
                left -= 2  # "Foreign Ministers' Council"
            else:
                break
        left = _and_before(tokens, left, covered)
        left = _state_start(tokens, left, covered)
        while left < i - 1 and tokens[left].text.lower() in w.title_words_not_in_bodies:
            left += 1  # "Deputy Russian Security Council Secretary": a title's word, not the body's
            # (right before the head it is the body's: "the Interim Government of ...")
        chain.inner = []
        right = chain.extend_right(i)
        if right - left >= 2 or low in w.lower_case_heads:
            spans.append((tokens[left].start, tokens[right - 1].end))
            inner += [(tokens[a].start, tokens[b - 1].end) for a, b in chain.inner if b > a]
        i = right
    # a head noun inside a longer name read from a later head ("the Ivan Petrov Land Forces
    # Military University": one body, the university): the longer name only; but a body named
    # after "of the" inside it is named too (:meth:`_Chain.inner_body`)
    outer = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    return outer + sorted(set(inner) - set(outer))


def chains_over_known(text: str, tokens: list[Token], gaz_matches: list[Match]) -> list[tuple[int, int, Match]]:
    """Longer names around a known body's name that capitalised words open ("the Rapid
    Deployment Collective Forces of the ..." around "Collective Forces"): (start, end, the
    known match). Such a name is a body only where it is a known one in other words
    (the caller asks :meth:`~csto_graph.vocab.gazetteer.Gazetteer.lookup_words`)."""
    out = []
    for m in gaz_matches:
        if m.entry.kind != "body":
            continue
        first = next((k for k, t in enumerate(tokens) if t.start >= m.start), None)
        if first is None or first == 0 or not _cap(tokens[first - 1]) or _not_name_part(tokens[first - 1].text) \
                or tokens[first - 1].end + 1 != tokens[first].start:
            continue
        left = first
        while left > 0 and _cap(tokens[left - 1]) and not _not_name_part(tokens[left - 1].text) \
                and tokens[left - 1].text not in QUOTES and not tokens[left - 1].text.endswith(("'s", "’s")) \
                and not any(g.start <= tokens[left - 1].start < g.end for g in gaz_matches):
            left -= 1
        last = max(k for k, t in enumerate(tokens) if t.end <= m.end)
        covered = {k: g for g in gaz_matches if g is not m for k, t in enumerate(tokens) if g.start <= t.start and t.end <= g.end}
        right = _Chain(tokens, covered).extend_right(last)
        out.append((tokens[left].start, tokens[right - 1].end, m))
    return out


@lru_cache(maxsize=1)
def _state_body_patterns() -> tuple[re.Pattern[str], ...]:
    from ..vocab.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    states = [e for e in gaz.entries.values() if e.kind == "state"]
    adjectives = sorted({a for e in states for a in e.adjectives}, key=len, reverse=True)
    names = sorted({f for e in states for f in (e.name, *e.aliases, e.short or "") if f and re.match(r"[A-Z]", f)
                    and " " not in f.strip() or f.startswith("Republic of ")}, key=len, reverse=True)
    body = state_body_name()
    state = "|".join(map(re.escape, adjectives)) + "|" + "|".join(re.escape(n) + r"['’]s" for n in names)
    named = "|".join(map(re.escape, names))
    # as written in the list (lower case, acronyms): capitalised names are read as chains
    before = re.compile(rf"\b(?P<body>(?:{state})\s+{body})\b")
    after = re.compile(rf"\b(?P<body>{body}\s+of\s+(?:the\s+)?(?:{named}))\b")
    # an acronym of the list and the state's name right after it, in the word order of the
    # Russian it translates ("MFA Narnia" for "МИД Нарнии")
    acronyms = "|".join(map(re.escape, sorted((h for h in words().state_body_heads if h[:1].isupper()),
                                              key=len, reverse=True)))
    acronym_state = re.compile(rf"\b(?P<body>(?:{acronyms})\s+(?:the\s+)?(?:{named}))\b(?!['’])") if acronyms else None
    return tuple(p for p in (before, after, acronym_state) if p is not None)


@lru_cache(maxsize=1)
def _state_body_head() -> re.Pattern[str]:
    """Any of ``state_body_heads`` anywhere, as written: what :func:`state_bodies` needs."""
    return re.compile("|".join(map(re.escape, words().state_body_heads)))


def state_bodies(text: str) -> list[tuple[int, int]]:
    """Spans of a state's bodies written in lower case or by acronym, with their state.

    >>> text = "Armenia's defense ministry and the foreign ministry of Kazakhstan met the Armenian parliament."
    >>> [text[s:e] for s, e in state_bodies(text)]
    ["Armenia's defense ministry", 'foreign ministry of Kazakhstan', 'Armenian parliament']
    """
    spans: list[tuple[int, int]] = []
    if _state_body_head().search(text) is None:  # both patterns end with a head ("ministry")
        return spans
    for pattern in _state_body_patterns():
        for m in pattern.finditer(text):
            if not any(s < m.end("body") and m.start("body") < e for s, e in spans):
                spans.append((m.start("body"), m.end("body")))
    return sorted(spans)


@lru_cache(maxsize=1)
def _unit_pattern() -> re.Pattern[str] | None:
    heads = "|".join(map(re.escape, sorted(words().unit_heads, key=len, reverse=True)))
    # an ordinal written in figures, up to four words (no function word), a unit's head
    return re.compile(rf"(?<![\w-])\d{{1,3}}(?:st|nd|rd|th)(?P<words>(?:\s+[A-Za-z][a-z-]*){{0,4}}?)\s+"
                      rf"(?i:{heads})\b") if heads else None


def units(text: str) -> list[tuple[int, int]]:
    """Spans of numbered military units ("the 98th Guards Airborne Division", "the 201st
    military base"): an ordinal in figures, up to four words that are no function words, and
    a head of ``unit_heads``.

    >>> text = "Troops of the 98th Guards Airborne Division and the 201st military base took part on the 5th day."
    >>> [text[s:e] for s, e in units(text)]
    ['98th Guards Airborne Division', '201st military base']
    """
    pattern = _unit_pattern()
    if pattern is None or not re.search(r"\d(?:st|nd|rd|th)\b", text):
        return []
    function = words().function_words
    return [m.span() for m in pattern.finditer(text)
            if not any(w.lower() in function for w in m.group("words").split())]


@lru_cache(maxsize=1)
def _owned_pattern() -> re.Pattern[str] | None:
    from ..vocab.gazetteer import load_gazetteer

    acronyms = {a for e in load_gazetteer().entries.values() if e.kind == "organization"
                for a in (e.name, *e.aliases) if a.isupper() and a.isascii() and a.isalpha() and len(a) >= 2}
    heads = "|".join(map(re.escape, sorted(words().owned_lower_heads, key=len, reverse=True)))
    if not acronyms or not heads:
        return None
    owners = "|".join(map(re.escape, sorted(acronyms, key=len, reverse=True)))
    # the acronym, up to two words in lower case (no function word), the head; no plural after it
    return re.compile(rf"(?<![\w-])(?:{owners})(?P<words>(?:\s+[a-z][a-z-]*){{0,2}}?)\s+(?:{heads})(?![\w-])")


def owned_bodies(text: str) -> list[tuple[int, int]]:
    """Spans of an organization's bodies written in lower case right after its acronym, with up
    to two words between that are no function words (``owned_lower_heads``: "the CSTO monitoring
    mission", "the CSTO press office"); not after its possessive ("the CSTO's core mission"), nor
    before a name in quotes or brackets that it describes ("the UN mission "Zorbex"").

    >>> text = "The CSTO fact-finding mission and the CSTO press office met; the CSTO's main mission is peace."
    >>> [text[s:e] for s, e in owned_bodies(text)]
    ['CSTO fact-finding mission', 'CSTO press office']
    >>> owned_bodies('They visited the UN peacekeeping mission "Zorbex" in May.')
    []
    """
    pattern = _owned_pattern()
    if pattern is None:
        return []
    function = words().function_words | words().articles
    return [m.span() for m in pattern.finditer(text)
            if not any(w in function for w in m.group("words").split())
            and not re.match(r"\s*[\"“«(]", text[m.end():])]  # "the UN mission "Zorbex"": the quoted name's kind


BRACKETED = re.compile(r"\(([A-Z][A-Za-z0-9\-]{1,9})\)")  # an acronym in brackets: "(CSTO)", "(MoD)"


def clean_org(text: str) -> str:
    """A body's name as written, without "the", the marks around it and an acronym in brackets
    inside it ("Drug Control Agency (DCA) under the President" -> "Drug Control Agency under the
    President")."""
    text = re.sub(r"^(the|The|THE)\s+", "", text.strip())
    text = re.sub(r"\s+" + BRACKETED.pattern + r"(?=\s)", "", text)
    return text.strip(" ,;:" + QUOTES)


def acronym_definitions(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, int, int, str]]:
    """(acronym, start, end, long form) for "LONG FORM (ACR)" right after a known span; the
    long form is the name right before the brackets that the acronym spells
    (:func:`nearest_long_form`), not a larger body that ends with it."""
    out = []
    for start, end, long in spans:
        inner = re.search(r"\s" + BRACKETED.pattern + r"\s", text[start:end])
        if inner is not None:  # "Drug Control Agency (DCA) under the President ...": the acronym of the name
            acr, at = inner.group(1), start + inner.start(1)
            if sum(c.isupper() for c in acr) >= 2 and schwartz_hearst(acr, text[start:start + inner.start()]):
                out.append((acr, at, at + len(acr), long))
            continue
        m = re.match(r"\s*" + BRACKETED.pattern, text[end:])
        if m and sum(c.isupper() for c in m.group(1)) >= 2:  # "(CSTO)", "(MoD)"; not "(Minsk)"
            acr = m.group(1)
            if schwartz_hearst(acr, long) is not None:
                out.append((acr, end + m.start(1), end + m.end(1), nearest_long_form(acr, long)))
            elif sorted(_initials(long)) == sorted(re.sub(r"[^A-Z]", "", acr)) and len(acr) >= 3:
                out.append((acr, end + m.start(1), end + m.end(1), long))  # translated: its letters in another order
    return out


def _initials(name: str) -> str:
    """The first letters of a name's words, function words and conjunctions left out
    ("Collective Security Treaty Organization" -> "CSTO", "Organization for Security and
    Co-operation in Europe" -> "OSCE": a hyphenated word is one word).

    >>> _initials("Organization for Security and Co-operation in Europe")
    'OSCE'
    """
    w = words()
    return "".join(t[0] for t in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name)
                   if t.lower() not in w.function_words and t.lower() not in w.name_conjunctions).upper()


def spelled_start(acronym: str, long: str) -> str | None:
    """The words that open ``long`` before one of its complement's words, when their initials
    are exactly ``acronym`` and the whole name's are not: the name the acronym was given to, the
    complement written after its brackets ("Monitoring Group (MG) of the Zorb Committee": "Monitoring
    Group"); None otherwise.

    >>> spelled_start("ZCA", "Zorb Control Agency under the President of Narnia")
    'Zorb Control Agency'
    >>> spelled_start("CMD", "Council of Ministers of Defense") is None
    True
    """
    letters = re.sub(r"[^A-Z]", "", acronym.upper())
    if _initials(long) == letters:
        return None
    openers = "|".join(map(re.escape, words().complement_openers))
    m = re.search(rf"\s+(?:{openers})\s", long)
    return long[:m.start()] if m is not None and _initials(long[:m.start()]) == letters else None


def nearest_long_form(acronym: str, long: str) -> str:
    """The shortest end of ``long`` after one of its connector words whose initials are
    exactly ``acronym``: the name right before the brackets; ``long`` when none is.

    >>> nearest_long_form("CSTO", "Council of Foreign Ministers of the Collective Security Treaty Organization")
    'Collective Security Treaty Organization'
    >>> nearest_long_form("CMD", "Council of Ministers of Defense")
    'Council of Ministers of Defense'
    """
    connectors = "|".join(map(re.escape, words().complement_prepositions))
    parts = re.split(rf"(\s+(?:{connectors})(?:\s+the)?\s+)", long)
    for k in range(len(parts) - 1, 1, -2):  # ends after a connector, shortest first
        tail = "".join(parts[k:])
        if tail[:1].isupper() and _initials(tail) == re.sub(r"[^A-Z]", "", acronym.upper()):
            return tail
    return long



@lru_cache(maxsize=1)
def _owner_pattern() -> re.Pattern[str]:
    """A known organization or a state in the possessive, or a state's adjective, right before a
    body's name."""
    from ..vocab.gazetteer import load_gazetteer

    entries = load_gazetteer().entries.values()
    owners = {f for e in entries if e.kind in {"organization", "state"} for f in (e.name, e.short or "", *e.aliases)
              if f and f[:1].isupper() and f.isascii()}
    alternation = "|".join(map(re.escape, sorted(owners, key=len, reverse=True)))
    adjectives = "|".join(map(re.escape, sorted({a for e in entries if e.kind == "state" for a in e.adjectives
                                                 if a[:1].isupper()}, key=len, reverse=True)))
    # "Russia's", "Belarus'"; "Russian" (not after a hyphen: "Kazakh-Russian ...", one side of two)
    return re.compile(rf"(?<![\w-])(?:(?:{alternation})(?:['’]s|(?<=s)['’])|(?:{adjectives}))\s+$")


def owner_before(text: str, start: int) -> int:
    """Where a body's name named with its owner starts: before "CSTO's", "Russia’s" or a
    state's adjective ("the Russian Central Military District") right before ``start``;
    ``start`` otherwise.

    >>> text = "the CSTO’s Collective Security Council met"
    >>> text[owner_before(text, text.index("Collective")):]
    'CSTO’s Collective Security Council met'
    >>> text = "the Kazakh Central Military District met"
    >>> text[owner_before(text, text.index("Central")):]
    'Kazakh Central Military District met'
    """
    m = _owner_pattern().search(text[max(0, start - 80):start])
    return start - (len(text[max(0, start - 80):start]) - m.start()) if m else start


@lru_cache(maxsize=1)
def _organization_before() -> re.Pattern[str]:
    """A known organization's name written in full, right at the end of a text ("... of the
    Collective Security Treaty Organization"): an owner whose members may follow."""
    from ..vocab.gazetteer import load_gazetteer

    names = {f for e in load_gazetteer().entries.values() if e.kind == "organization" for f in (e.name, *e.aliases)
             if " " in f and f[:1].isupper() and f.isascii()}
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})$")


@lru_cache(maxsize=1)
def _members_pattern() -> re.Pattern[str]:
    members = "|".join(map(re.escape, words().member_words))
    return re.compile(rf"\s+(?i:{members})\b")


@lru_cache(maxsize=1)
def _of_the_members() -> re.Pattern[str]:
    """ "of the" the members and "of (the)" a known organization, right after a body's name
    ("Council of Foreign Ministers of the member states of the Collective Security Treaty
    Organization"): its organization's members, in the other word order."""
    from ..vocab.gazetteer import load_gazetteer

    members = "|".join(map(re.escape, words().member_words))
    names = {f for e in load_gazetteer().entries.values() if e.kind == "organization" for f in (e.name, *e.aliases)
             if f[:1].isupper() and f.isascii() and (" " in f or f.isupper())}
    owners = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"\s+of\s+the\s+(?i:{members})\s+of\s+(?:the\s+)?(?:{owners})(?![\w-])")


def members_after(text: str, end: int) -> int:
    """Where a body's name ends that goes on with the organization's members ("Council of
    Foreign Ministers of the CSTO member states"): after them when its last word is an
    acronym or a possessive, or it ends with a known organization's full name ("... of the
    Collective Security Treaty Organization member states"), ``end`` otherwise.

    >>> text = "the Council of the CSTO member states met"
    >>> text[:members_after(text, text.index(" member"))]
    'the Council of the CSTO member states'

    So do the members after "of the", and the organization after them:

    >>> text = "the Council of Foreign Ministers of the member states of the CSTO met"
    >>> text[:members_after(text, text.index(" of the member"))]
    'the Council of Foreign Ministers of the member states of the CSTO'
    """
    last = text[:end].split()[-1] if text[:end].split() else ""
    of_members = _of_the_members().match(text, end)  # "... of the member states of the CSTO"
    if of_members:
        return of_members.end()
    m = _members_pattern().match(text, end)
    if not m:
        return end
    owner = last.isupper() and last.isalpha() or last.endswith(("'s", "’s")) or \
        _organization_before().search(text[max(0, end - 80):end]) is not None  # "CSTO", "Organization’s"
    if not owner:
        return end
    task = GERUND_COMPLEMENT.match(text, m.end())  # "... member states on Fighting Illegal Logging"
    if task is None:
        return m.end()
    ends = [w.end() for w in re.finditer(r"[A-Z][\w-]*", task.group(0)) if not _not_name_part(w.group())]
    return m.end() + ends[-1] if len(ends) >= 2 else m.end()


# What a body of the members is for, after them: a preposition, a capitalised gerund and its
# capitalised object ("on Fighting Illegal Logging").
GERUND_COMPLEMENT = re.compile(r"\s+(?:on|for)\s+[A-Z][a-z]+ing(?:\s+(?:the\s+)?[A-Z][\w-]*)+")
