"""Events of Russian articles (csto_graph.extract.ru.events), read through the Russian reader.
Invented sentences and people."""
import pytest

from csto_graph.corpus.pages import split_page
from csto_graph.extract.ru import extract_russian
from csto_graph.models import Document


def read(text):
    [a] = split_page(Document("ru.txt", text, "utf-8", "txt", "ru.txt"))
    return extract_russian(a)


def who(ex, event):
    return {(ex.people[p.person].name, p.role) for p in event.participants}


def test_a_person_on_whose_behalf_an_award_is_presented_is_not_there():
    ex = read("date 2024-05-14\nПо поручению Президента Армении Ивана Кошенко генсек ОДКБ Олег Смирнов "
              "вручил министру обороны Казахстана Фарходу Назарову почётную грамоту.\n")
    [event] = ex.events
    assert (event.type, who(ex, event)) == ("ceremony", {("Oleg Smirnov", "participant"),
                                                         ("Farkhod Nazarov", "participant")})


def test_a_decision_taken_is_no_reception():
    ex = read("date 2024-05-14\nРешение о награждении Олега Смирнова и Ивана Кошенко было принято единогласно.\n")
    assert ex.events == ()


def test_a_cue_sentence_naming_nobody_takes_who_speaks_at_it_in_the_next_sentence():
    ex = read("date 2024-05-14\nВ Объединённом штабе ОДКБ обсудили итоги года.\n"
              "Как отметил начальник Объединённого штаба ОДКБ Олег Смирнов, задачи выполнены.\n")
    [event] = ex.events
    assert (event.type, event.date, who(ex, event)) == ("meeting", "2024-05-14", {("Oleg Smirnov", "speaker")})


def test_the_speakers_of_a_cue_sentence_naming_nobody_may_come_after_a_sentence_naming_nobody():
    ex = read("date 2024-05-14\nВ Объединённом штабе ОДКБ начались учения.\nОни продлятся три дня.\n"
              "Начальник Объединённого штаба ОДКБ Олег Смирнов подчеркнул их значение.\n")
    [event] = ex.events
    assert (event.type, event.date, who(ex, event)) == ("exercise", "2024-05-14", {("Oleg Smirnov", "speaker")})


def test_a_person_named_without_speaking_ends_the_wait_for_speakers():
    ex = read("date 2024-05-14\nВ Объединённом штабе ОДКБ начались учения.\n"
              "Портрет Ивана Кошенко висит в холле.\n"
              "Начальник Объединённого штаба ОДКБ Олег Смирнов подчеркнул их значение.\n")
    assert ex.events == ()


def test_speakers_too_far_from_the_cue_sentence_are_not_its_speakers():
    ex = read("date 2024-05-14\nВ Объединённом штабе ОДКБ начались учения.\nОни продлятся три дня.\n"
              "Погода была ясной.\nВетер стих.\n"
              "Начальник Объединённого штаба ОДКБ Олег Смирнов подчеркнул их значение.\n")
    assert ex.events == ()


def test_who_is_given_the_floor_after_a_cue_sentence_naming_nobody_speaks_at_it():
    ex = read("date 2024-05-14\nСегодня в Минске открылась сессия СКБ ОДКБ.\n"
              "Слово было предоставлено Президенту Армении Ивану Кошенко.\n")
    [event] = ex.events
    assert (event.type, who(ex, event)) == ("session", {("Ivan Koshenko", "speaker")})


def test_who_is_quoted_after_a_cue_sentence_naming_nobody_does_not_speak_at_it():
    ex = read("date 2024-05-14\nСегодня в Минске открылась сессия СКБ ОДКБ.\n"
              "По словам политолога Ивана Кошенко, выступление было ярким.\n")
    assert ex.events == ()


def test_who_speaks_in_the_sentence_after_an_event_speaks_at_it():
    ex = read("date 2024-05-14\nВ Секретариате ОДКБ состоялось совещание с участием министра Армении Ивана Кошенко.\n"
              "Генеральный секретарь ОДКБ Олег Смирнов подчеркнул важность совместной работы.\n")
    [event] = ex.events
    assert who(ex, event) == {("Ivan Koshenko", "participant"), ("Oleg Smirnov", "speaker")}


def test_who_speaks_after_a_sentence_naming_nobody_after_an_event_speaks_at_it():
    ex = read("date 2024-05-14\nВ Секретариате ОДКБ состоялось совещание с участием министра Армении Ивана Кошенко.\n"
              "Также состоялся обмен мнениями.\n"
              "От белорусской стороны выступил генеральный секретарь ОДКБ Олег Смирнов.\n")
    [event] = ex.events
    assert who(ex, event) == {("Ivan Koshenko", "participant"), ("Oleg Smirnov", "speaker")}


def test_who_speaks_three_sentences_after_an_event_is_not_its_speaker():
    ex = read("date 2024-05-14\nВ Секретариате ОДКБ состоялось совещание с участием министра Армении Ивана Кошенко.\n"
              "Оно длилось два часа.\nЗал был полон.\n"
              "Генеральный секретарь ОДКБ Олег Смирнов подчеркнул важность совместной работы.\n")
    [event] = ex.events
    assert who(ex, event) == {("Ivan Koshenko", "participant")}


def test_who_speaks_after_a_sentence_naming_someone_else_is_not_the_event_s_speaker():
    ex = read("date 2024-05-14\nВ Секретариате ОДКБ состоялось совещание с участием министра Армении Ивана Кошенко.\n"
              "Портрет Петра Волкова висит в холле.\n"
              "Генеральный секретарь ОДКБ Олег Смирнов подчеркнул важность совместной работы.\n")
    [event] = ex.events
    assert who(ex, event) == {("Ivan Koshenko", "participant")}


SESSION = "date 2024-05-14\nВ Минске открылась сессия СКБ ОДКБ под председательством Президента Армении Ивана Кошенко.\n"


def test_who_arrived_for_the_one_session_of_a_report_attends_it():
    ex = read(SESSION + "Накануне в белорусскую столицу прибыли президенты Казахстана — Олег Смирнов и "
                        "Таджикистана — Пётр Волков.\n")
    [event] = ex.events
    assert who(ex, event) == {("Ivan Koshenko", "chair"), ("Oleg Smirnov", "participant"),
                              ("Pyotr Volkov", "participant")}


def test_who_will_arrive_does_not_attend_yet():
    ex = read(SESSION + "Завтра в белорусскую столицу прибудет Олег Смирнов.\n")
    [event] = ex.events
    assert who(ex, event) == {("Ivan Koshenko", "chair")}


def test_who_arrived_in_a_report_of_no_session_joins_nothing():
    ex = read("date 2024-05-14\nИван Кошенко провёл встречу с министром Армении Петром Волковым.\n"
              "В столицу прибыл и Олег Смирнов.\n")
    [event] = ex.events
    assert "Oleg Smirnov" not in {name for name, _ in who(ex, event)}


def test_who_did_not_take_part_is_no_participant():
    ex = read("date 2024-05-14\nВ Минске прошло заседание СМО ОДКБ под председательством министра Ивана Кошенко. "
              "Министр обороны Армении Олег Смирнов не принял участия в заседании.\n")
    [event] = ex.events
    assert who(ex, event) == {("Ivan Koshenko", "chair")}


def test_a_meeting_on_the_margins_of_a_summit_is_an_event_of_its_own():
    ex = read("date 2024-05-14\nВ Минске состоялось заседание СКБ ОДКБ с участием Ивана Кошенко и Олега Смирнова.\n"
              "На полях саммита Иван Кошенко встретился с Петром Волковым.\n")
    assert sorted((e.type, frozenset(who(ex, e))) for e in ex.events) == [
        ("meeting", frozenset({("Ivan Koshenko", "participant"), ("Pyotr Volkov", "participant")})),
        ("session", frozenset({("Ivan Koshenko", "participant"), ("Oleg Smirnov", "participant")}))]


def test_a_frame_word_before_the_only_cue_leaves_it_the_event():
    ex = read("date 2024-05-14\nВ ходе заседания СМО ОДКБ министр обороны Армении Олег Смирнов выступил с докладом.\n")
    [event] = ex.events
    assert (event.type, who(ex, event)) == ("session", {("Oleg Smirnov", "participant")})


