"""The Russian reader (csto_graph.extract.ru.reader) and one graph across both languages.
Invented sentences and people."""
import subprocess
import sys

import pytest

from csto_graph.corpus.pages import split_page
from csto_graph.extract.run import extract_chunk
from csto_graph.extract.ru import extract_russian
from csto_graph.link.linker import link
from csto_graph.models import Document

RU = """date 2024-05-14
Москва, 14 мая. Заседание СМО ОДКБ прошло под председательством Президента Армении Ивана Кошенко.
Генсек ОДКБ генерал-полковник Олег Смирнов принял участие в заседании.
"""

EN = """CSTO Secretary General meets Defence Ministers

Moscow, 14 May 2024. The CSTO Secretary General Oleg Smirnov took part in the session of the CSTO Council of Defense Ministers chaired by the President of Armenia Ivan Koshenko.
"""


def article(text, path="ru.txt"):
    [a] = split_page(Document(path, text, "utf-8", "txt", path))
    return a


def read(text):
    return extract_russian(article(text))


def test_people_with_titles_ranks_and_the_state_they_serve():
    ex = read(RU)
    got = {(p.text, p.name, tuple((m.post, m.org) for m in p.posts), p.rank, p.country) for p in ex.people}
    assert got == {("Иван Кошенко", "Ivan Koshenko", (("President", "armenia"),), None, "armenia"),
                   ("Олег Смирнов", "Oleg Smirnov", (("Secretary General", "csto"),), "Colonel General", None)}


def test_a_person_points_at_the_form_as_written():
    a = article(RU)
    ex = extract_russian(a)
    assert [a.text[p.start:p.end] for p in ex.people] == ["Ивана Кошенко", "Олег Смирнов"]


def test_bodies_are_named_in_the_nominative():
    ex = read("date 2024-05-14\nИтоги работы Совета министров обороны ОДКБ подвели в Минске.\n")
    assert ("Совет министров обороны ОДКБ", "csto-cmd") in {(o.text, o.key) for o in ex.orgs}


def test_a_session_with_its_chair_date_and_body():
    ex = read(RU)
    [event] = ex.events
    assert (event.type, event.date, event.body) == ("session", "2024-05-14", "csto-cmd")
    assert {(ex.people[p.person].name, p.role) for p in event.participants} == {
        ("Ivan Koshenko", "chair"), ("Oleg Smirnov", "participant")}


def test_who_receives_is_the_host_and_who_is_received_the_guest():
    ex = read("date 2024-05-14\nВ Бишкеке Президент Киргизии Фарход Назаров принял генсека ОДКБ Олега Смирнова.\n")
    [event] = ex.events
    assert {(ex.people[p.person].name, p.role) for p in event.participants} == {
        ("Farkhod Nazarov", "host"), ("Oleg Smirnov", "guest")}


def test_a_planned_event_is_no_event():
    ex = read("date 2024-05-14\nСледующее заседание СМО пройдёт в Минске, сообщил Олег Смирнов.\n")
    assert ex.people and ex.events == ()


def test_an_online_event_has_no_place():
    ex = read("date 2024-05-14\nЗаседание СМО в Минске прошло в режиме видеоконференции, его открыл Олег Смирнов.\n")
    [event] = ex.events
    assert event.online and event.place is None


def test_a_russian_article_is_read_by_the_russian_reader_in_the_build():
    [ex] = extract_chunk([article(RU)])
    assert {p.name for p in ex.people} == {"Ivan Koshenko", "Oleg Smirnov"}


def test_one_person_and_one_event_across_both_languages():
    arts = [article(RU, "ru.txt"), article(EN, "en.txt")]
    kb = link(arts, extract_chunk(arts))
    assert sorted((p.name, p.aliases) for p in kb.people) == [
        ("Ivan Koshenko", ("Иван Кошенко",)), ("Oleg Smirnov", ("Олег Смирнов",))]
    [event] = kb.events
    assert len(event.articles) == 2


def test_a_known_body_read_only_in_russian_keeps_its_english_short_name_and_acronym():
    arts = [article("date 2024-05-14\nПремьер-министр Армении Олег Смирнов прибыл в Москву на саммит ОДКБ.\n")]
    orgs = {o.id: o.aliases for o in link(arts, extract_chunk(arts)).organizations}
    assert "Armenia" in orgs["armenia"] and "CSTO" in orgs["csto"]


