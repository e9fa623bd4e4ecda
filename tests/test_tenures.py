"""Tenures (csto_graph.link.tenures): bounds attested by a sentence or read from evidence,
and the holders of a one-holder post bounding one another. Invented people and sentences."""
from __future__ import annotations

import pytest

from csto_graph.link.tenures import Holding, Sighting, base_title, one_holder_post, read_sighting, tenures

CSTO = ("Collective Security Treaty Organization", "CSTO")


def holding(person: str, title: str, *sightings: tuple[str | None, str], org: str | None = "csto",
            kind: str | None = "organization", org_names=CSTO, names=None) -> Holding:
    names = names or (person.replace("-", " ").title(), person.split("-")[-1].title())
    return Holding(f"{person}--{title}", person, names, title, org, kind, org_names,
                   tuple(Sighting(d, s, f"e:{person}:{i}") for i, (d, s) in enumerate(sightings)),
                   tuple(sorted({d for d, _ in sightings if d})))


def by_person(found) -> dict:
    return {t.person: t for t in found}


# ------------------------------------------------------------------ attested shapes


def test_took_office_on_a_date_is_an_attested_start():
    t, = tenures([holding("ann-lee", "Secretary General",
                          ("2023-01-20", "Ann Lee took office as CSTO Secretary General on 1 January 2023."))])
    assert (t.start.date, t.start.basis, t.start.evidence) == ("2023-01-01", "attested", ("e:ann-lee:0",))
    assert (t.end.date, t.end.basis) == ("2023-01-20", "inferred")


def test_was_appointed_without_a_date_starts_on_the_articles_date():
    t, = tenures([holding("ann-lee", "Secretary General",
                          ("2023-02-03", "Ann Lee was appointed Secretary General of the CSTO."))])
    assert (t.start.date, t.start.basis) == ("2023-02-03", "attested")


def test_has_headed_since_a_year_starts_in_that_year():
    t, = tenures([holding("ivo-kern", "Head of the CSTO Joint Staff",
                          ("2023-05-05", "Ivo Kern, Head of the CSTO Joint Staff since 2020, spoke."),
                          org="csto-joint-staff", kind="body", org_names=("CSTO Joint Staff", "Joint Staff"))])
    assert (t.post, t.one_holder, t.start.date, t.start.basis) == ("Chief", True, "2020", "attested")


def test_an_attested_start_after_the_first_evidence_is_another_term_not_this_start():
    t, = tenures([holding("ann-lee", "Secretary General",
                          ("2019-05-05", "CSTO Secretary General Ann Lee spoke."),
                          ("2022-01-20", "Ann Lee was appointed CSTO Secretary General for a second term."))])
    assert (t.start.date, t.start.basis) == ("2019-05-05", "inferred")


def test_resigned_is_an_attested_end():
    t, = tenures([holding("ann-lee", "Prime Minister",
                          ("2022-03-01", "Prime Minister Ann Lee met the press."),
                          ("2022-09-09", "Prime Minister Ann Lee resigned on 8 September 2022."),
                          org="ruritania", kind="state", org_names=("Ruritania",))])
    assert (t.start.basis, t.end.date, t.end.basis) == ("inferred", "2022-09-08", "attested")


def test_former_is_no_evidence_of_holding_but_a_limit_on_the_end():
    t, = tenures([holding("ann-lee", "Secretary General",
                          ("2021-04-04", "CSTO Secretary General Ann Lee opened the session."),
                          ("2024-02-02", "The former CSTO Secretary General Ann Lee gave a lecture."))])
    assert (t.end.date, t.end.basis, t.end.limit, t.end.limit_basis) == ("2021-04-04", "inferred", "2024-02-02",
                                                                         "attested")


def test_a_former_title_is_read_as_the_post_itself():
    assert base_title(holding("x", "Former Secretary General of the CSTO")) == ("secretary general", False, True)


def test_a_phrase_far_from_the_title_tells_nothing_of_it():
    far = ("2023-06-06", "Ann Lee, CSTO Secretary General, spoke at the forum opened by its director, who, "
                         "as the hosts recalled at length in their welcoming address, was appointed on 2 May 2023.")
    assert read_sighting(Sighting(*far, "e"), "CSTO Secretary General", False).starts == ()


# ---------------------------------------------------------- one holder at a time


def test_successor_s_attested_start_limits_the_predecessor_s_end_but_does_not_close_it():
    a = holding("ann-lee", "Secretary General", ("2021-03-03", "CSTO Secretary General Ann Lee spoke."))
    b = holding("bo-park", "Secretary General",
                ("2023-02-02", "Bo Park took office as CSTO Secretary General on 1 January 2023."))
    end = by_person(tenures([a, b]))["ann-lee"].end
    assert (end.date, end.basis, end.limit, end.limit_basis, end.limit_by) == \
        ("2021-03-03", "inferred", "2023-01-01", "attested", "bo-park--secretary-general--csto")


