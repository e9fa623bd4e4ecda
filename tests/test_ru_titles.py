"""Titles of Russian names (csto_graph.extract.ru.titles), read through the Russian reader.
Invented sentences and people."""
import pytest

from csto_graph.corpus.pages import split_page
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


def test_a_plural_title_of_a_body_heads_a_list_of_other_bodies_and_names():
    ex = read("date 2024-05-14\nПрезидент встретился с председателями Палаты представителей Олегом Смирновым "
              "и Совета Республики Аскаром Бекмуратовым.\n")
    assert posts(ex, "Смирнов")[0] == [("Chairman of the House of Representatives", "belarus-house-of-representatives")]
    assert posts(ex, "Бекмуратов")[0] == [("Chairman of the Council of the Republic", "belarus-council-of-the-republic")]


def test_a_singular_title_heads_no_list():
    ex = read("date 2024-05-14\nПрибыли председатель Палаты представителей Олег Смирнов и министр Аскар Бекмуратов.\n")
    assert posts(ex, "Бекмуратов")[0] == []


def test_a_title_held_after_the_word_post_goes_to_the_one_person_without_a_title():
    ex = read("date 2024-05-14\nС 2019 года пост генсека ОДКБ занимал представитель Армении Иван Кошенко.\n")
    assert posts(ex, "Кошенко")[0] == [("Secretary General", "csto")]


def test_an_appointment_to_a_title_in_the_instrumental():
    ex = read("date 2024-05-14\nПринято решение о назначении генеральным секретарём ОДКБ с 1 января "
              "представителя Киргизии Фархода Назарова.\n")
    assert posts(ex, "Назаров")[0] == [("Secretary General", "csto")]


def test_a_title_in_the_genitive_outside_a_post_is_not_given_to_the_appointed():
    ex = read("date 2024-05-14\nПо предложению Президента назначен Иван Кошенко.\n")
    assert posts(ex, "Кошенко")[0] == []


def test_a_bare_title_takes_the_one_body_the_article_names_it_with():
    ex = read("date 2024-05-14\nГенсек ОДКБ выступил в Минске.\nГенсек Иван Кошенко ответил на вопросы.\n")
    assert posts(ex, "Кошенко")[0] == [("Secretary General", "csto")]


def test_a_deputy_secretary_general_is_no_secretary_general():
    ex = read("date 2024-05-14\nЗаместитель генерального секретаря ОДКБ Иван Кошенко прибыл в Минск.\n")
    assert posts(ex, "Кошенко")[0] == [("Deputy Secretary General", "csto")]


def test_a_title_naming_a_state_s_ministry_is_a_post_of_that_state():
    ex = read("date 2024-05-14\nОб этом сообщил официальный представитель Минобороны Иван Кошенко.\n")
    assert posts(ex, "Кошенко")[0] == [("Official Representative of the Ministry of Defense", "russia")]


@pytest.mark.parametrize("title", ["исполняющий обязанности генерального секретаря ОДКБ", "и.о. генсека ОДКБ",
                                   "врио генерального секретаря ОДКБ"])
def test_who_stands_in_for_a_holder_holds_the_acting_post(title):
    ex = read(f"date 2024-05-14\nДелегацию возглавил {title} Олег Смирнов.\n")
    assert posts(ex, "Смирнов")[0] == [("Acting Secretary General", "csto")]


def test_the_acting_title_in_another_case():
    ex = read("date 2024-05-14\nПрибыла делегация во главе с исполняющим обязанности генсека ОДКБ Олегом Смирновым.\n")
    assert posts(ex, "Смирнов")[0] == [("Acting Secretary General", "csto")]


@pytest.mark.parametrize("text, post", [("Совет наградил бывшего генсека ОДКБ Олега Смирнова орденом.",
                                         ("Former Secretary General", "csto")),
                                        ("Бывший министр обороны Армении Олег Смирнов выступил на форуме.",
                                         ("Former Defense Minister", "armenia"))])
def test_who_held_a_post_before_holds_the_former_post(text, post):
    ex = read(f"date 2024-05-14\n{text}\n")
    assert posts(ex, "Смирнов")[0] == [post]


def test_a_counterpart_named_by_a_state_adjective_holds_the_same_post_in_that_state():
    ex = read("date 2024-05-14\nМинистр иностранных дел России Иван Кошенко встретился со своим армянским "
              "коллегой Олегом Смирновым.\n")
    assert posts(ex, "Смирнов") == ([("Minister of Foreign Affairs", "armenia")], "armenia")


def test_a_counterpart_with_two_posts_to_pair_takes_none():
    ex = read("date 2024-05-14\nМинистр обороны России Иван Кошенко и премьер-министр Белоруссии Пётр Волков "
              "встретились с армянским коллегой Олегом Смирновым.\n")
    assert posts(ex, "Смирнов")[0] == []


def test_two_titles_joined_by_a_comma_before_a_name_are_both_held():
    ex = read("date 2024-05-14\nСлово получил нынешний председатель СКБ ОДКБ, Президент Армении Иван Кошенко.\n")
    assert sorted(posts(ex, "Кошенко")[0]) == [("Chairman of the Collective Security Council of the CSTO", "csto"),
                                               ("President", "armenia")]


def test_a_comma_between_two_people_with_titles_gives_each_only_their_own():
    ex = read("date 2024-05-14\nПрибыли министр обороны Армении Олег Смирнов, министр обороны Казахстана Иван Кошенко.\n")
    assert posts(ex, "Кошенко")[0] == [("Defense Minister", "kazakhstan")]


def test_the_one_person_of_a_sentence_holds_the_title_they_are_elected_to_beside_their_own():
    ex = read("date 2024-05-14\nСпикер парламента Армении Иван Кошенко был переизбран на пост председателя ПА ОДКБ.\n")
    assert sorted(posts(ex, "Кошенко")[0]) == [("Chairman of the CSTO Parliamentary Assembly", "csto-pa"),
                                               ("Speaker of Parliament", "armenia")]