def test_who_could_not_take_part_is_no_participant():
    ex = read("date 2024-05-14\nВ Минске прошло заседание СМО ОДКБ под председательством министра Ивана Кошенко. "
              "Министр обороны Армении Олег Смирнов не смог принять участие в заседании.\n")
    [event] = ex.events
    assert who(ex, event) == {("Ivan Koshenko", "chair")}


def test_a_telephone_call_on_the_day_of_a_meeting_is_not_part_of_it():
    ex = read("date 2024-05-14\nИван Кошенко провёл встречу с министром Армении Олегом Смирновым.\n"
              "В тот же день Иван Кошенко провёл телефонный разговор с Петром Волковым.\n")
    assert sorted((e.type, e.online, frozenset(n for n, _ in who(ex, e))) for e in ex.events) == [
        ("meeting", False, frozenset({"Ivan Koshenko", "Oleg Smirnov"})),
        ("talks", True, frozenset({"Ivan Koshenko", "Pyotr Volkov"}))]


def test_an_event_is_dated_by_the_cue_sentence_of_its_type_just_before_it_naming_nobody():
    ex = read("МИНСК, 14 мая 2024. 12–13 мая в Минске прошли консультации министерств обороны.\n"
              "В консультациях участвовали Иван Кошенко и Олег Смирнов.\n")
    [event] = ex.events
    assert (event.date, event.end_date, event.place) == ("2024-05-12", "2024-05-13", "Minsk")


def test_an_event_dated_by_its_own_sentence_keeps_its_date():
    ex = read("МИНСК, 14 мая 2024. 12–13 мая в Минске прошли консультации министерств обороны.\n"
              "Вчера в консультациях участвовали Иван Кошенко и Олег Смирнов.\n")
    assert [e.date for e in ex.events] == ["2024-05-13"]


@pytest.mark.parametrize("phrase", ["при участии", "с участием"])
def test_who_an_occasion_was_held_with_takes_part_in_the_cue_sentence_naming_nobody_before(phrase):
    ex = read("МИНСК, 14 мая 2024. 12 мая в режиме видеоконференции состоялось заседание Совета министров обороны.\n"
              f"Мероприятие прошло под председательством министра обороны Беларуси Ивана Кошенко {phrase} "
              "генерального секретаря ОДКБ Олега Смирнова.\n")
    [event] = ex.events
    assert (event.date, {ex.people[p.person].name for p in event.participants}) == \
        ("2024-05-12", {"Ivan Koshenko", "Oleg Smirnov"})


@pytest.mark.parametrize("sentence", [
    "На полигоне завершился итоговый розыгрыш манёвров под руководством генерал-полковника Олега Смирнова.",
    "Командно-штабная тренировка проводится под руководством генерал-полковника Олега Смирнова.",
], ids=["manoeuvres", "command-post-training"])
def test_other_names_of_an_exercise_are_its_cues(sentence):
    ex = read(f"МИНСК, 14 мая 2024. {sentence}\n")
    [event] = ex.events
    assert (event.type, {ex.people[p.person].name for p in event.participants}) == ("exercise", {"Oleg Smirnov"})


def test_a_cue_inside_the_speech_quoted_is_not_the_occasion_where_it_was_said():
    ex = read("МИНСК, 14 мая 2024. «В этом году я уже принял министра обороны Казахстана, и мы всё обсудили», "
              "— заявил Иван Кошенко на пресс-конференции.\n")
    [event] = ex.events
    assert (event.type, who(ex, event)) == ("meeting", {("Ivan Koshenko", "participant")})


def test_who_will_take_part_after_a_cue_sentence_naming_nobody_is_not_there_yet():
    ex = read("date 2024-05-14\nВчера в Минске прошло совещание министров обороны перед сессией СКБ.\n"
              "В ней примет участие Олег Смирнов.\n")
    assert ex.events == ()


def test_who_joins_the_people_of_an_event_takes_part_in_it():
    ex = read("date 2024-05-14\nВ Минске прошло заседание СМО ОДКБ с участием Олега Смирнова.\n"
              "Позднее к нему присоединился Иван Кошенко.\n")
    [event] = ex.events
    assert {ex.people[p.person].name for p in event.participants} == {"Oleg Smirnov", "Ivan Koshenko"}


def test_who_reports_an_event_named_before_is_not_its_speaker():
    ex = read("date 2024-05-14\nВ Объединённом штабе ОДКБ обсудили итоги года.\n"
              "Об этом сообщил пресс-секретарь ОДКБ Олег Смирнов.\n")
    assert ex.events == ()


@pytest.mark.parametrize("sentence", [
    "Олег Смирнов рассказал о подготовке к предстоящей сессии СКБ.",
    "Олег Смирнов напомнил о решениях сессии СКБ 2020 года.",
    "Заседание СМО с участием Олега Смирнова запланировано на осень.",
    "Олег Смирнов рассказал о подготовке к предстоящему в июле текущего года совместному заседанию СМО.",
    "Олег Смирнов рассказал о подготовке к предстоящему заседанию СМО, а также сессии СКБ.",
], ids=["upcoming", "earlier-year", "planned", "upcoming-words-between", "listed-with-an-upcoming-one"])
def test_an_upcoming_or_earlier_occasion_is_no_event_of_the_day(sentence):
    assert read(f"date 2024-05-14\n{sentence}\n").events == ()


def test_a_telephone_conversation_has_no_place():
    ex = read("МИНСК, 14 мая 2024. Состоялся телефонный разговор Олега Смирнова с Иваном Кошенко.\n")
    [event] = ex.events
    assert (event.type, event.place, event.online) == ("talks", None, True)


def test_a_state_inside_a_title_is_not_the_place():
    ex = read("date 2024-05-14\nОлег Смирнов провёл встречу с Президентом Армении Иваном Кошенко.\n")
    [event] = ex.events
    assert event.place is None


def test_the_dateline_city_under_a_headline_is_the_place():
    ex = read("Итоги встречи в столице\nМинск, 14.05.2024. Олег Смирнов провёл встречу с Иваном Кошенко.\n")
    [event] = ex.events
    assert event.place == "Minsk"


def test_the_one_city_an_article_names_is_the_place_of_its_events():
    ex = read("date 2024-05-14\nОлег Смирнов провёл встречу с Иваном Кошенко.\nОба прибыли в Бишкек накануне.\n")
    [event] = ex.events
    assert event.place == "Bishkek"


@pytest.mark.parametrize("sentence", [
    "Олег Смирнов встретился с Иваном Кошенко, сообщил агентству пресс-секретарь ОДКБ Фарход Назаров.",
    "По информации пресс-секретаря ОДКБ Фархода Назарова, Олег Смирнов встретился с Иваном Кошенко.",
    "Олег Смирнов встретился с Иваном Кошенко, заявил журналистам министр обороны Армении Фарход Назаров.",
], ids=["reported-by", "according-to", "stated-by"])
def test_who_reports_the_event_in_its_sentence_is_not_there(sentence):
    ex = read(f"date 2024-05-14\n{sentence}\n")
    [event] = ex.events
    assert {ex.people[p.person].name for p in event.participants} == {"Oleg Smirnov", "Ivan Koshenko"}


def test_an_event_on_a_weekday_is_dated_from_the_report():
    ex = read("date 2024-05-14\nВ пятницу Олег Смирнов провёл переговоры с Иваном Кошенко.\n")
    [event] = ex.events
    assert event.date == "2024-05-10"


def test_a_statement_about_an_event_alone_is_no_event():
    ex = read("date 2024-05-14\nЦель учений достигнута, заявил министр обороны Армении Иван Кошенко.\n")
    assert ex.events == ()


def test_a_body_inside_a_title_is_not_the_event_s_body():
    ex = read("date 2024-05-14\nСостоялась беседа Председателя Совета коллективной безопасности Ивана Кошенко "
              "с Олегом Смирновым.\n")
    [event] = ex.events
    assert event.body is None


