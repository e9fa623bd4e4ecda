"""The plain, frozen data that flows between the stages.

corpus files -> :class:`Document` -> :class:`Article` -> :class:`ArticleExtraction`
(mentions) -> :class:`KnowledgeBase` (linked entities and events) -> RDF graph.

Every mention carries character offsets into its article's ``text``; an article maps
those back to the exact span of its source file with :meth:`Article.to_source`.
"""
from __future__ import annotations

from dataclasses import dataclass, field


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Document:
    """One corpus file, decoded."""

    path: str
    text: str
    encoding: str
    format: str  # "txt", "md" or "html"
    sha256: str


@dataclass(frozen=True)
class Skipped:
    """A corpus file that could not be used, with the one-line reason."""

    path: str
    reason: str


@dataclass(frozen=True)
class Piece:
    """A run of article text copied verbatim from ``Document.text[source_start:...]``."""

    article_start: int
    source_start: int
    length: int
    kind: str = "body"  # "body", "footer"


@dataclass(frozen=True)
class SourceRef:
    """Where an article stands in one source file."""

    path: str
    start: int
    end: int
    encoding: str


@dataclass(frozen=True)
class Caption:
    """A line in another script or language (e.g. a Russian photo caption)."""

    text: str
    language: str
    source_start: int


@dataclass(frozen=True)
class Article:
    """One news item: clean English text plus how it maps back to its first source."""

    id: str
    title: str
    date: str | None  # ISO date, YYYY-MM or YYYY; None when the text gives none
    # "date-line", "headline", "dateline", "stamp", "label" (a dateline's day in the year a label
    # files the page under: corpus/pages.py), "body", "page" (a neighbouring item's year),
    # "weekday" or "event-name" (the year of a yearless day from a weekday printed with it, or from
    # an exercise's name: corpus/years.py), "tenure" (from the terms of the officials the page
    # names, found once they are read: extract/page_years.py) or "none"
    date_source: str
    text: str
    pieces: tuple[Piece, ...]
    sources: tuple[SourceRef, ...]
    captions: tuple[Caption, ...] = ()
    language: str = "en"
    body_end: int | None = None  # offset where press footers start (None: no footer)
    place: str | None = None  # the dateline's place ("MOSCOW, December 2 - ...")
    headers: tuple[Caption, ...] = ()  # headline and dateline lines (read for names only)

    def to_source(self, start: int, end: int) -> tuple[str, int, int]:
        """Map an article span to (file path, start, end) in the first source.

        >>> a = Article("a", "", None, "none", "ab\\ncd", (Piece(0, 10, 2), Piece(3, 20, 2)),
        ...             (SourceRef("f.txt", 10, 22, "utf-8"),))
        >>> a.to_source(3, 5)
        ('f.txt', 20, 22)
        """
        path = self.sources[0].path
        for piece in self.pieces:
            if piece.article_start <= start <= piece.article_start + piece.length:
                offset = piece.source_start + (start - piece.article_start)
                return path, offset, offset + (end - start)
        raise ValueError(f"span {start}-{end} is outside the article text")

    def in_footer(self, offset: int) -> bool:
        return self.body_end is not None and offset >= self.body_end


# ----------------------------------------------------------------------- extraction


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class OrgMention:
    text: str  # surface form as written, cleaned of a leading "the"
    start: int
    end: int
    sentence: int
    key: str | None = None  # gazetteer id when known
    kind: str | None = None  # body, organization, state, media, mission, other
    acronym_of: str | None = None  # long form defined beside it ("Council (CSC)")
    parent: str | None = None  # surface form or gazetteer id of the parent body
    reference: bool = False  # "the Organization": names the entity but is no alias
    in_title: bool = False  # inside a person's title ("Secretary of the Security Council of X")
    caption: bool = False  # read from a caption or header line: offsets in the source file (see ArticleExtraction)
    short_of: str | None = None  # the full name, in the same article, of the body this short form stands for
    english: str | None = None  # its English name, when a reader translates it ("Совбез России": "Security Council of Russia")


@dataclass(frozen=True)
class PostMention:
    """A title held by a person: ``post`` as written, the body or state it belongs to."""

    post: str
    org: str | None  # gazetteer id or surface form
    org_text: str | None
    start: int
    end: int


