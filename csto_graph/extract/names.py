"""People and their titles in one sentence.

A person is a run of name-shaped words ("Kassym-Jomart Tokayev", "Stanislav ZAS")
that spaCy tags as a person, or that a title stands beside: before it ("the Minister
of Defense of the Republic of Armenia Suren Papikian"), after it ("Anatoly Sidorov,
Head of the CSTO Joint Staff"), or heading a list ("the defense ministers of the
Republic of Belarus (Lieutenant General Viktor Khrenin), of ..."). Titles are split
into ranks (kept apart) and posts, each with the body or state it belongs to. Titles
written after a name are found by :mod:`csto_graph.extract.appositives`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..vocab.gazetteer import Gazetteer, Match
from .orgs import Token
from ..vocab.plurals import plural_of
from ..vocab.posts import post_words
from ..vocab.words import words as word_classes

NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$|^[A-Z]['’][A-Z][a-z]+$|^[A-Z]{2,}(?:-[A-Z]{2,})?$")
DASHES = {"-", "–", "—"}


@dataclass(frozen=True)
class Vocabulary:
    heads: tuple[str, ...]
    post_words: frozenset[str]
    ranks: tuple[str, ...]
    honorifics: frozenset[str]
    plurals: dict
    stop: frozenset[str]
    complements: frozenset[str] = frozenset()  # "representative to the organization X"
    adjectives: frozenset[str] = frozenset()  # of states, case-folded ("kazakh"), and their names
    articles: frozenset[str] = frozenset()  # "the", "a", "an" before an appositive title
    relative_openers: tuple[str, ...] = ()  # "who is", "who serves as", longest first
    verb_heads: dict = field(default_factory=dict)  # "heads" -> "Head" in "X, who heads the ..."
    title_joints: frozenset[str] = frozenset()  # "also" between two titles of one person
    rank_tokens: frozenset[str] = frozenset()  # lower-cased tokens of ranks ("colonel-general")
    post_openers: tuple[str, ...] = ()  # "as", "to the post of" after a name, longest first
    head_ends: frozenset[str] = frozenset()  # last words of heads ("president", "general")
    body_heads: frozenset[str] = frozenset()  # a state's bodies, lower case ("foreign ministry spokesperson")
    org_heads: frozenset[str] = frozenset()  # head nouns of bodies ("the CSTO military security department adviser")
    chamber_words: frozenset[str] = frozenset()  # "the chairman of the lower house of X"
    state_only_heads: tuple[str, ...] = ()  # heads that are a post only after a state ("Kyrgyz leader")


@lru_cache(maxsize=1)
def vocabulary(gaz: Gazetteer) -> Vocabulary:
    data = post_words()
    heads = tuple(sorted(data.heads, key=len, reverse=True))
    phrases = [*data.heads, *data.modifiers, *data.domains]
    words = {w.lower() for phrase in phrases for w in re.split(r"[\s\-]+", phrase)}
    words |= {w.lower() for phrase in phrases for w in phrase.split() if "-" in w}
    words |= {w for plural in data.plurals for w in plural.lower().split()}  # "presidents A, B and C"
    words |= {a.lower() for a in data.abbreviations}  # "PM": a title's word, never a name's
    w = word_classes()
    words -= w.function_words
    written = [*data.ranks, *(r.replace(" ", "-") for r in data.ranks if r.count(" ") == 1)]
    ranks = tuple(sorted(dict.fromkeys(written), key=len, reverse=True))  # "Colonel General", "Colonel-General"
    rank_words = {w.lower() for r in ranks for w in (*r.split(), *re.findall(r"[^\W\d_]+", r))}  # "Lt.-Gen.": lt, gen
    gaz_words = {w.lower() for e in gaz.entries.values() if e.kind != "place"
                 for form in (e.name, *e.aliases) for w in re.findall(r"[^\W\d_]+", form)}
    gaz_words |= {a.lower() for e in gaz.entries.values() for a in e.adjectives}
    org_heads = w.org_heads | {plural_of(h) for h in w.org_heads}  # "councils", "ministries"
    stop = frozenset(w.not_name_words | w.headline_verbs | w.byline_closers | w.calendar | words | rank_words | gaz_words | w.not_person_words | org_heads
                     | {w.lower() for w in data.honorifics})
    return Vocabulary(heads, frozenset(words), ranks, frozenset(h.lower().rstrip(".") for h in data.honorifics),
                      {k.lower(): v for k, v in data.plurals.items()}, stop,
                      complements=frozenset(w.lower() for w in data.complement_nouns),
                      adjectives=frozenset(a.casefold() for e in gaz.entries.values() if e.kind == "state"
                                           for a in (*e.adjectives, e.name, *e.aliases)),
                      articles=frozenset(w.articles),
                      relative_openers=tuple(sorted(data.relative_openers, key=len, reverse=True)),
                      verb_heads=dict(data.verb_heads), title_joints=frozenset(data.title_joints),
                      rank_tokens=frozenset(rank_words),
                      head_ends=frozenset(h.split()[-1].lower() for h in heads),
                      post_openers=tuple(sorted(data.post_openers, key=lambda o: -len(o.split()))),
                      body_heads=frozenset(h.lower() for h in w.state_body_heads if " " not in h),
                      org_heads=frozenset(h.lower() for h in w.org_heads),
                      chamber_words=frozenset(c.lower() for c in data.chamber_words),
                      state_only_heads=tuple(data.state_only_heads))


ROMAN = re.compile(r"^[IVXLC]{1,6}$")


def is_name_word(word: str, vocab: Vocabulary) -> bool:
    """A word that can be part of a person's name (not a stop word, not "XV" in "the XV Training
    Courses")."""
    word = POSSESSIVE.sub("", word)  # "Putin's visit": the name is Putin
    return bool(NAME_WORD.match(_latin(word))) and word.lower() not in vocab.stop and not ROMAN.match(word)


POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=1 << 14)
def _latin(word: str) -> str:
    """A word with its accents dropped, so that "António" or "Gülnara" is name-shaped."""
    if word.isascii():
        return word
    letters = word_classes().latin_letters or {}
    return "".join(letters.get(c, c) for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def display_name(words: list[str]) -> str:
    """Fix capitals of a name written in upper case ("Stanislav ZAS" -> "Stanislav Zas")."""
    return " ".join(w if not w.isupper() or len(w) < 2 or "." in w or w.lower() in word_classes().surname_particles else
                    "-".join(p.capitalize() for p in w.split("-")) for w in words)


def _initial(tok: Token) -> bool:
    """An initial: one capital, or a capital and the lower-case letter of a sound one Latin letter
    cannot write (``initial_digraphs`` of ``ontology/words.yaml``: "Sh.", "Zh.")."""
    return len(tok.text) == 1 and tok.text.isupper() or tok.text in word_classes().initial_digraphs


def _initials_end(tokens: list[Token], i: int) -> int:
    """Where one or two initials, each glued to its dot, end from token ``i`` ("A.", "I.N.",
    "Sh.J."), else ``i``."""
    k = i
    while k + 1 < len(tokens) and k - i < 4 and _initial(tokens[k]) and tokens[k + 1].text == "." \
            and tokens[k + 1].start == tokens[k].end and (k == i or tokens[k].start == tokens[k - 1].end):
        k += 2
    return k


def _initial_at(tokens: list[Token], i: int, vocab: Vocabulary, covered: set[int]) -> int:
    """How many tokens one or two initials and a surname take from token ``i`` ("A. Petrov",
    "K.Sokolov", "I.N. Petrov", "Sh.J.Petrov"), else 0."""
    k = _initials_end(tokens, i)
    if k == i or k >= len(tokens) or i in covered or k in covered:
        return 0
    surname = tokens[k]
    if not (surname.start - tokens[k - 1].end in (0, 1) and is_name_word(surname.text, vocab)  # "K.Sokolov" too
            and not (k + 1 < len(tokens) and is_name_word(tokens[k + 1].text, vocab)
                     and tokens[k + 1].start == surname.end + 1)
            and not (i > 0 and tokens[i - 1].text == "." and tokens[i - 1].end == tokens[i].start)):
        return 0
    return k + 1 - i


def name_words(tokens: list[Token], i: int, j: int) -> list[str]:
    """The words of the name run [i, j): "A", ".", "Petrov" is "A.", "Petrov"."""
    words = [t.text for t in tokens[i:j]]
    k = _initials_end(tokens, i)
    if k - i >= 4 or k - i == 2 and len(tokens[i].text) == 2:  # "I.N. Petrov", "Sh. Petrov": one word of initials
        words = ["".join(t.text for t in tokens[i:k]), *words[k - i:]]
    elif len(words) >= 3 and words[-2] == "." and len(words[-3]) == 1:  # "A. Petrov", "John F. Smith"
        words[-3:-1] = [words[-3] + "."]
    words[-1] = POSSESSIVE.sub("", words[-1])  # "Putin's" names Putin
    return words


def _particles_then_name(tokens: list[Token], j: int, vocab: Vocabulary) -> bool:
    """Lower-case particles, then a name word, all one space apart ("van der Meulen")."""
    k = j
    while k < len(tokens) and tokens[k].text in word_classes().name_particles and tokens[k].start - tokens[k - 1].end == 1:
        k += 1
    return k > j and k < len(tokens) and tokens[k].start - tokens[k - 1].end == 1 and \
        is_name_word(tokens[k].text, vocab)


def name_runs(tokens: list[Token], vocab: Vocabulary, covered: set[int]) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of name-shaped words (1 to 4 words)."""
    runs, i = [], 0
    while i < len(tokens):
        initials = _initial_at(tokens, i, vocab, covered)
        if initials:  # "A. Aghajanyants", "I.N. Petrov": initials and a surname
            runs.append((i, i + initials))
            i += initials
            continue
        if i in covered or not is_name_word(tokens[i].text, vocab):
            i += 1
            continue
        j = i
        while j < len(tokens) and j - i < 4 and j not in covered and (j == i or tokens[j].start - tokens[j - 1].end == 1):
            if j > i and any(tokens[j].text == tokens[x].text for x in range(i, j)):
                break  # "Ivan Petrov Petrov Ivan": a word twice, two names (a page's tags), not one
            if is_name_word(tokens[j].text, vocab):
                j += 1
                if POSSESSIVE.search(tokens[j - 1].text):
                    break  # "Vladimir Putin's visit": the name ends there
            elif j > i and _particles_then_name(tokens, j, vocab):  # "Erik van der Meulen"
                while tokens[j].text in word_classes().name_particles:
                    j += 1
            elif j > i and _initial_at(tokens, j, vocab, covered) == 3 and len(tokens[j].text) == 1:
                j += 3  # "John F. Smith": a middle initial
                break
            else:
                break
        if j > i and j < len(tokens) and tokens[j].text in word_classes().surname_particles:
            j += 1  # "Almazbek Abdyl uulu"
        if all(tokens[k].text.isupper() for k in range(i, j)) and j - i > 1:
            i = j
            continue  # a heading in capitals, not a name
        if i >= 2 and tokens[i - 1].text in word_classes().title_prepositions and tokens[i - 2].text[:1].isupper():
            i = j
            continue  # "the Council ... on Combating Illegal Migration": the end of a body's name
        if j - i >= 3 and _ends_complement(tokens, i, vocab, covered):
            i += 1  # "Adviser for Foreign Policy Ivan Petrov": "Policy" ends the title, not a name
        runs.append((i, j))
        i = j
    return runs


def _ends_complement(tokens: list[Token], i: int, vocab: Vocabulary, covered: set[int]) -> bool:
    """The word at ``i`` ends a title's complement: capitalised title words that hold no head
    stand before it, after a preposition of a title that follows a capitalised word ("Adviser
    for Foreign Policy", "Contacts with Fellow Countrymen"). A complement that closes with a
    head ("with Foreign Minister") or a domain of two words or more ("for Foreign Affairs"),
    or opens right before ``i``, leaves the word to the name."""
    k = i - 1
    while k >= 0 and k not in covered and tokens[k].text[:1].isupper() and tokens[k].text.lower() in vocab.stop \
            and tokens[k].end + 1 == tokens[k + 1].start:
        k -= 1
    if k == i - 1 or k < 1 or tokens[k].text not in word_classes().complement_end_prepositions \
            or not tokens[k - 1].text[:1].isupper():
        return False
    chain = " ".join(t.text for t in tokens[k + 1:i])
    return not _has_head(chain, vocab) and not any(
        len(d.split()) > 1 and chain.lower().endswith(d.lower()) for d in post_words().domains)  # "for Foreign Affairs"


@dataclass(frozen=True)
class Title:
    text: str
    start: int
    end: int


def _is_title_token(tok: Token, idx: int, vocab: Vocabulary, covered: set[int]) -> bool:
    low = tok.text.lower()
    if low in word_classes().headline_verbs and idx not in covered:  # "X Receives CSTO Secretary General Y"
        return False
    generic_owner = POSSESSIVE.search(low) and POSSESSIVE.sub("", low) in vocab.complements  # "the organization's"
    return (idx in covered or low in vocab.post_words or low in vocab.complements or low in vocab.rank_tokens
            or generic_owner
            or low in vocab.body_heads or low in vocab.chamber_words
            or low in word_classes().function_words or tok.text in DASHES
            or tok.text == "," or tok.text[:1].isupper() or low in {"and"})


def _gloss_before(tokens: list[Token], close: int, person_tokens: set[int], longest: int = 10) -> int | None:
    """Where a bracketed gloss that ends at token ``close`` (a ")" right before a name) opens:
    a few words in brackets between a title and its name that explain the title's body
    ("Chairman of the X (the upper chamber of Y's parliament) Ivan Petrov"); None when the
    brackets hold a name, a number or another bracket, or are longer than ``longest`` tokens."""
    for k in range(close - 1, max(-1, close - longest - 2), -1):
        text = tokens[k].text
        if text == "(":
            return k if k < close - 1 and k > 0 else None
        if k in person_tokens or text in {")", "(", "[", "]"} or any(c.isdigit() for c in text):
            return None
    return None


def _separator_dash(tokens: list[Token], k: int) -> bool:
    """A dash with a space before it and none after ("Armenia -CSTO ..."): it ends what
    stands before it (a caption's place); a hyphen has no space, a compound title's dash two."""
    return (tokens[k].text in DASHES and 0 < k < len(tokens) - 1
            and tokens[k - 1].end < tokens[k].start and tokens[k].end == tokens[k + 1].start)


def left_title(tokens: list[Token], i: int, vocab: Vocabulary, covered: set[int],
               person_tokens: set[int], title_first: bool = False) -> list[Title]:
    """Titles written right before the name starting at token ``i``; none when a function
    word stands right before it (a headline's "Presidents To Propose ..."). A title between
    two names and commas is the first one's appositive ("A, Chairman of X, B"), unless the
    list writes each title first (``title_first``: "Chairman of X, A, Speaker of Y, B")."""
    if i > 0 and tokens[i - 1].text.lower() in word_classes().function_words:
        return []
    k = i
    skip: set[int] = set()
    while k > 0:
        prev = k - 1
        if tokens[prev].text == ")" and prev >= 2 and tokens[prev - 2].text == "(" and \
                tokens[prev - 1].text.isupper():
            skip |= {prev, prev - 1, prev - 2}
            k = prev - 2
            continue
        gloss = _gloss_before(tokens, prev, person_tokens) if tokens[prev].text == ")" and prev == i - 1 else None
        if gloss is not None:  # "Chairman of the X (the state's upper chamber) Ivan Petrov"
            skip |= set(range(gloss, prev + 1))
            k = gloss
            continue
        abbreviation = tokens[prev].text == "." and prev > 0 and tokens[prev - 1].end == tokens[prev].start \
            and tokens[prev - 1].text.lower() in vocab.rank_tokens  # "Lt.-Gen."
        body_before_head = tokens[prev].text.lower() in vocab.org_heads and \
            tokens[prev + 1].text.lower() in vocab.post_words  # "the CSTO ... department adviser"
        body_before_head = body_before_head or _body_of_a_head(tokens, prev, vocab)
        plural_possessive = tokens[prev].text in {"'", "’"} and prev > 0 and tokens[prev - 1].end == tokens[prev].start \
            and tokens[prev - 1].text.endswith("s")  # "chief of the Armed Forces’ general staff"
        if prev in person_tokens or not (abbreviation or body_before_head or plural_possessive
                                         or _is_title_token(tokens[prev], prev, vocab, covered)):
            break
        if _separator_dash(tokens, prev):
            break  # "Yerevan, Armenia -CSTO Secretary General X": a place before the dash, no title
        if prev > 0 and tokens[prev].text in post_words().abbreviations and tokens[prev - 1].text[-1:].isdigit():
            break  # "at 5 PM": a time, no title
        if tokens[prev].text.lower() == "and" and prev not in covered and not (
                prev > 0 and (tokens[prev - 1].text.lower() in vocab.post_words or prev - 1 in covered)
                and tokens[prev + 1].text.lower() in vocab.post_words):
            # "and" joins two modifiers of one title ("Permanent and Plenipotentiary") or two
            # titles ("Chairman of the CSTO PA and Speaker of the State Duma")
            break
        k = prev
    if 0 < k < i - 1 and tokens[k].text == "," and k - 1 in person_tokens and tokens[i - 1].text == "," \
            and not title_first:
        return []  # "A, Chairman of X, B": the title between two names is A's appositive
    pieces: list[list[int]] = [[]]
    for idx in range(k, i):
        if idx in skip:
            continue
        if tokens[idx].text == ",":
            pieces.append([])
        else:
            pieces[-1].append(idx)
    honorific_words = {w for h in vocab.honorifics for w in h.split()}
    while pieces[-1] and tokens[pieces[-1][-1]].text.lower().rstrip(".") in honorific_words:
        pieces[-1].pop()  # "President of X, Honorable Ivan Petrov": the honorific is no title
    titles: list[Title] = []
    for piece in reversed(pieces):
        while piece and (tokens[piece[0]].text.lower() in word_classes().function_words | word_classes().not_name_words
                         | word_classes().calendar
                         and tokens[piece[0]].text.lower() not in vocab.post_words or tokens[piece[0]].text in DASHES):
            # "the", words no title opens with ("Even Russian President X"), a month or a weekday
            # ("In March the Defence Minister X"), and a dash written without spaces after a
            # dateline ("YEREVAN (Agency)—Prime Minister X")
            piece = piece[1:]
        piece = _past_non_title(tokens, piece, vocab, covered)
        piece = _past_headless_dash(tokens, piece, vocab, covered)
        if not piece:
            if titles:
                break
            continue
        text_words = [tokens[x].text.lower() for x in piece if x not in covered]
        if not any(w in vocab.post_words for w in text_words) and not _has_rank(tokens, piece, vocab):
            break  # no title, or only a body's name ("on the sidelines of the Council of Foreign Ministers, X")
        titles.append(Title(_as_written(tokens, piece), tokens[piece[0]].start, tokens[piece[-1]].end))
    return list(reversed(titles))


def _body_of_a_head(tokens: list[Token], k: int, vocab: Vocabulary) -> bool:
    """Token ``k`` is the head noun of a body in lower case that a head's "of" opens and an
    owner's "of" follows ("the head of the defense department of X", "the chief of the press
    service of X"): part of the title. Without the head before it ("the press service of the
    President X") the body is no part of the title.

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> from csto_graph.extract.orgs import tokenize
    >>> v = vocabulary(load_gazetteer())
    >>> t = tokenize("the head of the defense department of X")
    >>> _body_of_a_head(t, 5, v), _body_of_a_head(tokenize("the press service of the President"), 2, v)
    (True, False)
    """
    if tokens[k].text.lower() not in vocab.org_heads or k + 1 >= len(tokens) or tokens[k + 1].text != "of":
        return False
    b = k - 1
    while b >= 0 and tokens[b].text.islower() and tokens[b].text not in word_classes().function_words \
            and tokens[b].text not in vocab.head_ends and b > k - 4:
        b -= 1  # the body's own words ("defense", "international cooperation")
    b -= b >= 0 and tokens[b].text.lower() in vocab.articles
    return b >= 1 and tokens[b].text.lower() == "of" and tokens[b - 1].text.lower() in vocab.head_ends


def _past_headless_dash(tokens: list[Token], piece: list[int], vocab: Vocabulary, covered: set[int]) -> list[int]:
    """The piece of a title past its first spaced dash when no post word and no rank stand
    before it ("Agency.Net – Prime Minister", "CITY – Deputy Minister": an outlet or a place
    that opens the report); the dash between two titles ("Chief of X – First Deputy Minister
    of Y") has a head on each side.

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> from csto_graph.extract.orgs import tokenize
    >>> t = tokenize("Novosti.Net – Prime Minister")
    >>> [t[x].text for x in _past_headless_dash(t, list(range(len(t))), vocabulary(load_gazetteer()), set())]
    ['Prime', 'Minister']
    """
    dash = next((n for n, x in enumerate(piece) if tokens[x].text in DASHES and 0 < x < len(tokens) - 1
                 and tokens[x - 1].end < tokens[x].start < tokens[x].end < tokens[x + 1].start), None)
    if not dash:
        return piece
    before = piece[:dash]
    if any(x not in covered and tokens[x].text.lower() in vocab.post_words for x in before) or \
            _has_rank(tokens, before, vocab):
        return piece
    return piece[dash + 1:]


def _past_non_title(tokens: list[Token], piece: list[int], vocab: Vocabulary, covered: set[int]) -> list[int]:
    """The piece of a title past the words before its first "of" that hold no head, no body and
    no rank, where a head follows ("Press Statement of Foreign Minister", "Official Visit of
    President": the title is "Foreign Minister", "President"). A head before the "of" ("Head of
    the Staff"), a body ("Council of Foreign Ministers"), or no head after it ("Member of
    Parliament") keeps the piece whole."""
    at = next((n for n, x in enumerate(piece) if tokens[x].text.lower() == "of"), None)
    if not at:
        return piece
    before, after = piece[:at], piece[at + 1:]
    if any(x in covered or tokens[x].text.lower() in vocab.org_heads for x in before) or \
            _has_head(_as_written(tokens, before), vocab) or _has_rank(tokens, before, vocab):
        return piece
    return after if after and _has_head(_as_written(tokens, after), vocab) else piece


def _as_written(tokens: list[Token], piece: list[int]) -> str:
    """The tokens of a title with the spacing of the text ("Lt.-Gen." stays one word)."""
    out = tokens[piece[0]].text
    for a, b in zip(piece, piece[1:]):
        out += ("" if tokens[b].start == tokens[a].end else " ") + tokens[b].text
    return out


def _has_rank(tokens: list[Token], piece: list[int], vocab: Vocabulary) -> bool:
    text = _as_written(tokens, piece).lower()
    return any(text.endswith(r.lower()) and _rank_end(r.lower()).search(text) for r in vocab.ranks)


@lru_cache(maxsize=None)
def _rank_end(rank: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(rank)}$")


def starts_rank(tokens: list[Token], k: int, vocab: Vocabulary) -> bool:
    """A rank other than a bare "General" opens at token ``k`` ("Colonel General Ivan ...")."""
    text = " ".join(t.text for t in tokens[k:k + 5])
    return any(text.startswith(r + " ") for r in vocab.ranks if r != "General")


def split_rank(title: str, vocab: Vocabulary) -> tuple[str | None, str]:
    """("Colonel General", rest) when a title ends with or is a rank, in any case
    ("colonel-general" is the rank "Colonel-General")."""
    low = title.lower()
    for rank in vocab.ranks:
        if low == rank.lower():
            return rank, ""
        if low.endswith(" " + rank.lower()) and not low.endswith("secretary " + rank.lower()):
            return rank, title[: -len(rank)].strip(" ,")
    return None, title


@lru_cache(maxsize=4)
def _compound_joint(post_words: frozenset[str]) -> re.Pattern[str]:
    """A dash, or "and" before a capitalised post word: where two titles meet."""
    return re.compile(r"\s+[-–—]\s+|\s+and\s+(?=(?:%s)\b)" % "|".join(
        re.escape(form) for w in sorted(post_words) for form in (w.capitalize(), w)))


def split_compound(title: str, vocab: Vocabulary) -> list[str]:
    """ "Chief of X - First Deputy Minister of Y" -> two titles; also "... and First Deputy ..." """
    parts = _compound_joint(vocab.post_words).split(title)
    parts = [p.strip() for p in parts if p.strip()]
    out: list[str] = []
    for part in parts:  # "Permanent and Plenipotentiary Representative" is one title
        if out and not _has_head(out[-1], vocab) and split_rank(out[-1], vocab)[0] is None:
            joiner = " and " if f"{out[-1]} and {part}" in title else " - "
            out[-1] = out[-1] + joiner + part
        elif out and f"{out[-1]} and {part}" in title and not _has_head(part, vocab) and \
                split_rank(part, vocab)[0] is None:
            out[-1] = f"{out[-1]} and {part}"  # "Ambassador Extraordinary and Plenipotentiary of X"
        else:
            out.append(part)
    return out


def _has_head(text: str, vocab: Vocabulary, but: tuple[str, ...] = ()) -> bool:
    """A post's head is in ``text`` (one not in ``but``)."""
    low = text.lower()
    return any(h.lower() in low and _head_word(h).search(text) for h in vocab.heads if h not in but)


def _closes_with_state(text: str, gaz: Gazetteer, org_spans: list[tuple[str, str | None]]) -> bool:
    """The title ends with "of" and a state the sentence names ("the leader of Tajikistan")."""
    for tail in re.finditer(r"\s+of\s+(?:the\s+)?", text):
        rest = text[tail.end():]
        if any(rest == form and key and gaz.entries.get(key) and gaz.entries[key].kind == "state"
               for form, key in org_spans):
            return True
    return False


def _opens_with_state(text: str, gaz: Gazetteer) -> bool:
    """The title opens with a state's adjective or possessive ("Tajik leader", "Armenia's leader")."""
    first = text.split()[0] if text.split() else ""
    bare = POSSESSIVE.sub("", first)
    if gaz.state_of_adjective(bare) is not None:
        return True
    hit = gaz.lookup(bare) if bare != first else None
    return hit is not None and hit.kind == "state"


@lru_cache(maxsize=None)
def _head_word(head: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(head)}s?\b", re.IGNORECASE)


def parse_post(title: str, gaz: Gazetteer, vocab: Vocabulary, org_spans: list[tuple[str, str | None]]
               ) -> tuple[str, str | None, str | None] | None:
    """(post, org key, org text) of one title, or None when it holds no post head.

    The org is a state or organization named at the end ("of the Republic of X"), at
    the start ("CSTO Secretary General", "Russian President"), or a body inside.
    """
    text = _expanded(re.sub(r"^(the|The)\s+", "", title.strip()))
    parsed = _parse_post(text, gaz, vocab, org_spans)
    bare = without_generic_owner(text)
    if bare != text and parsed is not None and parsed[1] is None and parsed[2] is None:
        read = _parse_post(bare, gaz, vocab, org_spans)  # "Secretary General of the organization"
        if read is None or read[1] is not None or read[2] is not None or _organization_head(read[0]):
            return read
        # "the organization's spokesman": the owner the article names stays to be read
        # (extract/people.py gives the post the organization and drops the noun)
    return parsed


def without_generic_owner(post: str) -> str:
    """A post without the common noun that names its owner ("organization's spokesman",
    "Secretary General of the organization"; ``complement_nouns``).

    >>> without_generic_owner("organization's spokesman"), without_generic_owner("spokesman")
    ('spokesman', 'spokesman')
    """
    return _generic_owner().sub("", post)


def _organization_head(post: str) -> bool:
    """The post is one only organizations have (``organization_heads`` of ``ontology/posts.yaml``)."""
    key = " ".join(re.split(r"[\s\-]+", post.casefold()))
    return key in {" ".join(re.split(r"[\s\-]+", h.casefold())) for h in post_words().organization_heads}


def _parse_post(text: str, gaz: Gazetteer, vocab: Vocabulary, org_spans: list[tuple[str, str | None]]
                ) -> tuple[str, str | None, str | None] | None:
    if not _has_head(text, vocab) or not _has_head(text, vocab, vocab.state_only_heads) and \
            not _opens_with_state(text, gaz) and not _closes_with_state(text, gaz, org_spans):
        return None  # no head, or only one that needs a state before or after it ("Kyrgyz leader", "leader of X")
    ordered = sorted(org_spans, key=lambda o: -len(o[0]))
    for form, key in ordered:  # "Representative of the Republic of X to the CSTO": X's post, as written
        entry = gaz.entries.get(key) if key else None  # (where it is held is part of it: "to Y" is another post)
        if entry is None or entry.kind != "state" or form not in text:
            continue  # (tested before the pattern, built for each form: 1% of a build)
        m = re.match(rf"^(.+?) of (?:the )?{re.escape(form)} to (?:the )?\S.*$", text)
        if m:
            return text, key, form
    for form, key in ordered:  # "spokesman for the Ministry of Defense of X": the body's post, not X's
        entry = gaz.entries.get(key) if key else None
        if (entry is None or entry.kind not in {"state", "place"}) and form in text and _names_body(form) and \
                re.match(rf"^.+?\s+for\s+(?:the\s+)?{re.escape(form)}$", text):
            return text, key, form
    for tail in reversed(list(re.finditer(r"\s+of\s+(?:the\s+)?", text))):
        rest = text[tail.end():]
        for form, key in ordered:
            entry = gaz.entries.get(key) if key else None
            if rest == form and entry is not None and entry.kind in {"state", "organization"}:
                post = text[: tail.start()].strip()
                if entry.kind == "state":  # "the head of Kyrgyzstan": its Head of State
                    post = _state_post(post)
                    if _inner_owner(post, vocab):  # "press secretary of the President of X": X's president
                        post = text
                return post, key, form
    for form, key in ordered:
        if text.startswith(form + " ") or text.startswith(form + "'s ") or text.startswith(form + "’s "):
            entry = gaz.entries.get(key) if key else None
            if entry is None or entry.kind not in {"state", "organization"}:
                break  # "CSTO Joint Staff Spokesman": the body it opens with, not the "CSTO" inside it
            rest = text[len(form):]
            rest = re.sub(r"^['’]s\b", "", rest).strip()
            other = gaz.state_of_adjective(rest.split()[0]) if entry.kind == "state" and rest else None
            if other is not None and other.id != entry.id:  # "Armenia Russian President": a heading, then the title
                return _parse_post(rest, gaz, vocab, org_spans)
            return (_state_post(rest) if entry.kind == "state" else rest), key, form
    first = text.split()[0]
    state = gaz.state_of_adjective(first)
    if state is not None:  # "Kazakh Foreign Minister"; "Russian Foreign Ministry spokesperson" keeps its body
        rest = text[len(first):].strip()
        return (text if _names_body(rest) else _state_post(rest)), state.id, first
    after_modifiers = _adjective_after_modifiers(text, gaz)
    if after_modifiers is not None:  # "Former Kyrgyz President"
        return after_modifiers
    inner = [(form, key) for form, key in org_spans if form in text]
    named = _state_named(text, gaz)
    if inner:
        form, key = max(inner, key=lambda o: (text.rfind(o[0]) + len(o[0]), len(o[0])))
        entry = gaz.entries.get(key) if key else None
        if named is not None and (entry is None or entry.kind not in {"state", "organization"}):
            return text, named[0], named[1]  # "head of the Staff Committee of Kazakhstan's Ministry of Defense"
        if entry is None and _bare_state_body(form):
            return text, None, None  # "Secretary of the Security Council X": the body of X's state
        return text, key, form
    if named is not None:  # "press secretary of the Russian president"
        return text, named[0], named[1]
    return text, None, None


def _state_post(post: str) -> str:
    """The post a title names when a state holds it (``heads_of_states`` of ``ontology/posts.yaml``):
    "the head of X" is its Head of State, "X's top diplomat" its Foreign Minister.

    >>> _state_post("head"), _state_post("top diplomat"), _state_post("Defense Minister")
    ('Head of State', 'Foreign Minister', 'Defense Minister')
    """
    return post_words().heads_of_states.get(post.casefold(), post)


def _inner_owner(post: str, vocab: Vocabulary) -> bool:
    """The state after the title is the owner of what its last "of" names, not of its head:
    a post ("press secretary of the President" of X), or a body that itself holds the head's
    unit ("Head of the Main Directorate of the General Staff" of X). Such a title keeps the
    state it was written with, as "Russian Foreign Ministry spokesperson" keeps its body. The
    head's own body ("Secretary of the Security Council" of X), its domain ("Minister of
    Foreign Affairs"), and "the Armed Forces" (``not_body_heads``: no body) leave it bare.

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> v = vocabulary(load_gazetteer())
    >>> _inner_owner("press secretary of the President", v), _inner_owner("Minister of Foreign Affairs", v)
    (True, False)
    >>> _inner_owner("Head of the Main Directorate of the General Staff", v), _inner_owner("Secretary of the Security Council", v)
    (True, False)
    """
    tails = list(re.finditer(r"\s+of\s+(?:the\s+)?", post))
    if not tails:
        return False
    inner = post[tails[-1].end():]
    if inner.casefold() in word_classes().not_body_heads:
        return False  # "Chief of the General Staff of the Armed Forces" of X: the forces name no body
    return _has_head(inner, vocab) or len(tails) >= 2 and _names_body(inner)


def _expanded(title: str) -> str:
    """The title with its abbreviations written out (``abbreviations`` of ``ontology/posts.yaml``,
    whole words as written: "Armenian PM" is "Armenian Prime Minister").

    >>> _expanded("Armenian PM"), _expanded("MP")
    ('Armenian Prime Minister', 'Member of Parliament')
    """
    table = post_words().abbreviations
    if not table:
        return title
    return " ".join(table.get(w, w) for w in title.split(" "))


@lru_cache(maxsize=1)
def _generic_owner() -> re.Pattern[str]:
    """An owner named by a common noun ("the Organisation's Secretary General", "Secretary
    General of the organization"): which organization is the article's to say (the noun
    stands for it), so the title is read bare (``complement_nouns`` of ``ontology/posts.yaml``)."""
    nouns = "|".join(map(re.escape, post_words().complement_nouns))
    return re.compile(rf"^(?i:{nouns})['’]s\s+(?=\S)|\s+of\s+(?:the|this)\s+(?i:{nouns})$")


def _adjective_after_modifiers(text: str, gaz: Gazetteer) -> tuple[str, str, str] | None:
    """(post, state, adjective) of a title whose state adjective follows modifiers ("Former
    Kyrgyz President" is "Former President" of Kyrgyzstan), else None."""
    words = text.split()
    modifiers = {m.lower() for m in post_words().modifiers}
    lead = 0
    while lead < len(words) - 2 and words[lead].lower() in modifiers:
        lead += 1
    state = gaz.state_of_adjective(words[lead]) if lead else None
    if state is None:
        return None
    rest = " ".join(words[lead + 1:])
    post = " ".join(words[:lead] + ([words[lead]] if _names_body(rest) else []) + words[lead + 1:])
    return post, state.id, words[lead]


def _bare_state_body(form: str) -> bool:
    """A state's body named without its state ("the Security Council", "Government")."""
    bare = re.sub(r"^the\s+", "", form.strip(), flags=re.IGNORECASE).casefold()
    return bare in {h.casefold() for h in word_classes().state_body_heads}


def _names_body(text: str) -> bool:
    """The words hold a body's head noun ("Foreign Ministry spokesperson", "Security Council
    Secretary"), not a title's complement ("representative to the organization")."""
    heads = word_classes().org_heads - {c.lower() for c in post_words().complement_nouns}
    return any(POSSESSIVE.sub("", w).lower() in heads for w in text.split())


def _state_named(text: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """The one state a title names by an adjective or a possessive ("the Russian president",
    "Kazakhstan's Ministry"): (id, the word), else None."""
    found: dict[str, str] = {}
    for word in re.findall(r"[^\W\d_]+(?:['’]s)?", text):
        bare = POSSESSIVE.sub("", word)
        entry = gaz.state_of_adjective(bare) if bare[:1].isupper() else None
        if entry is None and bare != word:
            hit = gaz.lookup(bare)
            entry = hit if hit is not None and hit.kind == "state" else None
        if entry is not None:
            found.setdefault(entry.id, bare)
    return next(iter(found.items())) if len(found) == 1 else None


def singular_title(title: str, vocab: Vocabulary) -> tuple[str, bool]:
    """A title ending in a plural post ("CSTO Deputy Secretaries General", before a list of
    names) in the singular, and whether it was plural.

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> singular_title("CSTO Deputy Secretaries General", vocabulary(load_gazetteer()))
    ('CSTO Deputy Secretary General', True)
    >>> singular_title("Deputy Secretary General", vocabulary(load_gazetteer()))
    ('Deputy Secretary General', False)
    """
    low = title.lower()
    for plural, singular in sorted(vocab.plurals.items(), key=lambda kv: -len(kv[0])):
        if low == plural or low.endswith(" " + plural) and not re.search(r"\bof (?:the )?$", low[:-len(plural)]):
            return title[:len(title) - len(plural)] + singular, True  # not "Committee of Secretaries of ..."
    return title, False


def list_head_post(sentence: str, before: int, vocab: Vocabulary) -> str | None:
    """The singular post heading a list "the defense ministers of X (Name), of Y (Name)": the
    plural that ends last before ``before``, and of two ending there the longer ("defense
    ministers", not the "ministers" inside it).

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> list_head_post("The defense ministers of X (Ivan Petrov)", 26, vocabulary(load_gazetteer()))
    'Defense Minister'
    """
    best = None
    for plural, singular in vocab.plurals.items():
        for m in re.finditer(rf"\b{re.escape(plural)}\b", sentence[:before], re.IGNORECASE):
            if best is None or (m.end(), -m.start()) > best[0]:
                best = ((m.end(), -m.start()), singular)
    return best[1] if best else None


def covered_tokens(tokens: list[Token], matches: list[Match | tuple[int, int]]) -> set[int]:
    spans = [(m.start, m.end) if isinstance(m, Match) else m for m in matches]
    if not spans:
        return set()
    covered = set()
    for i, t in enumerate(tokens):
        start, end = t.start, t.end - _possessive_len(t.text)  # "the CSTO's" (once a token, not once a span)
        for s, e in spans:
            if s <= start and end <= e:
                covered.add(i)
                break
    return covered


def _possessive_len(word: str) -> int:
    m = POSSESSIVE.search(word)
    return len(m.group(0)) if m else 0


def cut_off(text: str, start: int, end: int) -> bool:
    r"""A name at [start, end) ends the text inside a running line, no mark after it: the stored
    copy of the page was cut there, likely inside the name ("... an informal meeting of the
    Council of He", "... under Rosa O"), so it is no name the text gives. A name that is a line
    of its own ("pnp.ru", a credit) or signs the item ("CSTO spokesman X": a short line of a
    title and the name), ends a headline ("X Receives Secretary General Y") or is credited
    ("Photo: X", "© Agency / X") is whole; the callers keep known names and footers. A running
    line has ``CUT_LINE_WORDS`` words before the name, or a mark of a sentence.

    >>> cut_off("They met. He spoke at the informal meeting of the Council of He", 52, 64)
    True
    >>> cut_off("Ivan Petrov Receives CSTO Secretary General Oleg Sidorov", 45, 57)
    False
    >>> cut_off("He met Ivan Petrov.", 7, 18), cut_off("It was said.\nkabar.kg", 13, 21)
    (False, False)
    >>> cut_off("It was said.\nCSTO spokesman Ivan Petrov", 28, 39), cut_off("They met. © Agency / Ivan Petrov", 21, 32)
    (False, False)
    """
    whole = text.rstrip()
    if end < len(whole) or not whole[-1:].isalnum():
        return False
    before = text[text.rfind("\n", 0, start) + 1:start]
    if re.search(r"[:©/|]\s*$", before):
        return False  # "... on Friday. Photo: X", "© Agency / X": a credit names the whole name
    return len(before.split()) >= CUT_LINE_WORDS or any(mark in before for mark in ",.;:")


CUT_LINE_WORDS = 12  # words before a name that make its line running text, not a signature or a headline
