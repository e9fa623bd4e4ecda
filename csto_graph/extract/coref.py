"""Event participants a sentence refers to without naming them.

A sentence that tells an event may name a participant by a pronoun ("During the visit, he
held talks with ...") or a definite title ("The Kazakh president held talks with his
counterpart ..."). When that reference is the subject of the sentence (it opens the
sentence, after at most a leading phrase closed by a comma, and stands before the
trigger; or wherever it stands, when the dependency parse reads it as the trigger's
subject, :func:`parsed_reference`), it is resolved to a person the article named before:

- a pronoun to the person the nearest earlier sentence naming people names, when it names
  one (outside quotation marks), or opens with one (its subject);
- a title to the only person named before with that post (``reference_titles`` of
  ``ontology/events.yaml``), of the state its adjective names when it has one.

Nothing is resolved when the answer is not unique, or inside a quotation; the event reader
adds the person only to an event someone is named at. The functions are plain:
:func:`subject_reference` finds the reference, :func:`resolve` the person it points to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..models import PersonMention, Sentence
from ..vocab.gazetteer import load_gazetteer
from ..vocab.posts import folded_modifiers, post_words
from ..vocab.resources import load_yaml

# a quotation between curly, straight or angle quotation marks: one pattern for the event
# reader and for references (``quote_spans``)
QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the quotations of ``text`` (each with its marks).

    >>> quote_spans('He said: "We met." Then «they» left.')
    [(9, 18), (24, 30)]
    """
    return [(m.start(), m.end()) for m in QUOTES.finditer(text)]


@dataclass(frozen=True)
class Reference:
    """A subject that refers to a person: ``kind`` is ``pronoun`` or ``title``; ``title``
    the post a title names (lower case), ``state`` the gazetteer id its adjective names."""

    kind: str
    start: int  # offsets in the sentence
    end: int
    title: str | None = None
    state: str | None = None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    data = load_yaml("events.yaml")
    pronouns = "|".join(re.escape(p) for p in data.get("subject_pronouns", ()))
    titles = "|".join(re.escape(t) for t in sorted(data.get("reference_titles", ()), key=len, reverse=True))
    # a leading phrase closed by a comma ("On Tuesday morning, "), then the subject; a title
    # followed by a name or "of" is a title of someone named or another post, not a reference
    return re.compile(rf"^(?:[^,\"“«]{{1,80}},\s+)?(?:(?P<pronoun>(?i:{pronouns}))\b(?!['’])"
                      rf"|(?i:the)\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?(?P<title>(?i:{titles}))\b(?![\s-]+(?:[A-Z]|of\b)))")


def subject_reference(text: str, trigger_start: int, people: list[tuple[int, int]] = ()) -> Reference | None:
    """The reference that is the subject of a sentence's trigger, or None.

    ``people``: the spans (sentence offsets) of the persons the sentence names; none may
    stand before the reference's end (else it is not the subject, or names them).

    >>> subject_reference("During the visit, he held talks with X.", 25).kind
    'pronoun'
    >>> subject_reference("The Kazakh president held talks with X.", 24).title
    'president'
    >>> subject_reference("The president of the bank held talks.", 26) is None
    True
    """
    m = _pattern().match(text)
    if m is None or m.end() > trigger_start or any(s < m.end() for s, _ in people):
        return None
    if not _verb_of_trigger(text[m.end():trigger_start]):
        return None
    if m.group("pronoun"):
        return Reference("pronoun", m.start("pronoun"), m.end())
    state = None
    if m.group("adj"):
        entry = load_gazetteer().state_of_adjective(m.group("adj"))
        if entry is None:
            return None  # "the Interim president", "the New president": no state, no reference
        state = entry.id
    return Reference("title", m.start(), m.end(), m.group("title").lower().replace("-", " "), state)


_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
_OF_BODY = re.compile(r"\s+of\s+the\s+(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")


