"""One article's extraction assembled (csto_graph.extract.article.extract_article): bodies,
places, media, footers, and caption lines in the same frame as the body's sentences."""
from __future__ import annotations

from helpers import extract, finishes, person


def posts(p):
    return {(m.post, m.org) for m in p.posts}


def test_hospital_named_after_someone_is_an_organization_not_a_person():
    _, ex = extract("A medical detachment will be formed on the basis of the Burdenko hospital.")
    assert not [p for p in ex.people if p.strong]
    assert "Burdenko hospital" in {o.text for o in ex.orgs}


def test_a_caption_mention_indexes_its_caption_line_after_the_body_sentences():
    # issue #13: a caption mention had sentence=-1 (which ex.sentences[-1] took for the
    # body's last sentence); now its index names its line, in the one sequence of lines
    _, ex = extract("The session took place. The ministers spoke.",
                    captions=("Фото: Иван Петров", "Министр обороны Сергей Иванов на совещании"))
    p = person(ex, "Sergey Ivanov")
    assert p.caption and ex.is_caption(p.sentence) and p.sentence == len(ex.sentences) + 1
    line = ex.line(p.sentence)
    assert line.text.startswith("Министр") and line.text[p.start - line.start:p.end - line.start] == p.text


def test_every_mention_lies_in_the_line_its_index_names():
    from csto_graph.corpus.sentences import text_doc
    from csto_graph.extract.article import extract_article
    from csto_graph.models import Caption
    from dataclasses import replace
    from helpers import article

    art = article("On 2 May 2023 the CSTO Secretary General Ivan Belov met the Minister of Defense of "
                  "Armenia Arsen Torosyan in Minsk.", captions=("Сергей Иванов и Иван Белов в Минске",))
    art = replace(art, headers=(Caption("Belov met with the Minister of Defense of Armenia Arsen Torosyan "
                                        "and the CSTO Council", "en", 900),))
    ex = extract_article(art, text_doc(art.text))
    mentions = [*ex.people, *ex.orgs]
    assert any(m.caption for m in ex.people) and any(m.caption for m in ex.orgs)
    assert any(not m.caption for m in mentions)
    for m in mentions:
        line = ex.line(m.sentence)
        assert m.caption == ex.is_caption(m.sentence)
        assert line.text[m.start - line.start:m.end - line.start] == m.text


def test_unknown_body_and_its_acronym_defined_in_brackets():
    _, ex = extract("Experts of the Eurasian Centre for Security Studies (ECSS) met in Minsk.")
    acr = [o for o in ex.orgs if o.text == "ECSS"]
    assert acr and acr[0].acronym_of == "Eurasian Centre for Security Studies"


def test_the_organization_refers_to_the_csto_but_is_no_alias():
    _, ex = extract("The Organization's Secretary General Stanislav Zas told reporters.")
    ref = [o for o in ex.orgs if o.reference]
    assert ref and ref[0].key == "csto"
    assert posts(person(ex, "Stanislav Zas")) == {("Secretary General", "csto")}


def test_footer_names_the_press_secretary():
    from helpers import page
    from csto_graph.extract.article import extract_article
    from csto_graph.corpus.sentences import text_doc

    art = page("10.10.2022\n\nOn 10 October 2022, the talks took place in Minsk.\n\n"
               "The CSTO Press Secretary\n\nIrina Volkova\n\n+7 495-000-00-00\n")[0]
    ex = extract_article(art, text_doc(art.text))
    p = person(ex, "Irina Volkova")
    assert p.in_footer and posts(p) == {("Press Secretary", "csto")}


def test_a_town_the_gazetteer_does_not_know_is_the_place_after_held_in():
    _, ex = extract("On 26 November 2024, a meeting of the Council of Foreign Ministers was held in Zelenovka, "
                    "chaired by the Minister of Foreign Affairs of the Republic of Kazakhstan Pavel Orlov.")
    [event] = ex.events
    assert event.place == "Zelenovka"
    assert {p.name for p in ex.people} == {"Pavel Orlov"}