def test_with_two_people_a_held_title_goes_to_the_one_without_a_title():
    ex = read("date 2024-05-14\nПо предложению министра обороны Армении Ивана Кошенко генеральным секретарём ОДКБ "
              "назначен Олег Смирнов.\n")
    assert posts(ex, "Смирнов")[0] == [("Secretary General", "csto")]
    assert ("Secretary General", "csto") not in posts(ex, "Кошенко")[0]


def test_an_ambassador_to_another_state_serves_the_first_state_and_is_the_ambassador_to_the_second():
    ex = read("date 2024-05-14\nСостоялась встреча с Чрезвычайным и Полномочным Послом Республики Армения "
              "в Российской Федерации Олегом Смирновым.\n")
    assert posts(ex, "Смирнов") == ([("Ambassador Extraordinary and Plenipotentiary to Russia", "armenia")], "armenia")
    ex = read("date 2024-05-14\nВременно исполняющий обязанности посла Белоруссии в Казахстане Олег Смирнов прибыл.\n")
    assert posts(ex, "Смирнов") == ([("Acting Ambassador to Kazakhstan", "belarus")], "belarus")
    ex = read("date 2024-05-14\nПосол Армении Олег Смирнов прибыл.\n")
    assert posts(ex, "Смирнов")[0] == [("Ambassador", "armenia")]


def test_a_preposition_before_no_body_ends_no_title():
    ex = read("date 2024-05-14\nПосол Армении в ходе визита Олег Смирнов выступил.\n")
    assert posts(ex, "Смирнов")[0] == []


def test_colleagues_from_a_list_of_states_hold_the_post_each_in_their_state():
    ex = read("date 2024-05-14\nВ заседании участвуют министр обороны России Иван Кошенко, а также его коллеги "
              "из Армении, Казахстана и Таджикистана — Олег Смирнов, Пётр Волков, Фарход Назаров.\n")
    assert posts(ex, "Смирнов")[0] == [("Defense Minister", "armenia")]
    assert posts(ex, "Волков")[0] == [("Defense Minister", "kazakhstan")]
    assert posts(ex, "Назаров")[0] == [("Defense Minister", "tajikistan")]


def test_colleagues_from_more_states_than_names_take_no_post():
    ex = read("date 2024-05-14\nВ заседании участвуют министр обороны России Иван Кошенко, а также его коллеги "
              "из Армении, Казахстана и Таджикистана — Олег Смирнов и Пётр Волков.\n")
    assert posts(ex, "Смирнов")[0] == [] and posts(ex, "Волков")[0] == []


def test_who_speaks_for_the_state_a_sentence_opens_with_serves_it():
    ex = read("date 2024-05-14\nОт Казахстана в совещании принял участие замглавы МИД Олег Смирнов.\n")
    assert posts(ex, "Смирнов") == ([("Deputy Minister of Foreign Affairs", "kazakhstan")], "kazakhstan")


def test_a_state_after_from_inside_a_sentence_is_nobody_s_state():
    ex = read("date 2024-05-14\nЗамглавы МИД Олег Смирнов прибыл от Казахстана с докладом.\n")
    assert posts(ex, "Смирнов")[0] == [("Deputy Minister of Foreign Affairs", None)]


def test_the_chairman_of_a_state_s_lower_house_before_a_second_title():
    ex = read("date 2024-05-14\nГенсек встретился с председателем Государственной Думы России, председателем "
              "Парламентской ассамблеи ОДКБ Иваном Кошенко.\n")
    assert sorted(posts(ex, "Кошенко")[0]) == [("Chairman of the CSTO Parliamentary Assembly", "csto-pa"),
                                               ("Chairman of the State Duma", "russia")]


def test_the_chairman_of_a_parliament_is_its_chairman_and_the_speaker_its_speaker():
    ex = read("date 2024-05-14\nПредседатель парламента Казахстана Иван Кошенко прибыл в Ереван.\n")
    assert posts(ex, "Кошенко") == ([("Chairman of Parliament", "kazakhstan")], "kazakhstan")
    ex = read("date 2024-05-14\nСпикер парламента Киргизии Иван Кошенко прибыл в Ереван.\n")
    assert posts(ex, "Кошенко") == ([("Speaker of Parliament", "kyrgyzstan")], "kyrgyzstan")


def test_the_chairman_of_a_chamber_named_with_its_national_assembly_and_republika_alone_after_it():
    ex = read("date 2024-05-14\nВ Москву прибыла делегация Беларуси во главе с Председателем Палаты представителей "
              "Национального собрания Республики Олегом Смирновым.\n")
    assert posts(ex, "Смирнов")[0] == [("Chairman of the House of Representatives of the National Assembly",
                                        "belarus-house-of-representatives")]


def test_the_chairman_of_a_tajik_chamber_serves_tajikistan():
    ex = read("date 2024-05-14\nВ Москву прибыла делегация во главе с Председателем Маджлиси намояндагон Маджлиси Оли "
              "Республики Олимом Назаровым.\n")
    assert posts(ex, "Назаров")[0] == [("Chairman of the Majlisi Namoyandagon of the Majlisi Oli", "tajikistan")]
    ex = read("date 2024-05-14\nПредседатель Маджлиси милли Иван Петров прибыл в Москву.\n")
    assert posts(ex, "Петров")[0] == [("Chairman of the Majlisi Milli", "tajikistan")]


def test_the_speaker_of_a_state_s_lower_house_serves_the_state_after_it():
    ex = read("date 2024-05-14\nСпикер Госдумы России Иван Кошенко прибыл в Ереван.\n")
    assert posts(ex, "Кошенко") == ([("Speaker of the State Duma", "russia")], "russia")


@pytest.mark.parametrize("sentence, post", [
    ("Председатель Госдумы Иван Кошенко прибыл в Ереван.", "Chairman of the State Duma"),
    ("Генсек встретился со спикером Государственной думы Иваном Кошенко.", "Speaker of the State Duma"),
], ids=["nominative", "instrumental"])
def test_the_chairman_of_a_lower_house_one_state_has_serves_that_state_though_no_state_is_named(sentence, post):
    ex = read(f"date 2024-05-14\n{sentence}\n")
    assert posts(ex, "Кошенко") == ([(post, "russia")], "russia")