def test_an_occasion_dated_by_its_month_only():
    ex = read("date 2025-08-31\nНачальник штаба Олег Смирнов на прошедшем в августе брифинге "
              "встретился с Иваном Кошенко.\n")
    [event] = ex.events
    assert event.date == "2025-08"


def test_cities_and_states_beyond_the_members_are_read_in_russian():
    ex = read("date 2024-05-14\nОлег Смирнов провёл переговоры с Иваном Кошенко в Баку.\n"
              "Они обсудили положение в Афганистане.\n")
    [event] = ex.events
    assert event.place == "Baku"
    assert "afghanistan" in {o.key for o in ex.orgs}


def test_a_state_spoken_of_is_not_the_place():
    ex = read("date 2024-05-14\nОлег Смирнов и Иван Кошенко обсудили ситуацию в Афганистане.\n")
    [event] = ex.events
    assert event.place is None


def test_a_cue_sentence_naming_nobody_dated_after_the_report_takes_no_speakers():
    ex = read("date 2024-05-14\nВ штабе ОДКБ обсудили учения 20 июня 2024 года.\n"
              "Как отметил Олег Смирнов, задачи выполнены.\nВ нём приняли участие Иван Кошенко и Фарход Назаров.\n")
    assert ex.events == ()


def test_an_event_over_a_span_of_days_has_its_last_day():
    ex = read("date 2024-11-28\nСессия СКБ с участием Олега Смирнова прошла 26–27 ноября 2024 года в Минске.\n")
    [event] = ex.events
    assert (event.date, event.end_date) == ("2024-11-26", "2024-11-27")


def test_a_headline_dated_by_the_report_and_a_lead_giving_the_day_are_one_event():
    ex = read("date 2024-11-28\nСессия СКБ с участием Олега Смирнова прошла в Минске\n"
              "26–27 ноября 2024 года в Минске прошла сессия СКБ, в ней участвовал Иван Кошенко.\n")
    [event] = ex.events
    assert (event.date, event.end_date) == ("2024-11-26", "2024-11-27")
    assert {ex.people[p.person].name for p in event.participants} == {"Oleg Smirnov", "Ivan Koshenko"}


def test_an_event_of_an_earlier_week_stays_apart_from_the_report_s():
    ex = read("date 2024-11-28\nОлег Смирнов провёл заседание СМО.\n"
              "Ранее, 2 ноября 2024 года, Олег Смирнов провёл заседание СМО в Минске.\n")
    assert sorted(e.date for e in ex.events) == ["2024-11-02", "2024-11-28"]


def test_the_next_sitting_of_a_body_whose_sitting_is_reported_is_no_part_of_it():
    ex = read("date 2024-05-14\nОлег Смирнов провёл заседание СМО в Минске.\n"
              "Следующее заседание СМО с участием Ивана Кошенко пройдёт в Бишкеке.\n")
    [event] = ex.events
    assert {ex.people[p.person].name for p in event.participants} == {"Oleg Smirnov"}


def test_who_takes_part_after_a_cue_sentence_naming_nobody_attends_its_event():
    ex = read("date 2024-05-17\nЗаседание Совета министров обороны ОДКБ проходит в Минске.\n"
              "В мероприятии участвуют министр обороны Казахстана Фарход Назаров и генсек ОДКБ Олег Смирнов.\n")
    [event] = ex.events
    assert (event.type, event.date, who(ex, event)) == (
        "session", "2024-05-17", {("Farkhod Nazarov", "participant"), ("Oleg Smirnov", "participant")})


def test_a_second_noun_for_the_occasion_keeps_the_first_waiting():
    ex = read("date 2024-05-17\nЗаседание Совета министров обороны ОДКБ проходит в Минске.\n"
              "Встречу принимает Беларусь, председательствующая в организации.\n"
              "В мероприятии участвуют министр обороны Казахстана Фарход Назаров и генсек ОДКБ Олег Смирнов.\n")
    [event] = ex.events
    assert (event.type, who(ex, event)) == (
        "session", {("Farkhod Nazarov", "participant"), ("Oleg Smirnov", "participant")})


def test_who_takes_part_long_after_a_cue_sentence_naming_nobody_attends_nothing():
    ex = read("date 2024-05-17\nЗаседание Совета министров обороны ОДКБ проходит в Минске.\n"
              "Повестка обширна.\nВопросов много.\nДокументы готовы.\nПодписание ожидается.\n"
              "В акции участвуют Фарход Назаров и Олег Смирнов.\n")
    assert ex.events == ()


def test_two_one_sided_sentences_of_one_sitting_are_one_meeting():
    ex = read("date 2024-05-14\nМинистр обороны Казахстана Фарход Назаров провёл переговоры с генсеком ОДКБ.\n"
              "На встрече с Олегом Смирновым глава ведомства отметил рост доверия.\n")
    [event] = ex.events
    assert {name for name, _ in who(ex, event)} == {"Farkhod Nazarov", "Oleg Smirnov"}


def test_one_sided_sentences_of_two_days_stay_two_events():
    ex = read("date 2024-05-20\n10 мая министр обороны Казахстана Фарход Назаров провёл переговоры с генсеком ОДКБ.\n"
              "14 мая состоялась встреча с Олегом Смирновым.\n")
    assert len(ex.events) == 2


def test_an_upcoming_word_of_another_phrase_leaves_the_event():
    ex = read("date 2024-05-14\nОбсудив предстоящие учения, Олег Смирнов провёл совещание с Иваном Кошенко.\n")
    assert [e.type for e in ex.events] == ["meeting"]


def test_who_proposes_after_a_cue_sentence_naming_nobody_speaks_at_it():
    ex = read("date 2024-05-14\nРешение было принято на заседании Совета министров обороны ОДКБ в Минске.\n"
              "Кандидатуру Ивана Кошенко предложил министр обороны Казахстана Олег Смирнов.\n")
    [event] = ex.events
    assert (event.type, {name for name, _ in who(ex, event)}) == ("session", {"Ivan Koshenko", "Oleg Smirnov"})


def test_a_visit_made_is_an_event_whatever_a_later_clause_plans():
    ex = read("date 2024-05-14\nМинистр обороны Казахстана Олег Смирнов прибыл с рабочим визитом в Минск, "
              "где примет участие в заседании совета.\n")
    assert [(e.type, e.date) for e in ex.events] == [("visit", "2024-05-14")]


@pytest.mark.parametrize("sentence", [
    "Министр обороны Казахстана Олег Смирнов посетит Минск с рабочим визитом.",
    "Министр обороны Казахстана Олег Смирнов сообщил, что посетит Минск с рабочим визитом.",
], ids=["future-verb", "a-statement-of-a-plan"])
def test_a_visit_planned_is_no_event(sentence):
    assert read(f"date 2024-05-14\n{sentence}\n").events == ()


# --- a pronoun subject of an event verb stands for the report's subject (round 3) ---

VISIT = "Министр обороны Армении Иван Кошенко прибыл с визитом в Минск.\n"


def test_a_pronoun_subject_takes_the_person_who_made_the_visit():
    ex = read("date 2024-05-14\n" + VISIT + "В ходе визита он встретился с министром обороны Беларуси Олегом Смирновым.\n")
    meeting = next(e for e in ex.events if e.type == "meeting")
    assert who(ex, meeting) == {("Ivan Koshenko", "participant"), ("Oleg Smirnov", "participant")}


def test_a_pronoun_of_the_other_gender_takes_nobody():
    ex = read("date 2024-05-14\n" + VISIT + "В ходе визита она встретилась с министром обороны Беларуси Олегом Смирновым.\n")
    meeting = next(e for e in ex.events if e.type == "meeting")
    assert who(ex, meeting) == {("Oleg Smirnov", "participant")}


def test_a_pronoun_takes_a_woman_by_the_verb_of_the_feminine():
    ex = read("date 2024-05-14\nМинистр иностранных дел Армении Анна Кошенко прибыла с визитом в Минск.\n"
              "В ходе визита она встретилась с министром обороны Беларуси Олегом Смирновым.\n")
    meeting = next(e for e in ex.events if e.type == "meeting")
    assert who(ex, meeting) == {("Anna Koshenko", "participant"), ("Oleg Smirnov", "participant")}