def test_a_language_or_a_lower_case_word_after_held_in_is_no_place():
    _, ex = extract("On 26 November 2024, a seminar was held in English for the officers of Pavel Orlov's staff. "
                    "A briefing was held in accordance with the plan.")
    assert all(p.text not in {"English", "accordance"} for p in ex.places)


def test_an_outlet_in_quotes_after_a_word_of_media_is_a_medium_as_written():
    _, ex = extract('The Secretary General Pavel Orlov answered questions of the analytical publication "Allies. '
                    'Zorbex". He also spoke to the state TV channel "Khabar 77" on 3 May.', parse=False)
    media = {o.text for o in ex.orgs if o.kind == "media"}
    assert media == {"Allies. Zorbex", "Khabar 77"}


def test_a_newspaper_or_news_agency_is_a_medium_not_a_person():
    _, ex = extract("The Secretary General Pavel Orlov gave an interview to Vechernyaya Pochta newspaper. He also "
                    "gave an interview to Armenpress news agency.")
    assert {p.name for p in ex.people} == {"Pavel Orlov"}
    assert {(o.text, o.key, o.kind) for o in ex.orgs} >= {("Vechernyaya Pochta newspaper", None, "media"),
                                                         ("Armenpress news agency", "armenpress", "media")}


def test_a_page_of_ten_thousand_sentences_on_one_line_does_not_stall():
    # issue #14: every sentence scanned every mention and entity of the article (quadratic:
    # over 5 minutes for these 10,000 sentences, about 6 s now)
    out = finishes("""
import re
from helpers import article
from csto_graph.corpus.sentences import text_doc
from csto_graph.extract.article import extract_article
text = "On 2 December 2021 Oleg Smirnov met Ivan Belov in Moscow. " * 10_000
spans = tuple(m.span() for m in re.finditer("Oleg Smirnov|Ivan Belov", text))
art = article(text, date="2021-12-02")
ex = extract_article(art, text_doc(art.text, spans))
print(len(ex.sentences), len(ex.people), len(ex.events), len({p.sentence for p in ex.people}))
""", timeout=120)
    assert out.split() == ["10000", "20000", "10000", "10000"]


def test_a_sports_federation_named_after_the_state_is_a_body_not_a_person():
    _, ex = extract("On 8 April 2023, Ivan Petrov, the President of the Russian Federation of Mountain "
                    "Rescue, opened the seminar.")
    assert [p.name for p in ex.people if p.strong] == ["Ivan Petrov"]
    assert "Russian Federation of Mountain Rescue" in {o.text for o in ex.orgs}


# ---------------------------------------------------------------- bodies read from real news (#15)

def bodies(ex):
    """(text, key) of the article's body mentions that name a body on their own."""
    return {(o.text, o.key) for o in ex.orgs if not o.reference}


def test_a_known_bodys_name_in_lower_case_without_its_complement_is_a_common_phrase():
    _, ex = extract("The drills tested our collective forces and the peacekeeping forces of the alliance on 3 May 2023.")
    assert not {k for _, k in bodies(ex)} & {"csto-collective-forces", "csto-cpf"}
    _, ex = extract("Meetings of the council of defense ministers will precede the summit on 3 May 2023.")
    assert ("council of defense ministers", "csto-cmd") in bodies(ex)


def test_a_known_bodys_name_of_four_words_in_lower_case_is_its_name():
    _, ex = extract("The treaty provided for the collective rapid response forces on 3 May 2023.")
    assert ("collective rapid response forces", "csto-crrf") in bodies(ex)
    _, ex = extract("The drills tested a crisis response center of the alliance on 3 May 2023.")
    assert "csto-crisis-response-center" not in {k for _, k in bodies(ex)}


def test_a_states_adjective_before_news_agency_names_no_outlet():
    _, ex = extract("Ivan Petrov told the Kazakh news agency Steplink that the talks went well.")
    assert not any(o.kind == "media" and o.text.startswith("Kazakh") for o in ex.orgs)
    _, ex = extract("Ivan Petrov told Steppe Wind news agency that the talks went well.")
    assert ("Steppe Wind news agency", None) in bodies(ex)


