"""Extraction stage: articles -> mentions of people (with titles), bodies, places, events.

Sentences come from the rules of :mod:`csto_graph.corpus.sentences`; the gazetteer, the title
grammar of :mod:`csto_graph.extract.names` and the patterns of :mod:`csto_graph.extract.events` read
them. spaCy's NER (``tok2vec`` + ``ner``, loaded once in :mod:`csto_graph.extract.nlp`) runs only
on the sentences that hold a name-shaped run no title, rank or list explains
(:func:`ner_sentences`), where it decides whether that run is a person. spaCy ``Doc``
objects never leave this module. Results are cached per article
(:mod:`csto_graph.pipeline.cache`) and the map over articles can run in processes or on Dask
(:mod:`csto_graph.pipeline.parallel`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .events import find_events
from ..vocab.gazetteer import Gazetteer, load_gazetteer
from ..vocab.resources import load_yaml
from ..vocab.words import words
from ..vocab.words import words as word_classes  # inside functions that name a local `words`
from ..models import Article, ArticleExtraction, OrgMention, PersonMention, PlaceMention, PostMention, Sentence
from .names import (POSSESSIVE, Title, covered_tokens, display_name, left_title, list_head_post, name_runs,
                    name_words, parse_post, right_title, singular_title, split_compound, split_rank, vocabulary)
from .orgs import acronym_definitions, clean_org, find_chains, heads_longer_name, state_bodies, tokenize

HOME_REFERENCE = re.compile(r"\b(?:the |The )?Organization(?:'s|’s)?(?! (?:for|of|on)\b)")
ADDRESS = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna|ogly|kyzy|uly)$")
CREDIT = re.compile(r"^(?:©|photo ?(?:by|:|credit:?))\s*(?:[^/]*/)?(?P<name>[^/]+)$", re.IGNORECASE)
NAME_ONLY = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}$")
CYR_NAME = re.compile(r"\b([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?) ([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\b")


@dataclass(frozen=True)
class ExtractConfig:
    model: str | None = None
    progress: bool = False
    batch_size: int = 64  # sentences per batch of the model
    ner: str = "needed"  # model on "needed" sentences only (see ner_sentences), or on "all" of the body
    jobs: int = 1  # local worker processes
    scheduler: str | None = None  # Dask scheduler address (instead of local processes)
    cache: str | None = None  # SQLite file of cached extractions (None: no cache)
    chunk_size: int = 16  # articles per task


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


def _merge_fragments(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Join a piece the sentence splitter cut off mid-sentence (no final punctuation)."""
    out: list[Sentence] = []
    for sent in sentences:
        if out and not re.search(r"[.!?:;…\"”»]$", out[-1].text) and "\n" not in text[out[-1].end:sent.start] \
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
    w = load_yaml("words.yaml")
    named = "|".join(map(re.escape, w["media_words"]))
    after = "|".join(map(re.escape, [*w["media_words"], *w["media_words_after_known"]]))
    return (re.compile(rf"\s+(?:{after})\b"),
            re.compile(rf"\b(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,3}}) (?:{named})\b"))


@lru_cache(maxsize=1)
def _post_in_name() -> re.Pattern[str]:
    """A post's head inside a would-be body name ("... Representative of the ..."): a title,
    not a body (``posts_not_bodies``), unless it follows "under the"."""
    heads = "|".join(re.escape(h).replace(r"\ ", "[- ]").replace(r"\-", "[- ]")
                     for h in load_yaml("words.yaml")["posts_not_bodies"])
    return re.compile(rf"(?<!under the )\b({heads})\b")