def test_an_english_article_loads_no_russian_model():
    code = ("import sys\n"
            "from csto_graph.corpus.pages import split_page\n"
            "from csto_graph.extract.run import extract_chunk\n"
            "from csto_graph.models import Document\n"
            f"arts = split_page(Document('en.txt', {EN!r}, 'utf-8', 'txt', 'x'))\n"
            "extract_chunk(arts)\n"
            "print(sorted(m for m in ('slovnet', 'navec', 'pymorphy3', 'razdel', 'csto_graph.extract.ru') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_title_with_the_acronym_in_brackets_before_the_name():
    ex = read("date 2024-05-14\nПремьер-министр Армении обсудил план учений с генеральным секретарём "
              "Организации Договора о коллективной безопасности (ОДКБ) Эмомали Тулегенбековым.\n")
    [p] = [p for p in ex.people if "Тулегенбеков" in p.text]
    assert (p.text, [(m.post, m.org) for m in p.posts]) == ("Эмомали Тулегенбеков", [("Secretary General", "csto")])


def test_two_cue_sentences_naming_one_person_on_one_day_are_one_event():
    ex = read("date 2024-05-14\nПремьер-министр Армении Фарход Назаров встретился с Олегом Смирновым.\n"
              "Фарход Назаров принял Смирнова в Москве.\n")
    assert len(ex.events) == 1
    assert {ex.people[p.person].name for p in ex.events[0].participants} == {"Farkhod Nazarov", "Oleg Smirnov"}


def test_a_cue_with_a_date_after_the_report_is_no_event():
    ex = read("date 2024-05-14\nОлег Смирнов проведёт встречу 1 июня 2024 года.\nОлег Смирнов провёл заседание 20 июня 2024 года.\n")
    assert ex.events == ()


def test_an_initial_and_a_surname_in_a_case_form_take_the_full_name_of_the_article():
    ex = read("date 2024-05-14\nГенеральный секретарь ОДКБ Олег Смирнов выступил на заседании.\n"
              "Доклад О. Смирнова одобрили все делегации.\n")
    assert {p.text for p in ex.people} == {"Олег Смирнов", "О. Смирнов"}


def test_a_title_after_the_name_and_a_comma():
    ex = read("date 2024-05-14\nОлег Смирнов, генеральный секретарь ОДКБ, открыл совещание.\n")
    [p] = ex.people
    assert [(m.post, m.org) for m in p.posts] == [("Secretary General", "csto")]


def test_people_speaking_for_a_side_serve_its_state():
    ex = read("date 2024-05-14\nС белорусской стороны переговоры вели министр обороны Олег Смирнов "
              "и министр иностранных дел Иван Кошенко.\n")
    got = {(p.name, p.country, tuple((m.post, m.org) for m in p.posts)) for p in ex.people}
    assert got == {("Oleg Smirnov", "belarus", (("Defense Minister", "belarus"),)),
                   ("Ivan Koshenko", "belarus", (("Minister of Foreign Affairs", "belarus"),))}


def test_a_sentence_in_the_future_tense_names_the_people_of_an_event_held():
    ex = read("date 2024-05-14\nВ Минске начались учения КСОР.\n"
              "Командовать учением будет генерал-полковник Олег Смирнов.\n")
    [event] = ex.events
    assert (event.type, [ex.people[p.person].name for p in event.participants]) == ("exercise", ["Oleg Smirnov"])


def test_a_photo_credit_and_a_byline_name_no_person():
    ex = read("date 2024-05-14\nМИНСК, 14 мая - РИА Новости, Анна Кошенко. Олег Смирнов провёл встречу.\n"
              "Фото: Иван Кошенко / ТАСС\n")
    assert [p.name for p in ex.people] == ["Oleg Smirnov"]


def test_a_body_named_with_the_acronym_after_it_gives_both_forms():
    ex = read("date 2024-05-14\nИтоги работы Совета министров обороны ОДКБ подвели в Минске.\n")
    forms = {o.text for o in ex.orgs if o.key == "csto-cmd"}
    assert forms == {"Совет министров обороны ОДКБ", "Совет министров обороны"}


def test_presenting_an_award_is_a_ceremony():
    ex = read("date 2024-05-14\nОлег Смирнов вручил Ивану Кошенко почётный знак ОДКБ.\n")
    [event] = ex.events
    assert event.type == "ceremony" and len(event.participants) == 2


def test_a_ceremony_beside_talks_with_one_person_is_another_event():
    ex = read("date 2024-05-14\nФарход Назаров провёл переговоры с Олегом Смирновым.\n"
              "Олег Смирнов вручил Ивану Кошенко почётный знак ОДКБ.\n")
    assert sorted(e.type for e in ex.events) == ["ceremony", "talks"]


def test_two_sentences_of_one_type_naming_one_person_are_one_event_whatever_the_bodies():
    ex = read("date 2024-05-14\nОбъединенный штаб ОДКБ провёл учение, им руководил Олег Смирнов.\n"
              "В учении КСОР участвовал Смирнов.\n")
    assert len(ex.events) == 1


def test_the_head_of_a_state_is_a_head_of_state_and_of_nothing_else():
    ex = read("date 2024-05-14\nГлава Казахстана Олег Смирнов и глава делегации Иван Кошенко провели переговоры.\n")
    got = {p.name: [(m.post, m.org) for m in p.posts] for p in ex.people}
    assert got == {"Oleg Smirnov": [("Head of State", "kazakhstan")], "Ivan Koshenko": []}


def test_bodies_known_by_their_russian_names_only():
    ex = read("date 2024-05-14\nВизит обсуждали в Кремле и в штабе ВДВ России.\n")
    assert {(o.text, o.key) for o in ex.orgs} >= {("Кремль", "kremlin"), ("ВДВ России", "russia-airborne")}


def test_the_canonical_name_is_the_english_spelling_when_an_english_article_writes_it():
    ru = ("date 2024-05-14\nГенсек ОДКБ Сергей Смирнов и послы обсудили план учений.\n"
          "Сергей Смирнов назвал план учений выполнимым.\n")
    en = ("Secretary General meets\n\nMoscow, 14 May 2024. The CSTO Secretary General Sergei Smirnov held a meeting.\n")
    arts = [article(ru, "ru.txt"), article(en, "en.txt")]
    [person] = link(arts, extract_chunk(arts)).people
    assert person.name == "Sergei Smirnov"
    assert "Сергей Смирнов" in person.aliases


def test_taking_part_is_no_reception():
    ex = read("date 2024-05-14\nПрезидент Киргизии Фарход Назаров принял участие в заседании СКБ.\n")
    [event] = ex.events
    assert (event.type, [p.role for p in event.participants]) == ("session", ["participant"])


def test_people_taking_part_join_the_event_named_before():
    ex = read("date 2024-05-14\nОлег Смирнов провёл заседание СМО.\nВ нём приняли участие Иван Кошенко и Фарход Назаров.\n")
    [event] = ex.events
    assert {ex.people[p.person].name for p in event.participants} == {"Oleg Smirnov", "Ivan Koshenko", "Farkhod Nazarov"}


def test_the_word_before_a_name_tells_its_case_when_the_name_does_not():
    ex = read("date 2024-05-14\nПо приглашению Эмомали Тулегенбая министр прибыл в Бишкек.\n"
              "Встреча с Эмомали Малем прошла в Минске.\n")
    assert [p.text for p in ex.people] == ["Эмомали Тулегенбай", "Эмомали Маль"]


@pytest.mark.parametrize("sentence", [
    "Президент Армении встретился с таджикским коллегой Эмомали Тулегенбаем в Душанбе.",
    "Генсек прибыл к своему коллеге Эмомали Тулегенбаю.",
], ids=["instrumental", "dative"])
def test_a_noun_naming_a_person_before_a_name_tells_the_case_it_is_written_in(sentence):
    ex = read(f"date 2024-05-14\n{sentence}\n")
    assert [p.text for p in ex.people if "Эмомали" in p.text] == ["Эмомали Тулегенбай"]


def test_the_place_is_a_city_of_the_sentence_else_the_dateline_city():
    ex = read("МИНСК, 14 мая 2024. Олег Смирнов провёл встречу с министром обороны Казахстана Иваном Кошенко.\n"
              "Олег Смирнов провёл заседание СМО в Бишкеке.\n")
    assert sorted(e.place for e in ex.events) == ["Bishkek", "Minsk"]


def test_a_name_the_ner_takes_into_a_body_after_an_acronym_is_a_person():
    ex = read("date 2024-05-14\nСостоялась встреча пресс-секретаря МО РА Петра Иванова и генсека.\n")
    assert [m.text for m in ex.people] == ["Пётр Иванов"]


def test_a_body_named_after_a_person_holds_no_person():
    ex = read("date 2024-05-14\nФонд Владимира Потанина выделил средства.\n")
    assert ex.people == ()


def test_a_states_body_in_any_russian_form_and_in_english_is_one_body():
    arts = [article("date 2024-05-14\nЗаседание прошло в Совбезе Таджикистана.\n", "ru1.txt"),
            article("date 2024-05-15\nДелегацию принял таджикский Совбез.\n", "ru2.txt"),
            article("Talks in Dushanbe\n\nDushanbe, 16 May 2024. The Tajik Security Council received the delegation.\n",
                    "en.txt")]
    [body] = [o for o in link(arts, extract_chunk(arts)).organizations if "Совбез Таджикистана" in o.aliases]
    assert body.name == "Security Council of Tajikistan"
    assert {"таджикский Совбез", "Tajik Security Council"} <= set(body.aliases)


def test_a_byline_before_a_dash_and_a_medium_in_a_bracket_names_no_person():
    ex = read("date 2024-05-14\n5 мая, Москва /Анна Кошенко - БЕЛТА/. Президент Армении Олег Смирнов провёл встречу.\n")
    assert [p.name for p in ex.people] == ["Oleg Smirnov"]


def test_a_byline_after_a_quoted_medium_and_a_comma_names_no_person():
    ex = read("date 2024-05-14\nМосква, 5 мая. (НИАТ «Ховар», Анна Кошенко). — Генсек ОДКБ Олег Смирнов провёл встречу.\n")
    assert [p.name for p in ex.people] == ["Oleg Smirnov"]


def test_a_person_quoted_by_a_medium_after_a_dash_is_a_person():
    ex = read("date 2024-05-14\nГенсек ОДКБ Олег Смирнов - ТАСС: встреча прошла успешно.\n")
    assert [p.name for p in ex.people] == ["Oleg Smirnov"]


def test_a_name_after_a_quoted_medium_and_a_comma_outside_a_bracket_is_a_person():
    ex = read("date 2024-05-14\nКак ранее сообщал «Вестник», Олег Смирнов прибыл в Минск.\n")
    assert [p.name for p in ex.people] == ["Oleg Smirnov"]


@pytest.mark.parametrize("credit", ["ФОТО : Иван Кошенко/ТАСС", "@Sputnik/Иван Кошенко"], ids=["after", "before"])
def test_a_name_joined_to_a_medium_by_a_slash_is_a_photo_credit(credit):
    ex = read(f"date 2024-05-14\nОлег Смирнов провёл встречу.\n{credit}\n")
    assert [p.name for p in ex.people] == ["Oleg Smirnov"]


def test_a_state_named_only_by_the_adjective_of_a_post_is_a_state_of_the_article():
    ex = read("date 2024-05-14\nНе прибыл только узбекский лидер Иван Кошенко.\n")
    assert [(o.key, o.text) for o in ex.orgs] == [("uzbekistan", "узбекский")]


def test_a_given_name_and_patronymic_alone_is_the_person_of_that_given_name():
    arts = [article("date 2024-05-14\nВ Минск прибыл Олег Смирнов.\n"
                    "— Олег Петрович, давайте начнём, — сказал Иван Кошенко.\n")]
    people = {p.name: p.aliases for p in link(arts, extract_chunk(arts)).people}
    assert sorted(people) == ["Ivan Koshenko", "Oleg Smirnov"] and "Олег Петрович" in people["Oleg Smirnov"]


def test_a_surname_like_a_patronymic_is_no_address_form():
    arts = [article("date 2024-05-14\nВ Минск прибыл Олег Карпович.\n")]
    assert [p.name for p in link(arts, extract_chunk(arts)).people] == ["Oleg Karpovich"]


def test_a_name_the_ner_opens_with_a_state_s_acronym_is_read_after_it():
    ex = read("date 2013-10-30\n30 октября министр обороны РА С. Петросян принял делегацию Парламентской "
              "Ассамблеи ОДКБ.\n")
    [person] = [p for p in ex.people]
    assert (person.name, [(t.post, t.org) for t in person.posts]) == ("S. Petrosyan", [("Defense Minister", "armenia")])


def test_a_menu_word_with_a_lower_case_part_is_no_person():
    ex = read("date 2013-10-30\nТоп-новости\n\nГенсек ОДКБ Олег Смирнов провёл совещание.\n")
    assert [p.name for p in ex.people] == ["Oleg Smirnov"]


def test_a_deputy_chairman_written_short_holds_the_post_of_the_body_after_it():
    ex = read("date 2019-05-20\nГенсек ОДКБ Олег Смирнов встретился с зампредседателя Народной скупщины Сербии "
              "Драголюбом Петровичем.\n")
    person = next(p for p in ex.people if p.name == "Dragolyub Petrovich")
    assert [(t.post, t.org) for t in person.posts] == [
        ("Deputy Chairman of the National Assembly of the Republic of Serbia", "serbia-national-assembly")]


def test_a_rank_right_before_a_name_tells_its_case_where_the_title_before_disagrees():
    # "первый" in the nominative, "генерала армии" and the name in the genitive: a man
    ex = read("date 2018-10-26\nПо словам начальника штаба, первый замминистра обороны генерала армии Валерия "
              "Кошенко, вопросы обсудили.\n")
    assert [p.name for p in ex.people] == ["Valery Koshenko"]
