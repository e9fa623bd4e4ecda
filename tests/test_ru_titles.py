"""Titles of Russian names (csto_graph.extract.ru.titles), read through the Russian reader.
Invented sentences and people."""
from csto_graph.corpus.articles import split_page
from csto_graph.extract.ru import extract_russian
from csto_graph.models import Document


def read(text):
    [a] = split_page(Document("ru.txt", text, "utf-8", "txt", "ru.txt"))
    return extract_russian(a)


def posts(ex, surname):
    [p] = [p for p in ex.people if surname in p.text]
    return [(m.post, m.org) for m in p.posts], p.country


def test_a_state_adjective_inside_a_title_gives_the_state_and_no_shorter_title():
    ex = read("date 2024-05-14\nОб этом рассказал помощник российского президента Олег Смирнов.\n")
    assert posts(ex, "Смирнов") == ([("Aide to the President", "russia")], "russia")


def test_a_state_adjective_before_a_title_gives_the_post_its_state():
    ex = read("date 2024-05-14\nБелорусский министр обороны Олег Смирнов прибыл в Ереван.\n")
    assert posts(ex, "Смирнов") == ([("Defense Minister", "belarus")], "belarus")


def test_a_comma_between_the_title_and_the_rank():
    ex = read("date 2024-05-14\nСилами будет руководить командующий ВДВ России, генерал-майор Пётр Колосов.\n")
    [p] = ex.people
    assert ([(m.post, m.org) for m in p.posts], p.rank) == (
        [("Commander of the Airborne Forces", "russia")], "Major General")


def test_a_ministry_named_with_its_state_inside_the_title_gives_the_state():
    ex = read("date 2024-05-14\nГлава МИД России Олег Смирнов провёл переговоры в Минске.\n")
    assert posts(ex, "Смирнов") == ([("Minister of Foreign Affairs", "russia")], "russia")


def test_a_plural_title_heads_each_state_and_name_of_the_list_after_it():
    ex = read("date 2024-05-14\nВ Минске собрались главы всех государств-членов организации — "
              "Армении Иван Кошенко, Белоруссии Пётр Колосов и Киргизии Фарход Назаров.\n")
    got = {p.name: ([(m.post, m.org) for m in p.posts], p.country) for p in ex.people}
    assert got == {"Ivan Koshenko": ([("Head of State", "armenia")], "armenia"),
                   "Pyotr Kolosov": ([("Head of State", "belarus")], "belarus"),
                   "Farkhod Nazarov": ([("Head of State", "kyrgyzstan")], "kyrgyzstan")}