def test_a_plural_possessive_opens_a_known_bodys_name_in_other_words():
    _, ex = extract("The CSTO Defense Ministers' Council met in Minsk on 3 May 2023.")
    assert ("CSTO Defense Ministers' Council", "csto-cmd") in bodies(ex)


def test_a_city_before_a_known_bodys_name_is_that_body_meeting_there():
    _, ex = extract("The second statement of the Dushanbe CSTO Foreign Ministerial Council concerns the border.")
    assert ("Dushanbe CSTO Foreign Ministerial Council", "csto-cmfa") in bodies(ex)
    _, ex = extract("The co-chairs of the Minsk Group arrived.")  # one word after the city: its own name
    assert ("Minsk Group", None) in bodies(ex)


def test_a_csto_body_of_the_organization_on_its_own_pages_is_that_body():
    _, ex = extract("The Secretariat of the Organization prepared the session with the national delegations.")
    assert ("Secretariat of the Organization", "csto-secretariat") in bodies(ex)


def test_an_organization_named_only_inside_a_longer_bodys_name_is_its_owner_not_a_mention():
    _, ex = extract("The co-chairs of the OSCE Tbilisi Group met the Chairman of the Parliamentary Assembly of "
                    "the Union State of Russia and Belarus.")
    assert {o.key for o in ex.orgs if o.reference} >= {"osce", "union-state"}
    assert {t for t, k in bodies(ex) if k is None} >= {"OSCE Tbilisi Group"}
    _, ex = extract("The OSCE and the Union State issued statements.")
    assert {k for _, k in bodies(ex)} >= {"osce", "union-state"}


def test_a_body_named_with_the_other_spelling_of_its_organization_is_one_mention():
    _, ex = extract("The Council of Defense Ministers of the Collective Security Treaty Organisation met in Minsk.")
    assert bodies(ex) == {("Council of Defense Ministers of the Collective Security Treaty Organisation", "csto-cmd")}


def test_a_chamber_named_with_its_parliament_is_one_body():
    _, ex = extract("He met the head of the Majilis of the Kazakh Parliament, Ivan Petrov, and the chairman of the "
                    "House of Representatives of the Belarusian National Assembly, Oleg Belov.")
    keys = {k for _, k in bodies(ex)}
    assert {"kazakhstan-mazhilis", "belarus-house-of-representatives"} <= keys
    assert not keys & {"kazakhstan-parliament", "belarus-national-assembly"}


def test_a_chamber_named_with_its_parliament_without_the_article_is_one_body_too():
    _, ex = extract("He met the Chairman of the Majlisi Milli of the Majlisi Oli of Tajikistan Ivan Petrov and the "
                    "Chairman of Mazhilis of Parliament of Kazakhstan Oleg Belov.")
    keys = {k for _, k in bodies(ex)}
    assert {"tajikistan-majlisi-milli", "kazakhstan-mazhilis"} <= keys
    assert not keys & {"tajikistan-majlisi-oli", "kazakhstan-parliament"}


def test_a_states_government_in_lower_case_is_no_body():
    _, ex = extract("The Tajik government and the Armenian parliament welcomed the decision.")
    assert {t for t, _ in bodies(ex)} == {"Armenian parliament"}


def test_an_organization_named_in_a_known_bodys_name_in_other_words_is_a_mention():
    _, ex = extract("The Defense Ministers Council of the Collective Security Treaty Organisation met in Minsk.")
    assert ("Collective Security Treaty Organisation", "csto") in bodies(ex)


def test_the_agency_a_dateline_names_is_a_medium_also_unknown_to_the_gazetteer():
    from csto_graph.corpus.sentences import text_doc
    from csto_graph.extract.article import extract_article
    from helpers import page

    for text, agency in (("Baku / 03.05.23 / Steppe Wind: The ministers met in the capital.\n", "Steppe Wind"),
                         ("MINSK, 3 May (Lakeside Post) - The ministers met in the capital.\n", "Lakeside Post")):
        [art] = page(text)
        ex = extract_article(art, text_doc(art.text))
        assert (agency, None, "media") in {(o.text, o.key, o.kind) for o in ex.orgs}