def test_a_pronoun_after_another_man_named_in_the_nominative_takes_nobody():
    ex = read("date 2024-05-14\n" + VISIT + "Посол Пётр Орлов отметил важность визита.\n"
              "В ходе визита он встретился с премьер-министром Беларуси Анной Орловой.\n")
    meeting = next(e for e in ex.events if e.type == "meeting")
    assert who(ex, meeting) == {("Anna Orlova", "participant")}


def test_a_pronoun_whose_antecedent_was_no_subject_of_an_event_takes_nobody():
    ex = read("date 2024-05-14\nПосол Пётр Орлов отметил важность сотрудничества.\n"
              "Он встретился с премьер-министром Беларуси Анной Орловой.\n")
    [meeting] = [e for e in ex.events if e.type == "meeting"]
    assert who(ex, meeting) == {("Anna Orlova", "participant")}


def test_a_pronoun_subject_of_a_participation_cue_takes_part_in_the_event_just_named():
    ex = read("date 2024-05-14\nВ Минске прошли учения под руководством министра обороны Беларуси Олега Смирнова.\n"
              "Министр обороны Армении Иван Кошенко прибыл в Минск.\nОн принял участие в мероприятии.\n")
    [event] = ex.events
    assert (event.type, who(ex, event)) == ("exercise", {("Ivan Koshenko", "participant"),
                                                         ("Oleg Smirnov", "participant")})


# A dateline opening the event's sentence gives the report's day, not the event's

def test_a_weekday_after_a_dateline_dates_the_event():
    ex = read("date 2016-04-15\nЕреван, 15 апреля /Агентство/ Генеральный секретарь ОДКБ Олег Смирнов встретился "
              "в четверг в Ереване с министром обороны Армении Иваном Кошенко.\n")
    [event] = ex.events
    assert event.date == "2016-04-14"


def test_a_day_after_a_dateline_dates_the_event():
    ex = read("date 2022-10-19\n19 октября /Агентство/ 18 октября Генеральный секретарь ОДКБ Олег Смирнов в Душанбе "
              "встретился с министром обороны Иваном Кошенко.\n")
    [event] = ex.events
    assert event.date == "2022-10-18"


def test_a_dateline_alone_dates_the_event_by_the_report():
    ex = read("date 2022-10-19\n19 октября /Агентство/ Генеральный секретарь ОДКБ Олег Смирнов в Душанбе "
              "встретился с министром обороны Иваном Кошенко.\n")
    [event] = ex.events
    assert event.date == "2022-10-19"


def test_an_event_over_a_span_of_days_written_with_po():
    ex = read("date 2024-06-21\nС 18 по 20 июня в Душанбе прошли консультации с участием Олега Смирнова "
              "и Ивана Кошенко.\n")
    [event] = ex.events
    assert (event.date, event.end_date) == ("2024-06-18", "2024-06-20")


@pytest.mark.parametrize("dateline", ["14 мая, Минск /Агентство/.", "10:00, 14 мая 2024, Минск - Агентство."])
def test_the_city_after_the_day_of_a_dateline_is_the_place(dateline):
    ex = read(f"date 2024-05-14\n{dateline} Олег Смирнов провёл переговоры с Иваном Кошенко.\n"
              "Ранее Олег Смирнов побывал в Ереване и в Бишкеке.\n")
    [event] = ex.events
    assert event.place == "Minsk"


def test_a_city_after_a_date_inside_a_sentence_is_no_dateline():
    ex = read("date 2024-05-14\nОлег Смирнов провёл переговоры с Иваном Кошенко.\n"
              "Решение приняли 14 мая, Минск - столица встречи, а также Ереван и Бишкек.\n")
    [event] = ex.events
    assert event.place is None


# An event whose sentence names no place: the city of the occasion named before it

def test_an_occasion_named_again_keeps_the_city_it_was_named_with():
    ex = read("date 2017-04-14\n14 апреля на встрече глав государств в Бишкеке было принято решение.\n"
              "Решение поддержал Пётр Сидоров.\nВстреча проходила под председательством Ивана Кошенко.\n"
              "Прежде Иван Кошенко бывал в Ереване.\n")
    [event] = ex.events
    assert event.place == "Bishkek"


def test_a_meeting_during_a_visit_is_held_in_the_city_visited():
    ex = read("date 2025-01-29\nОлег Смирнов посетил Душанбе с рабочим визитом.\n"
              "В ходе поездки он встретился с Иваном Кошенко.\nРанее Олег Смирнов побывал в Астане.\n")
    meeting = next(e for e in ex.events if e.type == "meeting")
    assert meeting.place == "Dushanbe"


def test_an_occasion_of_another_day_gives_no_city():
    ex = read("date 2017-04-14\n10 апреля на встрече глав государств в Бишкеке было принято решение.\n"
              "Решение поддержал Пётр Сидоров.\nСегодня встреча проходила под председательством Ивана Кошенко.\n"
              "Прежде Иван Кошенко бывал в Ереване.\n")
    [event] = ex.events
    assert (event.date, event.place) == ("2017-04-14", None)


# The place: the sentence's own city, else the state it says the event is held in, before the dateline's city

def test_the_state_an_event_is_held_in_comes_before_the_dateline_city():
    ex = read("date 2014-07-29\nБишкек, 29 июля /Агентство/ -- Начальник штаба Иван Кошенко объявил о начале "
              "в Кыргызстане совместных учений.\n")
    [event] = ex.events
    assert event.place == "Kyrgyz Republic"


def test_a_city_of_the_sentence_comes_before_the_state_it_is_held_in():
    ex = read("date 2014-07-29\nБишкек, 29 июля /Агентство/ -- Начальник штаба Иван Кошенко объявил о начале "
              "в Кыргызстане учений в Чолпон-Ате.\n")
    [event] = ex.events
    assert event.place == "Cholpon-Ata"


def test_a_state_in_a_title_is_no_state_the_event_is_held_in():
    ex = read("date 2014-07-29\nБишкек, 29 июля /Агентство/ -- Олег Смирнов провёл переговоры с послом "
              "в Кыргызстане Иваном Кошенко.\n")
    [event] = ex.events
    assert event.place == "Bishkek"


def test_the_dateline_city_in_the_state_an_event_is_held_in_says_more():
    ex = read("date 2025-11-27\nБишкек, 27 ноября /Агентство/.\nВ Кыргызстане прошло заседание с участием "
              "Олега Смирнова и Ивана Кошенко.\n")
    [event] = ex.events
    assert event.place == "Bishkek"


def test_a_visit_to_a_state_is_placed_in_the_state_though_the_dateline_city_is_its_capital():
    ex = read("date 2021-08-10\nМосква, 10 августа /Агентство/.\nМинистр обороны Армении Иван Кошенко прибыл "
              "с визитом в Россию, где провёл переговоры с Олегом Смирновым.\n")
    visit = next(e for e in ex.events if e.type == "visit")
    assert visit.place == "Russian Federation"


# Who takes part, phrased otherwise than "принял участие": watching the event, leading a group or
# delegation at it (after a cue sentence naming nobody, or after the event just named)

def test_who_watches_an_exercise_named_just_before_takes_part_in_it():
    ex = read("date 2022-06-09\nНа полигоне под Гомелем завершается совместное учение.\n"
              "Открытие состоялось 5 июня.\n"
              "За итоговым этапом наблюдают министр обороны Павел Горелов и генсек ОДКБ Олег Смирнов.\n")
    [event] = ex.events
    assert (event.type, event.date, who(ex, event)) == (
        "exercise", "2022-06-09", {("Pavel Gorelov", "participant"), ("Oleg Smirnov", "participant")})


@pytest.mark.parametrize("lead", ["Группу возглавлял генерал-майор Олег Смирнов.",
                                  "Делегацию возглавил генерал-майор Олег Смирнов."])