def _org_mentions(sent: Sentence, index: int, gaz: Gazetteer) -> list[OrgMention]:
    text = sent.text
    found: list[OrgMention] = []
    gaz_matches = [m for m in gaz.find(text) if not heads_longer_name(text, m)]
    for m in gaz_matches:
        if m.entry.kind == "place":
            continue
        end = m.end
        if m.entry.kind == "media":  # "Armenpress news agency": the form as written
            desc = _media_patterns()[0].match(text[end:])
            end += desc.end() if desc else 0
        found.append(OrgMention(text[m.start:end], sent.start + m.start, sent.start + end, index, m.entry.id,
                                m.entry.kind))
    for m in _media_patterns()[1].finditer(text):  # "Krasnaya Zvezda newspaper", a medium the gazetteer does not know
        if not any(g.start < m.end() and m.start() < g.end for g in gaz_matches) and m["name"].split()[0] not in \
                {"The", "A", "An", "This", "That"}:
            found.append(OrgMention(m.group(0), sent.start + m.start(), sent.start + m.end(), index, None, "media"))
    tokens = tokenize(text)
    for start, end in find_chains(text, tokens, gaz_matches):
        name = clean_org(text[start:end])
        if _post_in_name().search(name) or gaz.lookup(name) is not None:
            continue
        same = gaz.lookup_words(name)  # a known body in other words ("Foreign Ministers Council")
        found.append(OrgMention(name, sent.start + start, sent.start + end, index, same.id if same else None,
                                same.kind if same else None))
    for start, end in state_bodies(text):  # "Armenia's defense ministry", "the foreign ministry of Kazakhstan"
        if any(o.start < sent.start + end and sent.start + start < o.end and o.kind != "state" for o in found):
            continue
        same = gaz.lookup_words(text[start:end])
        found.append(OrgMention(text[start:end], sent.start + start, sent.start + end, index,
                                same.id if same else None, same.kind if same else None))
    for m in HOME_REFERENCE.finditer(text):
        if not any(o.start <= sent.start + m.start() < o.end for o in found):
            found.append(OrgMention("Organization", sent.start + m.start(), sent.start + m.end(), index,
                                    "csto", "organization", reference=True))
    spans = [(o.start - sent.start, o.end - sent.start, o.text) for o in found]
    for acr, start, end, long in acronym_definitions(text, spans):
        key = next((o.key for o in found if o.text == long or o.text.endswith(long)), None)
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


def _place_mentions(sent: Sentence, index: int, gaz: Gazetteer) -> list[PlaceMention]:
    """Places of the gazetteer, and places it does not know named right after a cue
    ("was held in Nesvizh"; ``place_before`` in ``ontology/events.yaml``)."""
    matches = gaz.find(sent.text)
    found = [PlaceMention(m.text, m.entry.name, sent.start + m.start, sent.start + m.end, index)
             for m in matches if m.entry.kind in {"place", "state"}]
    known = [(m.start, m.end) for m in matches]
    for m in _unknown_place_pattern().finditer(sent.text):
        name = m["place"]
        if any(s < m.end("place") and m.start("place") < e for s, e in known) or name.lower() in words().calendar | words().not_place_words:
            continue
        found.append(PlaceMention(name, name, sent.start + m.start("place"), sent.start + m.end("place"), index))
    return sorted(found, key=lambda p: p.start)


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    from .events import cues

    return frozenset(phrase for phrase, _ in cues().triggers if " " not in phrase)


@lru_cache(maxsize=1)
def _unknown_place_pattern() -> re.Pattern[str]:
    from .events import cues

    cue = "|".join(re.escape(c) for c in sorted(cues().place_before, key=len, reverse=True))
    return re.compile(rf"\b(?i:{cue})\s+(?P<place>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)"
                      r"(?=\s*(?:[,.;]|$)|\s+(?:on|under|with|from|at|and|in|during|to|by|for)\b)")


