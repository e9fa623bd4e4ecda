"""Extraction stage: articles -> mentions of people (with titles), bodies, places, events.

Sentences come from the rules of :mod:`csto_graph.corpus.sentences`; the gazetteer, the title
grammar of :mod:`csto_graph.extract.names` and the patterns of :mod:`csto_graph.extract.events`
(with its cues, roles, times and places: ``event_cues``, ``event_roles``, ``event_times``,
``event_places``) read them. spaCy's NER (``tok2vec`` + ``ner``, loaded once in :mod:`csto_graph.extract.nlp`) runs only
on the sentences that hold a name-shaped run no title, rank or list explains
(:func:`ner_sentences`), where it decides whether that run is a person. spaCy ``Doc``
objects never leave this module. Results are cached per article
(:mod:`csto_graph.pipeline.cache`) and the map over articles can run in processes or on Dask
(:mod:`csto_graph.pipeline.parallel`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from .event_places import with_regions
from .events import find_events, read_by_rules
from ..corpus.bylines import byline_word
from ..vocab.gazetteer import Gazetteer, load_gazetteer
from ..vocab.plurals import head_plurals
from ..vocab.posts import post_words
from ..vocab.resources import load_yaml
from ..vocab.words import words
from ..models import Article, ArticleExtraction, OrgMention, PersonMention, PlaceMention, PostMention, Sentence
from .orgs import (acronym_definitions, chains_over_known, clean_org, find_chains, heads_longer_name, members_after, owner_before,
                   owned_bodies, state_bodies, tokenize, units)
from .lists import represented_state
from .names import cut_off, is_name_word, vocabulary
from .people import find_people, share_posts
from .short_forms import bind_home_bodies, bind_short_forms, home_state

CREDIT = re.compile(r"^(?:©|photo ?(?:by|:|credit:?))\s*(?:[^/]*/)?(?P<name>[^/]+)$", re.IGNORECASE)
NAME_ONLY = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}$")
CYR_NAME = re.compile(r"\b([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?) ([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\b")


def sentence_spans(article: Article, nlp_doc) -> list[Sentence]:
    """Sentences of an article: spaCy's within each line; the footer is one sentence."""
    text = article.text
    out: list[Sentence] = []
    footer = article.body_end if article.body_end is not None else len(text)
    for sent in nlp_doc.sents:
        start, end = sent.start_char, min(sent.end_char, footer)
        while start < end:
            nl = text.find("\n", start, end)
            stop = end if nl < 0 else nl
            chunk = text[start:stop]
            lead = len(chunk) - len(chunk.lstrip())
            if chunk.strip():
                out.append(Sentence(start + lead, start + len(chunk.rstrip()), chunk.strip()))
            start = stop + 1
    out = _merge_fragments(out, text)
    if article.body_end is not None and article.body_end < len(text):
        chunk = text[article.body_end:].replace("\n", " ")
        out.append(Sentence(article.body_end, len(text), chunk))
    return out


# A short name in quotes that the splitter cut at its full stop ("the publication "Allies. Zorbex""):
# a quote opened on one to three capitalised words and a full stop at the end of one piece, closed
# near the start of the next (no quoted sentence of speech: "“What is it based on? ...").
_OPEN_QUOTE_END = re.compile(r"[\"“«](?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*\.$")
_CLOSE_QUOTE_START = re.compile(r"^[A-Z][^\"“”«»\n]{0,30}[\"”»]")