def _post_of_body(text: str, start: int, end: int, phrase: str) -> Reference | None:
    """A subject that writes a post of a body out again ("The chief of the CSTO Joint Staff
    delivered a report" after "Chief of the CSTO Joint Staff X"): "the", one head word of the
    posts vocabulary, and "of the" a capitalised name; its title is the whole post, which only
    a person holding that very post answers (:func:`_holds`). None for anything else.

    >>> _post_of_body("The chief of the CSTO Joint Staff spoke.", 0, 9, "The chief").title
    'chief of the csto joint staff'
    >>> _post_of_body("The bank of the Republic spoke.", 0, 8, "The bank") is None
    True
    """
    head = re.fullmatch(r"(?i:the)\s+(?P<head>[A-Za-z][\w-]*)", phrase)
    body = _OF_BODY.match(text, end)
    if head is None or body is None or head["head"].casefold() not in _post_heads():
        return None
    return Reference("title", start, body.end(), f"{head['head']} of the {body['body']}".lower().replace("-", " "))


@lru_cache(maxsize=1)
def _post_heads() -> frozenset[str]:
    return frozenset(h.casefold() for h in post_words().heads if " " not in h)


def parsed_reference(text: str, span: tuple[int, int], people: list[tuple[int, int]] = ()) -> Reference | None:
    """The reference that the parse reads as the subject of the trigger (``span``: sentence
    offsets of that subject, :func:`csto_graph.extract.syntax.subject_of`), however far from
    the trigger it stands: a subject pronoun, or a definite title ("the Acting Secretary
    General", "the Kazakh president"; modifiers of the posts vocabulary stay in the title);
    None when it is anything else or a person the sentence names stands before its end.

    >>> parsed_reference("The day before he took part in the summit.", (15, 17)).kind
    'pronoun'
    >>> parsed_reference("Then the Acting Secretary General, as a speaker, took part.", (5, 33)).title
    'acting secretary general'
    >>> parsed_reference("Then the bank, as a lender, took part.", (5, 13)) is None
    True
    >>> r = parsed_reference("Then Armenia's Foreign Minister took part.", (5, 31)); r.title, r.state
    ('foreign minister', 'armenia')
    >>> parsed_reference("The Foreign Minister of Armenia took part.", (0, 20)).state
    'armenia'
    >>> parsed_reference("The Chairman of the Board took part.", (0, 25)) is None
    True
    """
    start, end = span
    if any(s < end for s, _ in people) or any(a <= start < b for a, b in quote_spans(text)):
        return None
    phrase = text[start:end]
    if phrase.lower() in _pronouns():
        return Reference("pronoun", start, end)
    of_state = _OF_STATE.match(text, end)  # the parse's subject ends at its head: "the Foreign Minister| of X"
    if of_state is not None and getattr(load_gazetteer().lookup(of_state["state"]), "kind", None) == "state":
        end = of_state.end()
        phrase = text[start:end]
    m = _titled_subject().fullmatch(phrase)
    if m is None:
        return _post_of_body(text, start, end, phrase)
    pre = m["pre"].split()
    modifiers = []
    while pre and pre[-1].lower() in folded_modifiers():
        modifiers.insert(0, pre.pop().lower())
    gaz = load_gazetteer()
    state = None
    for word in pre:
        entry = gaz.state_of_adjective(word)
        if entry is not None:
            state = entry.id
    for named in (m["owner"], m["of"]):  # "Tajikistan's Foreign Minister", "the Foreign Minister of Tajikistan"
        if named:
            entry = gaz.lookup(named)
            if entry is None or entry.kind != "state":
                return None  # a body's or a person's post ("the Chairman of the Board")
            state = entry.id
    title = " ".join(modifiers + [m["title"].lower()]).replace("-", " ")
    return Reference("title", start, end, title, state)