def _people(sent: Sentence, index: int, gaz: Gazetteer, person_ents: list[tuple[int, int]],
            orgs: list[OrgMention], in_footer: bool) -> list[PersonMention]:
    vocab = vocabulary(gaz)
    not_longer = vocab.post_words | word_classes().headline_verbs  # "Ivan Petrov Receives ..." ends the name
    text = sent.text
    tokens = tokenize(text)
    org_spans = [(o.start - sent.start, o.end - sent.start) for o in orgs]
    gaz_spans = [(m.start, m.end) for m in gaz.find(text) if not heads_longer_name(text, m)]
    covered = covered_tokens(tokens, org_spans + gaz_spans)
    runs = name_runs(tokens, vocab, covered)
    person_tokens = {k for i, j in runs if j - i >= 2 for k in range(i, j)}
    org_forms = [(o.text, o.key) for o in orgs]
    people: list[PersonMention] = []
    shared: tuple[Title, int] | None = None  # a plural title and where the last name it heads ends
    list_state: tuple[str, str, int] | None = None  # a state that opens a list of titled names
    for i, j in runs:
        words = name_words(tokens, i, j)
        start, end = tokens[i].start, tokens[j - 1].end
        end -= len(tokens[j - 1].text) - len(POSSESSIVE.sub("", tokens[j - 1].text))  # "Putin's"
        after = tokens[j].text.lower() if j < len(tokens) else ""
        if after in word_classes().body_after_name:
            continue  # "the Burdenko hospital", "Kazinform news": a body's name, not a person
        if j < len(tokens) and tokens[j].text[:1].isupper() and tokens[j].text.lower() in vocab.stop \
                and tokens[j].text.lower() not in not_longer:
            continue  # part of a longer proper name ("Great Patriotic War")
        ner = any(s < sent.start + end and sent.start + start < e for s, e in person_ents)
        titles = left_title(tokens, i, vocab, covered, person_tokens)
        of_whom = _of_body_after(text, end, gaz)  # "presidents A of Kazakhstan, B of ..."
        titles, shared = _plural_titles(titles, shared, text, start, of_whom[2] if of_whom else end, vocab)
        titles += right_title(tokens, j, vocab, covered)
        honorific = i > 0 and tokens[i - 1].text.lower().rstrip(".") in vocab.honorifics
        if (len(words) == 1 and i == 0 or not ner) and any(all(part.lower() in _trigger_words() for part in w.split("-")) for w in words):
            continue  # "Talks between ...", "the Training Courses": event words, not a name
        single = len(words) == 1  # a surname alone is never strong: the linker decides who it is
        if single and not titles:
            people.append(PersonMention(words[0], display_name(words), sent.start + start, sent.start + end,
                                        index, strong=False, in_footer=in_footer))
            continue
        name = display_name(words)
        address = bool(honorific and ADDRESS.match(name))
        common = any(w.lower().endswith("ing") for w in words)
        strong = (ner and not common) or bool(titles) or honorific
        posts, rank, country = [], None, None
        paren_post = _paren_list_post(tokens, text, i, vocab, gaz)
        if paren_post is not None:
            posts.append(PostMention(paren_post[0], paren_post[1], paren_post[2], sent.start + start,
                                     sent.start + end))
            country = paren_post[1] if gaz.entries.get(paren_post[1] or "") and \
                gaz.entries[paren_post[1]].kind == "state" else None
            strong = True
        for title in titles:
            first_post = len(posts)
            for piece in split_compound(title.text, vocab):
                piece_rank, rest = split_rank(piece, vocab)
                rank = rank or piece_rank
                if not rest:
                    continue
                parsed = parse_post(rest, gaz, vocab, org_forms)
                if parsed is None:
                    continue
                post, key, org_text = parsed
                if not post:
                    continue
                posts.append(PostMention(post, key, org_text, sent.start + title.start, sent.start + title.end))
                entry = gaz.entries.get(key or "")
                if country is None and entry is not None and entry.kind == "state":
                    country = entry.id
            states = {m.org: m.org_text for m in posts[first_post:]
                      if m.org and gaz.entries.get(m.org) and gaz.entries[m.org].kind == "state"}
            if len(states) == 1:  # "Chief of the General Staff - First Deputy Minister of Defense of X"
                (key, form), = states.items()
                posts[first_post:] = [replace(m, org=key, org_text=form) if m.org is None else m
                                      for m in posts[first_post:]]
        if of_whom is not None:  # "Secretary General Ivan Petrov of NATO": the left title's body
            key, form, _ = of_whom
            given = [replace(m, org=key, org_text=form) if m.org is None and m.end <= sent.start + start else m
                     for m in posts]
            if given != posts and gaz.entries[key].kind == "state":
                country = country or key
            posts = given
        posts, list_state = _list_state(posts, list_state, titles, text, start, end, vocab, gaz)
        counterpart = COUNTERPART.search(text[:start])
        if not posts and counterpart and people and people[-1].posts:
            state = gaz.state_of_adjective(counterpart["adj"])
            if state is not None:  # "A, Foreign Minister of X, ... his Kazakh counterpart B"
                posts.append(PostMention(people[-1].posts[0].post, state.id, counterpart["adj"],
                                         sent.start + counterpart.start(), sent.start + counterpart.end()))
                country, strong = country or state.id, True
        if single:  # "the Chairman of the Government of the Russian Federation Yakushev": posts, not strength
            strong = address = False
        people.append(PersonMention(" ".join(words) if "-" not in text[start:end] else text[start:end],
                                    name, sent.start + start, sent.start + end, index, tuple(posts), rank,
                                    country, address_form=address, strong=strong, in_footer=in_footer))
    return people