def _merge_fragments(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Join a piece the sentence splitter cut off mid-sentence (no final punctuation, or inside
    a short quoted name)."""
    out: list[Sentence] = []
    for sent in sentences:
        if out and "\n" not in text[out[-1].end:sent.start] and _OPEN_QUOTE_END.search(out[-1].text) \
                and _CLOSE_QUOTE_START.match(sent.text):
            prev = out.pop()
            sent = Sentence(prev.start, sent.end, text[prev.start:sent.end])
        elif out and not re.search(r"[.!?:;…\"”»]$", out[-1].text) and "\n" not in text[out[-1].end:sent.start] \
                and sent.text[:1].isalnum():
            prev = out.pop()
            sent = Sentence(prev.start, sent.end, text[prev.start:sent.end])
        out.append(sent)
    return out


# words after a medium's name: after a known one any of them ("Armenpress news agency"); an
# unknown one is recognised by the unambiguous ones only ("Krasnaya Zvezda newspaper", not "X radio")
@lru_cache(maxsize=1)
def _media_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows a medium's name (``media_words``, ``media_words_after_known``): the words
    after a known outlet's name ("Armenpress news agency"), and an unknown outlet's name before
    one of them ("Krasnaya Zvezda newspaper")."""
    w = words()
    named = "|".join(map(re.escape, w.media_words))
    after = "|".join(map(re.escape, [*w.media_words, *w.media_words_after_known]))
    return (re.compile(rf"\s+(?:{after})\b"),
            re.compile(rf"\b(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,3}}) (?:{named})\b"))


@lru_cache(maxsize=1)
def _media_kinds() -> frozenset[str]:
    """The words of ``media_words`` in lower case ("news agency", "tv channel")."""
    return frozenset(w.lower() for w in words().media_words)


@lru_cache(maxsize=1)
def _quoted_media() -> re.Pattern[str]:
    """An outlet's name in quotes right after a word of ``media_words`` ("the TV channel "Zorbex
    24"", "the publication "Allies. Zorbex""): the name as written, whatever it holds."""
    named = "|".join(map(re.escape, words().media_words))
    return re.compile(rf"\b(?:{named})\s+[\"“«](?P<name>[A-Z][^\"“”«»\n]{{0,40}}?)[\"”»]")


@lru_cache(maxsize=1)
def _post_in_name() -> re.Pattern[str]:
    """A post's head inside a would-be body name ("... Representative of the ..."): a title,
    not a body (``posts_not_bodies``), unless it follows "under the" or "of the": the body of
    that post ("the Office of the Prime Minister", "the Administration of the President")."""
    heads = "|".join(re.escape(h).replace(r"\ ", "[- ]").replace(r"\-", "[- ]")
                     for h in words().posts_not_bodies)
    return re.compile(rf"\b({heads})\b")


def _is_title(name: str) -> bool:
    """A would-be body name holding a post's head (:func:`_post_in_name`) outside the
    complement of a body: "under the ...", or "of the [Prime] ..." after the head of a post's
    office (``post_offices``: "the Office of the Prime Minister")."""
    offices = "|".join(map(re.escape, words().post_offices))
    complement = re.compile(rf"(?:\bunder|(?i:\b(?:{offices})) of) the (?:[A-Z][\w-]* )*$")
    return any(not complement.search(name[:m.start()]) for m in _post_in_name().finditer(name))


def _org_mentions(sent: Sentence, index: int, gaz: Gazetteer) -> list[OrgMention]:
    text = sent.text
    found: list[OrgMention] = []
    gaz_matches = [m for m in gaz.find(text) if not heads_longer_name(text, m)]
    for m in gaz_matches:
        if m.entry.kind == "place" or _generic_phrase(text, m):
            continue
        start, end = m.start, m.end
        if m.entry.kind == "media":  # "Armenpress news agency": the form as written
            desc = _media_patterns()[0].match(text[end:])
            address = None if desc else _known_address().match(text, end)  # "Zorbex.am": as written
            end = end + desc.end() if desc else address.end() if address else end
            lead = re.search(r"(?<![\w-])[A-Z]{2,5}\s+$", text[:start])  # "NIAT Khovar": the agency's acronym
            start = lead.start() if lead and gaz.lookup(lead.group().strip()) is None else start
        elif m.entry.kind not in {"state", "organization"}:  # "the CSTO’s Collective Security Council"
            other = _other_parent(text, m, gaz)
            if other is not None:  # "the OSCE Permanent Council": that organization's, not the CSTO's
                found.append(OrgMention(text[other:end], sent.start + other, sent.start + end, index))
                continue
            start, end = owner_before(text, start), members_after(text, end)
            found += _sibling_inside(sent, index, m, gaz)
        found.append(OrgMention(text[start:end], sent.start + start, sent.start + end, index, m.entry.id,
                                m.entry.kind))
    found += _addressed_media(sent, index, gaz_matches)
    for m in _media_patterns()[1].finditer(text):  # "Krasnaya Zvezda newspaper", a medium the gazetteer does not know
        start = m.start() + _descriptive_lead(m["name"])  # "Moscow-based Zorbex news agency": from "Zorbex" on
        name = text[start:m.end("name")]
        if name and not any(g.start < m.end() and start < g.end for g in gaz_matches) and name.split()[0] not in \
                {"The", "A", "An", "This", "That"} and not _only_states(name, gaz):
            found.append(OrgMention(text[start:m.end()], sent.start + start, sent.start + m.end(), index, None, "media"))
    for m in _quoted_media().finditer(text):  # "the TV channel "Zorbex 24"": the quoted name, not a known one inside
        s, e = m.span("name")
        found = [o for o in found if not (sent.start + s <= o.start and o.end <= sent.start + e)]
        found.append(OrgMention(m["name"], sent.start + s, sent.start + e, index, None, "media"))
    tokens = tokenize(text)
    chain_spans: list[tuple[int, int]] = []
    for start, end in find_chains(text, tokens, gaz_matches):
        start, end = owner_before(text, start), members_after(text, end)
        name = clean_org(text[start:end])
        if _is_title(name) or gaz.lookup(name) is not None or name.lower() in _media_kinds():
            continue  # (a kind of outlet alone, "News Agency", names none)
        # a known body in other words ("Foreign Ministers Council"), after a city, of "the Organization"
        same = gaz.lookup_words(name) or _known_after_place(name, gaz) or _home_body(name, gaz) or \
            _known_after_acronym(text[:start], name, gaz)
        if same is None:
            chain_spans.append((sent.start + start, sent.start + end))
        found.append(OrgMention(name, sent.start + start, sent.start + end, index, same.id if same else None,
                                same.kind if same else None))
    found = _owners_inside(found, chain_spans)
    for start, end, known in chains_over_known(text, tokens, gaz_matches):  # "Rapid Deployment Collective Forces ..."
        name = clean_org(text[start:end])
        same = gaz.lookup(name) or gaz.lookup_words(name, inner=False)
        if same is not None and same.id != known.entry.id:
            found = [o for o in found if not (o.start == sent.start + known.start and o.key == known.entry.id)]
            found.append(OrgMention(name, sent.start + start, sent.start + end, index, same.id, same.kind))
    for start, end in state_bodies(text):  # "Armenia's defense ministry", "the foreign ministry of Kazakhstan"
        if any(o.start < sent.start + end and sent.start + start < o.end and o.kind != "state" for o in found):
            continue
        same = gaz.lookup_words(text[start:end])
        found.append(OrgMention(text[start:end], sent.start + start, sent.start + end, index,
                                same.id if same else None, same.kind if same else None))
    for start, end in owned_bodies(text):  # "the CSTO monitoring mission": the body, not its organization
        s, e = sent.start + start, sent.start + end
        if any(o.start < e and s < o.end and o.kind != "organization" for o in found):
            continue  # a longer or known name ("the CSTO Crisis Response Center")
        found = [replace(o, reference=True) if s <= o.start and o.end <= e else o for o in found]  # its owner
        found.append(OrgMention(text[start:end], s, e, index))
    for start, end in units(text):  # "the 98th Guards Airborne Division": the unit, not a body inside its name
        s, e = sent.start + start, sent.start + end
        found = [o for o in found if not (s <= o.start and o.end <= e and o.kind != "state")]
        if not any(o.start < e and s < o.end and o.kind != "state" for o in found):
            found.append(OrgMention(text[start:end], s, e, index))
    for m in _home_reference().finditer(text):
        if not any(o.start <= sent.start + m.start() < o.end for o in found):
            found.append(OrgMention("Organization", sent.start + m.start(), sent.start + m.end(), index,
                                    "csto", "organization", reference=True))
    spans = [(o.start - sent.start, o.end - sent.start, o.text) for o in found]
    for acr, start, end, long in acronym_definitions(text, spans):
        known = gaz.lookup(long)
        key = known.id if known is not None else next((o.key for o in found if o.text == long), None)
        if key is not None and any(o.key == key and o.start == sent.start + start for o in found):
            continue  # "... Organization (CSTO)": the gazetteer has it already
        found.append(OrgMention(acr, sent.start + start, sent.start + end, index, key, None, acronym_of=long))
    # "Organization 'Name'": the quoted name is the body, the whole form an alias of it
    merged: list[OrgMention] = []
    for org in sorted(found, key=lambda o: o.start):
        if merged and org.key is None and merged[-1].key is None and 0 < org.start - merged[-1].end <= 2 \
                and text[merged[-1].end - sent.start:org.start - sent.start] in {" ‘", " “", " \"", " «"}:
            prev = merged.pop()
            full = text[prev.start - sent.start:org.end - sent.start + 1]
            merged.append(OrgMention(org.text, org.start, org.end, index, None, None, acronym_of=full))
            continue
        merged.append(org)
    return merged


@lru_cache(maxsize=1)
def _post_before() -> re.Pattern[str]:
    """A post's head and "of (the)" right before a body: the body is the post's, in a title
    that may name nobody ("the Secretary of the Security Council said")."""
    heads = "|".join(sorted(map(re.escape, post_words().heads), key=len, reverse=True))
    return re.compile(rf"\b(?i:{heads})\s+of\s+(?:the\s+)?$")


def _after_post(sent: Sentence, org: OrgMention) -> bool:
    return _post_before().search(sent.text[max(0, org.start - sent.start - 60):org.start - sent.start]) is not None


@lru_cache(maxsize=1)
def _holders_after() -> re.Pattern[str]:
    """The holders of a post in the plural, in lower case, right after a body: the body of
    many states' holders, a word of their title ("the meeting of Security Council secretaries")."""
    plurals = head_plurals()
    return re.compile(rf"\s+(?:{'|'.join(sorted(map(re.escape, plurals), key=len, reverse=True))})\b")


def _before_holders(sent: Sentence, org: OrgMention) -> bool:
    return _holders_after().match(sent.text, org.end - sent.start) is not None


def _owners_inside(found: list[OrgMention], spans: list[tuple[int, int]]) -> list[OrgMention]:
    """An organization named only as the owner inside the longer name of a body the gazetteer
    does not know (``spans``: "the OSCE Minsk Group", "the Parliamentary Assembly of the Union
    State") is a reference: the body is named, the organization is not on its own. (Inside a
    known body's name in other words, "the Foreign Ministers Council of the <organization>",
    the organization's form is one of its names as the news write them.)"""
    def inside(o: OrgMention) -> bool:
        return any(s <= o.start and o.end <= e and e - s > o.end - o.start for s, e in spans)

    return [replace(o, reference=True) if o.kind == "organization" and o.key and inside(o) else o for o in found]


def _sibling_inside(sent: Sentence, index: int, match, gaz: Gazetteer) -> list[OrgMention]:
    """The known body of the same organization that a known body's name holds as its owner,
    after its first "of the" ("Council of the <organization's> Assembly") or before its last
    word ("<organization's> Assembly Council"): named too, as where the gazetteer knows only
    the owner and the longer name is read as a chain."""
    if match.entry.parent is None or " " not in match.text:
        return []
    text, owner = match.text, " of the "
    after = text.index(owner) + len(owner) if owner in text else None
    spans = [(after, len(text))] if after is not None else []
    spans.append((0, text.rindex(" ")))  # "<Assembly> Council": the name before its last word
    out = []
    for start, end in spans:
        inner = gaz.lookup(text[start:end])
        if inner is not None and inner.id != match.entry.id and inner.parent == match.entry.parent:
            at = sent.start + match.start
            out.append(OrgMention(text[start:end], at + start, at + end, index, inner.id, inner.kind))
    return out


def _known_after_place(name: str, gaz: Gazetteer):
    """The known body a name holds after the city that opens it (the "Minsk CSTO Foreign
    Ministers Council": that body's meeting in Minsk), or None."""
    first = gaz.find(name)[:1]
    if not first or first[0].start != 0 or first[0].entry.kind != "place":
        return None
    rest = name[first[0].end:].strip()
    same = gaz.lookup(rest) or gaz.lookup_words(rest) if len(rest.split()) >= 2 else None
    return same if same is not None and same.kind not in {"state", "place"} else None


def _known_after_acronym(before: str, name: str, gaz: Gazetteer):
    """The known body of an organization that a name gives right after the organization's
    acronym in brackets, which defines it ("the Zorbex Treaty Organization's (ZTO) Rapid
    Forces": the body the gazetteer knows as "ZTO Rapid Forces"; ``before``: the text before
    the name), or None.

    >>> from ..vocab.gazetteer import load_gazetteer
    >>> _known_after_acronym("exercises of the Organization’s (CSTO) ", "Rapid Response Forces", load_gazetteer()).id
    'csto-crrf'
    >>> _known_after_acronym("exercises of the ", "Rapid Response Forces", load_gazetteer()) is None
    True
    """
    m = re.search(r"\(([A-Z]{2,6})\)\s+$", before)
    owner = gaz.lookup(m.group(1)) if m else None
    if owner is None or owner.kind != "organization":
        return None
    form = f"{m.group(1)} {name}"
    same = gaz.lookup(form) or gaz.lookup_words(form)
    return same if same is not None and same.parent == owner.id else None


def _home_body(name: str, gaz: Gazetteer):
    """The known body of the CSTO a name gives with the home reference as its owner ("the
    Secretariat of the Organization" on the CSTO's own pages), or None."""
    owner = f" of the {words().home_reference}"
    if not name.endswith(owner) or "csto" not in gaz.entries:
        return None
    same = gaz.lookup(f"{name[:-len(owner)]} of the {gaz.entries['csto'].name}")
    return same if same is not None and same.parent == "csto" else None


def _descriptive_lead(name: str) -> int:
    """Where a medium's name starts after the words that describe the outlet at its head: a
    capitalised word joined by a hyphen to a word in lower case ("Moscow-based", "Kremlin-aligned",
    "State-run"); 0 when none opens it, ``len(name)`` when every word is one.

    >>> _descriptive_lead("Moscow-based Zorbex"), _descriptive_lead("Kremlin-aligned"), _descriptive_lead("Zorbex-Press")
    (13, 15, 0)
    """
    at = 0
    for m in re.finditer(r"\S+\s*", name):
        if not re.fullmatch(r"[A-Z][\w'’]*-[a-z][\w-]*", m.group().strip()):
            break
        at = m.end()
    return at


def _only_states(name: str, gaz: Gazetteer) -> bool:
    """Every word of ``name`` is a state's adjective ("the Chinese news agency", "a Russian
    newspaper"): it says whose outlet, not which one."""
    return all(gaz.state_of_adjective(word) is not None for word in name.split())


# A known body's name written in lower case with this many words or more is the name, not a
# common phrase (the gazetteer's lower-case common phrases, "peacekeeping forces", "crisis
# response center", have two or three words). Measured on the 14 English read sets: dev-p
# aliases .796 -> .850, every other line the same; sample and 1k unchanged.
PARTICULAR_WORDS = 4


def _generic_phrase(text: str, match) -> bool:
    """A known body's name written all in lower case with no complement ("our collective
    forces", "peacekeeping forces", "a crisis response center"): a common noun phrase, not
    the body's name; one with its complement names it ("the council of foreign ministers"),
    and so does one with the body's acronym in brackets after it ("the rapid reaction forces
    (RRF)"), and one of ``PARTICULAR_WORDS`` words or more ("the collective rapid reaction
    forces": the common phrases are shorter)."""
    if match.entry.kind not in {"body", "organization", "mission"} or any(c.isupper() for c in match.text):
        return False
    if len(match.text.split()) >= PARTICULAR_WORDS:
        return False
    acronym = re.match(r"\s*\(([^()\s]{2,10})\)", text[match.end:])
    if acronym and acronym.group(1) in match.entry.aliases:
        return False
    return not set(match.text.split()) & set(words().complement_openers)


def _other_parent(text: str, match, gaz: Gazetteer) -> int | None:
    """Where a known body's bare name starts that another organization's acronym opens ("the
    OSCE Permanent Council" is the OSCE's, not the CSTO Permanent Council), else None."""
    before = re.search(r"(?<![\w-])([A-Z]{2,6})\s+$", text[:match.start])
    entry = gaz.lookup(before.group(1)) if before else None
    if entry is None or entry.kind != "organization" or entry.id == match.entry.parent or match.entry.parent is None:
        return None
    return before.start(1)


@lru_cache(maxsize=1)
def _address_pattern() -> re.Pattern[str]:
    """A medium named by its web address ("News.Am", "EXAMPLE.KZ"), not inside a link."""
    tlds = "|".join(map(re.escape, words().media_domains))
    return re.compile(rf"(?<![\w./@-])[A-Z][A-Za-z0-9-]*\.(?i:{tlds})(?![\w/.-]*[\w/])")


@lru_cache(maxsize=1)
def _known_address() -> re.Pattern[str]:
    """The web domain right after a known outlet's name ("Zorbex.am"): the form as written."""
    tlds = "|".join(map(re.escape, words().media_domains))
    return re.compile(rf"\.(?i:{tlds})(?![\w/.-]*[\w/])")


CREDITED = re.compile(r"©\s*(?P<name>[A-Z][\w.-]+(?: [A-Z][\w.-]+)?)\s*/")  # "© Agency / Photographer"


@lru_cache(maxsize=1)
def _credit_pattern() -> re.Pattern[str]:
    """The name after a source or picture credit ("(Source: Zorbex)", "photo: Zorbex", "SOURCE:
    ZORBEX"; ``media_credit_openers``), at the start of a line or in brackets, up to the end of
    the line or the closing bracket."""
    openers = "|".join(map(re.escape, words().media_credit_openers))
    return re.compile(rf"(?:^|(?<=\n)|(?<=[.!?] )|\()[ \t]*(?i:{openers})[ \t]*:[ \t]*(?P<name>[A-Z][^()\n|]*?)[ \t]*(?:\)|$|\n)")


def _credited(sent: Sentence, gaz_matches) -> list[tuple[int, int]]:
    """Spans of outlets a credit names by one word that no known entry covers ("(Source:
    Zorbex)"): a person's name has two, a body's a head noun, and some words name none
    (``credit_not_outlets``: "Photo: Archive")."""
    if ":" not in sent.text:  # every credit has its colon: most sentences need no search
        return []
    return [(m.start("name"), m.end("name")) for m in _credit_pattern().finditer(sent.text)
            if _outlet_word(m["name"]) and not any(g.start < m.end("name") and m.start("name") < g.end
                                                   for g in gaz_matches)]


def _outlet_word(name: str) -> bool:
    """``name`` is one capitalised word that may name an outlet: no head noun, no word of
    ``credit_not_outlets``, ``not_org_name_words`` or the calendar."""
    w, low = words(), name.lower()
    return re.fullmatch(r"[A-Z][\w.&-]*\w", name) is not None and low not in w.org_heads \
        and low not in w.credit_not_outlets and low not in w.not_org_name_words and low not in w.calendar


# A republished report's dateline: its city in capitals, then in brackets the outlet that
# republished it, the agency it came from and the date ("MOSCOW (Zorbex News / Quillnet - 7th May,
# 2020) The ..."); each outlet a name of up to four capitalised words.
_OUTLET = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}"
SYNDICATED = re.compile(rf"^[A-Z][A-Z'’-]{{2,}}(?:[ -][A-Z][A-Z'’-]+){{0,2}} \((?P<name>{_OUTLET})"
                        rf"(?:\s*/\s*(?P<name2>{_OUTLET}))?\s*[-–—]\s*[^()\n]{{0,30}}\b\d{{4}}\)")