def test_who_leads_a_group_or_delegation_at_talks_named_just_before_takes_part_in_them(lead):
    ex = read("date 2023-03-14\nНа штабных переговорах, которые прошли 14 марта, определили сроки учения.\n"
              "В переговорах участвовали представители ведомств четырёх стран.\n" + lead + "\n")
    [event] = ex.events
    assert (event.type, event.date, who(ex, event)) == ("talks", "2023-03-14", {("Oleg Smirnov", "participant")})


def test_a_person_who_heads_a_ministry_is_no_participant():
    ex = read("date 2023-03-14\nОлег Смирнов провёл встречу с Иваном Кошенко.\n"
              "С 2019 года министерство возглавляет Павел Горелов.\n")
    [event] = ex.events
    assert {name for name, _ in who(ex, event)} == {"Oleg Smirnov", "Ivan Koshenko"}



# A verb of saying ("сказал", "добавил") tells a statement: who says it after a cue sentence
# naming nobody speaks at the event; it does not make its sentence one of an event held

@pytest.mark.parametrize("said", ["Как сказал начальник штаба Олег Смирнов, задачи выполнены.",
                                  "Начальник штаба Олег Смирнов добавил, что задачи выполнены."])
def test_who_says_something_after_a_cue_sentence_naming_nobody_speaks_at_it(said):
    ex = read("date 2031-10-12\nВ штабе ОДКБ обсудили итоги года.\n" + said + "\n")
    [event] = ex.events
    assert (event.type, event.date, who(ex, event)) == ("meeting", "2031-10-12", {("Oleg Smirnov", "speaker")})


def test_an_exercise_said_to_be_planned_is_no_event_though_a_statement_about_it_is_in_the_past():
    ex = read("date 2031-10-12\nМОСКВА, 12 окт - Агентство. Учения ОДКБ в разных странах запланированы на 2032 год, "
              "заявил начальник штаба Олег Смирнов.\n"
              "\"В частности, в Казахстане у нас запланировано учение с коллективными силами\", - сказал Смирнов "
              "на встрече с журналистами.\n"
              "Он добавил, что о полигонах учений объявят в декабре.\n")
    assert [e for e in ex.events if e.type == "exercise"] == []


def test_a_meeting_someone_intends_to_hold_is_a_plan():
    ex = read("date 2012-05-16\nГенсек ОДКБ Олег Смирнов встретится с министром Иваном Кошенко.\n"
              "Кошенко, прибывший в Москву, планирует также встретиться с министром обороны Павлом Гореловым.\n")
    assert ex.events == ()


def test_a_city_named_by_its_adjective_before_the_cue_is_where_the_event_is():
    ex = read("date 2024-05-14\nНа ереванском саммите ОДКБ Президент Таджикистана Иван Кошенко встретился "
              "с генсеком ОДКБ Олегом Смирновым.\n")
    assert ex.events and {event.place for event in ex.events} == {"Yerevan"}


def test_a_city_named_by_its_adjective_before_a_venue_is_where_the_event_is():
    ex = read("date 2024-05-14\nВ Ташкентском дворце конгрессов генсек ОДКБ Олег Смирнов провёл встречу "
              "с министром обороны Армении Иваном Кошенко.\n")
    assert ex.events and {event.place for event in ex.events} == {"Tashkent"}


def test_a_city_named_only_by_its_adjective_before_a_venue_is_the_article_city():
    ex = read("date 2024-05-14\nГенсек ОДКБ Олег Смирнов прибыл в Кыргызстан.\n"
              "Утром его принял у себя Президент Кыргызстана Иван Кошенко.\n"
              "Днём в одной из бишкекских гостиниц открылась выставка.\n")
    [event] = ex.events
    assert (event.type, event.place) == ("reception", "Bishkek")


def test_a_city_adjective_before_a_region_names_no_city():
    ex = read("date 2024-05-14\nВ Московской области генсек ОДКБ Олег Смирнов встретился "
              "с министром обороны Армении Иваном Кошенко.\n")
    assert ex.events and "Moscow" not in {event.place for event in ex.events}


def test_an_exercise_in_a_region_named_by_its_city_adjective_is_in_the_region_state_not_the_dateline_city():
    ex = read("date 2024-05-14\nМОСКВА, 14 мая - Агентство. В Оренбургской области начались учения ОДКБ, "
              "в которых участвует генсек ОДКБ Олег Смирнов.\n")
    [event] = ex.events
    assert (event.type, event.place) == ("exercise", "Russian Federation")


def test_a_ceremony_in_a_region_of_another_city_state_is_in_that_state():
    ex = read("date 2024-05-14\nМИНСК, 14 мая - Агентство. В Гомельской области прошла церемония открытия "
              "учений с участием генсека ОДКБ Олега Смирнова.\n")
    assert ex.events and {event.place for event in ex.events} == {"Republic of Belarus"}


def test_an_exercise_named_again_after_a_sentence_naming_its_region_takes_the_region_state():
    ex = read("date 2024-05-14\nВ Оренбургской области начались учения ОДКБ.\n"
              "Общее руководство учениями осуществляет генерал-полковник Олег Смирнов.\n")
    [event] = ex.events
    assert (event.type, event.place) == ("exercise", "Russian Federation")


def test_a_region_the_article_names_is_not_its_one_city():
    ex = read("date 2024-05-14\nНовости Центральной Азии\nГенсек ОДКБ Олег Смирнов прилетел в Душанбе.\n"
              "Утром его принял у себя Президент Таджикистана Иван Кошенко.\n")
    [event] = ex.events
    assert (event.type, event.place) == ("reception", "Dushanbe")


def test_talks_of_a_subject_with_two_people_are_talks_with_each_of_them():
    ex = read("date 2024-05-14\nГенеральный секретарь ОДКБ Олег Смирнов провёл телефонные переговоры с президентами "
              "Армении и Казахстана Иваном Кошенко и Петром Волковым.\n")
    assert sorted(sorted(p for p, _ in who(ex, e)) for e in ex.events) == [
        ["Ivan Koshenko", "Oleg Smirnov"], ["Oleg Smirnov", "Pyotr Volkov"]]
    assert {e.type for e in ex.events} == {"talks"}


def test_a_pronoun_subject_meeting_two_people_meets_each_of_them():
    ex = read("date 2024-05-14\nГенеральный секретарь ОДКБ Олег Смирнов посетил Минск с рабочим визитом.\n"
              "В ходе визита он встретился с президентом Беларуси Иваном Кошенко и министром иностранных дел "
              "Петром Волковым.\n")
    meetings = [sorted(p for p, _ in who(ex, e)) for e in ex.events if e.type == "meeting"]
    assert sorted(meetings) == [["Ivan Koshenko", "Oleg Smirnov"], ["Oleg Smirnov", "Pyotr Volkov"]]


def test_a_topic_discussed_with_two_people_is_one_event():
    ex = read("date 2024-05-14\nОлег Смирнов обсудил ситуацию в регионе с президентом Армении Иваном Кошенко и "
              "президентом Казахстана Петром Волковым.\n")
    [event] = ex.events
    assert {p for p, _ in who(ex, event)} == {"Oleg Smirnov", "Ivan Koshenko", "Pyotr Volkov"}


def test_an_online_event_dated_by_the_cue_sentence_before_it_takes_no_place_from_it():
    ex = read("date 2024-05-14\n12 мая в Минске прошли консультации.\n"
              "В консультациях в режиме видеоконференции участвовали Олег Смирнов и Иван Кошенко.\n")
    [event] = ex.events
    assert (event.date, event.online, event.place) == ("2024-05-12", True, None)


def test_the_bound_of_a_period_does_not_date_the_event():
    ex = read("date 2024-05-14\nС 1 января 2024 года председательство перешло к Армении, а 12 мая в Ереване "
              "состоялось заседание СМИД ОДКБ с участием министра иностранных дел Ивана Кошенко.\n")
    [event] = ex.events
    assert event.date == "2024-05-12"


def test_who_reports_the_results_of_an_occasion_was_at_it():
    ex = read("date 2024-05-14\n«Решения приняты единогласно», — заявил журналистам по итогам неформального саммита ОДКБ "
              "генеральный секретарь ОДКБ Олег Смирнов.\n")
    [event] = ex.events
    assert (event.type, {p for p, _ in who(ex, event)}) == ("session", {"Oleg Smirnov"})