@pytest.mark.parametrize("sentence", [
    "Учения посетил начальник Генерального штаба Вооружённых сил — первый заместитель министра обороны "
    "Армении генерал-майор Олег Смирнов.",
    "Учения посетил начальник Генерального штаба Вооружённых сил – первый замминистра обороны "
    "Армении Олег Смирнов.",
], ids=["dash-and-rank", "en-dash-short-form"])
def test_two_titles_joined_by_a_dash_are_one_post_held_in_the_state_of_the_second(sentence):
    ex = read(f"date 2024-05-14\n{sentence}\n")
    assert posts(ex, "Смирнов")[0] == [
        ("Chief of the General Staff of the Armed Forces - First Deputy Defense Minister", "armenia")]


@pytest.mark.parametrize("sentence, post", [
    ("Об этом заявил вице-премьер и глава МИД Армении Олег Смирнов.",
     "Deputy Prime Minister and Minister of Foreign Affairs"),
    ("Генсек встретился с вице-премьером и министром иностранных дел Армении Олегом Смирновым.",
     "Deputy Prime Minister and Minister of Foreign Affairs"),
    ("Генсек встретился с госсекретарём - министром иностранных дел Армении Олегом Смирновым.",
     "State Secretary - Minister of Foreign Affairs"),
], ids=["and", "and-instrumental", "secretary-of-state-and-dash"])
def test_two_titles_joined_by_and_are_one_post_held_in_the_state_of_the_second(sentence, post):
    ex = read(f"date 2024-05-14\n{sentence}\n")
    assert posts(ex, "Смирнов") == ([(post, "armenia")], "armenia")


def test_a_title_with_a_state_of_its_own_before_and_is_another_person_s():
    ex = read("date 2024-05-14\nВ Минск прибыли президент России и министр обороны Армении Олег Смирнов.\n")
    assert posts(ex, "Смирнов") == ([("Defense Minister", "armenia")], "armenia")


def test_titles_of_two_bodies_joined_by_a_comma_stay_two_posts():
    ex = read("date 2024-05-14\nСлово взял председатель СКБ ОДКБ, президент Армении Олег Смирнов.\n")
    assert sorted(posts(ex, "Смирнов")[0]) == [("Chairman of the Collective Security Council of the CSTO", "csto"),
                                               ("President", "armenia")]


def test_a_first_deputy_is_no_plain_deputy():
    ex = read("date 2024-05-14\nВ Минск прибыл первый заместитель министра обороны Армении Олег Смирнов.\n")
    assert posts(ex, "Смирнов") == ([("First Deputy Defense Minister", "armenia")], "armenia")


def test_an_item_of_a_list_of_titled_people_holds_its_title_in_the_state_of_the_item_before():
    ex = read("date 2024-05-14\nГенсек ОДКБ провёл переговоры с министром обороны Армении Олегом Смирновым, "
              "министром иностранных дел Иваном Кошенко, а также президентом Петром Маликовым.\n")
    assert posts(ex, "Кошенко") == ([("Minister of Foreign Affairs", "armenia")], "armenia")
    assert posts(ex, "Маликов") == ([("President", "armenia")], "armenia")


@pytest.mark.parametrize("sentence", [
    "Министр обороны Армении Олег Смирнов встретился с министром иностранных дел Иваном Кошенко.",
    "Генсек ОДКБ Иван Кошенко прибыл в Минск. "
    "Там министр обороны Армении Олег Смирнов и генсек Иван Кошенко обсудили итоги года.",
], ids=["a-verb-between", "a-bare-title-of-the-article-s-body"])
def test_no_state_runs_down_what_is_no_list_or_to_a_body_s_title(sentence):
    ex = read(f"date 2024-05-14\n{sentence}\n")
    assert all(org != "armenia" for org in (m.org for p in ex.people if "Кошенко" in p.text for m in p.posts))


def test_a_title_inside_a_body_s_name_gives_a_bare_title_no_body():
    ex = read("date 2024-05-14\nВ Минске прошло заседание Комитета секретарей советов безопасности ОДКБ.\n"
              "В нём участвовал секретарь Совета безопасности Олег Смирнов.\n")
    assert posts(ex, "Смирнов") == ([("Secretary of the Security Council", None)], None)


def test_a_state_runs_down_a_list_past_an_item_named_without_a_title():
    ex = read("date 2024-05-14\nГенсек ОДКБ встретился с министром обороны Армении Олегом Смирновым, "
              "Иваном Кошенко, а также президентом Петром Маликовым.\n")
    assert posts(ex, "Маликов") == ([("President", "armenia")], "armenia")
    assert posts(ex, "Кошенко") == ([], None)


# A state's post read with no state (bare_state_titles): the sentence's one state, else the
# article's one state for that post.

def test_a_bare_state_post_takes_the_one_state_of_its_sentence():
    ex = read("date 2024-05-14\nРеспублику Казахстан на заседании представил секретарь Совета безопасности Олег Смирнов.\n")
    assert posts(ex, "Смирнов") == ([("Secretary of the Security Council", "kazakhstan")], "kazakhstan")


def test_a_title_followed_by_strany_is_read_and_takes_the_state_named_before():
    ex = read("date 2024-05-14\nГенсек ОДКБ Иван Петров, находящийся с визитом в Республике Армения, встретился с "
              "министром обороны страны генерал-лейтенантом Олегом Смирновым.\n")
    assert posts(ex, "Смирнов") == ([("Defense Minister", "armenia")], "armenia")


def test_a_title_followed_by_a_determiner_and_strany_is_read_and_takes_the_state_named_before():
    ex = read("date 2024-05-14\nГенсек встретился с недавно назначенным секретарем Совета безопасности Армении "
              "Олегом Смирновым и исполняющим обязанности министра иностранных дел этой страны Иваном Кошенко.\n")
    assert posts(ex, "Кошенко") == ([("Acting Minister of Foreign Affairs", "armenia")], "armenia")
    assert posts(ex, "Смирнов")[0] == [("Secretary of the Security Council", "armenia")]


