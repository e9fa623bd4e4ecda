"""The closed word classes of ``ontology/words.yaml``, read once into a frozen record.

>>> w = words()
>>> w.months[0], w.weekdays[-1], "council" in w.org_heads, w.role_order[0]
('january', 'sunday', True, 'chair')
>>> w.calendar >= {"may", "monday"}
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .resources import load_yaml


@dataclass(frozen=True)
class Words:
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    function_words: frozenset[str]
    not_name_words: frozenset[str]
    headline_verbs: frozenset[str]
    address_honorifics: tuple[str, ...]
    not_name_openers: frozenset[str]
    body_after_name: frozenset[str]
    not_person_words: frozenset[str]
    org_heads: frozenset[str]
    lower_case_heads: frozenset[str]
    heads_in_place: frozenset[str]
    not_org_name_words: frozenset[str]
    not_place_words: frozenset[str]
    title_prepositions: frozenset[str]
    complement_end_prepositions: frozenset[str]
    kind_by_head: dict[str, str]
    name_particles: frozenset[str]
    surname_particles: frozenset[str]
    role_order: tuple[str, ...]
    org_word_equivalents: dict[str, str]
    state_body_domains: tuple[str, ...]
    state_body_heads: tuple[str, ...]
    calendar: frozenset[str]  # month and weekday names
    # phrase lists, in their order (they become regular-expression alternations)
    media_words: tuple[str, ...] = ()
    media_words_after_known: tuple[str, ...] = ()
    posts_not_bodies: tuple[str, ...] = ()
    patronymic_endings: tuple[str, ...] = ()
    possessive_pronouns: tuple[str, ...] = ()
    counterpart_nouns: tuple[str, ...] = ()
    date_openers: tuple[str, ...] = ()
    body_name_enders: frozenset[str] = frozenset()
    home_reference: str = ""
    # connector words of the body-name and place grammar
    complement_prepositions: frozenset[str] = frozenset()
    complement_before_the: frozenset[str] = frozenset()
    run_connectors: frozenset[str] = frozenset()
    inner_prepositions: frozenset[str] = frozenset()
    view_labels: frozenset[str] = frozenset()  # "Read: 610", "Views: 1200": a page's count of views after its date
    date_prepositions: frozenset[str] = frozenset()  # "on", "by": before a date a headline plans or tells
    name_trailers: frozenset[str] = frozenset()
    name_conjunctions: frozenset[str] = frozenset()
    qualified_heads: dict = None  # type: ignore[assignment]
    not_body_heads: frozenset[str] = frozenset()
    title_only_heads: frozenset[str] = frozenset()  # a body with this head named only in titles is no node
    serving_links: frozenset[str] = frozenset()
    title_words_not_in_bodies: frozenset[str] = frozenset()
    member_words: tuple[str, ...] = ()
    media_domains: tuple[str, ...] = ()
    media_credit_openers: tuple[str, ...] = ()
    credit_not_outlets: tuple[str, ...] = ()
    post_offices: tuple[str, ...] = ()
    articles: frozenset[str] = frozenset()
    bag_stop_words: frozenset[str] = frozenset()
    place_followers: tuple[str, ...] = ()
    complement_openers: tuple[str, ...] = ()
    home_reference_complements: tuple[str, ...] = ()
    spelling_pairs: tuple[tuple[str, str], ...] = ()
    skeleton_pairs: tuple[tuple[str, str], ...] = ()  # consonants one in a name's skeleton ("g", "k")
    state_surname_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "armenia": ("yan", "ian")
    home_state_bodies: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "MFA": ("foreign",)
    place_kinds: tuple[str, ...] = ()
    region_kinds: tuple[str, ...] = ()
    credit_openers: tuple[str, ...] = ()
    byline_openers: tuple[str, ...] = ()
    byline_closers: frozenset[str] = frozenset()
    byline_separators: tuple[str, ...] = ()  # "|", "•": what may follow a byline's name (corpus/bylines.py)
    represented_sides: tuple[str, ...] = ()
    state_nouns: tuple[str, ...] = ()  # "the country's" before a title: the state the sentence names
    latin_letters: dict[str, str] = field(default_factory=dict)  # letters no accent-stripping turns Latin ("ə" -> "e")
    feminine_surname_endings: tuple[str, ...] = ()
    masculine_surname_endings: tuple[str, ...] = ()
    feminine_given_endings: tuple[str, ...] = ()  # "Ruslan"/"Ruslana": two people (link/matching.py)
    voicing_pairs: tuple[tuple[str, str], ...] = ()  # Davit/David (link/matching.py)
    date_range_words: tuple[str, ...] = ()
    # the year of a page (corpus/years.py)
    ahead_of_year: tuple[str, ...] = ()
    named_event_words: tuple[str, ...] = ()
    # a participle opening a sentence, no surname ("Speaking to reporters, ..."; extract/people.py)
    participle_endings: tuple[str, ...] = ()
    participle_followers: frozenset[str] = frozenset()
    unit_heads: frozenset[str] = frozenset()  # a numbered military unit's head ("98th ... Division")
    owned_lower_heads: frozenset[str] = frozenset()  # a body's head after its organization ("CSTO ... mission")
    implied_owners: dict = None  # type: ignore[assignment]  # head phrase -> owners it implies ("armed forces")
    initial_digraphs: frozenset[str] = frozenset()  # initials of two letters ("Sh.", "Zh."; extract/names.py)


@lru_cache(maxsize=1)
def state_body_name() -> str:
    """The pattern of a state's body named without its state: an optional domain of
    ``state_body_domains`` and a head of ``state_body_heads`` ("Defense Ministry",
    "Security Council"), longest first."""
    w = words()
    domain = "|".join(sorted(map(re.escape, w.state_body_domains), key=len, reverse=True))
    head = "|".join(sorted(map(re.escape, w.state_body_heads), key=len, reverse=True))
    return rf"(?:(?:{domain})\s+)?(?:{head})"


@lru_cache(maxsize=1)
def words() -> Words:
    """The word classes (parsed once per process)."""
    data = load_yaml("words.yaml")
    sets = {key: frozenset(str(w) for w in data[key])
            for key in ("function_words", "not_name_words", "headline_verbs", "not_name_openers", "body_after_name", "not_person_words",
                        "org_heads", "lower_case_heads", "heads_in_place", "not_org_name_words", "not_place_words",
                        "title_prepositions", "complement_end_prepositions", "name_particles", "surname_particles", "complement_prepositions",
                        "complement_before_the", "run_connectors", "name_trailers", "name_conjunctions", "not_body_heads", "title_words_not_in_bodies", "articles", "bag_stop_words",
                        "serving_links")}
    sets.update({key: frozenset(str(w) for w in data.get(key, ())) for key in ("participle_followers", "title_only_heads", "unit_heads",
                                                                                 "owned_lower_heads", "initial_digraphs",
                                                                                 "inner_prepositions", "date_prepositions", "view_labels")})
    return Words(months=tuple(data["months"]), weekdays=tuple(data["weekdays"]),
                 address_honorifics=tuple(data["address_honorifics"]),
                 calendar=frozenset(data["months"]) | frozenset(data["weekdays"]),
                 kind_by_head=dict(data["kind_by_head"]),
                 qualified_heads={str(k): frozenset(map(str, v)) for k, v in data["qualified_heads"].items()}, role_order=tuple(data["role_order"]),
                 state_body_domains=tuple(data["state_body_domains"]),
                 state_body_heads=tuple(data["state_body_heads"]),
                 org_word_equivalents={str(k): str(v or "") for k, v in data["org_word_equivalents"].items()},
                 implied_owners={str(k).lower(): tuple(str(o).lower() for o in v)
                                 for k, v in (data.get("implied_owners") or {}).items()},
                 participle_endings=tuple(str(w) for w in data.get("participle_endings", ())),
                 **{key: tuple(str(w) for w in data[key])
                    for key in ("media_words", "media_words_after_known", "posts_not_bodies", "patronymic_endings",
                                "possessive_pronouns", "counterpart_nouns", "date_openers", "place_followers",
                                "complement_openers", "home_reference_complements", "feminine_surname_endings",
                                "masculine_surname_endings", "ahead_of_year", "named_event_words", "member_words",
                                "media_domains", "post_offices", "credit_openers", "represented_sides", "state_nouns",
                                "date_range_words")},
                 **{key: tuple(str(w) for w in data.get(key, ()))
                    for key in ("place_kinds", "region_kinds", "byline_openers", "byline_separators",
                                "media_credit_openers",
                                "credit_not_outlets", "feminine_given_endings")},
                 byline_closers=frozenset(str(w) for w in data.get("byline_closers", ())),
                 home_state_bodies={str(k): tuple(str(d) for d in v)
                                    for k, v in data.get("home_state_bodies", {}).items()},
                 spelling_pairs=tuple((str(a), str(b)) for a, b in data["spelling_pairs"]),
                 skeleton_pairs=tuple((str(a), str(b)) for a, b in data.get("skeleton_pairs", ())),
                 voicing_pairs=tuple((str(a), str(b)) for a, b in data.get("voicing_pairs", ())),
                 state_surname_endings={str(k): tuple(str(e) for e in v)
                                        for k, v in data.get("state_surname_endings", {}).items()},
                 latin_letters={str(k): str(v) for k, v in data.get("latin_letters", {}).items()},
                 body_name_enders=frozenset(str(w) for w in data["body_name_enders"]),
                 home_reference=str(data["home_reference"]), **sets)