def test_who_the_results_of_an_occasion_name_is_no_participant_though_dated_after_the_report():
    ex = read("date 2024-04-14\n14 апреля в Минске состоялась встреча глав государств ОДКБ.\n"
              "«Иван Кошенко приступит к исполнению обязанностей со 2 мая», — сообщил журналистам по итогам встречи "
              "генеральный секретарь ОДКБ Олег Смирнов.\n")
    [event] = ex.events
    assert (event.date, {p for p, _ in who(ex, event)}) == ("2024-04-14", {"Oleg Smirnov"})


def test_a_call_of_the_politicians_is_between_the_people_of_the_sentence_before():
    ex = read("date 2024-05-14\nПрезидент Армении Иван Кошенко и президент Казахстана Фарход Назаров "
              "согласовали сроки поставок.\n"
              "Договорённость достигнута по итогам телефонного разговора лидеров.\n")
    [event] = ex.events
    assert (event.type, event.online, who(ex, event)) == ("talks", True, {("Ivan Koshenko", "participant"),
                                                                          ("Farkhod Nazarov", "participant")})


def test_a_call_of_the_politicians_after_a_sentence_with_its_own_cue_takes_nobody_from_it():
    ex = read("date 2024-05-14\nПрезидент Армении Иван Кошенко провёл встречу с президентом "
              "Казахстана Фарходом Назаровым.\n"
              "Договорённость достигнута по итогам телефонного разговора лидеров.\n")
    assert [e.type for e in ex.events] == ["meeting"]


def test_who_tells_a_plan_at_a_briefing_was_at_the_briefing():
    ex = read("date 2024-05-14\nУчения пройдут весной в Казахстане, сообщил министр обороны Армении "
              "Иван Кошенко на пресс-конференции с министром обороны Казахстана Фарходом Назаровым.\n")
    [event] = ex.events
    assert (event.type, who(ex, event)) == ("meeting", {("Ivan Koshenko", "participant"),
                                                        ("Farkhod Nazarov", "participant")})


def test_who_tells_a_plan_is_at_no_occasion_of_it():
    ex = read("date 2024-05-14\nУчения пройдут весной в Казахстане, сообщил министр обороны Армении "
              "Иван Кошенко.\n")
    assert ex.events == ()


def test_a_place_of_the_speech_quoted_does_not_place_the_briefing_it_was_said_at():
    ex = read("date 2024-05-14\nМИНСК, 14 мая - Агентство. Учения пройдут осенью, сообщил министр.\n"
              "«Весной в Казахстане пройдут учения», - сказал министр обороны Армении Иван Кошенко "
              "на брифинге.\n")
    [event] = ex.events
    assert (event.type, event.place, who(ex, event)) == ("meeting", "Minsk", {("Ivan Koshenko", "participant")})


@pytest.mark.parametrize("where, place", [("в Гомеле", "Gomel"), ("в Оше", "Osh"), ("в Нижнем Новгороде", "Nizhny Novgorod")])
def test_a_city_of_the_gazetteer_written_in_russian_places_the_event(where, place):
    ex = read(f"date 2024-05-14\nГенсек ОДКБ Олег Смирнов провёл {where} встречу с министром обороны "
              "Беларуси Иваном Кошенко.\n")
    [event] = ex.events
    assert event.place == place


def test_an_operational_gathering_on_a_range_in_a_region_is_held_in_the_region_s_state():
    ex = read("БИШКЕК, 14 мая 2024 - Агентство. В Иссык-Кульской области прошёл оперативный сбор "
              "штабов.\n"
              "Участвовали офицеры штаба, группу которых возглавлял полковник Иван Кошенко.\n")
    [event] = ex.events
    assert (event.type, event.place, who(ex, event)) == ("meeting", "Kyrgyz Republic", {("Ivan Koshenko", "participant")})


def test_the_region_of_an_earlier_cue_sentence_places_the_event_before_the_dateline_s_city():
    ex = read("date 2024-05-14\nМОСКВА\nЦеремонию начала учений провели в Оренбургской области.\n"
              "В учениях участвуют подразделения пяти стран.\n"
              "На церемонии выступил генсек ОДКБ Олег Смирнов.\n")
    [event] = ex.events
    assert (event.type, event.place) == ("ceremony", "Russian Federation")


def test_the_opening_ceremony_of_an_exercise_is_held_in_the_exercise_s_state():
    ex = read("date 2024-05-14\nМОСКВА\nУчения ОДКБ начались в Таджикистане.\n"
              "Церемонию открытия провели с участием генсека ОДКБ Олега Смирнова.\n")
    [event] = ex.events
    assert (event.type, event.place) == ("ceremony", "Republic of Tajikistan")


# A sentence in the future tense speaks of the event the article reports as held only when it
# names one of that one's people; another meeting planned alongside is a plan

def test_a_meeting_planned_beside_a_meeting_held_is_no_part_of_it():
    ex = read("date 2031-10-12\nМинистр обороны Армении Иван Кошенко провёл встречу с министром обороны "
              "Беларуси Олегом Смирновым в Минске.\n"
              "В рамках визита он также проведёт встречу с министром обороны Казахстана Павлом Гореловым.\n")
    [event] = ex.events
    assert who(ex, event) == {("Ivan Koshenko", "participant"), ("Oleg Smirnov", "participant")}


def test_a_plan_naming_someone_of_the_event_held_speaks_of_it():
    ex = read("date 2031-10-12\nМинистр обороны Армении Иван Кошенко примет участие в саммите ОДКБ.\n"
              "В саммите ОДКБ в Минске приняли участие Иван Кошенко и Олег Смирнов.\n")
    [event] = ex.events
    assert who(ex, event) == {("Ivan Koshenko", "participant"), ("Oleg Smirnov", "participant")}


# The object of a host cue tells a reception: a person or a delegation is received, a thing
# (a decision, documents) is adopted

@pytest.mark.parametrize("sentence", [
    "Министры обороны Иван Кошенко и Олег Смирнов приняли решение провести учения.",
    "Министры обороны Иван Кошенко и Олег Смирнов приняли несколько важных документов.",
], ids=["a-decision", "documents"])
def test_a_thing_adopted_is_no_reception(sentence):
    assert [e for e in read(f"date 2031-10-12\n{sentence}\n").events if e.type == "reception"] == []


@pytest.mark.parametrize("sentence", [
    "Президент Армении Иван Кошенко принял министра обороны Беларуси Олега Смирнова.",
    "Президент Армении Иван Кошенко принял делегацию Беларуси во главе с Олегом Смирновым.",
], ids=["a-person", "a-delegation"])
def test_a_person_or_a_delegation_received_is_a_reception(sentence):
    [event] = read(f"date 2031-10-12\n{sentence}\n").events
    assert event.type == "reception" and ("Ivan Koshenko", "host") in who(read(f"date 2031-10-12\n{sentence}\n"), event)


# Who is named after a participle of a verb of saying, or in the instrumental, does not speak
# at the event just reported

def test_who_once_proposed_something_does_not_speak_at_the_event_just_named():
    ex = read("date 2031-10-12\nПрезидент Армении Иван Кошенко провёл встречу с министром обороны Беларуси "
              "Олегом Смирновым в Минске.\n"
              "Стороны поддержали инициативу, предложенную министром обороны Казахстана Павлом Гореловым.\n")
    [event] = ex.events
    assert who(ex, event) == {("Ivan Koshenko", "participant"), ("Oleg Smirnov", "participant")}


def test_who_says_something_right_after_the_event_sentence_speaks_at_it():
    ex = read("date 2031-10-12\nПрезидент Армении Иван Кошенко провёл встречу с министром обороны Беларуси "
              "Олегом Смирновым в Минске.\n"
              "Министр обороны Казахстана Павел Горелов отметил, что задачи выполнены.\n")
    [event] = ex.events
    assert ("Pavel Gorelov", "speaker") in who(ex, event)