def _syndicated(sent: Sentence) -> list[tuple[int, int]]:
    """Spans of the outlets a republished report's dateline names (:data:`SYNDICATED`).

    >>> s = Sentence(0, 60, "MINSK (Zorbex News / Quillnet - 15th May, 2020) The talks began.")
    >>> [s.text[a:b] for a, b in _syndicated(s)]
    ['Zorbex News', 'Quillnet']
    """
    m = SYNDICATED.match(sent.text)
    return [m.span(g) for g in ("name", "name2") if m and m[g]]


def _addressed_media(sent: Sentence, index: int, gaz_matches) -> list[OrgMention]:
    """Media a line names by their web address (a byline, "X.kz reports", a credit), as
    the agency of a photo credit ("© Agency / Photographer"), by one word after a credit's
    opener ("(Source: Zorbex)", :func:`_credited`), in a republished report's dateline
    (:func:`_syndicated`), or by one word in a byline ("By Zorbex | 3 May 2021": a person's
    byline names two words or more; :func:`~csto_graph.corpus.bylines.byline_word`)."""
    spans = [(m.start(), m.end()) for m in _address_pattern().finditer(sent.text)]
    spans += [(m.start("name"), m.end("name")) for m in CREDITED.finditer(sent.text)]
    spans += _credited(sent, gaz_matches)
    spans += _syndicated(sent)
    bylined = byline_word(sent.text)
    spans += [bylined] if bylined and _outlet_word(sent.text[bylined[0]:bylined[1]]) else []
    return [OrgMention(sent.text[s:e], sent.start + s, sent.start + e, index, None, "media")
            for s, e in sorted(set(spans)) if not any(g.start < e and s < g.end for g in gaz_matches)]