def speaker_reference(text: str, verb_start: int) -> Reference | None:
    """The subject pronoun right after a comma and right before the reporting verb at
    ``verb_start``, in a sentence told as "CONTENT, he said at OCCASION" (the shape
    :func:`csto_graph.extract.event_roles.speech_tail` reads for a named speaker): who spoke at the
    occasion, resolved like any subject pronoun; None when anything else stands there.

    >>> speaker_reference("Troops will leave by air, he said at a briefing on Tuesday.", 29).kind
    'pronoun'
    >>> speaker_reference("Troops will leave by air and he said at a briefing.", 30) is None
    True
    """
    m = re.search(r"(?:,[\"”’']?|^[\"“”]?)\s*(\w+)\s+$", text[:verb_start])
    if m is None or m.group(1).lower() not in _pronouns() or any(a <= m.start(1) < b for a, b in quote_spans(text)):
        return None
    return Reference("pronoun", m.start(1), m.end(1))


def may_refer(text: str) -> bool:
    """Whether ``text`` (a sentence up to its trigger) holds a subject pronoun or a title a
    reference may be made of: only then is the parse asked for the trigger's subject.

    >>> may_refer("The day before he"), may_refer("The delegation")
    (True, False)
    """
    return _may_refer().search(text) is not None or _post_of_body_pattern().search(text) is not None


def may_refer_before(text: str, first_named: int, trigger_start: int | None = None) -> bool:
    """Whether a reference :func:`parsed_reference` accepts may end before ``first_named`` (the
    sentence offset of its first named person, ``len(text)`` when none): a subject pronoun, or
    "the" with a title (:func:`_titled_subject`), in ``text[:first_named]``. A subject that ends
    later has a named person before its end and refers to no one (``President A met ...``:
    the title is A's), so the parse is not asked for it. With ``trigger_start``, a title counts
    only when no person is named before the trigger: one named between the title and the
    trigger is the title's holder ("the Secretary General of the Council A took part in ...",
    whose reference resolves to A, named there, or to no one).

    >>> may_refer_before("President Ivan Petrenko then met B.", 10), may_refer_before("The day before he met B.", 24)
    (False, True)
    >>> may_refer_before("The Chairman of the Council Ivan Petrenko met B.", 28, 42)
    False
    """
    head = text[:first_named]
    if _may_refer_pronoun().search(head) is not None:
        return True
    return (trigger_start is None or first_named >= trigger_start) and (
        _titled_subject().search(head) is not None or _post_of_body_pattern().search(head) is not None)


@lru_cache(maxsize=1)
def _post_of_body_pattern() -> re.Pattern[str]:
    """"the" and a head word of the posts vocabulary before "of the" and a capitalised name:
    a post of a body written out again (:func:`_post_of_body`)."""
    heads = "|".join(re.escape(h) for h in sorted(_post_heads(), key=len, reverse=True))
    return re.compile(rf"\b(?i:the)\s+(?i:{heads})\s+of\s+the\s+[A-Z]")


# what the English tokenizer splits off a pronoun written without its apostrophe ("hes" ->
# "he" "s", "hedve" -> "he" "d" "ve"): the pronoun is a token of its own there too
_CLITICS = ("s", "d", "dve", "llve")


@lru_cache(maxsize=1)
def _may_refer_pronoun() -> re.Pattern[str]:
    words = sorted(load_yaml("events.yaml").get("subject_pronouns", ()), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?:" + "|".join(_CLITICS) + r")?\b", re.I)


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    return frozenset(str(p).lower() for p in load_yaml("events.yaml").get("subject_pronouns", ()))