# A bare cue after a preposition ("На заседании X сообщил, что ...") names the occasion just
# reported again: its people join that event, whatever the clause after it dates

def test_a_bare_cue_names_the_session_just_reported_again():
    ex = read("date 2031-10-12\n5 октября в Минске состоялось заседание Совета министров обороны ОДКБ под "
              "председательством министра обороны Беларуси Олега Смирнова.\n"
              "На заседании министр обороны Армении Иван Кошенко сообщил, что учения пройдут в мае.\n")
    [event] = [e for e in ex.events if e.type == "session"]
    assert event.date == "2031-10-05"
    assert who(ex, event) == {("Oleg Smirnov", "chair"), ("Ivan Koshenko", "participant")}


def test_a_cue_with_its_own_complement_is_another_occasion():
    ex = read("date 2031-10-12\n5 октября в Минске состоялось заседание Совета министров обороны ОДКБ под "
              "председательством министра обороны Беларуси Олега Смирнова.\n"
              "На заседании Парламентской ассамблеи ОДКБ 11 октября выступил министр обороны Армении Иван Кошенко.\n")
    sessions = [e for e in ex.events if e.type == "session"]
    assert sorted(e.date for e in sessions) == ["2031-10-05", "2031-10-11"]


# A list a colon opens, its items marked and naming people with no verb, gives its people to
# the event of the sentence before it, or to the cue sentence naming nobody waiting for them

def test_the_people_listed_after_a_participation_cue_take_part():
    ex = read("date 2031-10-12\nВ Минске прошло заседание Совета министров обороны ОДКБ под председательством "
              "министра обороны Беларуси Олега Смирнова.\n"
              "В заседании приняли участие:\n"
              "• министр обороны Армении Иван Кошенко;\n"
              "• министр обороны Казахстана Павел Горелов.\n")
    [event] = ex.events
    assert who(ex, event) == {("Oleg Smirnov", "chair"), ("Ivan Koshenko", "participant"),
                              ("Pavel Gorelov", "participant")}


def test_the_people_listed_under_a_cue_sentence_naming_nobody_are_its_participants():
    ex = read("date 2031-10-12\nВ Минске прошла встреча министров обороны стран ОДКБ.\n"
              "На снимке (в центре):\n"
              "• Министр обороны Армении Иван Кошенко.\n"
              "• Министр обороны Казахстана Павел Горелов.\n")
    [event] = ex.events
    assert (event.type, who(ex, event)) == ("meeting", {("Ivan Koshenko", "participant"),
                                                        ("Pavel Gorelov", "participant")})


def test_a_list_of_people_under_no_event_makes_none():
    ex = read("date 2031-10-12\nВ штабе ОДКБ работают офицеры разных стран.\nСреди них:\n"
              "• полковник Иван Кошенко;\n• полковник Павел Горелов.\n")
    assert ex.events == ()


def test_a_bare_cue_sentence_naming_nobody_gives_the_people_after_it_to_the_event_just_reported():
    ex = read("date 2031-10-12\nВ Минске под председательством министра обороны Беларуси Олега Смирнова "
              "состоялось заседание Совета министров обороны ОДКБ.\n"
              "Заседание прошло по видеосвязи.\n"
              "В нём приняли участие министр обороны Армении Иван Кошенко и министр обороны Казахстана Павел Горелов.\n")
    [event] = [e for e in ex.events if e.type == "session"]
    assert {n for n, _ in who(ex, event)} == {"Oleg Smirnov", "Ivan Koshenko", "Pavel Gorelov"}


@pytest.mark.parametrize("sentence", [
    "Министр обороны Армении Иван Кошенко подчеркнул, что все учения ОДКБ носят плановый характер.",
    "Президент Казахстана Павел Горелов надеется, что саммит ОДКБ поможет укреплению безопасности.",
    "Генсек ОДКБ Олег Смирнов заявил журналистам, что переговоры с Западом пока не нужны.",
    "По мнению президента Армении Ивана Кошенко, необходимо обсудить координацию действий ОДКБ.",
])
def test_what_a_statement_or_a_view_says_of_an_occasion_is_no_event(sentence):
    assert read("date 2031-10-12\n" + sentence + "\n").events == ()


@pytest.mark.parametrize("sentence, kind", [
    ("Генсек ОДКБ Олег Смирнов сообщил, что его встреча с министром обороны Армении Иваном Кошенко прошла в Ереване.",
     "meeting"),
    ("Генсек ОДКБ Олег Смирнов отметил, что в учениях участвуют военные пяти стран.", "exercise"),
    ("Генсек ОДКБ Олег Смирнов добавил, что в повестку прошедшей сессии включены девять вопросов.", "session"),
    ("Генсек ОДКБ Олег Смирнов рассказал о встрече с министром обороны Армении Иваном Кошенко.", "meeting"),
    ("Генсек ОДКБ Олег Смирнов сказал, что ОДКБ едина, на пресс-конференции в Ереване.", "meeting"),
])
def test_a_statement_telling_an_occasion_held_or_made_at_one_keeps_its_event(sentence, kind):
    ex = read("date 2031-10-12\n" + sentence + "\n")
    [event] = ex.events
    assert event.type == kind and "Oleg Smirnov" in {n for n, _ in who(ex, event)}


def test_what_a_participant_says_of_another_occasion_makes_no_second_event():
    ex = read("date 2031-10-12\nВ Минске генсек ОДКБ Олег Смирнов встретился с министром обороны Армении Иваном Кошенко.\n"
              "Олег Смирнов подчеркнул, что учения ОДКБ направлены против террористов.\n")
    [event] = ex.events
    assert event.type == "meeting" and {n for n, _ in who(ex, event)} == {"Oleg Smirnov", "Ivan Koshenko"}



def test_an_event_naming_one_person_of_an_event_of_that_day_naming_more_is_that_event():
    ex = read("date 2031-10-12\nВ Бишкеке прошло заседание Совета министров обороны ОДКБ с участием генсека ОДКБ "
              "Олега Смирнова и министра обороны Армении Ивана Кошенко.\nОлег Смирнов также вручил награды офицерам.\n")
    [event] = ex.events
    assert event.type == "session" and {n for n, _ in who(ex, event)} == {"Oleg Smirnov", "Ivan Koshenko"}


def test_a_visit_of_one_person_stays_apart_from_the_meetings_of_its_day():
    ex = read("date 2031-10-12\nГенсек ОДКБ Олег Смирнов прибыл с визитом в Армению.\n"
              "В Ереване Олег Смирнов встретился с министром обороны Армении Иваном Кошенко.\n")
    assert sorted(e.type for e in ex.events) == ["meeting", "visit"]


def test_a_lone_mention_saying_nothing_of_how_is_part_of_the_call_of_its_day():
    ex = read("date 2031-10-12\nПрезидент Армении Иван Кошенко обсудил по телефону с президентом Казахстана "
              "Павлом Гореловым ситуацию в регионе.\nПавел Горелов также провёл переговоры о поставках.\n")
    [event] = ex.events
    assert event.online and {n for n, _ in who(ex, event)} == {"Ivan Koshenko", "Pavel Gorelov"}


def test_a_lone_call_is_not_part_of_a_meeting_held_in_person():
    ex = read("date 2031-10-12\nВ Ереване прошло заседание Совета министров обороны ОДКБ с участием генсека ОДКБ "
              "Олега Смирнова и министра обороны Армении Ивана Кошенко.\n"
              "Олег Смирнов также провёл телефонный разговор.\n")
    assert sorted((e.type, e.online) for e in ex.events) == [("session", False), ("talks", True)]


def test_who_takes_part_remotely_takes_part_online():
    ex = read("date 2031-10-12\nПрезидент Армении Иван Кошенко удалённо участвует в сессии Совета коллективной "
              "безопасности ОДКБ.\n")
    [event] = ex.events
    assert event.online and event.place is None