def _place_mentions(sent: Sentence, index: int, gaz: Gazetteer) -> list[PlaceMention]:
    """Places of the gazetteer, and places it does not know named right after a cue
    ("was held in Nesvizh"; ``place_before`` in ``ontology/events.yaml``) or followed by
    their state in brackets ("in Nesvizh (Republic of Belarus)"), and regions ("in the Pskov
    region": :func:`~csto_graph.extract.event_places.with_regions`)."""
    matches = gaz.find(sent.text)
    found = [PlaceMention(m.text, m.entry.name, sent.start + m.start, sent.start + m.end, index)
             for m in matches if m.entry.kind in {"place", "state"}]
    known = [(m.start, m.end) for m in matches]
    for m in (*_unknown_place_pattern().finditer(sent.text), *_bracketed_state_places(sent.text, matches)):
        name = m["place"]
        if any(s < m.end("place") and m.start("place") < e for s, e in known) or name.lower() in words().calendar | words().not_place_words:
            continue
        found.append(PlaceMention(name, name, sent.start + m.start("place"), sent.start + m.end("place"), index))
    return with_regions(sent.text, sorted(found, key=lambda p: p.start), known, sent.start, index)


def _bracketed_state_places(text: str, matches) -> list[re.Match[str]]:
    """Names after a place cue ("in", "at": ``bracket_place_links`` in ``ontology/events.yaml``)
    followed by a state of the gazetteer and nothing else in brackets ("in Nesvizh (the
    Republic of Belarus)"): a city of that state the gazetteer does not know.

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> text = "The talks were held in Nesvizh (Republic of Belarus) and in Europe (OSCE)."
    >>> [m["place"] for m in _bracketed_state_places(text, load_gazetteer().find(text))]
    ['Nesvizh']
    """
    states = {(m.start, m.end) for m in matches if m.entry.kind == "state"}
    out = []
    for m in _bracketed_place_pattern().finditer(text):
        inner = re.match(r"\s*(?:the\s+)?", text[m.end():])
        close = text.find(")", m.end())
        end = len(text[:close].rstrip()) if close >= 0 else -1
        if any(s == m.end() + inner.end() and e == end for s, e in states):
            out.append(m)
    return out