def _represented_state(sent: Sentence, people: list[PersonMention], gaz: Gazetteer) -> list[PersonMention]:
    """The state a sentence says its officials represent ("Tajikistan was represented by Foreign
    Minister A and Defense Minister B"; "Deputy Foreign Minister A ... are representing
    Tajikistan") is the state of their titles that name none."""
    found = _represented_pattern().search(sent.text)
    if found is None:
        return people
    entry = gaz.lookup(found["before"] or found["after"])
    if entry is None or entry.kind != "state":
        return people
    out = []
    for p in people:
        if p.posts and all(m.org is None for m in p.posts):
            p = replace(p, posts=tuple(replace(m, org=entry.id, org_text=found["before"] or found["after"])
                                       for m in p.posts), country=p.country or entry.id)
        out.append(p)
    return out


@lru_cache(maxsize=1)
def _represented_pattern() -> re.Pattern[str]:
    cues = load_yaml("events.yaml")["represented"]
    by = "|".join(map(re.escape, cues["by"]))
    verb = "|".join(map(re.escape, cues["representing"]))
    state = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}"
    return re.compile(rf"(?:^|[.;:]\s+|,\s+)(?P<before>{state})\s+(?:{by})\b|\b(?:{verb})\s+(?P<after>{state})")


def _of_body_after(text: str, end: int, gaz: Gazetteer) -> tuple[str, str, int] | None:
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


def _list_state(posts: list[PostMention], list_state, titles: list[Title], text: str, start: int, end: int,
                vocab, gaz: Gazetteer) -> tuple[list[PostMention], tuple[str, str, int] | None]:
    """A state named before the first title of a list of titled names is the state of the
    titles after it that name none ("Kazakhstan's Minister of Foreign Affairs A, Minister of
    Defense B and Secretary of the Security Council C": B and C serve Kazakhstan too).

    Returns the posts (those without a state given it) and what the next name may share:
    (state id, the form that named it, where this name ends).
    """
    if list_state is not None and posts and titles and LIST_JOINT.fullmatch(text[list_state[2]:titles[0].start]):
        key, form, _ = list_state
        heads = {h.lower() for h in words().state_body_heads}
        posts = [replace(m, org=key, org_text=form) if m.org is None or (m.org_text or "").lower() in heads
                 else m for m in posts]
        return posts, (key, form, end) if all(m.org == key for m in posts) else None
    for m in posts[:1]:
        entry = gaz.entries.get(m.org or "")
        if entry is not None and entry.kind == "state" and m.org_text and titles \
                and text[titles[0].start:].startswith(m.org_text):
            return posts, (m.org, m.org_text, end)
    return posts, None


COUNTERPART = re.compile(r"\b(?:his|her|their) (?P<adj>[A-Z][a-z]+) (?:counterparts?|colleagues?),?\s*$")
LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _plural_titles(titles: list[Title], shared: tuple[Title, int] | None, text: str, start: int, end: int,
                   vocab) -> tuple[list[Title], tuple[Title, int] | None]:
    """A plural title heads every name of the list after it ("the CSTO Deputy Secretaries
    General A, B and C"): each gets it in the singular. Returns this name's titles and what
    the next name may share."""
    if titles:
        last = titles[-1]
        singular, plural = singular_title(last.text, vocab)
        if plural:
            last = replace(last, text=singular)
            return [*titles[:-1], last], (last, end)
        return titles, None
    if shared is not None and LIST_JOINT.fullmatch(text[shared[1]:start]):
        return [shared[0]], (shared[0], end)
    return titles, None


def _paren_list_post(tokens, text: str, i: int, vocab, gaz: Gazetteer):
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
    m = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w\-’' ]+)$", head)
    if not m:
        return None
    entry = gaz.lookup(m.group(1).strip())
    if entry is None or entry.kind not in {"state", "organization"}:
        return None
    post = list_head_post(text, open_at, vocab)
    return (post, entry.id, m.group(1).strip()) if post else None