def test_one_persons_meetings_one_by_one_are_two_events():
    ex = read("date 2024-05-14\nГенеральный секретарь ОДКБ Олег Смирнов встретился с министром обороны Казахстана "
              "Фарходом Назаровым.\nЗатем Олег Смирнов провёл встречу с министром иностранных дел Армении "
              "Иваном Кошенко.\n")
    assert sorted(sorted(name for name, _ in who(ex, e)) for e in ex.events) == \
        [["Farkhod Nazarov", "Oleg Smirnov"], ["Ivan Koshenko", "Oleg Smirnov"]]


def test_one_meeting_told_twice_with_its_same_people_stays_one():
    ex = read("date 2024-05-14\nГенеральный секретарь ОДКБ Олег Смирнов встретился с министром обороны Казахстана "
              "Фарходом Назаровым.\nВ ходе встречи Олег Смирнов и Фарход Назаров обсудили подготовку учений.\n")
    [event] = ex.events
    assert {name for name, _ in who(ex, event)} == {"Farkhod Nazarov", "Oleg Smirnov"}


def test_a_dated_dateline_under_a_pages_credits_places_the_report():
    ex = read("date 2024-05-15\nСмирнов поблагодарил Кошенко\nГлава ведомства отметил его вклад\n"
              "Редакция сайта Агентства\n© Пётр Иванов/ Агентство\n"
              "МИНСК, 15 мая. /Агентство/. Министр Олег Смирнов провёл встречу с Иваном Кошенко.\n"
              "Они обсудили итоги года, а также планы в Бишкеке и Астане.\n")
    [event] = ex.events
    assert (event.date, event.place) == ("2024-05-15", "Minsk")


def test_the_day_and_city_a_participle_gives_another_occasion_are_not_the_events():
    ex = read("date 2024-05-15\nМИНСК, 15 мая. /Агентство/. Олег Смирнов и Иван Кошенко обсудили итоги "
              "состоявшейся в Бишкеке 27 апреля сессии Совета.\n")
    [event] = ex.events
    assert (event.type, event.date, event.place) == ("meeting", "2024-05-15", "Minsk")


def test_who_takes_part_in_the_present_tense_is_at_the_occasion_named_just_before():
    ex = read("date 2024-05-15\nВ Бишкеке началось заседание Совета министров обороны ОДКБ.\n"
              "В нём принимают участие министр обороны Армении Иван Кошенко и министр обороны Казахстана "
              "Олег Смирнов.\n")
    [event] = ex.events
    assert (event.type, event.place, {n for n, _ in who(ex, event)}) == (
        "session", "Bishkek", {"Ivan Koshenko", "Oleg Smirnov"})


def test_who_takes_part_in_the_present_tense_joins_no_event_told_before_with_people():
    ex = read("date 2024-05-15\nОлег Смирнов провёл встречу с Иваном Кошенко.\n"
              "В программе принимают участие сотрудники Петра Орлова.\n")
    [event] = ex.events
    assert {n for n, _ in who(ex, event)} == {"Oleg Smirnov", "Ivan Koshenko"}


def test_a_lone_surname_opening_a_sentence_is_the_person_named_in_full_before():
    ex = read("date 2024-05-15\nПрезидент Армении Олег Смирнов прибыл в Минск.\n"
              "Смирнов в данный момент находится в Беларуси с государственным визитом.\n")  # (no PER for the NER)
    assert [(e.type, {n for n, _ in who(ex, e)}) for e in ex.events if e.sentence == 1] == [
        ("visit", {"Smirnov"})]


def test_the_city_of_a_plan_of_a_later_week_is_not_the_reports_city():
    ex = read("date 2024-05-15\nПрезидент Армении Иван Кошенко принял участие в саммите ОДКБ.\n"
              "Кошенко объявил, что следующий саммит ОДКБ состоится в Минске 11 ноября 2025 года.\n")
    [event] = [e for e in ex.events if e.type == "session"]
    assert event.place is None


def test_the_city_of_a_plan_of_the_same_week_is_the_reports_city():
    ex = read("date 2024-05-15\nГенсек ОДКБ Олег Смирнов проинформировал Президента Армении Ивана Кошенко о "
              "подготовке к саммиту. Саммит состоится 16 мая в Минске.\n")
    [event] = ex.events
    assert event.place == "Minsk"


def test_a_title_subject_with_no_name_is_the_one_person_named_before_with_that_post():
    ex = read("date 2024-05-15\nПрезидент Армении Иван Кошенко встретился с президентом Таджикистана Олегом "
              "Смирновым.\n14 мая армянский лидер встретился с президентом Казахстана Петром Орловым.\n")
    assert sorted((e.date, frozenset(n for n, _ in who(ex, e))) for e in ex.events) == [
        ("2024-05-14", frozenset({"Ivan Koshenko", "Pyotr Orlov"})),
        ("2024-05-15", frozenset({"Ivan Koshenko", "Oleg Smirnov"}))]


def test_a_title_subject_two_people_named_before_hold_stands_for_no_one():
    ex = read("date 2024-05-15\nПрезидент Армении Иван Кошенко встретился с президентом Таджикистана Олегом "
              "Смирновым.\n14 мая глава государства провёл телефонный разговор с министром Петром Орловым.\n")
    assert [{n for n, _ in who(ex, e)} for e in ex.events if e.date == "2024-05-14"] in ([], [{"Pyotr Orlov"}])
    ex = read("date 2024-05-15\nПрезидент Армении Иван Кошенко встретился с министром Олегом Смирновым.\n"
              "14 мая глава государства провёл телефонный разговор с министром Петром Орловым.\n")
    assert [{n for n, _ in who(ex, e)} for e in ex.events if e.date == "2024-05-14"] == [
        {"Ivan Koshenko", "Pyotr Orlov"}]


def test_who_was_unable_to_go_and_take_part_is_not_at_the_session():
    ex = read("date 2024-05-14\nИз-за непогоды министр Олег Смирнов не смог вылететь в Минск и принять участие в "
              "заседании Совета министров обороны ОДКБ, сообщил Иван Кошенко.\n")
    assert all("Oleg Smirnov" not in {n for n, _ in who(ex, e)} for e in ex.events)


def test_whose_absence_is_noted_is_not_at_the_session():
    ex = read("date 2024-05-14\nВ Минске прошло заседание Совета министров обороны ОДКБ под председательством "
              "Ивана Кошенко.\nМинистерство не прокомментировало отсутствие министра Олега Смирнова на заседании.\n")
    [event] = ex.events
    assert {n for n, _ in who(ex, event)} == {"Ivan Koshenko"}


def test_who_takes_part_in_the_clause_after_a_report_is_no_reporter():
    ex = read("date 2024-05-14\nСовет ОДКБ провёл заседание.\n"
              "Как сообщил сайт ОДКБ, в заседании принял участие генсек ОДКБ Олег Смирнов.\n")
    [event] = ex.events
    assert (event.type, who(ex, event)) == ("session", {("Oleg Smirnov", "participant")})


def test_the_one_a_report_names_as_its_source_is_still_no_participant():
    ex = read("date 2024-05-14\nВ заседании принял участие генсек ОДКБ Олег Смирнов, сообщил пресс-секретарь "
              "Иван Кошенко.\n")
    [event] = ex.events
    assert who(ex, event) == {("Oleg Smirnov", "participant")}


def test_a_cue_after_a_word_of_a_time_before_or_after_names_the_frame_not_the_event():
    ex = read("date 2019-05-20\nПосле заседания Совета ОДКБ генсек ОДКБ Олег Смирнов провёл встречу с министром "
              "обороны Казахстана Фарходом Назаровым.\n")
    [event] = ex.events
    assert (event.type, who(ex, event)) == ("meeting", {("Oleg Smirnov", "participant"),
                                                        ("Farkhod Nazarov", "participant")})


def test_who_states_the_results_of_a_session_held_that_day_was_at_it_and_who_reports_them_not():
    ex = read("date 2021-04-29\nОб этом заявил генсек ОДКБ Олег Смирнов по итогам прошедшего сегодня в Минске "
              "заседания Совета министров обороны ОДКБ, сообщил пресс-секретарь ОДКБ Иван Кошенко.\n")
    [event] = ex.events
    assert (event.type, event.date, who(ex, event)) == ("session", "2021-04-29", {("Oleg Smirnov", "participant")})