def test_a_bare_state_post_takes_the_state_the_article_names_it_with():
    ex = read("date 2024-05-14\nМинистр обороны Олег Смирнов провёл переговоры с генсеком ОДКБ Иваном Петровым.\n"
              "Безопасность региона зависит от всех, подчеркнул глава Минобороны Белоруссии.\n")
    assert posts(ex, "Смирнов") == ([("Defense Minister", "belarus")], "belarus")


def test_a_state_another_person_of_the_sentence_serves_is_not_taken():
    ex = read("date 2024-05-14\nПрезидент Казахстана Иван Петров принял министра обороны Олега Смирнова.\n")
    assert posts(ex, "Смирнов") == ([("Defense Minister", None)], None)


def test_a_state_spoken_of_is_not_taken():
    ex = read("date 2024-05-14\nМинистр обороны Олег Смирнов обсудил ситуацию в Армении.\n")
    assert posts(ex, "Смирнов") == ([("Defense Minister", None)], None)


def test_a_post_another_person_of_the_article_holds_in_that_state_is_not_given():
    ex = read("date 2024-05-14\nМинистр обороны России Иван Петров встретился в Москве с министром обороны "
              "Олегом Смирновым.\nНа встрече Олег Смирнов поблагодарил коллегу.\n")
    [m] = [p for p in ex.people if "Смирнов" in p.text][:1]
    assert [(p.post, p.org) for p in m.posts] == [("Defense Minister", None)]


def test_a_post_of_a_body_is_no_state_post():
    ex = read("date 2024-05-14\nПресс-секретарь Олег Смирнов рассказал о визите в Армению.\n")
    assert posts(ex, "Смирнов") == ([("Press Secretary", None)], None)


def test_a_state_visited_is_not_the_state_of_a_bare_post():
    ex = read("date 2024-05-14\nМинистр обороны Олег Смирнов прибыл с визитом в Казахстан.\n")
    assert posts(ex, "Смирнов") == ([("Defense Minister", None)], None)


def test_a_list_headed_by_a_plural_title_with_dashes_and_ranks_between_state_and_name():
    ex = read("date 2024-05-14\nВ заседании приняли участие министры обороны КР - генерал-майор Олег Смирнов, "
              "Российской Федерации - генерал армии Иван Петров, Республики Казахстан - Пётр Волков.\n")
    assert [(posts(ex, n)[0], posts(ex, n)[1]) for n in ("Смирнов", "Петров", "Волков")] == [
        ([("Defense Minister", "kyrgyzstan")], "kyrgyzstan"), ([("Defense Minister", "russia")], "russia"),
        ([("Defense Minister", "kazakhstan")], "kazakhstan")]


def test_a_state_in_the_nominative_before_a_dash_heads_no_list_item():
    ex = read("date 2024-05-14\nМинистры обороны встретились, Республика Казахстан - Пётр Волков выступил первым.\n")
    assert posts(ex, "Волков")[0] == []


def test_a_state_owning_another_noun_is_not_the_state_of_a_bare_post():
    ex = read("date 2024-05-14\nПрезидент Олег Смирнов принял делегацию Армении.\n")
    assert posts(ex, "Смирнов") == ([("President", None)], None)


# --- stop 25 (x5): a title's unknown body, the acronyms ГШ and ВС


def test_a_title_of_a_body_the_gazetteer_does_not_know_keeps_that_body():
    # the article names the same title of the CSTO too: the one with its own body keeps it (a
    # state's ministry: the ministry's title in that state)
    ex = read("date 2024-05-14\nВ брифинге участвовали пресс-секретарь Министерства обороны Армении Олег Смирнов "
              "и пресс-секретарь ОДКБ Иван Петров.\n")
    [smirnov] = [p for p in ex.people if "Смирнов" in p.text]
    assert [(m.post, m.org) for m in smirnov.posts] == [("Press Secretary of the Ministry of Defense", "armenia")]
    assert posts(ex, "Петров")[0] == [("Press Secretary", "csto")]


@pytest.mark.parametrize("title, post", [
    ("начальник ГШ ВС", "Chief of the General Staff of the Armed Forces"),
    ("Начальник генерального штаба ВС", "Chief of the General Staff of the Armed Forces"),
    ("исполняющий обязанности начальника ГШ ВС", "Acting Chief of the General Staff of the Armed Forces"),
])
def test_a_chief_of_the_general_staff_written_with_its_acronyms(title, post):
    ex = read(f"date 2024-05-14\nВ Минск прибыл {title} Киргизии Олег Смирнов.\n")
    assert posts(ex, "Смирнов") == ([(post, "kyrgyzstan")], "kyrgyzstan")


def test_one_standing_in_for_a_bare_title_s_holder_takes_the_body_the_article_names_that_title_with():
    ex = read("date 2024-05-14\nГенсек ОДКБ Олег Смирнов покинул пост. Обязанности взял на себя исполняющий "
              "обязанности генсека Иван Петров.\n")
    assert posts(ex, "Петров")[0] == [("Acting Secretary General", "csto")]


@pytest.mark.parametrize("title, post", [
    ("Председатель парламента", "Chairman of Parliament"),
    ("Помощник президента", "Aide to the President"),
    ("Министр обороны", "Defense Minister"),
])
def test_a_state_s_post_named_alone_takes_the_one_state_of_its_sentence_by_the_one_list_of_state_posts(title, post):
    # one source for both readers: vocab.posts.is_state_post over ontology/posts.yaml
    ex = read(f"date 2024-05-14\n{title} Олег Смирнов заявил, что Киргизия поддерживает это решение.\n")
    assert posts(ex, "Смирнов") == ([(post, "kyrgyzstan")], "kyrgyzstan")


def test_a_title_before_the_word_organisation_is_held_in_the_articles_body():
    ex = read("date 2024-05-14\nГенсек ОДКБ Олег Смирнов прибыл в Минск.\n"
              "Встречу провёл и.о. генсека организации Иван Кошенко.\n")
    assert posts(ex, "Кошенко")[0] == [("Acting Secretary General", "csto")]