def test_the_outlets_a_republished_reports_dateline_names_are_media():
    from csto_graph.corpus.sentences import text_doc
    from csto_graph.extract.article import extract_article
    from helpers import page

    [art] = page("Ministers meet in the capital\n\nMINSK (Zorbex News / Quillnet - 15th May, 2020) The ministers "
                 "met in the capital on Friday.\n")
    ex = extract_article(art, text_doc(art.text))
    media = {(o.text, o.kind) for o in ex.orgs if o.kind == "media"}
    assert media == {("Zorbex News", "media"), ("Quillnet", "media")}


def test_a_state_or_an_undated_bracket_after_a_city_in_capitals_is_no_outlet():
    for text in ("MINSK (Belarus - 15th May, 2020) The ministers met in the capital on Friday.",
                 "MINSK (Zorbex News / Quillnet) The ministers met in the capital on Friday."):
        _, ex = extract(text, parse=False)
        assert not [o for o in ex.orgs if o.kind == "media"], text


# ------------------------------------------------- issue #15, round 3: outlets named by credits


def test_one_word_after_a_source_credit_is_an_outlet():
    for text in ("The ministers met in the capital on Friday. (Source: Zorbex)",
                 "The ministers met in the capital on Friday. photo: Zorbex",
                 "SOURCE: ZORBEX\nThe ministers met in the capital on Friday."):
        _, ex = extract(text, parse=False)
        assert {(o.text.lower(), o.kind) for o in ex.orgs} == {("zorbex", "media")}, text


def test_two_words_or_a_head_noun_after_a_credit_name_no_outlet():
    for text in ("The ministers met on Friday. (Photo: Ivan Petrov)", "The ministers met on Friday. (Source: Ministry)",
                 "The ministers met on Friday. (Photo: Archive)"):
        _, ex = extract(text, parse=False)
        assert not [o for o in ex.orgs if o.kind == "media"], text


def test_a_known_outlet_named_by_its_web_address_keeps_the_address_as_written():
    _, ex = extract("YEREVAN (Azatutyun.am)—The ministers met in the capital on Friday.", parse=False)
    assert ("Azatutyun.am", "azatutyun") in bodies(ex)


def test_a_source_line_over_a_page_names_the_body_even_unknown_to_the_gazetteer():
    from csto_graph.corpus.sentences import text_doc
    from csto_graph.extract.article import extract_article
    from helpers import page

    [art] = page("Source: Narnia Ministry of Foreign Affairs in English\n\n05-03-2020\n\n"
                 "Ivan Petrov met Oleg Sidorov in Minsk on 4 March. The two ministers talked for an hour.\n")
    ex = extract_article(art, text_doc(art.text))
    assert ("Narnia Ministry of Foreign Affairs", None) in bodies(ex)


# ------------------------------------------------- issue #15, round 3: known bodies in lower case


def test_a_known_bodys_name_in_lower_case_before_its_acronym_in_brackets_names_it():
    # (a name of three words: one of four or more names the body in lower case anyway)
    _, ex = extract("Units of the collective peacekeeping forces (CPF) will gather in the spring.", parse=False)
    assert ("collective peacekeeping forces", "csto-cpf") in bodies(ex)
    _, ex = extract("Units of the collective peacekeeping forces (see above) will gather in the spring.", parse=False)
    assert not [o for o in ex.orgs if o.key == "csto-cpf"]


def test_a_force_of_the_organization_in_the_singular_is_the_same_body():
    _, ex = extract("The exercise tested the collective peacekeeping force of the CSTO in the spring.", parse=False)
    assert ("collective peacekeeping force of the CSTO", "csto-cpf") in bodies(ex)


def test_the_collective_forces_are_a_body_only_as_written_with_capitals():
    _, ex = extract("The talks stressed the readiness of the CSTO collective forces in the region.", parse=False)
    assert not [o for o in ex.orgs if o.key == "csto-collective-forces"]
    _, ex = extract("The talks stressed the readiness of the CSTO Collective Forces in the region.", parse=False)
    assert ("CSTO Collective Forces", "csto-collective-forces") in bodies(ex)