def _run_end(tokens, i: int) -> int:
    """Character end of the name-shaped run starting at token ``i``."""
    j = i
    while j + 1 < len(tokens) and tokens[j + 1].start - tokens[j].end == 1 and tokens[j + 1].text[:1].isupper():
        j += 1
    if j + 1 < len(tokens) and tokens[j + 1].text in {"uulu", "kyzy", "ogly", "uly"}:
        j += 1
    return tokens[j].end


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
        if credit and NAME_ONLY.match(credit.group("name").strip()):
            name = credit.group("name").strip()
            start = cap.source_start + credit.start("name") + (len(credit.group("name")) - len(credit.group("name").lstrip()))
            people.append(PersonMention(name, name, start, start + len(name), index, strong=True, caption=True))
        elif cap.language == "en" and len(cap.text.split()) >= 3:
            # a headline names people with their posts too ("... met with the Minister of Foreign
            # Affairs of Kazakhstan Z. Petrov"); offsets are in the source file, like captions'
            line = lines[n_captions + k]
            line_orgs = _org_mentions(line, index, gaz)
            people += [replace(p, caption=True) for p in _people(line, index, gaz, [], line_orgs, False) if p.strong]
            # (bodies the gazetteer does not know are not taken from headlines: measured on the 10k
            # benchmark corpus, headlines naming a post without its holder added 14 false bodies)
    for k, line in enumerate(lines):
        for m in gaz.find(line.text):
            if m.entry.kind != "place":
                orgs.append(OrgMention(m.text, line.start + m.start, line.start + m.end, first + k,
                                       m.entry.id, m.entry.kind, caption=True))
    return people, orgs


BARE_CHAIR = re.compile(r"\b(?P<head>Chairman|Chairwoman|Chairperson|Chair) of the\s+$")


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
        head = BARE_CHAIR.search(sent.text[:org.start - sent.start])
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


def extract_article(article: Article, doc, gaz: Gazetteer | None = None) -> ArticleExtraction:
    """Mentions in one article, given its spaCy ``Doc``."""
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
        sent_people = _people(sent, index, gaz, sent_ents, sent_orgs, article.in_footer(sent.start))
        sent_people = [p for p in sent_people if not any(pl.start <= p.start and p.end <= pl.end
                                                         for pl in sent_places)]
        sent_people = _represented_state(sent, sent_people, gaz)
        titles = [(m.start, m.end) for p in sent_people for m in p.posts]
        orgs += [replace(o, in_title=True) if any(s <= o.start and o.end <= e for s, e in titles) else o
                 for o in sent_orgs]
        people += sent_people
    lines = _caption_lines(article)
    cap_people, cap_orgs = _caption_mentions(article, lines, len(sentences), gaz)
    people += cap_people
    orgs += cap_orgs
    events = find_events(article, sentences, people, orgs, places)
    people = _chairs_named_by_title(people, orgs, events, sentences)
    return ArticleExtraction(article.id, tuple(sentences), tuple(people), tuple(orgs), tuple(places),
                             tuple(events), lines)


def extract_articles(articles: list[Article], config: ExtractConfig = ExtractConfig()) -> list[ArticleExtraction]:
    """Mentions of every article, in input order.

    An article found in ``config.cache`` is not extracted again; the others are extracted
    in chunks of ``config.chunk_size`` by :func:`extract_chunk`, in this process, in
    ``config.jobs`` processes or on the Dask cluster at ``config.scheduler``. Each article
    is extracted on its own (the model sees only that article's sentences), so the result
    is the same however the work is spread.
    """
    from functools import partial

    from ..pipeline.parallel import FORK, map_in_order

    if not articles:
        return []
    results: list[ArticleExtraction | None] = [None] * len(articles)
    cache = _open_cache(config)
    try:
        keys = _cache_keys(articles) if cache is not None else []
        if cache is not None:
            hits = cache.get_many(keys)
            results = [hits.get(k) for k in keys]
        todo = [i for i, r in enumerate(results) if r is None]
        chunks = [todo[k:k + config.chunk_size] for k in range(0, len(todo), config.chunk_size)]
        work = partial(extract_chunk, config=replace(config, progress=False, cache=None))
        if FORK and config.jobs > 1 and len(chunks) > 1 and not config.scheduler:
            _load_once(config)  # forked workers share it instead of loading it each
        done = map_in_order(work, [[articles[i] for i in chunk] for chunk in chunks],
                            jobs=config.jobs, scheduler=config.scheduler)
        bar = _progress_bar(config, len(todo))
        for chunk, extracted in zip(chunks, done):
            for i, ex in zip(chunk, extracted):
                results[i] = ex
            if cache is not None:
                cache.put_many([(keys[i], results[i]) for i in chunk])
            if bar is not None:
                bar.update(len(chunk))
        if bar is not None:
            bar.close()
    finally:
        if cache is not None:
            cache.close()
    return results