def test_a_title_after_the_name_may_end_with_a_colon():
    ex = read("date 2024-05-14\nИван Кошенко, президент Республики Казахстан: «Мы готовы».\n")
    assert posts(ex, "Кошенко") == ([("President", "kazakhstan")], "kazakhstan")


@pytest.mark.parametrize("sentence", [
    "Не прибыл только узбекский лидер Иван Кошенко.",
    "Руководитель Узбекистана Иван Кошенко прибыл в Минск.",
], ids=["adjective-before", "state-after"])
def test_a_leader_is_a_post_beside_a_state(sentence):
    ex = read(f"date 2024-05-14\n{sentence}\n")
    assert posts(ex, "Кошенко") == ([("Leader", "uzbekistan")], "uzbekistan")


def test_a_leader_of_a_delegation_is_no_states_leader():
    ex = read("date 2024-05-14\nРуководитель делегации Узбекистана Иван Кошенко прибыл в Минск.\n")
    assert posts(ex, "Кошенко")[0] == []


def test_a_plural_title_over_states_and_names_joined_alike_pairs_them_in_order():
    ex = read("date 2024-05-14\nВ Минске министры обороны России и Армении Иван Петров и Олег Смирнов "
              "обсудили учения.\n")
    assert (posts(ex, "Петров"), posts(ex, "Смирнов")) == (([("Defense Minister", "russia")], "russia"),
                                                           ([("Defense Minister", "armenia")], "armenia"))


def test_leaders_in_the_plural_pair_no_posts():
    ex = read("date 2024-05-14\nВ Минске лидеры России и Армении Иван Петров и Олег Смирнов обсудили учения.\n")
    assert (posts(ex, "Петров")[0], posts(ex, "Смирнов")[0]) == ([], [])


def test_the_word_organisation_after_a_title_is_the_organisation_the_article_names():
    ex = read("date 2024-05-14\nВстречу в Минске провёл генсек организации Иван Кошенко.\n"
              "ОДКБ готова помочь.\n")
    assert posts(ex, "Кошенко")[0] == [("Secretary General", "csto")]


def test_a_short_aside_in_brackets_may_stand_between_a_title_and_its_state():
    ex = read("date 2024-05-14\nЕго предложил председатель Мажилиса (нижней палаты) Казахстана Нурлан Кошенко.\n")
    assert posts(ex, "Кошенко") == ([("Chairman of the Mazhilis", "kazakhstan")], "kazakhstan")


def test_the_chair_of_a_chamber_whose_name_says_no_state_is_held_in_its_state():
    ex = read("date 2024-05-14\nЕго поддержал председатель Жогорку Кенеша Нурлан Кошенко.\n")
    assert posts(ex, "Кошенко") == ([("Chairman of the Jogorku Kenesh", "kyrgyzstan")], "kyrgyzstan")


def test_a_rank_written_with_a_dash_for_its_hyphen_is_a_rank():
    ex = read("date 2024-05-14\nВ заседании участвовали министры обороны: Республики Армения - Иван Петров, "
              "Республики Беларусь - генерал–лейтенант Юрий Кошенко.\n")
    [p] = [p for p in ex.people if "Кошенко" in p.text]
    assert ([(m.post, m.org) for m in p.posts], p.rank) == ([("Defense Minister", "belarus")], "Lieutenant General")


def test_the_assemblys_executive_secretary_is_named_with_the_assembly():
    ex = read("date 2024-05-14\nОб этом сказал ответственный секретарь ПА ОДКБ Пётр Колосов.\n")
    assert posts(ex, "Колосов")[0] == [("Executive Secretary of the CSTO Parliamentary Assembly", "csto-pa")]


def test_the_chairman_of_a_state_s_security_council_serves_the_state():
    ex = read("date 2024-05-14\nПо словам председателя Совета безопасности России Ивана Кошенко, решение принято.\n")
    assert posts(ex, "Кошенко") == ([("Chairman of the Security Council", "russia")], "russia")


def test_the_federal_assembly_s_acronym_after_the_chamber_leaves_the_chamber_s_title():
    ex = read("date 2024-05-14\nБрифинг прошёл с Председателем Государственной Думы ФС России Иваном Кошенко.\n")
    assert posts(ex, "Кошенко")[0] == [("Chairman of the State Duma", "russia-federal-assembly")]


def test_a_deputy_before_any_title_is_its_deputy():
    ex = read("date 2024-05-14\nВ совещании участвовал заместитель генсека ОДКБ Олег Смирнов.\n")
    assert posts(ex, "Смирнов")[0] == [("Deputy Secretary General", "csto")]


def test_a_first_deputy_before_a_title_is_its_first_deputy_not_the_title():
    ex = read("date 2024-05-14\nУчением руководил первый заместитель начальника Генерального штаба Вооруженных сил "
              "Кыргызской Республики полковник Аскар Бекмуратов.\n")
    assert posts(ex, "Бекмуратов")[0] == [("First Deputy Chief of the General Staff of the Armed Forces", "kyrgyzstan")]


def test_a_former_holder_glued_to_the_title_by_a_hyphen():
    ex = read("date 2024-05-14\nНа пост выдвинули экс-министра обороны Армении Олега Смирнова.\n")
    assert posts(ex, "Смирнов")[0] == [("Former Defense Minister", "armenia")]


def test_a_title_naming_its_body_by_a_short_form_is_the_title_of_the_full_form():
    ex = read("date 2024-05-14\nНа встрече выступил госсекретарь Совбеза Белоруссии Олег Смирнов.\n")
    assert posts(ex, "Смирнов")[0] == [("State Secretary of the Security Council", "belarus")]


def test_a_title_naming_its_body_by_an_acronym_is_the_title_of_the_full_form():
    ex = read("date 2024-05-14\nЗаседание провёл секретарь СБ Армении Аскар Бекмуратов.\n")
    assert posts(ex, "Бекмуратов")[0] == [("Secretary of the Security Council", "armenia")]