def test_an_armed_group_and_its_acronym_in_brackets_are_one_body_not_a_state():
    _, ex = extract("Fighters of the Islamic State of Iraq and the Levant (ISIL) neared the border in May.", parse=False)
    assert {o.key for o in ex.orgs} == {"islamic-state"}


def test_a_body_of_the_union_state_in_its_other_name_is_one_node():
    from csto_graph.link.linker import link

    arts, exs = zip(*(extract(t, aid=f"a{i:04d}", parse=False) for i, t in enumerate((
        "Deputies of the Parliamentary Assembly of the Union State of Belarus and Russia met on 3 May 2023.",
        "Deputies of the Parliamentary Assembly of the Union of Belarus and Russia met on 9 May 2023."))))
    nodes = [o for o in link(list(arts), list(exs)).organizations if o.name.startswith("Parliamentary Assembly")]
    assert len(nodes) == 1


def test_a_known_body_named_as_the_owner_of_its_sibling_is_named_too():
    _, ex = extract("The Council of the Parliamentary Assembly of the Collective Security Treaty Organization met.")
    assert {o.key for o in ex.orgs} == {"csto-pa-council", "csto-pa"}
    _, ex = extract("The CSTO PA Council met in Minsk.")
    assert {o.key for o in ex.orgs} == {"csto-pa-council", "csto-pa"}


def test_an_organization_inside_a_known_bodys_name_is_not_made_a_sibling():
    _, ex = extract("The Collective Security Council of the CSTO met.")
    assert [o.key for o in ex.orgs] == ["csto-csc"]


# --- y1: names in page furniture ---

def _page_orgs(text: str) -> set[tuple[str, str | None]]:
    from helpers import page
    from csto_graph.corpus.sentences import text_doc
    from csto_graph.extract.article import extract_article

    (art,) = page(text)
    return {(o.text, o.kind) for o in extract_article(art, text_doc(art.text), parse=None).orgs}


def test_the_outlet_of_a_credit_line_above_the_report_is_a_medium():
    orgs = _page_orgs("photo: Quillnet\nThe Zorvan Council met in Minsk on 14 March 2023. "
                      "Secretary General Bram Tolvik chaired it.\n")
    assert ("Quillnet", "media") in orgs


def test_a_byline_of_one_word_names_an_outlet_and_one_of_two_words_a_person():
    head = "Zorvan talks held in Minsk\n\n{} | Saturday, 14 March 2023\n\nThe Zorvan Council met in Minsk on Tuesday.\n"
    assert ("Quillnet", "media") in _page_orgs(head.format("By Quillnet"))
    orgs = _page_orgs(head.format("By Dara Velmont"))
    assert not {o for o in orgs if o[1] == "media"}


def test_a_byline_of_a_weekday_names_no_outlet():
    _, ex = extract("By Monday, the ministers of the Zorvan Council had agreed on a statement.")
    assert not [o for o in ex.orgs if o.kind == "media"]


def test_the_outlet_of_a_dateline_without_a_city_is_a_medium():
    orgs = _page_orgs("Zorvan bloc plans three drills\n\nFebruary 13, 2023\n\n"
                      "February 13, QNP. The Zorvan Council plans three drills, said Bram Tolvik.\n")
    assert ("QNP", "media") in orgs


def test_a_sentence_listing_the_member_states_puts_none_of_them_in_play():
    # the visit is to one state; the closing list of members names six
    _, ex = extract("The CSTO plans three exercises in Belarus this year, said CSTO Secretary General Ivan Petrov "
                    "during his visit to Minsk. Petrov met with Foreign Minister Oleg Sidorov. The CSTO includes "
                    "Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.", parse=False)
    assert person(ex, "Oleg Sidorov").country == "belarus"
    _, ex = extract("The CSTO plans three exercises in Belarus this year, said CSTO Secretary General Ivan Petrov "
                    "during his visit to Minsk. Petrov met with Foreign Minister Oleg Sidorov. The Russian and "
                    "Kazakh delegations also came.", parse=False)
    assert person(ex, "Oleg Sidorov").country is None  # three states in play: none