def test_between_two_holders_seen_only_in_evidence_each_bound_is_limited_by_the_other():
    a = holding("ann-lee", "Secretary General", ("2021-03-03", "CSTO Secretary General Ann Lee spoke."))
    b = holding("bo-park", "Secretary General", ("2023-02-02", "CSTO Secretary General Bo Park spoke."))
    found = by_person(tenures([a, b]))
    assert (found["ann-lee"].end.date, found["ann-lee"].end.basis, found["ann-lee"].end.limit) == \
        ("2021-03-03", "inferred", "2023-02-02")
    assert (found["bo-park"].start.limit, found["bo-park"].start.limit_by) == \
        ("2021-03-03", "ann-lee--secretary-general--csto")


def test_succeeded_names_the_predecessor_whose_tenure_ends_then():
    a = holding("ann-lee", "Secretary General", ("2021-03-03", "CSTO Secretary General Ann Lee spoke."))
    b = holding("bo-park", "Secretary General",
                ("2023-02-02", "Bo Park, who succeeded Ann Lee as CSTO Secretary General, spoke."))
    found = by_person(tenures([a, b]))
    assert (found["bo-park"].start.date, found["bo-park"].start.basis) == ("2023-02-02", "attested")
    assert (found["ann-lee"].end.date, found["ann-lee"].end.basis) == ("2023-02-02", "attested")


def test_succeeded_needs_the_predecessor_s_name_as_whole_words():
    a = holding("ann-lee", "Secretary General", ("2021-03-03", "CSTO Secretary General Ann Lee spoke."))
    b = holding("bo-park", "Secretary General",
                ("2023-02-02", "Bo Park, who succeeded the Leeds envoy as CSTO Secretary General, spoke."))
    assert by_person(tenures([a, b]))["ann-lee"].end.basis == "inferred"


def test_an_acting_holder_is_a_holder_of_the_post_itself():
    t, = tenures([holding("cy-moss", "Acting President", ("2020-12-02", "Acting President Cy Moss spoke."),
                          org="ruritania", kind="state", org_names=("Ruritania",))])
    assert (t.post, t.acting, t.one_holder, t.position) == ("President", True, True, "ruritania/president")


def test_a_post_held_by_several_at_once_is_never_bounded_by_the_others():
    a = holding("ann-lee", "Deputy Secretary General", ("2021-03-03", "CSTO Deputy Secretary General Ann Lee."))
    b = holding("bo-park", "Deputy Secretary General",
                ("2023-02-02", "Bo Park took office as CSTO Deputy Secretary General on 1 January 2023."))
    found = by_person(tenures([a, b]))
    assert not found["ann-lee"].one_holder
    assert (found["ann-lee"].end.basis, found["ann-lee"].end.limit) == ("inferred", None)


@pytest.mark.parametrize("title, org, kind, expected", [
    ("secretary general", "csto", "organization", "secretary general"),
    ("secretary general", "un", "organization", None),  # only the CSTO's is listed
    ("deputy secretary general", "csto", "organization", None),
    ("defense minister", "ruritania", "state", "minister of defence"),
    ("member of parliament", "ruritania", "state", None),
])
def test_one_holder_posts_are_vocabulary(title, org, kind, expected):
    assert one_holder_post(title, org, kind) == expected


def test_titles_of_one_post_written_two_ways_make_one_tenure():
    js = dict(org="csto-joint-staff", kind="body", org_names=("CSTO Joint Staff",))
    found = tenures([holding("ivo-kern", "Head of the CSTO Joint Staff", ("2021-01-01", "Head of the CSTO Joint Staff Ivo Kern."), **js),
                     holding("ivo-kern", "Chief of the CSTO Joint Staff", ("2022-01-01", "Chief of the CSTO Joint Staff Ivo Kern."), **js)])
    assert [(t.start.date, t.end.date, len(t.occupancies)) for t in found] == [("2021-01-01", "2022-01-01", 2)]


def test_an_occupancy_without_any_date_has_no_tenure():
    assert tenures([holding("ann-lee", "Secretary General", (None, "CSTO Secretary General Ann Lee."))]) == ()


def test_a_phrase_in_a_sentence_naming_neither_the_title_nor_the_holder_tells_nothing():
    told = Sighting("2023-06-06", "The new director was appointed on 2 May 2023 by the council.", "e")
    assert read_sighting(told, "Secretary General", False, ("Ann Lee", "Lee")).starts == ()


def test_a_phrase_beside_the_holder_s_name_bounds_the_tenure_when_the_title_is_written_otherwise():
    told = Sighting("2023-06-06", "Ann Lee was appointed on 2 May 2023 to head the Joint Staff.", "e")
    assert read_sighting(told, "Chief of the Joint Staff", False, ("Ann Lee", "Lee")).starts == (("2023-05-02", "e"),)