def test_a_state_body_written_bare_inside_a_title_gives_its_state():
    ex = read("date 2024-05-14\nОб этом заявил глава Минобороны Олег Смирнов.\n")
    assert posts(ex, "Смирнов") == ([("Defense Minister", "russia")], "russia")


def test_a_list_gives_a_title_with_a_bare_state_body_the_state_of_the_item_before():
    ex = read("date 2024-05-14\nОн проведёт переговоры с министром иностранных дел Армении Олегом Смирновым, "
              "главой Минобороны Аскаром Бекмуратовым.\n")
    assert posts(ex, "Бекмуратов") == ([("Defense Minister", "armenia")], "armenia")


def test_the_head_of_a_chambers_parliament_may_stand_between_the_title_and_the_state():
    ex = read("date 2024-05-14\nДелегацию возглавил председатель Мажилиса парламента страны Аскар Бекмуратов.\n")
    assert posts(ex, "Бекмуратов") == ([("Chairman of the Mazhilis", "kazakhstan")], "kazakhstan")


def test_the_word_organisation_after_a_title_is_the_organisation_named_before_it_through_its_body():
    ex = read("date 2024-05-14\nИдёт подготовка к учениям миротворческих сил ОДКБ.\n"
              "Об этом заявил генсек организации Иван Кошенко.\n"
              "За учениями будут наблюдать представители ООН.\n")
    assert posts(ex, "Кошенко")[0] == [("Secretary General", "csto")]


def test_a_capital_as_the_subject_gives_a_bare_title_its_state():
    ex = read("date 2024-05-14\nМинск предложил кандидатуру бывшего министра обороны Олега Смирнова.\n")
    assert posts(ex, "Смирнов") == ([("Former Defense Minister", "belarus")], "belarus")


def test_a_capital_as_the_subject_wins_over_the_state_of_a_bare_body_inside_the_title():
    ex = read("date 2024-05-14\nМинск планирует выдвинуть начальника Генштаба Петра Колосова.\n")
    assert posts(ex, "Колосов") == ([("Chief of the General Staff", "belarus")], "belarus")


def test_a_capital_after_the_name_is_a_place_not_the_state_of_the_title():
    ex = read("date 2024-05-14\nВчера министр обороны Олег Смирнов посетил Минск.\n")
    [(post, org)], _ = posts(ex, "Смирнов")
    assert org != "belarus"


def test_a_title_holding_a_states_body_is_of_that_state_not_of_the_body_after_it():
    ex = read("date 2024-05-14\nПредседатель Государственной думы Федерального собрания Российской "
              "Федерации выступил с докладом.\nВ Минске выступил председатель Государственной думы Олег Смирнов.\n")
    [p] = [p for p in ex.people if "Смирнов" in p.text and p.posts]
    assert [(m.post, m.org) for m in p.posts] == [("Chairman of the State Duma", "russia")]


def test_a_title_before_a_states_unknown_ministry_is_that_ministrys_title_in_the_state():
    ex = read("date 2024-05-14\nОб этом сообщил пресс-секретарь МО РА Олег Смирнов.\n")
    assert posts(ex, "Смирнов") == ([("Press Secretary of the Ministry of Defense", "armenia")], "armenia")


def test_a_title_after_the_name_before_a_states_unknown_ministry_likewise():
    ex = read("date 2024-05-14\nОб этом сообщил Олег Смирнов, пресс-секретарь МИД Армении.\n")
    assert posts(ex, "Смирнов") == ([("Press Secretary of the Ministry of Foreign Affairs", "armenia")], "armenia")


def test_a_title_of_a_body_not_a_states_keeps_its_body():
    ex = read("date 2024-05-14\nОб этом сообщил пресс-секретарь ОДКБ Олег Смирнов.\n")
    assert posts(ex, "Смирнов") == ([("Press Secretary", "csto")], None)


def test_an_honorific_between_the_title_and_the_name_after_a_comma():
    ex = read("date 2024-05-14\nПрезидент Республики Таджикистан, уважаемый Иван Петров принял делегацию.\n")
    assert posts(ex, "Петров") == ([("President", "tajikistan")], "tajikistan")


def test_an_honorific_between_the_title_and_the_name_without_a_comma():
    ex = read("date 2024-05-14\nВчера Президент Республики Таджикистан уважаемый Иван Петров прибыл в Минск.\n")
    assert posts(ex, "Петров") == ([("President", "tajikistan")], "tajikistan")


def test_the_leader_of_the_nation_is_a_title_of_its_own_beside_a_presidents():
    ex = read("date 2024-05-14\nВыступил Президент Республики Таджикистан, Лидер нации уважаемый Иван Петров.\n")
    [p] = [p for p in ex.people if "Петров" in p.text]
    assert sorted(m.post for m in p.posts) == ["Leader of the Nation", "President"]


def test_a_capitalised_title_the_ner_takes_for_a_name_is_no_person():
    ex = read("date 2024-05-14\nВ ходе своего выступления Заместитель Премьер-Министра – Министр обороны Иван Петров "
              "обозначил позицию.\n")
    assert [p.text for p in ex.people] == ["Иван Петров"]


@pytest.mark.parametrize("sentence", [
    "Олег Смирнов — министр обороны Армении — прибыл в Минск.",
    "В Минск прибыл Олег Смирнов — министр обороны Армении.",
    "В Минск прибыл Олег Смирнов (министр обороны Армении).",
    "Олег Смирнов, министр обороны Армении и Иван Кошенко, глава МИД Киргизии, прибыли в Минск.",
], ids=["dashes", "dash-to-the-end", "brackets", "comma-before-and"])
def test_a_title_in_apposition_after_the_name_behind_a_dash_a_bracket_or_before_and(sentence):
    ex = read("date 2024-05-14\n" + sentence + "\n")
    assert posts(ex, "Смирнов") == ([("Defense Minister", "armenia")], "armenia")