@lru_cache(maxsize=1)
def _bracketed_place_pattern() -> re.Pattern[str]:
    links = "|".join(re.escape(w) for w in load_yaml("events.yaml").get("bracket_place_links", ()))
    return re.compile(rf"\b(?i:{links})\s+(?P<place>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)\s*\(")


@lru_cache(maxsize=1)
def _unknown_place_pattern() -> re.Pattern[str]:
    from .event_cues import cues

    cue = "|".join(re.escape(c) for c in sorted(cues().place_before, key=len, reverse=True))
    follower = "|".join(map(re.escape, words().place_followers))
    return re.compile(rf"\b(?i:{cue})\s+(?P<place>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)"
                      rf"(?=\s*(?:[,.;]|$)|\s+(?:{follower})\b)")


def _caption_lines(article: Article) -> tuple[Sentence, ...]:
    """The article's caption lines, then its header lines, as sentences in source-file
    offsets (:attr:`~csto_graph.models.ArticleExtraction.captions`)."""
    return tuple(Sentence(cap.source_start, cap.source_start + len(cap.text), cap.text)
                 for cap in (*article.captions, *article.headers))


def _caption_mentions(article: Article, lines: tuple[Sentence, ...], first: int, gaz: Gazetteer
                      ) -> tuple[list[PersonMention], list[OrgMention]]:
    """People and bodies named by the caption and header ``lines``; line ``k`` has the
    sentence index ``first + k`` (``first``: the number of body sentences)."""
    import iuliia

    people, orgs = [], []
    known_in_headline: dict[int, list[OrgMention]] = {}
    n_captions = len(article.captions)
    for k, cap in enumerate(article.captions):
        for m in CYR_NAME.finditer(cap.text):
            latin = iuliia.WIKIPEDIA.translate(m.group(0))
            people.append(PersonMention(m.group(0), latin, cap.source_start + m.start(),
                                        cap.source_start + m.end(), first + k, script="cyrillic", strong=False,
                                        caption=True))
    for k, cap in enumerate(article.headers):
        index = first + n_captions + k
        credit = CREDIT.match(cap.text)
        if credit and NAME_ONLY.match(credit.group("name").strip()) and all(  # "Photo: Kazakh Defense Ministry":
                is_name_word(w, vocabulary(gaz)) for w in credit.group("name").split()):  # a body, no person
            name = credit.group("name").strip()
            start = cap.source_start + credit.start("name") + (len(credit.group("name")) - len(credit.group("name").lstrip()))
            people.append(PersonMention(name, name, start, start + len(name), index, strong=True, caption=True))
        elif cap.language == "en" and len(cap.text.split()) >= 3:
            # a headline names people with their posts too ("... met with the Minister of Foreign
            # Affairs of Kazakhstan Z. Petrov"); offsets are in the source file, like captions'
            line = lines[n_captions + k]
            line_orgs = _org_mentions(line, index, gaz)
            people += [replace(p, caption=True) for p in find_people(line, index, gaz, [], line_orgs, False)
                       if p.strong or p.posts and " " not in p.name]  # "President Petrov receives ..."
            # (bodies the gazetteer does not know are not taken from headlines: measured on the 10k
            # benchmark corpus, headlines naming a post without its holder added 14 false bodies;
            # a known body in other words is: "Council of CSTO Foreign Ministers opens session")
            credited = {line.start + m.start("name") for m in _credit_pattern().finditer(line.text)}
            known_in_headline[n_captions + k] = [o for o in line_orgs if (o.key is not None or o.kind == "media"
                                                                          or o.start in credited)
                                                 and not o.acronym_of]
    for k, line in enumerate(lines):
        if k in known_in_headline:
            orgs += [replace(o, caption=True) for o in known_in_headline[k]]
            continue
        matches = gaz.find(line.text)
        for m in matches:
            if m.entry.kind != "place":
                orgs.append(OrgMention(m.text, line.start + m.start, line.start + m.end, first + k,
                                       m.entry.id, m.entry.kind, caption=True))
        orgs += [replace(o, caption=True) for o in _addressed_media(line, first + k, matches)]
    for k in range(len(article.headers)):  # "BAKU, 3 May (Steppe Wind) -": the agency of the dateline
        line, index = lines[n_captions + k], first + n_captions + k
        orgs += [o for o in _dateline_media(line, index, gaz)
                 if not any(x.sentence == index and x.start < o.end and o.start < x.end for x in orgs)]
    return people, orgs