def test_a_name_after_the_organizations_acronym_in_brackets_is_its_known_body_by_that_acronym():
    _, ex = extract("Drills of the Collective Security Treaty Organization's (CSTO) Rapid Response Forces began "
                    "in Vitebsk on 3 May 2023.", parse=False)
    assert ("Rapid Response Forces", "csto-crrf") in bodies(ex)
    _, ex = extract("Drills of the Rapid Response Forces began in Vitebsk on 3 May 2023.", parse=False)
    assert ("Rapid Response Forces", "csto-crrf") not in bodies(ex)  # another alliance's, for all it says


def test_words_that_describe_an_outlet_before_news_agency_name_no_outlet():
    _, ex = extract("Ivan Petrov told the Moscow-aligned Narnian news agency Steplink that the talks went well.")
    assert not any(o.kind == "media" and "aligned" in o.text for o in ex.orgs)
    _, ex = extract("Ivan Petrov told the Moscow-based Steppe Wind news agency that the talks went well.")
    assert ("Steppe Wind news agency", None) in bodies(ex)


def test_a_kind_of_outlet_alone_in_capitals_is_no_body():
    _, ex = extract("Copyright of materials of News Agency Steppe Wind. Ivan Petrov met Oleg Belov on 3 May 2023.")
    assert "News Agency" not in {o.text for o in ex.orgs}


def test_an_organizations_mission_or_press_office_in_lower_case_after_its_acronym_is_a_body():
    _, ex = extract("Documents were prepared on the CSTO monitoring mission's findings, the CSTO press office said "
                    "on 3 May 2023.", parse=False)
    assert {"CSTO monitoring mission", "CSTO press office"} <= {t for t, _ in bodies(ex)}
    _, ex = extract("Peace is the CSTO's core mission, Ivan Petrov said on 3 May 2023.", parse=False)
    assert not any("mission" in t for t, _ in bodies(ex))  # its aim, not a body


def test_a_full_name_the_model_leaves_is_a_person_when_a_headline_titles_its_surname():
    from csto_graph.corpus.sentences import text_doc
    from csto_graph.extract.article import extract_article
    from helpers import page

    [art] = page("President Petrov receives Secretary General of the CSTO Oleg Sidorov\n\n"
                 "ASTANA. Agency - The Secretary General informed the Head of State about the work of the "
                 "Organization.\n\nIvan-Pavel Petrov made a number of proposals.\n")
    ex = extract_article(art, text_doc(art.text))  # (no model: no name is a person by its say)
    assert "Ivan-Pavel Petrov" in {p.name for p in ex.people if p.strong}
    [event] = ex.events
    assert (event.type, {ex.people[q.person].name.split()[-1] for q in event.participants}) == \
        ("reception", {"Petrov", "Sidorov"})


def test_a_name_the_stored_copy_was_cut_inside_is_no_name_and_a_signature_line_is_one():
    from csto_graph.corpus.sentences import text_doc
    from csto_graph.extract.article import extract_article
    from helpers import page

    text = ("MINSK, 3 May 2024 (Agency) - The Minister of Defence Ivan Petrov met the Secretary General Oleg "
            "Sidorov.\n\nThey discussed the situation in the region, and the preparations for an informal meeting of "
            "the Council of Narnian He")
    [art] = page(text + "\n")
    ex = extract_article(art, text_doc(art.text))
    assert {p.name for p in ex.people} == {"Ivan Petrov", "Oleg Sidorov"}
    assert not [o.text for o in ex.orgs if o.text.endswith(" He")]
    [art] = page("MINSK, 3 May 2024 (Agency) - The Minister of Defence Ivan Petrov met the Secretary General "
                 "Oleg Sidorov.\n\nPress Secretary Pavel Orlov\n")
    assert "Pavel Orlov" in {p.name for p in extract_article(art, text_doc(art.text)).people}