def test_a_title_after_the_name_reads_its_bodies_as_a_title_before_it_does():
    ex = read("date 2024-05-14\nВстречу провёл Олег Смирнов, посол Армении в России.\n")
    assert posts(ex, "Смирнов") == ([("Ambassador to Russia", "armenia")], "armenia")
    ex = read("date 2024-05-14\nОлег Смирнов, начальник Генерального штаба Вооружённых сил Армении, прибыл.\n")
    assert posts(ex, "Смирнов") == ([("Chief of the General Staff of the Armed Forces", "armenia")], "armenia")


def test_a_dash_before_a_title_and_another_name_gives_the_first_name_no_title():
    ex = read("date 2024-05-14\nВ Минск прибыли Иван Кошенко — министр обороны Армении Олег Смирнов.\n")
    assert posts(ex, "Кошенко") == ([], None)
    assert posts(ex, "Смирнов") == ([("Defense Minister", "armenia")], "armenia")


@pytest.mark.parametrize("sentence, post, org", [
    ("Заседание открыл председатель Постоянного совета ОДКБ Олег Смирнов.",
     "Chairman of the CSTO Permanent Council", "csto"),
    ("С докладом выступил Олег Смирнов, заместитель председателя Постоянного совета ОДКБ.",
     "Deputy Chairman of the CSTO Permanent Council", "csto"),
    ("Делегацию возглавил вице-спикер Национального собрания Армении Олег Смирнов.",
     "Deputy Speaker of the National Assembly of the Republic of Armenia", "armenia-national-assembly"),
    ("Встречу провёл исполняющий обязанности руководителя Секретариата ОДКБ Олег Смирнов.",
     "Acting Head of the CSTO Secretariat", "csto"),
], ids=["chairman-before", "deputy-chairman-after", "deputy-speaker", "acting-head"])
def test_a_head_word_before_a_known_body_is_that_bodys_title_held_in_its_owner(sentence, post, org):
    ex = read("date 2024-05-14\n" + sentence + "\n")
    assert posts(ex, "Смирнов")[0] == [(post, org)]


def test_the_chairman_of_a_council_of_ministers_is_no_minister():
    ex = read("date 2024-05-14\nВ Минске выступил председатель Совета министров иностранных дел ОДКБ Олег Смирнов.\n")
    assert posts(ex, "Смирнов")[0] == [("Chairman of the CSTO Council of Foreign Ministers", "csto")]


def test_a_head_word_before_a_state_or_no_body_is_no_title():
    ex = read("date 2024-05-14\nВ Минске выступил директор Олег Смирнов.\n")
    assert posts(ex, "Смирнов")[0] == []
    ex = read("date 2024-05-14\nВ Минске выступил председатель Армении Олег Смирнов.\n")
    assert posts(ex, "Смирнов")[0] == []


def test_the_words_of_a_bodys_name_before_a_name_are_no_title_of_it():
    ex = read("date 2024-05-14\nНа заседании Совета министров иностранных дел ОДКБ Олег Смирнов выступил с докладом.\n")
    assert posts(ex, "Смирнов")[0] == []


def test_a_bodys_title_names_its_owner_when_the_bodys_name_does_not():
    ex = read("date 2024-05-14\nГостей принял председатель Совета ОДКБ Олег Смирнов.\n")
    assert posts(ex, "Смирнов")[0] == [("Chairman of the Collective Security Council of the CSTO", "csto")]
    ex = read("date 2024-05-14\nГостей принял председатель Мажилиса Олег Смирнов.\n")
    assert posts(ex, "Смирнов") == ([("Chairman of the Mazhilis", "kazakhstan")], "kazakhstan")


@pytest.mark.parametrize("sentence", [
    "Встречу провели Иван Кошенко и Олег Смирнов, министры обороны Армении и Казахстана.",
    "Встречу провели министры обороны Иван Кошенко (Армения) и Олег Смирнов (Казахстан).",
    "Встречу провели Пётр Сидоров, Иван Кошенко и Олег Смирнов, министры обороны России, Армении и Казахстана.",
], ids=["names-before", "states-in-brackets", "three-before"])
def test_a_plural_title_pairs_names_and_states_in_order_before_it_or_in_brackets(sentence):
    ex = read("date 2024-05-14\n" + sentence + "\n")
    assert posts(ex, "Кошенко") == ([("Defense Minister", "armenia")], "armenia")
    assert posts(ex, "Смирнов") == ([("Defense Minister", "kazakhstan")], "kazakhstan")


def test_a_plural_title_after_names_with_fewer_states_gives_no_one_a_state():
    ex = read("date 2024-05-14\nВстречу провели Иван Кошенко и Олег Смирнов, министры обороны Армении.\n")
    assert posts(ex, "Смирнов") == ([], None)


@pytest.mark.parametrize("sentence, post", [
    ("С министром юстиции Армении Олегом Смирновым встретились гости.", "Minister of Justice"),
    ("Гостей принял Олег Смирнов, глава внешнеполитического ведомства Армении.", "Minister of Foreign Affairs"),
    ("В Минск прибыл секретарь Совета национальной безопасности Армении Олег Смирнов.",
     "Secretary of the National Security Council"),
], ids=["ministry", "agency", "council"])
def test_a_states_other_officials_titles(sentence, post):
    ex = read("date 2024-05-14\n" + sentence + "\n")
    assert posts(ex, "Смирнов") == ([(post, "armenia")], "armenia")


def test_a_plural_title_of_a_body_heading_names_is_held_by_each():
    ex = read("date 2024-05-14\nНа форум прибыли бывшие генсеки ОДКБ Иван Кошенко и Олег Смирнов.\n")
    assert posts(ex, "Кошенко")[0] == [("Former Secretary General", "csto")]
    assert posts(ex, "Смирнов")[0] == [("Former Secretary General", "csto")]


def test_a_title_opening_the_next_sentence_without_a_name_is_the_previous_persons():
    ex = read("date 2024-05-14\nОлег Смирнов прибыл в Ереван. Министр обороны Армении подчеркнул важность встречи.\n")
    assert posts(ex, "Смирнов") == ([("Defense Minister", "armenia")], "armenia")