def _dateline_media(line: Sentence, index: int, gaz: Gazetteer) -> list[OrgMention]:
    """The agency a dateline names ("MINSK, 3 May (Agency) -", "Baku / 03.05.23 / Agency:",
    "MOSCOW, May 3. /AGENCY/."): a medium, also where the gazetteer does not know it. Only a
    name of up to four capitalised words that is no place, state or known body counts."""
    from ..corpus.lines import match_dateline

    m = match_dateline(line.text + " …")  # a header holds the dateline alone: the text it opened went on
    if m is None:
        return []
    out = []
    for group, value in m.groupdict().items():
        if not group.startswith("agency") or not value or not value.strip():
            continue
        name = value.strip()
        known = gaz.lookup(name)
        if len(name.split()) > 4 or not all(w[:1].isupper() or w[:1].isdigit() for w in name.split()) or \
                known is not None and known.kind != "media":
            continue
        start = line.start + m.start(group) + (len(value) - len(value.lstrip()))
        out.append(OrgMention(name, start, start + len(name), index, known.id if known else None, "media",
                              caption=True))
    return out




@lru_cache(maxsize=1)
def _home_reference() -> re.Pattern[str]:
    """How the CSTO's own pages name it ("the Organization", not "the Organization for ...")."""
    word = re.escape(words().home_reference)
    complement = "|".join(map(re.escape, words().home_reference_complements))
    return re.compile(rf"\b(?:the |The )?{word}(?:'s|’s)?(?! (?:{complement})\b)")