@lru_cache(maxsize=1)
def _may_refer() -> re.Pattern[str]:
    data = load_yaml("events.yaml")
    words = sorted((*data.get("subject_pronouns", ()), *data.get("reference_titles", ())), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


@lru_cache(maxsize=1)
def _titled_subject() -> re.Pattern[str]:
    """A titled subject: "the" or a state's possessive ("Tajikistan's"), capitalised words (a
    state's adjective, a body's name, modifiers), a title, and the state it is of ("the
    Foreign Minister of Tajikistan")."""
    titles = "|".join(re.escape(t) for t in sorted(load_yaml("events.yaml").get("reference_titles", ()),
                                                   key=len, reverse=True))
    return re.compile(rf"(?:(?i:the)\s+|(?P<owner>[A-Z][\w-]*)['’]s\s+)(?P<pre>(?:[A-Z][\w-]*\s+)*?)"
                      rf"(?P<title>(?i:{titles}))(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))?")


# at most three words between the subject and the trigger ("he held talks", "he also paid a
# visit", "the president was received"): a longer gap, a comma or "that" puts the trigger in a
# clause the subject does not do ("He added that the summit ...", "He thanked the side for
# hosting the meeting"). Measured on the open English sets (dev-j kept back): of the 9
# subjects resolved without this check, the 6 with a longer gap, a comma, "that" or "is"
# were all wrong, the 3 with a gap of one word all right
MOST_GAP_WORDS = 3


def _verb_of_trigger(gap: str) -> bool:
    """Whether the words between a subject and a trigger make the trigger what the subject
    does: few, no punctuation, and none of ``reference_gap_stops`` (``ontology/events.yaml``:
    "that", a present copula of a caption's "He is sitting ...", a reporting verb)."""
    words = gap.split()
    if len(words) > MOST_GAP_WORDS or not re.fullmatch(r"[\sA-Za-z]*", gap):
        return False
    return not any(w.lower() in _gap_stops() for w in words)


@lru_cache(maxsize=1)
def _gap_stops() -> frozenset[str]:
    data = load_yaml("events.yaml")
    return frozenset(str(w).lower() for w in (*data.get("reference_gap_stops", ()), *data.get("reporting_verbs", ())))


@dataclass
class Context:
    """What a reference is resolved over, for one article: its sentences, its people by
    sentence (index -> [(person index, mention)], as the event reader groups them), the
    surnames of who only reports (spokesmen: never a subject referred to), and the people
    earlier references were resolved to, by sentence (a pronoun after a pronoun is the same
    person: "He arrived ... He met ..."). Built once per article."""

    sentences: list[Sentence]
    people_of: dict
    reporters: frozenset[str] = frozenset()
    subjects: dict[int, int] = field(default_factory=dict)  # sentence index -> person index
    titled: "TitleIndex | None" = None

    def __post_init__(self):
        if self.titled is None:
            self.titled = TitleIndex(self.people_of)


def resolve(ref: Reference, index: int, context: Context) -> int | None:
    """The index (into the article's people) of the person ``ref`` in sentence ``index``
    points to, or None when no person, or more than one, fits (see the module's text); a
    pronoun's answer is kept in ``context.subjects`` for the sentences after it."""
    if ref.kind == "pronoun":
        k = _previous_subject(index, context)
        if k is not None:
            context.subjects[index] = k
        return k
    return context.titled.holder(ref, index)


class TitleIndex:
    """The article's titled people by the last word of their post, each name once (its
    first mention with such a post), in the order they are named: a title is looked up
    among the few named with its head word, not among all the article's people."""

    def __init__(self, people_of: dict):
        self.by_word: dict[str, list[tuple[int, int, PersonMention]]] = {}
        seen = set()
        for i in sorted(people_of):
            for k, p in people_of[i]:
                for post in p.posts if " " in p.name else ():
                    word = post.post.lower().replace("-", " ").split()[-1:]
                    if word and (word[0], p.name, post.post) not in seen:
                        seen.add((word[0], p.name, post.post))
                        self.by_word.setdefault(word[0], []).append((i, k, p))

    def holder(self, ref: Reference, index: int) -> int | None:
        """The only person named before sentence ``index`` with the post ``ref`` names (the
        scan stops at a second one: no answer)."""
        found: dict[str, int] = {}
        for i, k, p in self.by_word.get(ref.title.split()[-1], ()):
            if i >= index:
                break
            if _holds(p, ref):
                found.setdefault(p.name, k)
                if len(found) > 1:
                    return None
        return next(iter(found.values()), None)


def _outside_quotes(sent: Sentence, mentions) -> list:
    quotes = quote_spans(sent.text)
    return [(k, p) for k, p in mentions if not any(a <= p.start - sent.start < b for a, b in quotes)]


# a pronoun refers to a person of one of the few sentences before it, never further back: the
# walk back is bounded, so a long page of sentences naming nobody stays linear
MOST_SENTENCES_BACK = 3


# a quotation runs over at most so many sentences before the one that closes it (the walk
# back to where it opened stays bounded)
MOST_QUOTED_SENTENCES = 12


def _unpaired_mark(text: str) -> tuple[str, int] | None:
    """The one quotation mark of ``text`` left when its quotations (``QUOTES``) are taken
    out, as ("open" or "close", offset in the text left); None when none or several are left.
    A straight mark opens when a word follows it, closes when a word or a punctuation mark
    stands before it.

    >>> _unpaired_mark('"We will stay.'), _unpaired_mark('So we left," he said.'), _unpaired_mark('No quote.')
    (('open', 0), ('close', 11), None)
    """
    rest = QUOTES.sub(" ", text)
    marks = [(m.group(), m.start()) for m in re.finditer(r"[\"“”«»]", rest)]
    if len(marks) != 1:
        return None
    mark, at = marks[0]
    if mark in "“«":
        return "open", at
    if mark in "”»":
        return "close", at
    before, after = rest[at - 1:at], rest[at + 1:at + 2]
    if before.strip() and not after.strip()[:1].isalnum():
        return "close", at
    return ("open", at) if after.strip() and not before.strip() else None


def _quotation_opened(index: int, context: Context) -> int | None:
    """The sentence that opens the quotation sentence ``index`` closes, when it runs over
    several sentences ('"We have eight officers. ... So, I see no problems," he told a
    briefing'): the sentences between are the speaker's words, and a pronoun after the
    quotation refers back from where it opened. None when the sentence closes none, or a
    quotation mark stands in a sentence between."""
    found = _unpaired_mark(context.sentences[index].text)
    if found is None or found[0] != "close":
        return None
    for j in range(index - 1, max(index - 1 - MOST_QUOTED_SENTENCES, -1), -1):
        text = context.sentences[j].text
        mark = _unpaired_mark(text)
        if mark is not None and mark[0] == "open":
            return j
        if re.search(r"[\"“”«»]", text):
            return None
    return None


def _previous_subject(index: int, context: Context) -> int | None:
    """The person of the nearest earlier sentence (of the ``MOST_SENTENCES_BACK`` before)
    that names people or whose subject was resolved: that subject, else the only person it
    names (a spokesman aside), else the one it opens with (its title or name at its start).
    After a quotation of several sentences, the walk back starts where it opened
    (:func:`_quotation_opened`)."""
    opened = _quotation_opened(index, context)
    first = index - 1 if opened is None else opened
    for i in range(first, max(first - MOST_SENTENCES_BACK, -1), -1):
        if i in context.subjects:
            return context.subjects[i]
        sent = context.sentences[i]
        named = [(k, p) for k, p in _outside_quotes(sent, context.people_of.get(i, []))
                 if " " in p.name and p.name.split()[-1] not in context.reporters]
        if not named:
            continue
        if len({p.name for _, p in named}) == 1:
            return named[-1][0]
        k, first = min(named, key=lambda kp: kp[1].start)
        opens = min([first.start] + [t.start for t in first.posts]) - sent.start
        lead = sent.text[:max(opens, 0)].strip().lower()
        return k if lead in ("", "the") else None
    return None


def _holds(person: PersonMention, ref: Reference) -> bool:
    """Whether a mention's post is the title ``ref`` names: the post ends with the title's
    words, and what comes before them is a state's adjective or a domain ("Foreign
    Minister" for "the minister"), never a modifier of the posts vocabulary ("Deputy
    Minister" is not "the minister")."""
    if ref.state is not None and person.country != ref.state and \
            not any(post.org == ref.state for post in person.posts):
        return False
    titled = ref.title.split()
    for post in person.posts:
        words = post.post.lower().replace("-", " ").split()
        if words[-len(titled):] != titled:
            continue
        if not any(w in folded_modifiers() for w in words[:-len(titled)]):
            return True
    return False