@dataclass(frozen=True)
class PersonMention:
    text: str  # surface form
    name: str  # normalised display form (capitalisation fixed)
    start: int
    end: int
    sentence: int
    posts: tuple[PostMention, ...] = ()
    rank: str | None = None
    country: str | None = None  # gazetteer id of a state
    address_form: bool = False  # "Sergey Kuzhugetovich" (first name + patronymic)
    script: str = "latin"  # "latin" or "cyrillic" (transliterated into ``name``)
    in_footer: bool = False
    strong: bool = True  # a title, rank or the model says it is a person
    caption: bool = False  # read from a caption or header line: offsets in the source file (see ArticleExtraction)


@dataclass(frozen=True)
class PlaceMention:
    text: str
    key: str  # canonical place name
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Participant:
    person: int  # index into ArticleExtraction.people
    role: str  # chair, host, guest, participant, speaker


@dataclass(frozen=True)
class EventMention:
    type: str
    label: str
    trigger: str
    start: int
    end: int
    sentence: int
    date: str | None
    end_date: str | None
    place: str | None
    body: str | None  # gazetteer id or surface form of the holding body
    online: bool
    participants: tuple[Participant, ...]
    anaphoric: bool = False  # "the meeting", "the event": refers back


@dataclass(frozen=True)
class ArticleExtraction:
    """The mentions of one article and the lines they were read from.

    A mention's ``sentence`` indexes one sequence: the body's ``sentences`` (article
    offsets) followed by the ``captions`` (the article's caption lines, then its headline
    and dateline lines, in source-file offsets). So a mention read from caption line ``k``
    has ``sentence == len(sentences) + k`` and ``caption=True``, and its ``start``/``end``
    are source-file offsets like its line's; :meth:`line` gives the line of any index.

    >>> ex = ArticleExtraction("a1", (Sentence(0, 5, "Body."),), (), (), (), (),
    ...                        (Sentence(40, 48, "Caption."),))
    >>> ex.line(0).text, ex.line(1).text, ex.is_caption(1)
    ('Body.', 'Caption.', True)
    """

    article: str  # Article.id
    sentences: tuple[Sentence, ...]
    people: tuple[PersonMention, ...]
    orgs: tuple[OrgMention, ...]
    places: tuple[PlaceMention, ...]
    events: tuple[EventMention, ...]
    captions: tuple[Sentence, ...]  # caption, then header lines, in source-file offsets
    # the date the extraction gave an article that had none (extract/page_years.py: the terms of
    # the officials it names), which the article then takes with the source "tenure"; else None
    date: str | None = None

    def is_caption(self, index: int) -> bool:
        """Whether ``index`` (a mention's ``sentence``) is that of a caption or header line."""
        return index >= len(self.sentences)

    def line(self, index: int) -> Sentence:
        """The body sentence or caption line a mention's ``sentence`` index names."""
        if not 0 <= index < len(self.sentences) + len(self.captions):
            raise IndexError(f"line {index} of an article with {len(self.sentences)} sentences "
                             f"and {len(self.captions)} caption lines")
        n = len(self.sentences)
        return self.sentences[index] if index < n else self.captions[index - n]


# -------------------------------------------------------------------------- linking


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, with offsets into the source file."""

    article: str
    path: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class Person:
    id: str  # slug, stable across builds
    name: str
    aliases: tuple[str, ...]
    country: str | None  # Organization.id of a state
    ranks: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    parent: str | None
    seat: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Occupancy:
    """A person holding a post (in an organization or state), with dated evidence."""

    id: str
    person: str
    post: str  # the title as written, e.g. "Head of the CSTO Joint Staff"
    role: str  # the post's head, e.g. "Head"
    org: str | None  # Organization.id
    dates: tuple[str, ...]  # every evidence date, sorted
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Role:
    person: str
    role: str
    evidence: Evidence


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    label: str
    date: str | None
    end_date: str | None
    place: str | None  # Place.id
    body: str | None  # Organization.id
    online: bool
    participants: tuple[Role, ...]
    articles: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything the graph states, resolved and de-duplicated."""

    articles: tuple[Article, ...]
    people: tuple[Person, ...]
    organizations: tuple[Organization, ...]
    places: tuple[Place, ...]
    occupancies: tuple[Occupancy, ...]
    events: tuple[Event, ...]
    unresolved: tuple[str, ...] = field(default=())