@lru_cache(maxsize=1)
def _bare_chair() -> re.Pattern[str]:
    """ "... the Chairman of the <body>" with no name: the head of a chair's title."""
    heads = "|".join(map(re.escape, post_words().chair_heads))
    return re.compile(rf"\b(?P<head>{heads}) of the\s+$")


def _chairs_named_by_title(people: list[PersonMention], orgs: list[OrgMention], events, sentences
                           ) -> list[PersonMention]:
    """"According to the Chairman of the CSTO Military Committee, ..." with no name: the
    person who chaired this article's meeting of that body holds the post.

    Only a title that no name follows and that is no one's title already counts, and only
    when exactly one person chaired an event of that body in the article.
    """
    titles = [(m.start, m.end) for p in people for m in p.posts]
    starts = {p.start for p in people}
    added: dict[int, list[PostMention]] = {}
    for org in orgs:
        if org.key is None or org.caption:
            continue
        sent = sentences[org.sentence]
        head = _bare_chair().search(sent.text[:org.start - sent.start])
        if head is None:
            continue
        start = sent.start + head.start()
        after = sent.text[org.end - sent.start:]
        if any(s <= start < e for s, e in titles) or any(org.end < x <= org.end + 3 for x in starts) \
                or not re.match(r"\s*(?:[,;:.\"“]|$)", after):
            continue
        chairs = {part.person for ev in events if ev.body == org.key
                  for part in ev.participants if part.role == "chair"}
        if len(chairs) == 1:
            k, = chairs
            added.setdefault(k, []).append(PostMention(f"{head['head']} of the {org.text}", org.key, org.text,
                                                      start, org.end))
    return [replace(p, posts=p.posts + tuple(m for m in added[k] if m.post not in {x.post for x in p.posts}))
            if k in added else p for k, p in enumerate(people)]


# A sentence naming this many states lists them (the members: "The CSTO includes Armenia,
# Belarus, Kazakhstan, ..."), and puts none of them in play.
LISTED_STATES = 4


def states_in_play(sentences, orgs: list[OrgMention], places: list[PlaceMention], gaz: Gazetteer) -> set[str]:
    """The states an article names: as bodies (or in a body's name: "Ministry of Defense of X"),
    as the state of a place it names, or by a state's adjective ("the Kazakh side").

    >>> from csto_graph.vocab.gazetteer import load_gazetteer
    >>> sorted(states_in_play([Sentence(0, 30, "Talks with the Kyrgyz side.")], [], [], load_gazetteer()))
    ['kyrgyzstan']
    """
    found: set[str] = set()

    def add(key: str | None) -> None:
        entry = gaz.entries.get(key) if key else None
        if entry is not None and entry.kind == "state":
            found.add(entry.id)
        elif entry is not None and entry.kind == "place" and entry.state:
            found.add(entry.state)

    by_sentence: dict[int, set[str]] = {}
    for org in orgs:
        if org.key and gaz.entries.get(org.key) and gaz.entries[org.key].kind == "state":
            by_sentence.setdefault(org.sentence, set()).add(org.key)
    listing = {k for k, states in by_sentence.items() if len(states) >= LISTED_STATES}
    orgs = [o for o in orgs if o.sentence not in listing or o.caption]
    places = [p for p in places if p.sentence not in listing]
    sentences = [s for k, s in enumerate(sentences) if k not in listing]
    for org in orgs:
        for key in ((org.key,) if org.key and gaz.entries.get(org.key) and gaz.entries[org.key].kind == "state"
                    else gaz.word_bag(org.text)):
            add(key)
    for place in places:
        entry = gaz.lookup(place.key) or gaz.lookup(place.text)
        add(entry.id if entry is not None else None)
    for sent in sentences:
        for word in re.findall(r"[A-Z][\w-]+", sent.text):
            entry = gaz.state_of_adjective(word)
            if entry is not None:
                found.add(entry.id)
    return found