def extract_chunk(articles: list[Article], config: ExtractConfig = ExtractConfig()) -> list[ArticleExtraction]:
    """Extract a few articles (one task of :func:`extract_articles`; runs in a worker).

    Each article is read with rule-based sentences first (:mod:`csto_graph.corpus.sentences`);
    the model is asked about the sentences :func:`ner_sentences` picks, and the article
    is read again with the person entities it found.
    """
    from ..corpus.sentences import text_doc

    gaz = load_gazetteer()
    out = []
    for article in articles:
        if article.language != "en":
            out.append(read_other_language(article, gaz))
            continue
        doc = text_doc(article.text)
        ex = extract_article(article, doc, gaz)
        asked = ner_sentences(article, ex, config.ner)
        spans = person_spans(article, asked, config) if asked else ()
        if spans:
            ex = extract_article(article, text_doc(article.text, spans), gaz)
        out.append(ex)
    return out


def read_other_language(article: Article, gaz: Gazetteer) -> ArticleExtraction:
    """A Russian article by the Russian reader (:mod:`csto_graph.extract.ru`, whose models
    load here, on the first Russian article); an article in a language no reader reads
    (see ``READ_LANGUAGES`` in :mod:`csto_graph.corpus.articles`) gives no mentions."""
    if article.language == "ru":
        from .ru import extract_russian

        return extract_russian(article, gaz)
    return ArticleExtraction(article.id, (), (), (), (), (), ())


def ner_sentences(article: Article, ex: ArticleExtraction, scope: str = "needed") -> list[Sentence]:
    """The sentences of an extraction whose reading the model can change.

    The model decides one thing only: whether a name-shaped run of two or more words
    that no title, rank, honorific or list explains is a person (``strong``; see
    :func:`_people`). So with ``scope="needed"`` these are the sentences holding such a
    run (a weak mention of two or more words); with ``"all"``, every sentence of the body.
    Footers are never asked (their names stand beside a title), nor captions (not English).
    """
    if scope == "all":
        return [s for s in ex.sentences if not article.in_footer(s.start)]
    if scope != "needed":
        raise ValueError(f"unknown NER scope {scope!r} (needed or all)")
    # (a caption's mention has the index of a caption line, never one of ex.sentences)
    weak = {p.sentence for p in ex.people if not p.strong and len(p.name.split()) >= 2}
    return [s for k, s in enumerate(ex.sentences) if k in weak and not article.in_footer(s.start)]


def person_spans(article: Article, sentences: list[Sentence], config: ExtractConfig = ExtractConfig()
                 ) -> tuple[tuple[int, int], ...]:
    """Article offsets of the PERSON entities the model finds in ``sentences`` (one batch
    per article, so the answer does not depend on other articles)."""
    from .nlp import load_ner

    nlp = load_ner(config.model)
    texts = [article.text[s.start:s.end] for s in sentences]
    spans = []
    for sent, doc in zip(sentences, nlp.pipe(texts, batch_size=config.batch_size)):
        spans += [(sent.start + e.start_char, sent.start + e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    return tuple(spans)


def _load_once(config: ExtractConfig) -> None:
    from .names import vocabulary
    from .nlp import load_ner

    vocabulary(load_gazetteer())
    load_ner(config.model)


def _open_cache(config: ExtractConfig):
    if not config.cache:
        return None
    from ..pipeline.cache import ExtractionCache, pipeline_version

    return ExtractionCache(config.cache, pipeline_version(config.model, f"ner={config.ner}"))


def _cache_keys(articles: list[Article]) -> list[str]:
    from ..pipeline.cache import article_key

    return [article_key(a) for a in articles]


def _progress_bar(config: ExtractConfig, total: int):
    if not config.progress or not total:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="extracting", unit="article")