@pytest.mark.parametrize("text", [
    "Олег Смирнов и Иван Кошенко прибыли в Ереван. Министр обороны Армении подчеркнул важность встречи.",
    "Олег Смирнов прибыл в Ереван. Министр обороны Армении Иван Кошенко подчеркнул важность встречи.",
    "Олег Смирнов прибыл в Ереван. Президент подчеркнул важность встречи.",
    "Министр обороны Армении Иван Кошенко встретил гостей. По словам Олега Смирнова, встреча прошла успешно. "
    "Министр обороны Армении подчеркнул её важность.",
], ids=["two-before", "named-after", "no-state", "held-by-another"])
def test_an_opening_title_with_two_people_before_a_name_after_or_no_body_gives_no_one_before_it(text):
    ex = read("date 2024-05-14\n" + text + "\n")
    assert posts(ex, "Смирнов")[0] == []


def test_the_speaker_of_a_known_chamber_names_the_chamber():
    ex = read("date 2024-05-14\nВстречу провёл спикер Мажилиса Парламента Казахстана Олег Смирнов.\n")
    assert posts(ex, "Смирнов") == ([("Speaker of the Mazhilis of Kazakhstan", "kazakhstan")], "kazakhstan")


@pytest.mark.parametrize("sentence", [
    "Олег Смирнов избран председателем Совета министров обороны ОДКБ.",
    "Председателем Совета министров обороны ОДКБ на следующий год стал Олег Смирнов.",
], ids=["elected", "became"])
def test_who_is_elected_or_becomes_a_bodys_chairman_holds_that_title(sentence):
    ex = read("date 2024-05-14\n" + sentence + "\n")
    assert posts(ex, "Смирнов")[0] == [("Chairman of the CSTO Council of Defense Ministers", "csto")]


@pytest.mark.parametrize("title, post", [("пресс-секретарь президента РФ", "Press Secretary of the President"),
                                         ("пресс-секретарь премьер-министра России", "Press Secretary of the Prime Minister")])
def test_a_leaders_press_secretary_is_not_the_leader(title, post):
    ex = read(f"date 2024-05-14\nОб этом заявил {title} Олег Смирнов.\n")
    assert posts(ex, "Смирнов") == ([(post, "russia")], "russia")


def test_a_bare_head_of_an_organization_heads_the_organization_the_article_names_most():
    ex = read("date 2024-05-14\nВ Ереване началось заседание ПА ОДКБ.\nПрибыла и делегация во главе с "
              "исполняющим обязанности генсека Олегом Смирновым.\n")
    assert posts(ex, "Смирнов")[0] == [("Acting Secretary General", "csto")]
    ex = read("date 2024-05-14\nВ Ереване началось заседание парламента.\nПрибыла и делегация во главе с "
              "исполняющим обязанности генсека Олегом Смирновым.\n")
    assert posts(ex, "Смирнов")[0] == [("Acting Secretary General", None)]


@pytest.mark.parametrize("text, post", [
    ("Генсек ОДКБ Олег Смирнов выступил на брифинге с замглавы казахстанского Минобороны Иваном Кошенко.",
     ("Deputy Defense Minister", "kazakhstan")),
    ("Под председательством министра чрезвычайных ситуаций Киргизии Ивана Кошенко прошло заседание совета.",
     ("Minister of Emergency Situations", "kyrgyzstan")),
], ids=["deputy head of a ministry", "a ministry's name in the genitive"])
def test_a_ministers_title_in_its_other_forms(text, post):
    ex = read(f"date 2022-01-09\n{text}\n")
    assert posts(ex, "Кошенко")[0] == [post]


def test_a_post_of_the_country_takes_the_one_state_the_sentence_before_names():
    ex = read("date 2011-12-20\nКазахстан объявил свои приоритеты на период председательства в ОДКБ. Об этом "
              "рассказал по окончании заседания СКБ ОДКБ Президент страны Иван Кошенко.\n")
    assert posts(ex, "Кошенко")[0] == [("President", "kazakhstan")]


def test_a_side_another_than_the_sentences_people_gives_their_bare_post_no_state():
    ex = read("date 2022-01-10\nПрезидент Иван Кошенко принял участие во внеочередной сессии Совета коллективной "
              "безопасности ОДКБ, состоявшейся по инициативе российской стороны.\n")
    assert posts(ex, "Кошенко")[0] == [("President", None)]


def test_the_side_a_sentence_speaks_for_after_from_gives_its_people_its_state():
    ex = read("date 2022-01-10\nОт белорусской стороны в заседании принял участие министр обороны Иван Кошенко.\n")
    assert posts(ex, "Кошенко")[0] == [("Defense Minister", "belarus")]


def test_talks_with_a_side_give_the_sentences_people_no_state_of_it():
    ex = read("date 2022-01-10\nМинистр обороны Иван Кошенко провёл переговоры с российской стороной.\n")
    assert posts(ex, "Кошенко")[0] == [("Defense Minister", None)]


def test_a_rank_misprinted_without_its_hyphen_still_stands_between_a_title_and_its_name():
    ex = read("date 2024-09-07\nВ церемонии принял участие министр обороны Киргизской Республики генерал лейтенант "
              "Иван Кошенко.\n")
    assert posts(ex, "Кошенко")[0] == [("Defense Minister", "kyrgyzstan")]


def test_a_title_another_person_is_named_with_is_no_title_a_holding_word_gives():
    ex = read("date 2014-05-10\nЭти темы стали центральными во время встречи Ивана Кошенко с генеральным секретарем "
              "ОДКБ Олегом Смирновым.\n")
    assert posts(ex, "Кошенко")[0] == []
    assert posts(ex, "Смирнов")[0] == [("Secretary General", "csto")]


def test_the_head_of_a_known_state_service_holds_its_title():
    ex = read("date 2013-02-14\nЗаседание прошло в Минске под председательством директора Федеральной миграционной "
              "службы России Ивана Кошенко.\n")
    assert posts(ex, "Кошенко")[0] == [("Director of the Federal Migration Service of Russia", "russia-fms")]