def extract_article(article: Article, doc, gaz: Gazetteer | None = None, parse=None) -> ArticleExtraction:
    """Mentions in one article, given its spaCy ``Doc`` (or :class:`~csto_graph.corpus.sentences.TextDoc`).

    ``parse``: the parser of event sentences :func:`~csto_graph.extract.events.find_events`
    asks (a :class:`~csto_graph.extract.syntax.SentenceParser`); None reads by rules alone.
    """
    return with_events(article, read_mentions(article, doc, gaz), parse)


def with_events(article: Article, ex: ArticleExtraction, parse=None, reading=None) -> ArticleExtraction:
    """``ex`` (from :func:`read_mentions`) with the article's events, and the posts of the
    chairs they name (``reading``: :func:`rules_reading` of ``ex``, if the caller has it)."""
    sentences, people, orgs = list(ex.sentences), list(ex.people), list(ex.orgs)
    events = find_events(article, sentences, people, orgs, list(ex.places), parse, reading)
    people = _chairs_named_by_title(people, orgs, events, sentences)
    return replace(ex, people=tuple(people), events=tuple(events))


def rules_reading(article: Article, ex: ArticleExtraction):
    """What the event rules read of ``ex``'s sentences (:func:`~csto_graph.extract.events.read_by_rules`),
    to ask the parser about and then to read into events."""
    return read_by_rules(article, list(ex.sentences), list(ex.people), list(ex.orgs), list(ex.places))


def _titled_by_surname(people: list[PersonMention]) -> list[PersonMention]:
    """A full name the model did not take for a person is one when the article gives its
    surname a title ("President Petrov receives ..." above "Ivan-Pavel Petrov made proposals"):
    the title says the surname is a person's, and the full name is the one the text gives him.

    >>> a = PersonMention("Petrov", "Petrov", 0, 6, 3, (PostMention("President", None, None, 0, 9),), strong=False)
    >>> b = PersonMention("Ivan-Pavel Petrov", "Ivan-Pavel Petrov", 20, 37, 1, strong=False)
    >>> [p.strong for p in _titled_by_surname([a, b])]
    [False, True]
    """
    titled = {p.name for p in people if p.posts and " " not in p.name}
    return [replace(p, strong=True) if not p.strong and " " in p.name and p.name.split()[-1] in titled
            and not p.in_footer else p for p in people]


def read_mentions(article: Article, doc, gaz: Gazetteer | None = None) -> ArticleExtraction:
    """The sentences, people, bodies and places of an article, no events yet."""
    gaz = gaz or load_gazetteer()
    sentences = sentence_spans(article, doc)
    # entities never overlap (a spaCy Doc's, and those of text_doc), so sorted by start they
    # are sorted by end too; each sentence is given only those that overlap it (all of them
    # per sentence was quadratic in the article's length)
    person_ents = sorted((e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON")
    ent_starts, ent_ends = [s for s, _ in person_ents], [e for _, e in person_ents]
    people: list[PersonMention] = []
    orgs: list[OrgMention] = []
    places: list[PlaceMention] = []
    for index, sent in enumerate(sentences):
        sent_orgs = _org_mentions(sent, index, gaz)
        sent_places = _place_mentions(sent, index, gaz)
        places += sent_places
        sent_ents = person_ents[bisect.bisect_right(ent_ends, sent.start):bisect.bisect_left(ent_starts, sent.end)]
        sent_people = find_people(sent, index, gaz, sent_ents, sent_orgs, article.in_footer(sent.start))
        sent_people = [p for p in sent_people if not any(pl.start <= p.start and p.end <= pl.end
                                                         for pl in sent_places)]
        sent_people = represented_state(sent, sent_people, gaz)
        titles = [(m.start, m.end) for p in sent_people for m in p.posts]
        orgs += [replace(o, in_title=True) if any(s <= o.start and o.end <= e for s, e in titles)
                 or _after_post(sent, o) or _before_holders(sent, o) else o for o in sent_orgs]
        people += sent_people
    lines = _caption_lines(article)
    cap_people, cap_orgs = _caption_mentions(article, lines, len(sentences), gaz)
    home = home_state(article.place, gaz)
    in_play = states_in_play(sentences + list(lines), orgs + cap_orgs, places, gaz) | ({home.id} if home else set())
    people = share_posts(people + cap_people, orgs + cap_orgs, gaz,  # a headline's titles are read with the body's
                         home.id if home else None, frozenset(in_play))
    people = _titled_by_surname(people)
    orgs = bind_short_forms(sentences, orgs + cap_orgs, people, gaz)
    orgs = bind_home_bodies(sentences, orgs, people, gaz, article.place)
    # (a caption's or a header's offsets are the source file's: never cut off)
    people = [p for p in people if p.caption or p.in_footer or not cut_off(article.text, p.start, p.end)]
    orgs = [o for o in orgs if o.caption or o.key is not None or article.in_footer(o.start)
            or not cut_off(article.text, o.start, o.end)]
    return ArticleExtraction(article.id, tuple(sentences), tuple(people), tuple(orgs), tuple(places), (), lines)

