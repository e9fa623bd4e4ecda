#!/usr/bin/env python3
"""A deterministic synthetic corpus of CSTO press-office pages, with its gold annotation.

    python benchmarks/make_corpus.py --articles 1000 --seed 1 --out benchmarks/data/1k

Writes ``DIR/corpus/*.txt`` (pages holding several news items, teasers of other items,
navigation lines, photo captions and credits, press-secretary footers) and
``DIR/gold.json`` in the format of ``eval/GOLD_FORMAT.md``.

How the gold is made: a synthetic world (people holding posts over time, a calendar of
statutory sessions) is drawn first; then every sentence is written by a call that also
records what that sentence says (who is named and in which form, which post, body, place,
event, participant and role). A teaser emits only its item's lead, so only the lead's
records count for it. The gold is the union of the records of the text actually written.

Standard library only. The output depends on ``--articles`` and ``--seed`` alone: one
``random.Random(seed)`` drives everything, and nothing iterates over an unordered set.
"""
from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import heapq
import json
import re
import random
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# ============================================================================ names
# "Latin[/alternative spelling]=Cyrillic"; "_" stands for a space.


def _parts(spec: str) -> list[tuple[str, str, str]]:
    out = []
    for token in spec.split():
        latin, _, cyr = token.partition("=")
        primary, _, alt = latin.partition("/")
        out.append((primary.replace("_", " "), alt.replace("_", " "), cyr.replace("_", " ")))
    return out


FIRST = {
    "RU": (_parts("""Sergey/Sergei=Сергей Alexey/Aleksei=Алексей Andrey/Andrei=Андрей Dmitry/Dmitri=Дмитрий
        Yuri/Yury=Юрий Nikolay/Nikolai=Николай Vitaly/Vitaliy=Виталий Valery/Valeriy=Валерий
        Evgeny/Yevgeny=Евгений Mikhail=Михаил Vladimir=Владимир Igor=Игорь Oleg=Олег Pavel=Павел
        Anatoly/Anatolii=Анатолий Viktor/Victor=Виктор Alexander/Aleksandr=Александр Gennady/Gennadiy=Геннадий
        Konstantin=Константин Roman=Роман Boris=Борис Grigory/Grigoriy=Григорий Maxim/Maksim=Максим
        Ilya/Ilia=Илья Arkady/Arkadiy=Аркадий Vadim=Вадим Leonid=Леонид Fyodor/Fedor=Фёдор
        Vasily/Vasiliy=Василий Timofey/Timofei=Тимофей Kirill=Кирилл Stepan=Степан Yaroslav=Ярослав"""),
           _parts("""Elena/Yelena=Елена Natalia/Natalya=Наталья Olga=Ольга Irina=Ирина Tatiana/Tatyana=Татьяна
        Marina=Марина Svetlana=Светлана Yulia/Yuliya=Юлия Ksenia/Kseniya=Ксения Daria/Darya=Дарья
        Lyudmila/Ludmila=Людмила""")),
    "BY": (_parts("""Alexander/Aliaksandr=Александр Viktor=Виктор Dmitry/Dzmitry=Дмитрий Sergey/Siarhei=Сергей
        Vladimir/Uladzimir=Владимир Pavel/Paval=Павел Andrey/Andrei=Андрей Igor/Ihar=Игорь Yury/Yuri=Юрий
        Oleg/Aleh=Олег Vadim=Вадим Leonid=Леонид Anatoly/Anatol=Анатолий Nikolay/Mikalai=Николай Ivan=Иван
        Vasily/Vasil=Василий Valentin/Valiantsin=Валентин Gennady/Henadz=Геннадий"""),
           _parts("""Natalia/Natallia=Наталья Olga/Volha=Ольга Irina/Iryna=Ирина Elena/Alena=Елена
        Tatiana/Tatsiana=Татьяна""")),
    "KZ": (_parts("""Nurlan=Нурлан Yerlan/Erlan=Ерлан Askar=Аскар Bakhyt/Bakhit=Бахыт Daniyar/Daniar=Данияр
        Yerzhan/Erzhan=Ержан Kairat=Кайрат Marat=Марат Serik=Серик Talgat=Талгат Zhanibek/Janibek=Жанибек
        Arman=Арман Berik=Берик Azamat=Азамат Murat=Мурат Nurzhan/Nurjan=Нуржан Beibut/Beybut=Бейбут
        Ruslan=Руслан Yermek/Ermek=Ермек Galymzhan/Galymjan=Галымжан Kanat=Канат Abai/Abay=Абай Saken=Сакен"""),
           _parts("""Aigerim/Aygerim=Айгерим Dinara=Динара Gulnara=Гульнара Saule=Сауле Aizhan/Aijan=Айжан
        Zhanar/Janar=Жанар""")),
    "KG": (_parts("""Almazbek=Алмазбек Kubanychbek=Кубанычбек Nurlanbek=Нурланбек Taalaibek/Taalaybek=Таалайбек Ulan=Улан
        Marlen=Марлен Bakyt/Bakit=Бакыт Azamat=Азамат Erkin/Yerkin=Эркин Daniyar/Daniiar=Данияр
        Adylbek=Адылбек Zhenish/Jenish=Жениш Tilek=Тилек Mirlan=Мирлан Kanybek=Каныбек Ermek=Эрмек Bolot=Болот
        Emil=Эмиль"""),
           _parts("""Aida=Аида Jamilya/Zhamilya=Жамиля Gulmira=Гульмира Aizada=Айзада""")),
    "TJ": (_parts("""Rustam=Рустам Faridun=Фаридун Jamshed/Dzhamshed=Джамшед Bahrom/Bakhrom=Бахром Saidmurod=Саидмурод
        Firuz=Фируз Shamsiddin=Шамсиддин Nasrullo=Насрулло Khurshed/Hurshed=Хуршед Farhod/Farkhod=Фарход
        Sirojiddin/Sirodzhiddin=Сироджиддин Mahmadullo/Makhmadullo=Махмадулло Zafar=Зафар Umed=Умед
        Behruz=Бехруз Sukhrob/Suhrob=Сухроб Muzaffar=Музаффар"""),
           _parts("""Zarina=Зарина Nigina=Нигина Farzona=Фарзона Malika=Малика""")),
    "AM": (_parts("""Armen=Армен Tigran=Тигран Aram=Арам Vahagn/Vaagn=Ваагн Hayk/Haik=Айк Davit/David=Давид Gagik=Гагик
        Levon=Левон Artur=Артур Karen=Карен Samvel=Самвел Ashot=Ашот Ruben=Рубен Arsen=Арсен
        Hrachya/Grachya=Грачья Vahram/Vagram=Ваграм Narek=Нарек Edgar=Эдгар Gevorg=Геворг"""),
           _parts("""Anahit=Анаит Lilit=Лилит Mariam=Мариам Gayane=Гаяне Zaruhi=Заруи""")),
    "WE": (_parts("""Jean-Marc Pierre-Yves Marco Thomas Pablo Lars Miguel Henrik Martin Stefan Richard Antonio Erik Jan
        Oliver Niklas Kwame Ravi Daniel Matthias Tomas Hugo Anders Luca Patrick"""),
           _parts("""Anna Helena Ingrid Fiona Sophie Claire Elisabeth Julia Sarah Catherine Isabel Petra Teresa Amina
        Leila Marta Astrid Nadia""")),
}

RU_LAST = _parts("""Kalinichev=Калиничев Zhuravlev/Zhuravlyov=Журавлев Gorbunov=Горбунов Lapshin=Лапшин
        Ryabtsev/Riabtsev=Рябцев Sokolnikov=Сокольников Tikhomirov=Тихомиров Kuvshinov=Кувшинов
        Yermolaev/Ermolaev=Ермолаев Fedoseev/Fedoseyev=Федосеев Kovalev/Kovalyov=Ковалев Shchukin=Щукин
        Voronkov=Воронков Belyakov/Beliakov=Беляков Prokhorov=Прохоров Samoylov/Samoilov=Самойлов
        Dyakonov/Diakonov=Дьяконов Zaitsev/Zaytsev=Зайцев Kornilov=Корнилов Savelyev/Saveliev=Савельев
        Osipov=Осипов Polyakov/Poliakov=Поляков Shubin=Шубин Lebedinsky/Lebedinskiy=Лебединский
        Markelov=Маркелов Nesterov=Нестеров Rogozhin=Рогожин Sukhanov=Суханов Tretyakov/Tretiakov=Третьяков
        Chernyshev/Chernyshov=Чернышев Kudryavtsev/Kudriavtsev=Кудрявцев Bogomolov=Богомолов
        Golovanov=Голованов Demidov=Демидов Yegorov/Egorov=Егоров Zotov=Зотов Ignatyev/Ignatiev=Игнатьев
        Krylov=Крылов Larionov=Ларионов Maltsev=Мальцев Nikiforov=Никифоров Ovchinnikov=Овчинников
        Pakhomov=Пахомов Rodionov=Родионов Seliverstov=Селиверстов Timofeev/Timofeyev=Тимофеев Ustinov=Устинов
        Filatov=Филатов Kharitonov=Харитонов Tsvetkov=Цветков Sharapov=Шарапов Shcherbakov/Sherbakov=Щербаков
        Yudin=Юдин Blinov=Блинов Galkin=Галкин Dorofeev/Dorofeyev=Дорофеев Zhdanov=Жданов Lomakin=Ломакин
        Averin=Аверин Gusev=Гусев Dubrovin=Дубровин Zimin=Зимин Mukhin=Мухин Panfilov=Панфилов Rudakov=Рудаков
        Starostin=Старостин Terekhov=Терехов Uvarov=Уваров Khlebnikov=Хлебников Chistyakov/Chistiakov=Чистяков
        Shilov=Шилов Yakushev=Якушев Arkhipov=Архипов Bulatov=Булатов Vorobyov/Vorobiev=Воробьев Gromov=Громов
        Dementyev/Dementiev=Дементьев Zhukovsky/Zhukovskiy=Жуковский Isaev/Isayev=Исаев Kononov=Кононов
        Lavrentyev/Lavrentiev=Лаврентьев Mamontov=Мамонтов Orekhov=Орехов Pestov=Пестов Agafonov=Агафонов
        Burmistrov=Бурмистров Vikulov=Викулов Gorshkov=Горшков Drozdov=Дроздов Yefimov/Efimov=Ефимов
        Zhigalov=Жигалов Kolesnikov=Колесников Lazarev=Лазарев Nikonov=Никонов Plotnikov=Плотников
        Rozhkov=Рожков Sazonov=Сазонов Trofimov=Трофимов Fomichev/Fomichyov=Фомичев
        Khudyakov/Khudiakov=Худяков Tsaplin=Цаплин Chugunov=Чугунов Yasinsky/Yasinskiy=Ясинский
        Baranovsky/Baranovskiy=Барановский Vereshchagin=Верещагин Glazunov=Глазунов Dolgov=Долгов
        Yershov/Ershov=Ершов Zverev=Зверев Loginov=Логинов Nekrasov=Некрасов Obukhov=Обухов Rusakov=Русаков
        Sviridov=Свиридов Tolmachev/Tolmachyov=Толмачев Fadeev/Fadeyev=Фадеев Kholodov=Холодов
        Shestakov=Шестаков""")

BY_LAST = _parts("""Karpovich=Карпович Karpenko=Карпенко Yanushkevich/Ianushkevich=Янушкевич Shvedko=Шведко
        Martsinkevich=Марцинкевич Grinevich/Hrynevich=Гриневич Bogdanovich/Bahdanovich=Богданович
        Dashkevich=Дашкевич Lavrinenko=Лавриненко Petrashko=Петрашко Yurkevich/Iurkevich=Юркевич
        Voitovich/Voytovich=Войтович Klimovich=Климович Lemeshevich=Лемешевич Pashkevich=Пашкевич
        Sushkevich=Сушкевич Ambrosovich=Амбросович Gurinovich/Hurynovich=Гуринович
        Yakubovsky/Iakubouski=Якубовский Savitsky/Savitski=Савицкий Lisovsky/Lisouski=Лисовский
        Radkevich=Радкевич Zhukovich=Жукович Kuchinsky/Kuchynski=Кучинский Mikhnevich=Михневич
        Sakovich=Сакович Tsvirko=Цвирко Shimanovich=Шиманович Rakitsky/Rakitski=Ракитский Dubovik=Дубовик
        Kazakevich=Казакевич Lapko=Лапко Moroz=Мороз Naumchik/Navumchyk=Наумчик Ostrovsky/Astrouski=Островский
        Parkhimovich=Пархимович Tarasevich=Тарасевич Urbanovich=Урбанович Filipchik=Филипчик
        Khatkevich=Хаткевич Tsybulsky/Tsybulski=Цыбульский Chernyavsky/Charniauski=Чернявский
        Yaroshevich/Iaroshevich=Ярошевич Alekseenko=Алексеенко Bondarchik=Бондарчик Gaiduk/Haiduk=Гайдук
        Drozdovich=Дроздович Zhdanovich=Жданович Korzun=Корзун Levkovich/Liaukovich=Левкович
        Matskevich=Мацкевич Prokopovich/Prakapovich=Прокопович Rudkovsky/Rudkouski=Рудковский
        Semashko/Siamashka=Семашко Tikhonovich=Тихонович Ulasevich=Уласевич Khodasevich=Ходасевич
        Shpakovsky/Shpakouski=Шпаковский Yatskevich=Яцкевич""")

WE_LAST = _parts("""Lindqvist Moreau Castellano Brandt O'Connell Novak Haugland Ferreira Dubois Hartmann Sorensen
        Kowalczyk Jansen Rossi Lefebvre Eriksson Almeida Gallagher Nieminen Carvalho Berglund Fontaine Keller
        Mendes Oyelaran Varga Holm Bianchi Marchetti Strand Osei Mehta Haddad Quiroga Van_der_Meulen Abernathy
        Vasquez Okonkwo Lindgren Rasmussen Moretti Kessler Duarte Halvorsen Petit Gunnarsson Ibarra Achterberg""")

# surnames composed of a root and a suffix (weight after "*")
ROOTS = {
    "KZ": _parts("""Aman=Аман Abil=Абиль Beisen/Beysen=Бейсен Yesen/Esen=Есен Zhuma/Juma=Жума Sarsen=Сарсен
        Tokhtar/Toktar=Тохтар Kassym/Kasym=Касым Oraz=Ораз Seitkali=Сейткали Temir=Темир Utem=Утем
        Kenzhe/Kenje=Кенже Sagyn=Сагын Tasbol=Тасбол Kuanysh=Куаныш Mukhamet/Mukhamed=Мухамет Nurtaza=Нуртаза
        Yerkin/Erkin=Еркин Zhanuzak/Januzak=Жанузак Imanali=Иманали Dzhaksy/Jaksy=Джаксы
        Suleimen/Suleymen=Сулеймен Tolegen/Tulegen=Толеген Abish=Абиш Baitur/Baytur=Байтур Yessim/Esim=Есим
        Saryk=Сарык Shaimer/Shaymer=Шаймер"""),
    "KG": _parts("""Asan=Асан Sadyr=Садыр Toktogul=Токтогул Zhusup/Jusup=Жусуп Osmon=Осмон Beishen/Beyshen=Бейшен
        Abdyl=Абдыл Kubat=Кубат Mambet=Мамбет Ysak/Isak=Ысак Kadyr=Кадыр Tursun=Турсун Akyl=Акыл
        Duishen/Duyshen=Дуйшен Moldo=Молдо Oroz=Ороз Cholpon=Чолпон Dzhumaly/Jumaly=Джумалы Sydyk=Сыдык
        Tokon=Токон Usen=Усен Alym=Алым Chyngyz=Чынгыз"""),
    "TJ": _parts("""Rahmat/Rakhmat=Рахмат Davlat=Давлат Kurbon/Qurbon=Курбон Nazar=Назар Said=Саид Sharif/Sharip=Шариф
        Gaffor/Ghaffor=Гаффор Mahmad/Makhmad=Махмад Safar=Сафар Nurullo=Нурулло Amir=Амир Sobir=Собир
        Hamid/Khamid=Хамид Ismoil=Исмоил Yusuf=Юсуф Zarif=Зариф Odil=Одил Jamshed/Dzhamshed=Джамшед
        Khudoyor/Hudoyor=Худоёр Ashur=Ашур Sangin=Сангин Qodir/Kodir=Кодир Boboyor=Бобоёр Hakim/Khakim=Хаким
        Nasim=Насим Farrukh/Farukh=Фаррух Ghulom/Gulom=Гулом"""),
    "AM": _parts("""Grigor=Григор Avetis=Аветис Sargs=Саргс Harutyun/Arutyun=Арутюн Mkrtch=Мкртч Vardan=Вардан
        Galst=Галст Ghazar/Kazar=Казар Petros=Петрос Hovhannis/Ovannis=Оганнис Karapet=Карапет
        Martiros=Мартирос Baghdasar/Bagdasar=Багдасар Khachatur=Хачатур Movses=Мовсес Simon=Симон
        Tadevos=Тадевос Zakar=Закар Arzuman=Арзуман Melkon=Мелкон Nersis=Нерсис Poghos/Pogos=Погос
        Stepan=Степан Manuk=Манук Gevorg=Геворг Hakob/Akop=Акоп Sahak/Saak=Саак Mikael=Микаэл Avag=Аваг
        Gaspar=Гаспар Ohan=Оган Aghajan/Agadzhan=Агаджан Yeghiazar/Egiazar=Егиазар Minas=Минас Sedrak=Седрак
        Hambardzum/Ambartsum=Амбарцум Aleksan=Алексан Barsegh/Barseg=Барсег Daniel=Даниел Ghukas/Gukas=Гукас
        Israel=Исраел"""),
}
SUFFIXES = {
    "KZ": [("ov", "", "ов", 3), ("bekov", "", "беков", 2), ("bayev", "baev", "баев", 2),
           ("galiyev", "galiev", "галиев", 1), ("zhanov", "janov", "жанов", 1)],
    "KG": [("ov", "", "ов", 3), ("bekov", "", "беков", 2), ("aliev", "aliyev", "алиев", 1),
           ("kulov", "", "кулов", 1), (" uulu", "", " уулу", 1)],
    "TJ": [("ov", "", "ов", 4), ("zoda", "", "зода", 3), ("i", "", "и", 1)],
    "AM": [("yan", "ian", "ян", 8), ("yants", "iants", "янц", 1)],
}
VOWEL_SUFFIXES = {"bekov", "bayev", "kulov", "zoda", " uulu"}

RU_PATRONYMICS = [(f"{s}ich", f"{s}na") for s in (
    "Petrov Ivanov Nikolaev Sergeev Alexandrov Vladimirov Viktorov Mikhailov Yuriev Anatoliev "
    "Borisov Grigoriev Vasiliev Leonidov Olegov Pavlov Gennadiev Valeriev Fyodorov Stepanov "
    "Konstantinov Dmitriev Andreev Igorev Evgeniev Arkadiev").split()]

RANKS = ("Major General", "Lieutenant General", "Colonel General", "Army General")

# ============================================================================ states, bodies, places


@dataclass(frozen=True)
class State:
    full: str
    short: str
    adj: str
    nat: str
    label: str          # the short name the gold uses for a person's country
    cities: tuple       # place keys; the first is the capital


STATES = {
    "ARM": State("Republic of Armenia", "Armenia", "Armenian", "AM", "Armenia", ("Yerevan",)),
    "BLR": State("Republic of Belarus", "Belarus", "Belarusian", "BY", "Belarus", ("Minsk", "Brest")),
    "KAZ": State("Republic of Kazakhstan", "Kazakhstan", "Kazakh", "KZ", "Kazakhstan", ("Astana", "Almaty")),
    "KGZ": State("Kyrgyz Republic", "Kyrgyzstan", "Kyrgyz", "KG", "Kyrgyz Republic", ("Bishkek", "Cholpon-Ata")),
    "RUS": State("Russian Federation", "Russia", "Russian", "RU", "Russia", ("Moscow", "Saint Petersburg", "Sochi")),
    "TJK": State("Republic of Tajikistan", "Tajikistan", "Tajik", "TJ", "Tajikistan", ("Dushanbe",)),
}
MEMBERS = ("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK")
NAT_STATE = {STATES[k].nat: k for k in MEMBERS}

# key: (kind, canonical name, other forms); the first forms are the usual long ones
ORGS = {
    "CSTO": ("organization", "Collective Security Treaty Organization", ["CSTO", "ОДКБ"]),
    "CSC": ("body", "Collective Security Council", ["CSC", "CSTO CSC", "CSTO Collective Security Council",
                                                     "Collective Security Council of the CSTO"]),
    "CMFA": ("body", "Council of Ministers of Foreign Affairs", [
        "CMFA", "CSTO CMFA", "CSTO Council of Foreign Ministers", "Council of Foreign Ministers",
        "Council of Ministers of Foreign Affairs of the CSTO"]),
    "CDM": ("body", "Council of Defense Ministers", [
        "CDM", "CSTO CDM", "CSTO Council of Defense Ministers",
        "Council of Defense Ministers of the Collective Security Treaty Organization"]),
    "CSSC": ("body", "Committee of Secretaries of Security Councils", [
        "CSSC", "CSTO CSSC", "CSTO Committee of Secretaries of Security Councils",
        "Committee of Secretaries of Security Councils of the CSTO"]),
    "PC": ("body", "CSTO Permanent Council", ["Permanent Council", "Permanent Council under the CSTO"]),
    "SEC": ("body", "Secretariat of the Collective Security Treaty Organization", [
        "CSTO Secretariat", "Secretariat of the CSTO"]),
    "JS": ("body", "CSTO Joint Staff", ["Joint Staff of the CSTO",
                                        "Joint Staff of the Collective Security Treaty Organization"]),
    "MC": ("body", "CSTO Military Committee", ["Military Committee", "Military Committee of the CSTO"]),
    "PA": ("body", "CSTO Parliamentary Assembly", [
        "Parliamentary Assembly of the CSTO", "CSTO PA",
        "Parliamentary Assembly of the Collective Security Treaty Organization"]),
    "CRC": ("body", "CSTO Crisis Response Center", []),
    "CRRF": ("body", "CSTO Collective Rapid Reaction Forces", [
        "Collective Rapid Reaction Forces", "CRRF", "CSTO CRRF"]),
    "CPF": ("body", "CSTO Collective Peacekeeping Forces", [
        "CSTO Peacekeeping Forces", "Collective Peacekeeping Forces"]),
    "ICMEC": ("body", "CSTO Interstate Commission on Military-Economic Cooperation", [
        "Interstate Commission on Military-Economic Cooperation"]),
    "UN": ("organization", "United Nations", ["UN", "ООН"]),
    "UNSC": ("body", "United Nations Security Council", ["UN Security Council", "UN SC"]),
    "UNGA": ("body", "UN General Assembly", ["United Nations General Assembly"]),
    "UNSEC": ("body", "UN Secretariat", []),
    "UNRCCA": ("mission", "UN Regional Centre for Preventive Diplomacy for Central Asia", ["UNRCCA"]),
    "UNOCT": ("body", "UN Office of Counter-Terrorism", ["United Nations Office of Counter-Terrorism",
                                                         "UNOCT"]),
    "UNODC": ("body", "UN Office on Drugs and Crime", ["United Nations Office on Drugs and Crime", "UNODC"]),
    "DPO": ("body", "UN Department of Peace Operations", []),
    "CIS": ("organization", "Commonwealth of Independent States", ["CIS"]),
    "CISEC": ("body", "CIS Executive Committee", ["Executive Committee of the CIS"]),
    "CISATC": ("body", "CIS Anti-Terrorism Center", ["Anti-Terrorism Center of the CIS Member States"]),
    "SCO": ("organization", "Shanghai Cooperation Organisation", ["SCO"]),
    "OSCE": ("organization", "Organization for Security and Co-operation in Europe", ["OSCE"]),
    "NATO": ("organization", "NATO", []),
    "CICA": ("organization", "Conference on Interaction and Confidence Building Measures in Asia", ["CICA"]),
    "DUMA": ("body", "State Duma of the Federal Assembly of the Russian Federation", []),
    "RIA": ("media", "RIA Novosti", ["RIA Novosti news agency", "РИА Новости"]),
    "BELTA": ("media", "BELTA", ["BELTA news agency", "BelTA"]),
    "TASS": ("media", "TASS", ["TASS news agency"]),
    "KAZINFORM": ("media", "Kazinform", ["Kazinform news agency", "KAZINFORM"]),
    "KABAR": ("media", "Kabar", ["Kabar news agency"]),
    "ARMENPRESS": ("media", "Armenpress", ["Armenpress news agency"]),
    "KHOVAR": ("media", "Khovar", ["Khovar news agency"]),
    "ZVEZDA": ("media", "Krasnaya Zvezda", ["Krasnaya Zvezda newspaper"]),
    "MAGS": ("other", "Military Academy of the General Staff of the Armed Forces of the Russian Federation", []),
    "MGIMO": ("other", "Moscow State Institute of International Relations", ["MGIMO"]),
    "APA_TJ": ("other", "Academy of Public Administration under the President of the Republic of Tajikistan", []),
    "MA_BY": ("other", "Military Academy of the Republic of Belarus", []),
    "NDU_KZ": ("other", "National Defense University of the Republic of Kazakhstan", []),
    "RISS": ("other", "Russian Institute for Strategic Studies", ["RISS"]),
    "ISS_KZ": ("other", "Kazakhstan Institute for Strategic Studies under the President of the Republic of Kazakhstan", [
        "KazISS"]),
    "UZB": ("state", "Republic of Uzbekistan", ["Uzbekistan"]),
    "AFG": ("state", "Afghanistan", ["Islamic Republic of Afghanistan"]),
}
for _k in MEMBERS:
    _s = STATES[_k]
    ORGS[_k] = ("state", _s.full, [_s.short] + (["РФ"] if _k == "RUS" else []))

# first and later mentions of the statutory bodies (markup: [form])
BODY_FORMS = {
    "CSC": (["[Collective Security Council] ([CSC]) of the [Collective Security Treaty Organization]",
             "[CSTO Collective Security Council]", "[Collective Security Council of the CSTO]",
             "[Collective Security Council]"],
            ["[CSC]", "[CSTO CSC]", "[Collective Security Council]"]),
    "CMFA": (["[Council of Ministers of Foreign Affairs] ([CMFA]) of the [CSTO]",
              "[CSTO Council of Foreign Ministers]", "[Council of Ministers of Foreign Affairs of the CSTO]"],
             ["[CMFA]", "[CSTO CMFA]", "[Council of Foreign Ministers]"]),
    "CDM": (["[Council of Defense Ministers of the Collective Security Treaty Organization]",
             "[CSTO Council of Defense Ministers]", "[Council of Defense Ministers] ([CDM]) of the [CSTO]"],
            ["[CDM]", "[CSTO CDM]", "[Council of Defense Ministers]"]),
    "CSSC": (["[Committee of Secretaries of Security Councils] ([CSSC]) of the [CSTO]",
              "[CSTO Committee of Secretaries of Security Councils]",
              "[Committee of Secretaries of Security Councils of the CSTO]"],
             ["[CSSC]", "[CSTO CSSC]"]),
    "MC": (["[Military Committee of the CSTO]", "[CSTO Military Committee]", "[Military Committee]"],
           ["[Military Committee]", "[CSTO Military Committee]"]),
    "PC": (["[CSTO Permanent Council]", "[Permanent Council under the CSTO]"],
           ["[Permanent Council]", "[CSTO Permanent Council]"]),
    "PA": (["Council of the [CSTO Parliamentary Assembly]", "Council of the [Parliamentary Assembly of the CSTO]",
            "Council of the [Parliamentary Assembly of the Collective Security Treaty Organization]"],
           ["Council of the [CSTO PA]", "Council of the [CSTO Parliamentary Assembly]"]),
    "CSTO": (["[Collective Security Treaty Organization]", "[Collective Security Treaty Organization] ([CSTO])",
              "[CSTO]"], ["[CSTO]"]),
    "SEC": (["[CSTO Secretariat]", "[Secretariat of the CSTO]",
             "[Secretariat of the Collective Security Treaty Organization]"], ["[CSTO Secretariat]"]),
}

# place key: forms (the first is the gold name); states as places are keyed by state key
PLACES = {c: [c] for c in ("Moscow", "Minsk", "Brest", "Almaty", "Bishkek", "Cholpon-Ata", "Yerevan",
                           "Dushanbe", "Sochi", "New York", "Geneva", "Vienna", "Tashkent")}
PLACES["Astana"] = ["Astana", "Nur-Sultan"]
PLACES["Saint Petersburg"] = ["Saint Petersburg", "St. Petersburg"]
for _k in MEMBERS:
    PLACES[_k] = [STATES[_k].short, STATES[_k].full]
NUR_SULTAN = (dt.date(2019, 3, 23), dt.date(2022, 9, 17))

# ============================================================================ posts and titles
# template ({full}/{short} become state markup, {adj} the adjective), ((post, org), ...);
# org "{S}" is the state of the post.

TITLES = {
    "president": [("President of the {full}", (("President", "{S}"),)),
                  ("President of {short}", (("President", "{S}"),)),
                  ("{adj} President", (("President", "{S}"),))],
    "pm": [("Prime Minister of the {full}", (("Prime Minister", "{S}"),)),
           ("Prime Minister of {short}", (("Prime Minister", "{S}"),)),
           ("{adj} Prime Minister", (("Prime Minister", "{S}"),))],
    "pm@RUS": [("Chairman of the Government of the {full}", (("Chairman of the Government", "{S}"),)),
               ("Prime Minister of the {full}", (("Prime Minister", "{S}"),)),
               ("{adj} Prime Minister", (("Prime Minister", "{S}"),))],
    "pm@KGZ": [("Chairman of the Cabinet of Ministers of the {full}", (("Chairman of the Cabinet of Ministers", "{S}"),)),
               ("Prime Minister of the {full}", (("Prime Minister", "{S}"),))],
    "mfa": [("Minister of Foreign Affairs of the {full}", (("Minister of Foreign Affairs", "{S}"),)),
            ("Foreign Minister of {short}", (("Foreign Minister", "{S}"),)),
            ("{adj} Foreign Minister", (("Foreign Minister", "{S}"),))],
    "mod": [("Minister of Defense of the {full}", (("Minister of Defense", "{S}"),)),
            ("Defense Minister of the {full}", (("Defense Minister", "{S}"),)),
            ("{adj} Defense Minister", (("Defense Minister", "{S}"),))],
    "cgs": [("Chief of the General Staff of the Armed Forces of the {full}",
             (("Chief of the General Staff of the Armed Forces", "{S}"),)),
            ("Chief of the General Staff of the Armed Forces of the {full} - First Deputy Minister of Defense",
             (("Chief of the General Staff of the Armed Forces", "{S}"), ("First Deputy Minister of Defense", "{S}"))),
            ("Chief of the General Staff of the {full}", (("Chief of the General Staff", "{S}"),))],
    "mc_chair": [("Chief of the General Staff of the Armed Forces of the {full} - First Deputy Minister of Defense "
                  "of the {full}", (("Chief of the General Staff of the Armed Forces", "{S}"),
                                    ("First Deputy Minister of Defense", "{S}"))),
                 ("Chairman of the [CSTO Military Committee], Chief of the General Staff of the Armed Forces "
                  "of the {full}", (("Chairman of the Military Committee", "CSTO"),
                                    ("Chief of the General Staff of the Armed Forces", "{S}"))),
                 ("Chief of the General Staff of the Armed Forces of the {full}",
                  (("Chief of the General Staff of the Armed Forces", "{S}"),))],
    "secsc": [("Secretary of the Security Council of the {full}", (("Secretary of the Security Council", "{S}"),)),
              ("Secretary of the Security Council of {short}", (("Secretary of the Security Council", "{S}"),))],
    "permrep": [("Permanent Representative of the {full} to the [CSTO]", (("Permanent Representative", "{S}"),)),
                ("Plenipotentiary Representative of the {full} to the [CSTO]",
                 (("Plenipotentiary Representative", "{S}"),)),
                ("Permanent and Plenipotentiary Representative of the {full} to the [CSTO]",
                 (("Permanent and Plenipotentiary Representative", "{S}"),))],
    "dep_mfa": [("Deputy Minister of Foreign Affairs of the {full}", (("Deputy Minister of Foreign Affairs", "{S}"),)),
                ("Deputy Foreign Minister of {short}", (("Deputy Foreign Minister", "{S}"),))],
    "dep_mod": [("Deputy Minister of Defense of the {full}", (("Deputy Minister of Defense", "{S}"),)),
                ("Deputy Defense Minister of {short}", (("Deputy Defense Minister", "{S}"),))],
    "duma": [("Chairman of the [CSTO Parliamentary Assembly], Chairman of the "
              "[State Duma of the Federal Assembly of the Russian Federation]",
              (("Chairman of the Parliamentary Assembly", "CSTO"),
               ("Chairman of the State Duma of the Federal Assembly", "{S}"))),
             ("Chairman of the [CSTO Parliamentary Assembly]", (("Chairman of the Parliamentary Assembly", "CSTO"),)),
             ("Chairman of the [Parliamentary Assembly of the CSTO]",
              (("Chairman of the Parliamentary Assembly", "CSTO"),))],
    "sg": [("[CSTO] Secretary General", (("Secretary General", "CSTO"),)),
           ("Secretary General of the [CSTO]", (("Secretary General", "CSTO"),)),
           ("Secretary General of the [Collective Security Treaty Organization]", (("Secretary General", "CSTO"),)),
           ("Secretary General of the [Collective Security Treaty Organization] ([CSTO])", (("Secretary General", "CSTO"),)),
           ("[Collective Security Treaty Organization] Secretary General", (("Secretary General", "CSTO"),)),
           ("Organization's Secretary General", (("Secretary General", "CSTO"),))],
    "dsg": [("[CSTO] Deputy Secretary General", (("Deputy Secretary General", "CSTO"),)),
            ("Deputy Secretary General of the [CSTO]", (("Deputy Secretary General", "CSTO"),)),
            ("Deputy Secretary General of the [Collective Security Treaty Organization]",
             (("Deputy Secretary General", "CSTO"),))],
    "cjs": [("Chief of the [CSTO Joint Staff]", (("Chief of the Joint Staff", "CSTO"),)),
            ("Head of the [CSTO Joint Staff]", (("Head of the Joint Staff", "CSTO"),)),
            ("Chief of the [Joint Staff of the CSTO]", (("Chief of the Joint Staff", "CSTO"),))],
    "fdcjs": [("First Deputy Chief of the [CSTO Joint Staff]", (("First Deputy Chief of the Joint Staff", "CSTO"),))],
    "press": [("[CSTO] Press Secretary", (("Press Secretary", "CSTO"),)),
              ("Press Secretary of the [CSTO]", (("Press Secretary", "CSTO"),))],
    "crc": [("Head of the [CSTO Crisis Response Center]", (("Head of the Crisis Response Center", "CSTO"),)),
            ("Director of the [CSTO Crisis Response Center]", (("Director of the Crisis Response Center", "CSTO"),))],
    "srsg_ca": [("Special Representative of the [UN] Secretary-General for Central Asia, Head of the "
                 "[UN Regional Centre for Preventive Diplomacy for Central Asia] ([UNRCCA])",
                 (("Special Representative of the Secretary-General for Central Asia", "UN"), ("Head", "UNRCCA"))),
                ("Head of the [UN Regional Centre for Preventive Diplomacy for Central Asia]", (("Head", "UNRCCA"),)),
                ("Special Representative of the [UN] Secretary General for Central Asia",
                 (("Special Representative of the Secretary General for Central Asia", "UN"),))],
    "usg_po": [("[UN] Under-Secretary-General for Peace Operations",
                (("Under-Secretary-General for Peace Operations", "UN"),)),
               ("Under-Secretary-General of the [United Nations] for Peace Operations",
                (("Under-Secretary-General for Peace Operations", "UN"),))],
    "usg_oct": [("Under-Secretary-General of the [UN Office of Counter-Terrorism]", (("Under-Secretary-General", "UNOCT"),)),
                ("Head of the [United Nations Office of Counter-Terrorism]", (("Head", "UNOCT"),))],
    "unodc": [("Regional Representative of the [UN Office on Drugs and Crime] for Central Asia",
               (("Regional Representative for Central Asia", "UNODC"),)),
              ("Head of the [UNODC] Regional Office for Central Asia",
               (("Head of the Regional Office for Central Asia", "UNODC"),))],
    "cis_exec": [("Chairman of the [CIS Executive Committee] - [CIS] Executive Secretary",
                  (("Chairman of the Executive Committee", "CIS"), ("Executive Secretary", "CIS"))),
                 ("Chairman of the [Executive Committee of the CIS]", (("Chairman of the Executive Committee", "CIS"),))],
    "sco_sg": [("[SCO] Secretary General", (("Secretary General", "SCO"),)),
               ("Secretary General of the [Shanghai Cooperation Organisation]", (("Secretary General", "SCO"),))],
    "osce_sg": [("[OSCE] Secretary General", (("Secretary General", "OSCE"),)),
                ("Secretary General of the [Organization for Security and Co-operation in Europe]",
                 (("Secretary General", "OSCE"),))],
}

# role: (term years min, max, military, feeder roles, share of women)
ROLES = {
    "president": (6, 14, False, ("pm",), 0.0), "pm": (2, 6, False, ("mfa", "secsc"), 0.05),
    "mfa": (2, 7, False, ("dep_mfa", "permrep"), 0.1), "mod": (2, 6, True, ("cgs", "dep_mod"), 0.0),
    "cgs": (2, 6, True, ("dep_mod",), 0.0), "secsc": (1, 5, False, ("mod", "mfa", "dep_mfa"), 0.05),
    "permrep": (2, 6, False, ("dep_mfa",), 0.2), "dep_mfa": (2, 5, False, (), 0.3),
    "dep_mod": (2, 5, True, (), 0.0), "duma": (4, 10, False, ("pm",), 0.1),
    "sg": (3, 3, False, ("secsc", "mfa", "mod", "permrep"), 0.1),
    "dsg": (3, 5, False, ("dep_mfa", "permrep", "dep_mod"), 0.1),
    "cjs": (3, 6, True, ("cgs", "dep_mod"), 0.0), "fdcjs": (2, 5, True, ("dep_mod",), 0.0),
    "press": (4, 12, False, (), 0.2), "crc": (3, 6, True, ("dep_mod",), 0.0),
    "srsg_ca": (3, 6, False, (), 0.35), "usg_po": (3, 6, False, (), 0.35), "usg_oct": (3, 6, False, (), 0.35),
    "unodc": (3, 5, False, (), 0.35), "cis_exec": (4, 10, False, ("mfa", "pm"), 0.0),
    "sco_sg": (3, 3, False, ("mfa", "dep_mfa"), 0.1), "osce_sg": (3, 6, False, (), 0.35),
}
STATE_ROLES = ("president", "pm", "mfa", "mod", "cgs", "secsc", "permrep", "dep_mfa", "dep_mod")
CSTO_ROLES = (("sg", 1), ("dsg", 3), ("cjs", 1), ("fdcjs", 1), ("press", 1), ("crc", 1))
INTL_ROLES = {"srsg_ca": ("WE",), "usg_po": ("WE",), "usg_oct": ("WE",), "unodc": ("WE",), "osce_sg": ("WE",),
              "cis_exec": ("RU", "BY", "KZ", "KG", "TJ", "AM"), "sco_sg": ("KZ", "KG", "TJ")}
INTL_ORG = {"srsg_ca": "UNRCCA", "usg_po": "UN", "usg_oct": "UNOCT", "unodc": "UNODC", "osce_sg": "OSCE",
            "cis_exec": "CIS", "sco_sg": "SCO"}
INTL_PLACES = {"srsg_ca": ("Moscow", "Almaty", "Dushanbe", "Bishkek", None), "usg_po": ("New York", "Moscow", None),
               "usg_oct": ("New York", "Dushanbe", "Moscow", None), "unodc": ("Moscow", "Tashkent", "Almaty", None),
               "osce_sg": ("Vienna", "Moscow", None), "cis_exec": ("Moscow", "Minsk"),
               "sco_sg": ("Moscow", "Tashkent", None)}

# Russian caption titles (nominative only; nothing here is a post in the gold)
RU_TITLES = {"sg": "Генеральный секретарь [ОДКБ]", "dsg": "Заместитель Генерального секретаря [ОДКБ]",
             "cjs": "Начальник Объединенного штаба [ОДКБ]", "president@RUS": "Президент [РФ]",
             "mfa@RUS": "Министр иностранных дел [РФ]", "mod@RUS": "Министр обороны [РФ]",
             "secsc@RUS": "Секретарь Совета безопасности [РФ]"}

# ============================================================================ phrase banks

TOPICS = (
    "the military and political situation in the regions of collective security",
    "the situation on the Tajik-Afghan border", "countering international terrorism and extremism",
    "combating illicit trafficking in narcotic drugs", "ensuring international information security",
    "countering illegal migration", "the development of the peacekeeping potential of the [CSTO]",
    "improving the crisis response system of the Organization",
    "the implementation of the decisions of the [Collective Security Council]",
    "cooperation in the field of biological security",
    "the preparation of joint exercises of the [CSTO Collective Rapid Reaction Forces]",
    "the training of personnel for the armed forces of the member states", "the situation in [Afghanistan]",
    "strengthening the southern borders of the [CSTO] area of responsibility",
    "military-economic cooperation", "the harmonization of national legislation in the field of security",
    "interaction with the [United Nations] and its specialized agencies",
    "cooperation with the [CIS] and the [SCO]", "the fight against cybercrime",
    "the protection of critical infrastructure", "preventing the proliferation of weapons of mass destruction",
    "the formation of the Organization's budget", "the priorities of the chairmanship in the Organization",
    "the equipping of the [Collective Peacekeeping Forces] with modern weapons",
    "the joint training of peacekeeping contingents", "the situation in the Eastern European region of collective security",
)
AIMS = ("strengthening the collective security system", "improving the crisis response mechanisms",
        "developing the peacekeeping potential of the Organization", "countering modern challenges and threats",
        "increasing the effectiveness of the [CSTO]", "improving the legal framework of the Organization")
QUOTES = (
    "We have confirmed a common understanding of the nature of challenges and threats to our security.",
    "The decisions taken today will contribute to strengthening the system of collective security.",
    "Despite the difficult situation, the main tasks set for this year have been completed.",
    "Our Organization is open to constructive cooperation with all interested partners.",
    "We attach great importance to the practical component of our cooperation.",
    "The situation on the external borders of the [CSTO] requires constant attention.",
    "Joint efforts are the key to an effective response to modern challenges and threats.",
    "Collective security remains the priority of our joint work.",
    "I am convinced that our cooperation will continue to develop in all areas.",
    "The goals of the meeting have been achieved, and the results will contribute to maintaining regional stability.",
    "We agreed to coordinate joint actions and to improve the military capabilities of the [CSTO].",
)
MEET_LINES = (
    "The parties discussed {t1} and {t2}.", "During the meeting, the sides exchanged views on {t1}.",
    "Special attention was paid to {t1}.", "The interlocutors discussed issues of {t1}.",
    "Issues of {t1}, as well as {t2}, were considered.",
    "The sides noted the importance of further coordination of efforts with regard to {t1}.",
    "The parties agreed to continue close cooperation.",
    "The sides reaffirmed their interest in further developing the dialogue.",
    "It was noted that the [CSTO] pays great attention to {t1}.",
    "The parties exchanged views on possible areas of cooperation.",
)
SESSION_LINES = (
    "The participants discussed {t1}.", "The heads of delegations exchanged views on {t1} and {t2}.",
    "{n} documents were considered in the course of the {noun}.", "A number of decisions aimed at {aim} were adopted.",
    "A statement on {t1} was adopted.", "Following the {noun}, the participants signed {n} documents.",
    "Issues of {t1} were considered.", "The participants approved the plan of consultations for the next year.",
)
GENERAL_QUOTES = QUOTES[:9]
STATEMENT_CLOSING = ("The [CSTO] will continue the course of cooperation with international organizations.",
                     "The [CSTO Secretariat] is closely monitoring the development of the situation.",
                     "The member states are ready to coordinate their efforts to stabilize the situation.")
ANNOUNCE_LINES = ("The agenda will include {t1} and {t2}.", "The parties are expected to discuss {t1}.",
                  "Issues of {t1} will be considered.")
AGENCY_LINES = ("{he} also drew attention to {t1}.",
                "{he} recalled that issues of {t1} remain on the agenda of the Organization.",
                "The [CSTO] is paying particular attention to {t1}, {he_l} added.")
CLOSING = (
    "The [CSTO] will continue the course of cooperation with international organizations.",
    "The parties agreed to continue contacts.", "The meeting was held in a constructive atmosphere.",
    "The next meeting is planned for the second half of the year.",
)
THEMES = ("On topical issues of arms control, disarmament and non-proliferation",
          "Countering the use of information and communication technologies for criminal purposes",
          "Biological security of the CSTO member states",
          "The situation in Afghanistan and its impact on regional security",
          "Countering the financing of terrorism", "Prevention of extremism among young people",
          "Peacekeeping activities of the CSTO: experience and prospects", "Eurasian security: challenges and responses")
AUDIENCES = ("senior staff and leading specialists of defense departments, law enforcement agencies and special services",
             "staff of the emergency services of the member states", "specialists in countering illegal migration",
             "peacekeeping personnel of the member states", "young diplomats of the member states",
             "officers of the [Collective Rapid Reaction Forces]")
INSTITUTES = (("MAGS", "Moscow"), ("MGIMO", "Moscow"), ("APA_TJ", "Dushanbe"), ("MA_BY", "Minsk"), ("NDU_KZ", "Astana"))
EXERCISES = ("Interaction", "Search", "Echelon", "Cobalt", "Thunder", "Indestructible Brotherhood", "Rubezh")
GROUNDS = {"TJK": ("Harbmaidon", "Lyaur"), "KGZ": ("Edelweiss", "Ala-Too"), "KAZ": ("Oymasha", "Matybulak"),
           "BLR": ("Obuz-Lesnovsky", "Brestsky"), "RUS": ("Pogonovo", "Prudboy"), "ARM": ("Armavir", "Baghramyan")}
SITUATIONS = ("the escalation of tension on the Tajik-Afghan border", "the terrorist attack in a neighbouring state",
              "the anniversary of the signing of the Collective Security Treaty", "the International Day of Peacekeepers",
              "the situation in the Middle East", "the growing threats in the information space")
DISASTERS = ("the tragic consequences of the earthquake", "the numerous victims of the flood",
             "the death of servicemen during an exercise", "the crash of a passenger aircraft",
             "the victims of the terrorist attack")
DEBATES = (("the [UN Security Council]", "New York",
            "UN Security Council debate on cooperation with regional organizations"),
           ("the meeting of the [OSCE] Permanent Council", "Vienna", "Meeting of the OSCE Permanent Council"),
           ("the [UN General Assembly]", "New York", "UN General Assembly debate"))
DEBATE_THEMES = ("Cooperation between the United Nations and regional organizations: the [CSTO], the [CIS] and the [SCO]",
                 "Strengthening the role of regional organizations in conflict prevention",
                 "Countering terrorism in Central Asia", "Security in Eurasia: regional dimensions")
SPEECH = {
    "the [UN Security Council]": (
        "Allow me to thank the Russian presidency of the [United Nations Security Council] for the invitation to take "
        "part in the debate on the interaction between the [United Nations] and regional organizations.",
        "I highly appreciate my participation in the meeting of the main body of the World Organization responsible "
        "for maintaining international peace and security.",
        "I am convinced that today's debate will contribute to the development of new mechanisms for cooperation "
        "between the [United Nations] and the [CSTO], the [CIS] and the [SCO]."),
    "the meeting of the [OSCE] Permanent Council": (
        "Mr. Chairman, allow me to thank you for the opportunity to inform the participating States about the "
        "activities of the [Collective Security Treaty Organization].",
        "The [CSTO] is ready for pragmatic cooperation with the [OSCE] in countering transnational threats."),
    "the [UN General Assembly]": (
        "Allow me to congratulate you on your election and to wish you success in your work.",
        "The [CSTO] consistently supports the central coordinating role of the [United Nations] in international affairs."),
}
CAPTIONS = ("Аллея флагов возле здания [ООН] в Женеве", "Штаб-квартира [ОДКБ] в Москве",
            "Флаги государств - членов [ОДКБ]", "Миротворцы [ОДКБ] на учениях", "Участники заседания в Москве",
            "Военнослужащие во время учений [ОДКБ]")
RU_ACTIONS = ("во время встречи", "на заседании", "во время выступления", "во время пресс-конференции", "")
MEDIA = ("RIA", "BELTA", "TASS", "KAZINFORM", "KABAR", "ARMENPRESS", "KHOVAR", "ZVEZDA")
NAV = "Go back\n\nBack to the section\n\nBack to the all news"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ROLE_RANK = {"chair": 0, "host": 1, "guest": 2, "speaker": 3, "participant": 4}

# ============================================================================ small helpers


def norm(text: str) -> str:
    """The scorer's folding (eval/score.py: norm)."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"^the ", "", re.sub(r"\s+", " ", text).strip())


def cap(text: str) -> str:
    for i, c in enumerate(text):
        if c.isalpha():
            return text[:i] + c.upper() + text[i + 1:]
    return text


def join_and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def dmy(d: dt.date, year: bool = True) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def mdy(d: dt.date, year: bool = True) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}" + (f", {d.year}" if year else "")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", norm(text)).strip("-")


FORM_TO_ORG = {}
for _key, (_kind, _name, _forms) in ORGS.items():
    for _form in [_name, *_forms]:
        assert _form not in FORM_TO_ORG, _form
        FORM_TO_ORG[_form] = _key


def _embedded() -> dict[str, list[tuple[str, str]]]:
    """Names of other organizations standing inside an organization's name (outermost only)."""
    out = {}
    for form, key in FORM_TO_ORG.items():
        hits = []
        for other, okey in FORM_TO_ORG.items():
            if okey != key and other != form:
                for m in re.finditer(rf"(?<!\w){re.escape(other)}(?!\w)", form):
                    hits.append((m.start(), m.end(), other, okey))
        keep = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and o != h for o in hits)]
        out[form] = [(k, f) for _, _, f, k in sorted(keep)]
    return out


EMBEDDED = _embedded()
MARKUP = re.compile(r"\[([^\[\]]+)\]")

# ============================================================================ the world


@dataclass
class Person:
    id: int
    nat: str
    female: bool
    first: tuple
    last: tuple
    patronymic: str
    tenures: list = field(default_factory=list)     # (start, end, role, scope)

    def variants(self) -> list[tuple[str, str]]:
        firsts = [self.first[0]] + ([self.first[1]] if self.first[1] else [])
        lasts = [self.last[0]] + ([self.last[1]] if self.last[1] else [])
        return [(f, s) for f in firsts for s in lasts][1:]


@dataclass
class Event:
    id: str
    type: str
    label: str
    date: str                   # ISO day, YYYY-MM, or "" when undated
    end: str | None = None
    place: str | None = None    # place key
    day: dt.date | None = None
    body: str | None = None
    vc: bool = False
    chair: int | None = None
    members: list = field(default_factory=list)     # (state, pid)
    absent: tuple | None = None                      # (state, pid)
    standin: int | None = None
    extras: list = field(default_factory=list)       # pids of CSTO officials taking part
    speaker: int | None = None
    cast: dict = field(default_factory=dict)         # pid -> (role, scope, rank)
    covered: int = 0


class World:
    """People, their tenures in every post, and the statutory calendar."""

    def __init__(self, rng: random.Random, first_year: int):
        self.rng = rng
        self.first_year = first_year
        self.people: list[Person] = []
        self.taken: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()
        self.pools = {nat: self._pool(nat) for nat in ("RU", "BY", "KZ", "KG", "TJ", "AM", "WE")}
        self.slots: list[tuple[str, str, int]] = []
        self.slot_of: dict[tuple[str, str, int], int] = {}
        self.count: dict[tuple[str, str], int] = {}
        self.tenures: list[list[tuple[int, int, int, str | None]]] = []
        self._simulate()
        self.photographers = [self.new_person("RU", rng.random() < 0.3) for _ in range(6)]

    # ---------------------------------------------------------------- people
    def _pool(self, nat: str) -> list[tuple[str, str, str]]:
        if nat in ROOTS:
            items = []
            for r_lat, r_alt, r_cyr in ROOTS[nat]:
                vowel = r_lat[-1] in "aeiouy"
                for s_lat, s_alt, s_cyr, weight in SUFFIXES[nat]:
                    if vowel and s_lat not in VOWEL_SUFFIXES:
                        continue
                    alt = r_lat + s_alt if s_alt else (r_alt + s_lat if r_alt else "")
                    items.append(((r_lat + s_lat, alt, r_cyr + s_cyr), weight))
        else:
            items = [(p, 1) for p in {"RU": RU_LAST, "BY": BY_LAST, "WE": WE_LAST}[nat]]
        keyed = sorted(items, key=lambda it: (-(self.rng.random() ** (1 / it[1])), it[0]))
        return [it[0] for it in keyed]

    def _surname(self, nat: str) -> tuple[str, str, str]:
        for source in (nat, "RU", "BY", "KZ"):
            pool = self.pools[source if nat != "WE" else "WE"]
            while pool:
                cand = pool.pop()
                forms = [norm(cand[0])] + ([norm(cand[1])] if cand[1] else []) + ([norm(cand[2])] if cand[2] else [])
                if not any(f in self.taken for f in forms):
                    self.taken.update(forms)
                    return cand
        raise RuntimeError(f"out of surnames for {nat}")

    def new_person(self, nat: str, female: bool) -> int:
        rng = self.rng
        female = female and bool(FIRST[nat][1])
        first = rng.choice(FIRST[nat][1] if female else FIRST[nat][0])
        last = self._surname(nat)
        if female:
            last = tuple(feminine(x) for x in last)
        patronymic = ""
        if nat != "WE":
            for _ in range(20):
                if nat in ("RU", "BY"):
                    m, f = rng.choice(RU_PATRONYMICS)
                else:
                    base = rng.choice([n[0] for n in FIRST[nat][0] if n[0][-1] not in "aeiouy"])
                    m, f = base + "ovich", base + "ovna"
                cand = f if female else m
                if (first[0], cand) not in self.pairs:
                    self.pairs.add((first[0], cand))
                    patronymic = cand
                    break
        self.people.append(Person(len(self.people), nat, female, first, last, patronymic))
        return len(self.people) - 1

    # ---------------------------------------------------------------- tenures
    def _simulate(self) -> None:
        rng = self.rng
        for st in MEMBERS:
            for role in STATE_ROLES:
                self.slots.append((role, st, 0))
        self.slots.append(("duma", "RUS", 0))
        for role, count in CSTO_ROLES:
            self.slots += [(role, "CSTO", n) for n in range(count)]
        self.slots += [(role, INTL_ORG[role], 0) for role in INTL_ROLES]
        self.slot_of = {s: i for i, s in enumerate(self.slots)}
        self.count = {}
        for role, scope, _ in self.slots:
            self.count[(role, scope)] = self.count.get((role, scope), 0) + 1
        self.tenures = [[] for _ in self.slots]
        t0 = dt.date(self.first_year - 6, 1, 1).toordinal()
        t_end = dt.date(2026, 1, 1).toordinal()
        heap = [(t0 - rng.randint(0, 4 * 365), i) for i in range(len(self.slots))]
        heapq.heapify(heap)
        self.last_sg_nat = ""
        while heap:
            t, i = heapq.heappop(heap)
            if t >= t_end:
                continue
            role, scope, _ = self.slots[i]
            lo, hi, military, _, _ = ROLES[role]
            pid = self._pick(role, scope, t)
            term = rng.randint(lo * 365, hi * 365) if hi > lo else lo * 365 + rng.randint(-20, 20)
            rank = self._rank(pid, role, scope) if military else None
            self.tenures[i].append((t, t + term, pid, rank))
            self.people[pid].tenures.append((t, t + term, role, scope, rank))
            heapq.heappush(heap, (t + term, i))

    def _nats(self, role: str, scope: str) -> tuple[str, ...]:
        if scope in STATES:
            return (STATES[scope].nat,)
        if role in INTL_ROLES:
            return INTL_ROLES[role]
        if role == "press":
            return ("RU", "RU", "RU", "BY")
        if role == "sg":
            return tuple(n for n in ("AM", "BY", "KZ", "KG", "RU", "TJ") if n != self.last_sg_nat)
        return ("AM", "BY", "KZ", "KG", "RU", "TJ")

    def _pick(self, role: str, scope: str, t: int) -> int:
        rng = self.rng
        nats = self._nats(role, scope)
        feeders, share = ROLES[role][3], ROLES[role][4]
        pid = None
        if feeders and rng.random() < 0.35:
            cands = []
            for p in self.people:
                if p.nat in nats and p.tenures and all(end <= t for _, end, *_ in p.tenures):
                    last = p.tenures[-1]
                    if last[2] in feeders and t - last[1] < 4 * 365 and (scope not in STATES or last[3] == scope):
                        cands.append(p.id)
            if cands:
                pid = rng.choice(cands)
        if pid is None:
            pid = self.new_person(rng.choice(nats), rng.random() < share)
        if role == "sg":
            self.last_sg_nat = self.people[pid].nat
        return pid

    def _rank(self, pid: int, role: str, scope: str) -> str | None:
        rng = self.rng
        held = [r for *_, r in self.people[pid].tenures if r]
        if role == "mod" and not held and rng.random() < 0.15:
            return None
        base = {"mod": "Army General" if scope == "RUS" else rng.choice(RANKS[1:3]),
                "cgs": "Army General" if scope == "RUS" else rng.choice(RANKS[:3]),
                "cjs": "Colonel General", "fdcjs": "Lieutenant General", "dep_mod": rng.choice(RANKS[:2]),
                "crc": "Major General"}[role]
        if held:
            base = max(base, held[-1], key=RANKS.index)
        return base

    def holder(self, role: str, scope: str, day: dt.date, n: int = 0) -> tuple[int, str | None]:
        """Who held the post on that day (``n`` picks one of several concurrent holders)."""
        runs = self.tenures[self.slot_of[(role, scope, n % self.count[(role, scope)])]]
        o = day.toordinal()
        i = bisect.bisect_right(runs, (o, float("inf"))) - 1
        start, end, pid, rank = runs[i]
        assert start <= o < end, (role, scope, day)
        return pid, rank


def feminine(name: str) -> str:
    if not name:
        return name
    for m, f in ((" uulu", " kyzy"), (" уулу", " кызы"), ("skiy", "skaya"), ("sky", "skaya"), ("ski", "skaya"),
                 ("ский", "ская"), ("ий", "ая")):
        if name.endswith(m):
            return name[: -len(m)] + f
    if name.endswith(("ov", "ev", "in", "yov", "ов", "ев", "ин", "ёв")):
        return name + ("a" if name[-1].isascii() else "а")
    return name


# ============================================================================ items and their writer


@dataclass
class Para:
    text: str
    facts: list


@dataclass
class Item:
    idx: int
    kind: str
    pub: dt.date | None = None
    style: str = "bare"         # site | dateline | titled | bare | agency
    dated: bool = False         # the page shows the publication date
    headline: Para | None = None
    paras: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    lead_relative: bool = False
    teasable: bool = True
    post_date: str | None = None
    sep: str = "\n\n"
    head: str = ""              # agency items: title, caption, credit (already resolved)
    head_facts: list = field(default_factory=list)
    text: str = ""


class Writer:
    """Writes one item's text and records, clause by clause, what the text says."""

    def __init__(self, gen: "Generator", item: Item):
        self.gen, self.world, self.rng, self.item = gen, gen.world, gen.rng, item
        self.seen: set[int] = set()
        self.facts: list = []
        self.spell: dict[int, tuple[str, str]] = {}
        self.roles: dict[int, tuple] = {}
        self.orgs_seen: set[str] = set()
        self.year_given = 0          # a year the item has already written out
        self.relative = False
        self.q = ("\u201c", "\u201d") if self.rng.random() < 0.35 else ('"', '"')

    # ---------------------------------------------------------------- people
    def cast(self, role: str, scope: str, day: dt.date, n: int = 0) -> int:
        pid, rank = self.world.holder(role, scope, day, n)
        self.roles.setdefault(pid, (role, scope, rank))
        return pid

    def assign(self, pid: int, role: str, scope: str, rank: str | None) -> int:
        self.roles[pid] = (role, scope, rank)
        return pid

    def spelling(self, pid: int) -> tuple[str, str]:
        if pid not in self.spell:
            p = self.world.people[pid]
            variants = p.variants()
            self.spell[pid] = (self.rng.choice(variants) if variants and self.rng.random() < 0.15
                               else (p.first[0], p.last[0]))
        return self.spell[pid]

    def form(self, pid: int, text: str, optional: bool = False) -> str:
        self.facts.append(("person", pid, text, optional))
        return text

    def name(self, pid: int, full: bool | None = None) -> str:
        first, last = self.spelling(pid)
        if full is None:
            full = pid not in self.seen
        self.seen.add(pid)
        return self.form(pid, f"{first} {last}" if full else last)

    def ref(self, pid: int) -> str:
        """A later mention: mostly the surname, sometimes with the rank or the full name."""
        first, last = self.spelling(pid)
        r = self.rng.random()
        rank = self.roles.get(pid, (None, None, None))[2]
        text = self.form(pid, f"{first} {last}" if r < 0.1 else last)
        return f"{rank} {text}" if rank and r > 0.75 else text

    def title(self, pid: int) -> str:
        role, scope, _ = self.roles[pid]
        key = f"{role}@{scope}" if f"{role}@{scope}" in TITLES else role
        tmpl, posts = self.rng.choice(TITLES[key])
        st = STATES.get(scope)
        text = tmpl.format(full=f"[{st.full}]", short=f"[{st.short}]", adj=st.adj) if st else tmpl
        for post, org in posts:
            self.facts.append(("post", pid, post, scope if org == "{S}" else org, self.item.post_date))
        return text

    def who(self, pid: int, end: bool = False, listed: bool = False, again: bool = False) -> str:
        """First mention: title and name in one of the house styles; later: a short reference."""
        if pid in self.seen and not again:
            return self.ref(pid)
        rng = self.rng
        rank = self.roles[pid][2]
        title = self.title(pid)
        the = "the " if title.startswith("Organization") or rng.random() < 0.75 else ""
        dash = rank and " - " not in title
        styles = ["TN"] * 5 + (["T-RN"] * 2 if dash else []) + ([] if listed else ["N,T"] * 2)
        style = rng.choice(styles)
        rk = f"{rank} " if rank and rng.random() < 0.8 else ""
        if style == "TN":
            return f"{the}{title} {rk}{self.name(pid, full=True)}"
        if style == "T-RN":
            return f"{the}{title} - {rank} {self.name(pid, full=True)}"
        return f"{rk}{self.name(pid, full=True)}, {the}{title}" + ("" if end else ",")

    def role_ref(self, pid: int) -> str:
        """The post without the name ('the CSTO Secretary General')."""
        role = self.roles[pid][0]
        return {"sg": "the [CSTO] Secretary General", "dsg": "the [CSTO] Deputy Secretary General",
                "cjs": "the Chief of the [CSTO Joint Staff]"}.get(role) or self.ref(pid)

    def he(self, pid: int) -> str:
        return "She" if self.world.people[pid].female else "He"

    def his(self, pid: int) -> str:
        return "her" if self.world.people[pid].female else "his"

    def hname(self, pid: int) -> str:
        """A name as headlines write it."""
        first, last = self.spelling(pid)
        r = self.rng.random()
        if r < 0.45:
            text = f"{first} {last}"
        elif r < 0.65:
            text = f"{first} {last.upper()}"
        elif r < 0.75:
            text = f"{first[0]}. {last}"
        else:
            text = last
        return self.form(pid, text)

    # ---------------------------------------------------------------- bodies and places
    def org(self, key: str) -> str:
        if key in BODY_FORMS:
            longs, shorts = BODY_FORMS[key]
            text = self.rng.choice(shorts if key in self.orgs_seen else longs)
        else:
            kind, name, forms = ORGS[key]
            latin = [f for f in [name, *forms] if f.isascii()]
            text = f"[{self.rng.choice(latin)}]"
        self.orgs_seen.add(key)
        return text

    def state(self, key: str, short: bool = False) -> str:
        st = STATES[key]
        return f"[{st.short}]" if short else f"[{st.full}]"

    def place(self, key: str, day: dt.date | None = None, upper: bool = False) -> str:
        forms = PLACES[key]
        if key in STATES:
            text = self.rng.choice(forms)
            self.facts.append(("place", key, text))
            return f"[{text}]" if text == STATES[key].short else f"the [{text}]"
        text = forms[0]
        if key == "Astana" and day and NUR_SULTAN[0] <= day <= NUR_SULTAN[1]:
            text = "Nur-Sultan"
        elif len(forms) > 1 and key != "Astana" and self.rng.random() < 0.3:
            text = forms[1]
        text = text.upper() if upper else text
        self.facts.append(("place", key, text))
        return text

    # ---------------------------------------------------------------- dates
    def _may_drop_year(self, d: dt.date) -> bool:
        it = self.item
        return (it.dated and it.pub is not None and d.year == it.pub.year) or self.year_given == d.year

    def on(self, d: dt.date, start: bool = False) -> str:
        rng = self.rng
        opts = ["dmy"] * 3 + ["mdy"] * 2
        rel = self._may_drop_year(d)
        if rel:
            opts += ["dm", "md", "md_this", "dm_this"]
            if self.item.dated and d == self.item.pub:
                opts.append("today")
        k = rng.choice(opts)
        if k in ("dmy", "mdy"):
            self.year_given = d.year
        elif k == "today" or self.year_given != d.year:
            self.relative = True
        text = {"dmy": f"on {dmy(d)}", "mdy": f"on {mdy(d)}", "dm": f"on {dmy(d, False)}",
                "md": f"on {mdy(d, False)}", "md_this": f"on {mdy(d, False)}, this year",
                "dm_this": f"on {dmy(d, False)} this year", "today": "today"}[k]
        return cap(text) if start else text

    def span(self, d1: dt.date, d2: dt.date, start: bool = False) -> str:
        rel = self._may_drop_year(d1) and self.rng.random() < 0.4
        if rel and self.year_given != d1.year:
            self.relative = True
        if not rel:
            self.year_given = d1.year
        y, yc = ("", "") if rel else (f" {d1.year}", f", {d1.year}")
        m1, m2 = MONTHS[d1.month - 1], MONTHS[d2.month - 1]
        if d1.month == d2.month:
            text = self.rng.choice([f"from {d1.day} to {d2.day} {m1}{y}", f"from {m1} {d1.day} to {d2.day}{yc}",
                                    f"on {d1.day}-{d2.day} {m1}{y}"])
        else:
            text = self.rng.choice([f"from {d1.day} {m1} to {d2.day} {m2}{y}", f"from {m1} {d1.day} to {m2} {d2.day}{yc}"])
        return cap(text) if start else text

    def month(self, d: dt.date) -> str:
        if self._may_drop_year(d) and self.rng.random() < 0.6:
            if self.year_given != d.year:
                self.relative = True
            return f"in {MONTHS[d.month - 1]} of this year"
        return f"in {MONTHS[d.month - 1]} {d.year}"

    # ---------------------------------------------------------------- events
    def core(self, ev: Event, place: bool = True, end: bool = False, optional: bool = False) -> None:
        self.facts.append(("core", ev.id, bool(place and ev.place), end, optional))

    def part(self, ev: Event, pid: int, role: str, optional: bool = False) -> None:
        self.facts.append(("part", ev.id, pid, role, optional))

    # ---------------------------------------------------------------- text
    def topic(self) -> str:
        return self.rng.choice(TOPICS)

    def line(self, bank: tuple, **extra) -> str:
        t1, t2 = self.rng.sample(TOPICS, 2)
        return self.rng.choice(bank).format(t1=t1, t2=t2, aim=self.rng.choice(AIMS), n=self.rng.randint(5, 19), **extra)

    def quote(self, pid: int, bank: tuple = QUOTES) -> str:
        """A quotation attributed to someone already named in the item."""
        o, c = self.q
        text = self.rng.choice(bank)
        k = self.rng.randrange(4)
        if k == 0:
            return f"{o}{text[:-1]},{c} {self.ref(pid)} said."
        if k == 1:
            return f"{cap(self.ref(pid))} stressed: {o}{text}{c}"
        if k == 2:
            return f"According to {self.ref(pid)}, {o}{text[0].lower()}{text[1:]}{c}"
        return f"{cap(self.role_ref(pid))} noted that {o}{text[0].lower()}{text[1:-1]}.{c}"

    def resolve(self, text: str) -> str:
        def repl(m: re.Match) -> str:
            form = m.group(1)
            key = FORM_TO_ORG[form]
            self.facts.append(("org", key, form))
            for okey, oform in EMBEDDED[form]:
                self.facts.append(("org", okey, oform))
            return form
        return MARKUP.sub(repl, text)

    def para(self, text: str) -> Para:
        """Close a paragraph: resolve the markup and hand over its records."""
        p = Para(self.resolve(text), self.facts)
        self.facts = []
        return p

    def add(self, text: str) -> None:
        """Close a body paragraph; the first one is the lead (what a teaser shows)."""
        if not self.item.paras:
            self.item.lead_relative = self.relative
        self.relative = False
        self.item.paras.append(self.para(text))

    def headline(self, build) -> None:
        saved = self.seen
        self.seen = set()
        self.facts = []
        self.item.headline = self.para(build())
        self.seen = saved
        self.relative = False


# ============================================================================ the generator
SESSION_NOUN = {"CSC": "session"}
SESSION_LABEL = {"CSC": "Session of the CSTO Collective Security Council",
                 "CMFA": "Meeting of the CSTO Council of Ministers of Foreign Affairs",
                 "CDM": "Meeting of the CSTO Council of Defense Ministers",
                 "CSSC": "Meeting of the CSTO Committee of Secretaries of Security Councils",
                 "MC": "Meeting of the CSTO Military Committee", "PC": "Meeting of the CSTO Permanent Council",
                 "PA": "Meeting of the Council of the CSTO Parliamentary Assembly"}
MEMBER_ROLE = {"CMFA": "mfa", "CDM": "mod", "CSSC": "secsc", "MC": "cgs", "PC": "permrep"}
PLURAL = {"CSC": "heads of state", "CMFA": "foreign ministers", "CDM": "defense ministers",
          "CSSC": "secretaries of the security councils", "MC": "chiefs of the general staffs of the armed forces",
          "PC": "plenipotentiary representatives"}
LIST_POST = {"CMFA": "Foreign Minister", "CDM": "Defense Minister", "CSSC": "Secretary of the Security Council",
             "MC": "Chief of the General Staff of the Armed Forces", "PC": "Plenipotentiary Representative"}
STANDIN = {"CSC": "pm", "CMFA": "dep_mfa", "CDM": "dep_mod"}
KINDS = {"meet": 22, "visit": 5, "phone": 5, "intl": 10, "consult": 5, "course": 5, "exercise": 4,
         "conference": 5, "debate": 2, "statement": 6, "interview": 5, "commentary": 3, "condolence": 3,
         "greeting": 3, "announce": 4, "agency": 8}
VC = ("via videoconferencing", "in the format of a videoconference", "in a videoconference format")


def head_role(state: str) -> str:
    return "pm" if state == "ARM" else "president"


class Generator:
    """Draws the world, writes the items, lays them out on pages and gathers the gold."""

    def __init__(self, articles: int, seed: int):
        self.rng = random.Random(seed)
        self.n = articles
        years = max(3, min(20, -(-articles // 450)))
        self.first_year = 2026 - years
        self.start, self.end = dt.date(self.first_year, 1, 1), dt.date(2025, 12, 31)
        self.world = World(self.rng, self.first_year)
        self.events: dict[str, Event] = {}
        self.busy: dict[int, set[int]] = {}
        self.items: list[Item] = []
        self.sessions = self._calendar()

    # ---------------------------------------------------------------- time and events
    def day(self) -> dt.date:
        return self.start + dt.timedelta(days=self.rng.randrange((self.end - self.start).days + 1))

    def pub_after(self, d: dt.date) -> dt.date:
        return min(d + dt.timedelta(days=self.rng.choice((0, 0, 0, 1, 1, 2))), dt.date(d.year, 12, 31))

    def free(self, d: dt.date, pids) -> bool:
        taken = self.busy.get(d.toordinal(), ())
        return len(set(pids)) == len(pids) and not any(p in taken for p in pids)

    def occupy(self, d: dt.date, pids) -> None:
        self.busy.setdefault(d.toordinal(), set()).update(pids)

    def event(self, type_: str, label: str, day: dt.date | None, end: dt.date | None = None,
              place: str | None = None, hint: str = "", month: bool = False) -> Event:
        date = "" if day is None else (day.isoformat()[:7] if month else day.isoformat())
        base = "-".join(x for x in (hint or type_, date or "undated") if x)
        eid, k = base, 2
        while eid in self.events:
            eid, k = f"{base}-{k}", k + 1
        ev = Event(eid, type_, label, date, end.isoformat() if end else None, place, day)
        self.events[eid] = ev
        return ev

    def names(self, *pids: int) -> str:
        return " and ".join(f"{self.world.people[p].first[0]} {self.world.people[p].last[0]}" for p in pids)

    def hint(self, type_: str, *pids: int) -> str:
        return "-".join([type_] + [slug(self.world.people[p].last[0]) for p in pids])

    def chair_state(self, year: int) -> str:
        return MEMBERS[(year - 2000) % 6]

    # ---------------------------------------------------------------- statutory calendar
    def _calendar(self) -> list[Event]:
        rng, out = self.rng, []
        for year in range(self.first_year, 2026):
            cs = self.chair_state(year)
            cities = STATES[cs].cities
            city = cities[0] if rng.random() < 0.7 else rng.choice(cities)
            d = dt.date(year, 11, 10) + dt.timedelta(days=rng.randrange(26))
            vc = rng.random() < 0.12
            plan = [("CSC", d, city, vc), ("CMFA", d - dt.timedelta(days=1), city, vc),
                    ("CDM", d - dt.timedelta(days=1), city, vc)]
            spring = dt.date(year, 5, 15) + dt.timedelta(days=rng.randrange(40))
            plan += [("CMFA", spring, rng.choice(cities), rng.random() < 0.15),
                     ("CDM", spring + dt.timedelta(days=rng.randrange(1, 20)), rng.choice(cities), rng.random() < 0.15),
                     ("CSSC", dt.date(year, 6, 1) + dt.timedelta(days=rng.randrange(25)), rng.choice(cities), False),
                     ("CSSC", dt.date(year, 10, 1) + dt.timedelta(days=rng.randrange(25)), city, rng.random() < 0.2),
                     ("MC", dt.date(year, 6, 1) + dt.timedelta(days=rng.randrange(25)), "Moscow", rng.random() < 0.3),
                     ("MC", dt.date(year, 12, 1) + dt.timedelta(days=rng.randrange(15)), "Moscow", rng.random() < 0.3),
                     ("PA", dt.date(year, 4, 10) + dt.timedelta(days=rng.randrange(25)), "Saint Petersburg",
                      rng.random() < 0.15),
                     ("PA", dt.date(year, 10, 20) + dt.timedelta(days=rng.randrange(15)), "Saint Petersburg", False)]
            plan += [("PC", dt.date(year, m, 5) + dt.timedelta(days=rng.randrange(20)), "Moscow", False) for m in (2, 4, 9)]
            out += [self._session(*p) for p in plan]
        return out

    def _session(self, body: str, day: dt.date, place: str, vc: bool) -> Event:
        rng, world = self.rng, self.world
        label = SESSION_LABEL[body] + (" (videoconference)" if vc else "")
        ev = self.event("session" if body == "CSC" else "meeting", label, day, place=None if vc else place,
                        hint=body.lower())
        ev.body, ev.vc = body, vc
        cs = self.chair_state(day.year)

        def put(role: str, scope: str, n: int = 0, as_role: str | None = None) -> int:
            pid, rank = world.holder(role, scope, day, n)
            ev.cast[pid] = (as_role or role, scope, rank)
            return pid

        if body in MEMBER_ROLE or body == "CSC":
            for st in MEMBERS:
                role = MEMBER_ROLE.get(body) or head_role(st)
                if body == "MC" and st == "RUS":
                    ev.chair = put("cgs", "RUS", as_role="mc_chair")
                    continue
                pid = put(role, st)
                ev.members.append((st, pid))
                if st == cs and body != "MC":
                    ev.chair = pid
        else:
            ev.chair = put("duma", "RUS")
        if body in ("CSC", "CMFA", "CDM", "CSSC") and rng.random() < 0.12:
            ev.absent = rng.choice([m for m in ev.members if m[1] != ev.chair])
            ev.members.remove(ev.absent)
            if body in STANDIN and rng.random() < 0.6 and not (body == "CSC" and ev.absent[0] == "ARM"):
                ev.standin = put(STANDIN[body], ev.absent[0])
        extras = {"CDM": ("sg", "cjs"), "MC": ("cjs", "dsg"), "PC": (rng.choice(("sg", "dsg")),)}.get(body, ("sg",))
        ev.extras = [put(r, "CSTO", rng.randrange(3) if r == "dsg" else 0) for r in extras]
        if body == "CSC" and rng.random() < 0.4:
            ev.speaker = put("duma", "RUS")
        self.occupy(day, list(ev.cast))
        return ev

    # ---------------------------------------------------------------- items
    def new_item(self, kind: str) -> tuple[Item, Writer]:
        it = Item(len(self.items), kind)
        return it, Writer(self, it)

    def publish(self, it: Item, pub: dt.date, post_date: dt.date | None,
                styles: tuple = ("site", "site", "site", "dateline", "titled", "bare", "bare")) -> None:
        it.pub = pub
        it.style = self.rng.choice(styles)
        it.dated = it.style != "bare"
        it.post_date = pub.isoformat() if it.dated else (post_date.isoformat() if post_date else None)
        it.sep = self.rng.choice(("\n\n", "\n\n", "\n\n", "\n", "\n\n\n"))

    def finish(self, it: Item, w: Writer, footer: float = 0.4) -> None:
        if it.style in ("site", "dateline", "titled") and self.rng.random() < footer:
            it.extras.append(self.footer(it, w))
        if it.style not in ("site", "titled"):
            it.headline = None
        dl = it.pub.strftime("%d.%m.%Y")
        head = {"site": lambda: f"{it.headline.text}\n\n{it.headline.text} {dl}\n\n",
                "titled": lambda: f"{it.headline.text}\n{dl}\n", "dateline": lambda: f"{dl}\n\n",
                "bare": lambda: "", "agency": lambda: it.head}[it.style]()
        body = it.sep.join(p.text for p in it.paras)
        it.text = head + body + "".join("\n\n" + p.text for p in it.extras)
        self.items.append(it)

    def footer(self, it: Item, w: Writer) -> Para:
        rng = self.rng
        pid, _ = self.world.holder("press", "CSTO", it.pub)
        p = self.world.people[pid]
        name = w.form(pid, f"{p.first[0]} {p.last[0]}")
        w.facts.append(("post", pid, "Press Secretary", "CSTO", it.post_date))
        a, b = 600 + pid * 37 % 300, 10 + pid * 13 % 89
        fmt = rng.choice(("+7 495-{}-{:02d}-{:02d}", "+7495-{}-{:02d}-{:02d}", "+7-495-{}-{:02d}-{:02d}"))
        p1, p2 = fmt.format(a, b, 10), fmt.format(a + 21, b, 23)
        k = rng.randrange(3)
        if k == 0:
            text = f"The [CSTO] Press Secretary{' ' * rng.randint(1, 15)}\n\n{name}\n\n{p1}\n\n{p2}"
        elif k == 1:
            text = f"{'_' * 51}\nThe [CSTO] Press Secretary {name}\n{p1}\n{p2} - tel/fax"
        else:
            text = (f"{'_' * 52}\n\nThe [CSTO] Press Secretary    {name}\n\n{p1}\n\n{p2}-tel/fax\n\n"
                    "E-mail: odkb-pressa@gov.ru")
        return w.para(text)

    def body_lines(self, w: Writer, bank: tuple, k: int, **extra) -> None:
        """k filler paragraphs, no template twice."""
        for template in self.rng.sample(bank, min(k, len(bank))):
            w.add(w.line((template,), **extra))

    def backref(self, w: Writer, a: int, d: dt.date) -> None:
        """A mention of earlier talks dated by month only: an event of its own."""
        if d.month == 1 or self.rng.random() > 0.12:
            return
        md = dt.date(d.year, self.rng.randrange(1, d.month), 1)
        role = self.rng.choice(("usg_po", "srsg_ca", "usg_oct"))
        x, rank = self.world.holder(role, INTL_ORG[role], md)
        if x in w.roles or a == x:
            return
        w.assign(x, role, INTL_ORG[role], rank)
        ev = self.event("talks", f"Talks between {self.names(a, x)}", md, hint=self.hint("talks", a, x), month=True)
        w.core(ev, place=False)
        w.part(ev, a, "participant")
        w.part(ev, x, "participant")
        w.add(f"The issues were discussed in continuation of the talks held between {w.who(a, listed=True)} "
              f"and {w.who(x, listed=True)} {w.month(md)}.")

    def scheduled(self, w: Writer, a: int, d: dt.date) -> None:
        """A meeting announced for later: the people are named, but nothing took place."""
        fut = d + dt.timedelta(days=self.rng.randint(10, 40))
        if fut > self.end or self.rng.random() > 0.15:
            return
        st = self.rng.choice(MEMBERS)
        c = w.cast(self.rng.choice(("mfa", "secsc", "president")), st, d)
        if c == a:
            return
        w.add(f"{cap(w.ref(a))} is scheduled to meet with {w.who(c, end=True)} {w.on(fut)} in "
              f"{w.place(STATES[st].cities[0], fut)}.")

    def sidelines(self, w: Writer, ev: Event) -> None:
        people = [pid for _, pid in ev.members]
        if len(people) < 2 or self.rng.random() > 0.2:
            return
        a, b = self.rng.sample(people, 2)
        side = self.event("meeting", f"Bilateral meeting of {self.names(a, b)} on the sidelines", ev.day,
                          place=ev.place, hint=self.hint("meeting", a, b))
        w.core(side, place=False)
        w.part(side, a, "participant")
        w.part(side, b, "participant")
        noun = SESSION_NOUN.get(ev.body, "meeting")
        w.add(f"On the sidelines of the {noun}, {w.who(a)} held a bilateral meeting with {w.who(b, end=True)}.")

    # ---------------------------------------------------------------- statutory sessions
    def k_session(self, ev: Event, variant: str) -> None:
        rng = self.rng
        it, w = self.new_item("session")
        for pid, (role, scope, rank) in ev.cast.items():
            w.assign(pid, role, scope, rank)
        self.publish(it, self.pub_after(ev.day), ev.day)
        noun = SESSION_NOUN.get(ev.body, "meeting")
        said = not ev.vc and rng.random() < 0.85
        loc = rng.choice(VC) if ev.vc else (f"in {w.place(ev.place, ev.day)}" if said else "")
        took = rng.choice(("took place", "was held"))
        k = rng.randrange(4)
        if k == 0:
            lead = (f"{w.on(ev.day, True)}, under the chairmanship of {w.who(ev.chair, listed=True)}, "
                    f"a {noun} of the {w.org(ev.body)} {took}{' ' + loc if loc else ''}.")
        elif k == 1:
            lead = (f"{w.on(ev.day, True)},{' ' + loc + ',' if loc else ''} a regular {noun} of the "
                    f"{w.org(ev.body)} {took}. The {noun} was chaired by {w.who(ev.chair, end=True)}.")
        elif k == 2:
            lead = (f"{cap(w.who(ev.chair))} chaired the {noun} of the {w.org(ev.body)}, held"
                    f"{' ' + loc if loc else ''} {w.on(ev.day)}.")
        else:
            lead = (f"The {noun} of the {w.org(ev.body)} {took} {w.on(ev.day)}{' ' + loc if loc else ''} "
                    f"under the chairmanship of {w.who(ev.chair, end=True)}.")
        if rng.random() < 0.1:
            lead += " (Video)"
        w.core(ev, place=said)
        w.part(ev, ev.chair, "chair")
        w.add(lead)
        if variant == "main":
            self._attendance(w, ev, noun)
        self.body_lines(w, SESSION_LINES, rng.randint(1, 3), noun=noun)
        if variant == "short" and rng.random() < 0.6:
            x = ev.extras[0]
            if rng.random() < 0.5:
                w.part(ev, x, "participant")
                w.add(f"{cap(w.who(x))} took part in the {noun}.")
            else:
                w.part(ev, x, "speaker")
                w.add(f"Speaking at the {noun}, {w.who(x)} noted the importance of {w.topic()}.")
        if variant == "main":
            self._speakers(w, ev, noun)
        if rng.random() < 0.5:
            w.add(w.quote(rng.choice([ev.chair] + [x for x in ev.extras if x in w.seen])))
        if ev.body == "CSC" and variant == "main" and rng.random() < 0.7:
            nxt = self.chair_state(ev.day.year + 1)
            nh = dict(ev.members).get(nxt)
            text = f"At the end of the {noun}, the chairmanship in the [CSTO] passed to the {w.state(nxt)}."
            if nh is not None:
                w.part(ev, nh, "speaker")
                text += f" {cap(w.who(nh, again=rng.random() < 0.3))} provided information on the country's priorities."
            w.add(text)
        self.sidelines(w, ev)
        if rng.random() < 0.15 and ev.day.year < 2025 and ev.body in ("CSC", "CMFA", "CDM", "CSSC"):
            nxt = self.chair_state(ev.day.year + 1)
            w.add(f"The next {noun} of the {w.org(ev.body)} is scheduled to be held in "
                  f"{w.place(STATES[nxt].cities[0], dt.date(ev.day.year + 1, ev.day.month, 1))} in "
                  f"{MONTHS[ev.day.month - 1]} {ev.day.year + 1}.")

        def where() -> str:
            return "" if ev.vc or not said else f" in {w.place(ev.place, ev.day)}"

        w.headline(lambda: rng.choice((
            lambda: f"A {noun} of the {w.org(ev.body)} was held{where()}",
            lambda: f"The {w.org(ev.body)} adopted a statement on {w.topic()}",
            lambda: f"{cap(noun)} of the {w.org(ev.body)}{' held ' + rng.choice(VC) if ev.vc else where()}"))())
        self.finish(it, w)

    def _attendance(self, w: Writer, ev: Event, noun: str) -> None:
        rng = self.rng
        extras_named = False
        style = rng.choice(("list", "paren", "paren", "country", "unnamed") if ev.body in LIST_POST else ("list",))
        if ev.body == "MC" and rng.random() < 0.5:
            style = "unnamed"
        if ev.body == "PA":
            style = "none"
        with_chair = rng.random() < 0.5 and ev.body != "MC"
        members = [(st, pid) for st, pid in ev.members if pid != ev.chair or with_chair]
        if style == "list":
            whos = [w.who(pid, listed=True, again=pid == ev.chair) for _, pid in members]
            for _, pid in members:
                w.part(ev, pid, "participant")
            w.add(rng.choice((f"The {rng.choice(('event', noun))} was attended by {join_and(whos)}.",
                              f"{cap(join_and(whos))} took part in the {noun}.",
                              f"Taking part in the {noun} were {join_and(whos)}.")))
        elif style in ("paren", "country"):
            members = [(st, pid) for st, pid in ev.members if pid != ev.chair]
            parts = []
            for st, pid in members:
                rank = w.roles[pid][2]
                name = w.name(pid, full=True)
                w.facts.append(("post", pid, LIST_POST[ev.body], st, w.item.post_date))
                w.part(ev, pid, "participant")
                if style == "paren":
                    parts.append(f"the {w.state(st)} ({rank + ' ' if rank and rng.random() < 0.85 else ''}{name})")
                else:
                    parts.append(f"{name} ({w.state(st, short=True)})")
            if style == "paren":
                text = f"The {PLURAL[ev.body]} of " + ", of ".join(parts)
                if rng.random() < 0.6:
                    extras_named = True
                    whos = [w.who(x, listed=True) for x in ev.extras]
                    for x in ev.extras:
                        w.part(ev, x, "participant")
                    text += f", as well as {join_and(whos)}"
                w.add(text + f" participated in the {noun}.")
            else:
                w.add(f"The {noun} was attended by the {PLURAL[ev.body]} of the [CSTO] member states: "
                      + ", ".join(parts) + ".")
        elif style == "unnamed":
            states = [f"the {w.state(st)}" for st, _ in ev.members]
            w.add(f"The {noun} was attended by the {PLURAL[ev.body]} of {join_and(states)}.")
        if not extras_named:
            whos = [w.who(x, listed=True) for x in ev.extras]
            for x in ev.extras:
                w.part(ev, x, "participant")
            w.add(rng.choice((f"The {noun} was also attended by {join_and(whos)}.",
                              f"{cap(join_and(whos))} also took part in the {noun}.")))
        if ev.absent:
            st, ab = ev.absent
            text = f"{cap(w.who(ab, listed=True))} did not take part in the {noun}."
            if ev.standin is not None:
                w.part(ev, ev.standin, "participant")
                text += f" The {w.state(st)} was represented by {w.who(ev.standin, end=True)}."
            w.add(text)

    def _speakers(self, w: Writer, ev: Event, noun: str) -> None:
        rng = self.rng
        if ev.speaker is not None:
            w.part(ev, ev.speaker, "speaker")
            w.add(f"The participants discussed the possibilities of developing inter-parliamentary cooperation of the "
                  f"[CSTO] member states. {cap(w.who(ev.speaker))} provided information on this issue.")
        for x in ev.extras:
            if rng.random() < 0.35:
                w.part(ev, x, "speaker")
                verb = rng.choice(("briefed the participants on", "made a report on", "informed the participants about"))
                w.add(f"{cap(w.who(x))} {verb} {w.topic()}.")
        if ev.body == "PA":
            w.add(f"{cap(w.who(ev.chair))} noted the importance of {w.topic()}.")

    # ---------------------------------------------------------------- meetings and visits
    def _two(self, roles_a: tuple, weights_a: tuple, pick_b) -> tuple:
        """Draw a day, a CSTO official and a counterpart who are free that day."""
        rng = self.rng
        for _ in range(8):
            d = self.day()
            a_role = rng.choices(roles_a, weights_a)[0]
            n = rng.randrange(3) if a_role == "dsg" else 0
            b_role, scope = pick_b(a_role)
            a, ra = self.world.holder(a_role, "CSTO", d, n)
            b, rb = self.world.holder(b_role, scope, d)
            if self.free(d, (a, b)):
                break
        self.occupy(d, (a, b))
        return d, (a, a_role, "CSTO", ra), (b, b_role, scope, rb)

    def k_meet(self) -> None:
        rng = self.rng
        it, w = self.new_item("meet")

        def pick_b(a_role: str) -> tuple:
            st = rng.choice(MEMBERS)
            if a_role == "cjs":
                return rng.choice(("mod", "cgs", "dep_mod")), st
            return rng.choices(("president", "pm", "mfa", "secsc", "mod", "permrep", "dep_mfa"),
                               (20, 10, 25, 15, 10, 15, 5))[0], st

        d, (a, *ra), (b, *rb) = self._two(("sg", "dsg", "cjs"), (55, 30, 15), pick_b)
        w.assign(a, *ra)
        w.assign(b, *rb)
        st = rb[1]
        abroad = rb[0] != "permrep" and rng.random() < 0.75
        city = (STATES[st].cities[0] if rng.random() < 0.8 else rng.choice(STATES[st].cities)) if abroad else "Moscow"
        host, guest = (b, a) if abroad else (a, b)
        if abroad and rb[0] in ("president", "pm") and rng.random() < 0.06:
            return self._undated_reception(it, w, d, host, guest, st)
        typ = "reception" if abroad and rb[0] in ("president", "pm") and rng.random() < 0.6 else rng.choice(
            ("meeting", "meeting", "talks"))
        self.publish(it, self.pub_after(d), d)
        said = rng.random() < 0.85
        ev = self.event(typ, f"{cap(typ)} of {self.names(guest)} with {self.names(host)}", d,
                        place=city, hint=self.hint(typ, guest, host))
        secretariat = typ != "reception" and not abroad and rng.random() < 0.5
        at = f" in {w.place(city, d)}" if said and not secretariat else ""
        if typ == "reception":
            lead = rng.choice((
                lambda: f"{w.on(d, True)},{at + ',' if at else ''} {w.who(guest, listed=True)} was received by "
                        f"{w.who(host, end=True)}.",
                lambda: f"{cap(w.who(host))} received {w.who(guest, listed=True)} {w.on(d)}{at}."))()
        elif secretariat:
            lead = (f"{w.on(d, True)}, the [CSTO Secretariat] hosted a working meeting between {w.who(a, listed=True)} "
                    f"and {w.who(b, end=True)}.")
            said = False
        elif typ == "talks":
            lead = f"{w.on(d, True)},{at + ',' if at else ''} {w.who(a)} held talks with {w.who(b, end=True)}."
        else:
            lead = rng.choice((
                lambda: f"{w.on(d, True)},{at + ',' if at else ''} {w.who(a)} met with {w.who(b, end=True)}.",
                lambda: f"{w.on(d, True)}, {w.who(a)} held a meeting with {w.who(b, listed=True)}{at}."))()
        w.core(ev, place=said)
        w.part(ev, host, "host")
        w.part(ev, guest, "guest")
        w.add(lead)
        self.body_lines(w, MEET_LINES, rng.randint(1, 3))
        if rng.random() < 0.4:
            w.add(w.quote(rng.choice((a, b))))
        self.backref(w, a, d)
        self.scheduled(w, a, d)
        if rng.random() < 0.3:
            w.add(w.line(CLOSING))
        w.headline(lambda: rng.choice((
            lambda: f"{cap(w.title(a))} {w.hname(a)} met with the {w.title(b)} {w.hname(b)}",
            lambda: f"Meeting of the {w.title(a)} with the {w.title(b)}",
            lambda: f"{w.hname(a)} and {w.hname(b)} discussed {w.topic()}"))())
        self.finish(it, w)

    def _undated_reception(self, it: Item, w: Writer, d: dt.date, host: int, guest: int, st: str) -> None:
        """No date anywhere: an optional event with an empty date."""
        self.publish(it, d, None, styles=("bare",))
        it.teasable = False
        ev = self.event("reception", f"Reception of {self.names(guest)} by {self.names(host)} (date not given)",
                        None, place=st, hint=self.hint("reception", guest, host))
        w.core(ev, place=True, optional=True)
        w.part(ev, host, "host", optional=True)
        w.part(ev, guest, "guest", optional=True)
        w.add(f"During {w.his(guest)} visit to {w.place(st)}, {w.who(guest)} was received by {w.who(host, end=True)}.")
        self.body_lines(w, MEET_LINES, 1)
        self.finish(it, w)

    def k_visit(self) -> None:
        rng = self.rng
        it, w = self.new_item("visit")
        st = rng.choice(MEMBERS)
        d1, (a, *ra), _ = self._two(("sg", "dsg"), (70, 30), lambda r: ("mfa", st))
        d2 = min(d1 + dt.timedelta(days=rng.randint(1, 3)), dt.date(d1.year, 12, 31))
        w.assign(a, *ra)
        hosts = [w.cast(r, st, d1) for r in rng.sample(("pm", "mfa", "secsc", "mod", "permrep"), rng.randint(1, 3))]
        self.publish(it, self.pub_after(d2), d1)
        ev = self.event("visit", f"Working visit of {self.names(a)} to {STATES[st].short}", d1, end=d2, place=st,
                        hint=self.hint("visit", a))
        verb = rng.choice(("paid a working visit to", "was on an official visit to", "visited"))
        lead = f"{w.span(d1, d2, True)}, {w.who(a)} {verb} {w.place(st)}."
        w.core(ev, place=True, end=d2 != d1)
        w.part(ev, a, "guest")
        w.add(lead)
        whos = [w.who(h, listed=True) for h in hosts]
        for h in hosts:
            w.part(ev, h, "host")
        meetings = "meetings" if len(hosts) > 1 else "a meeting"
        w.add(f"During the visit, {w.ref(a)} held {meetings} with {join_and(whos)}.")
        self.body_lines(w, MEET_LINES, rng.randint(1, 2))
        mid = d1 + dt.timedelta(days=rng.randint(0, (d2 - d1).days))
        pres = w.cast(head_role(st), st, mid)
        if rng.random() < 0.4 and pres not in hosts and self.free(mid, (pres,)):
            rec = self.event("reception", f"Reception of {self.names(a)} by {self.names(pres)}", mid,
                             place=STATES[st].cities[0], hint=self.hint("reception", a, pres))
            said = rng.random() < 0.5
            w.core(rec, place=said)
            w.part(rec, pres, "host")
            w.part(rec, a, "guest")
            at = f" in {w.place(STATES[st].cities[0], mid)}" if said else ""
            w.add(f"{w.on(mid, True)}, {w.ref(a)} was received by {w.who(pres, end=True)}{at}.")
        if rng.random() < 0.4:
            w.add(w.quote(a))
        self.backref(w, a, d1)
        w.headline(lambda: rng.choice((
            lambda: f"Working visit of the {w.title(a)} to {w.place(st)}",
            lambda: f"{cap(w.title(a))} {w.hname(a)} visited {w.place(st)}"))())
        self.finish(it, w)

    def k_phone(self) -> None:
        rng = self.rng
        it, w = self.new_item("phone")

        def pick_b(a_role: str) -> tuple:
            if rng.random() < 0.3:
                role = rng.choice(sorted(INTL_ROLES))
                return role, INTL_ORG[role]
            return rng.choice(("mfa", "secsc", "mod", "pm")), rng.choice(MEMBERS)

        d, (a, *ra), (b, *rb) = self._two(("sg", "dsg"), (80, 20), pick_b)
        w.assign(a, *ra)
        w.assign(b, *rb)
        self.publish(it, self.pub_after(d), d)
        ev = self.event("talks", f"Telephone conversation between {self.names(a, b)}", d,
                        hint=self.hint("phone", a, b))
        w.core(ev, place=False)
        w.part(ev, a, "participant")
        w.part(ev, b, "participant")
        w.add(rng.choice((
            lambda: f"{w.on(d, True)}, {w.who(a)} held a telephone conversation with {w.who(b, end=True)}.",
            lambda: f"{w.on(d, True)}, a telephone conversation took place between {w.who(a, listed=True)} and "
                    f"{w.who(b, end=True)}."))())
        self.body_lines(w, MEET_LINES, rng.randint(1, 2))
        w.headline(lambda: f"Telephone conversation of the {w.title(a)} with the {w.title(b)}")
        self.finish(it, w)

    def k_intl(self) -> None:
        rng = self.rng
        it, w = self.new_item("intl")

        def pick_b(a_role: str) -> tuple:
            role = rng.choice(sorted(INTL_ROLES))
            return role, INTL_ORG[role]

        d, (a, *ra), (b, *rb) = self._two(("sg", "dsg"), (60, 40), pick_b)
        w.assign(a, *ra)
        w.assign(b, *rb)
        self.publish(it, self.pub_after(d), d)
        city = rng.choice(INTL_PLACES[rb[0]])
        k = rng.randrange(3) if city else 3
        typ = ("talks", "meeting", "meeting", "meeting")[k]
        ev = self.event(typ, f"{cap(typ)} between {self.names(a, b)}", d, place=city, hint=self.hint(typ, a, b))
        if k == 0:
            lead = f"{w.on(d, True)}, in {w.place(city, d)}, {w.who(a)} held talks with {w.who(b, end=True)}."
        elif k == 1:
            lead = f"{w.on(d, True)}, {w.who(a)} met in {w.place(city, d)} with {w.who(b, end=True)}."
        elif k == 2:
            lead = (f"{w.on(d, True)}, the [CSTO Secretariat] hosted a working meeting between "
                    f"{w.who(a, listed=True)} and {w.who(b, end=True)}.")
            city = None
        else:
            lead = f"{w.on(d, True)}, {w.who(a)} and {w.who(b, listed=True)} held a meeting via videoconference."
        w.core(ev, place=city is not None)
        w.part(ev, a, "host" if k == 2 else "participant")
        w.part(ev, b, "guest" if k == 2 else "participant")
        w.add(lead)
        w.add(f"Prospects for cooperation between the [CSTO] and the {w.org(INTL_ORG[rb[0]])} were discussed.")
        self.body_lines(w, MEET_LINES, rng.randint(0, 2))
        if rng.random() < 0.35:
            w.add(w.quote(b if rng.random() < 0.3 else a))
        self.backref(w, a, d)
        w.headline(lambda: rng.choice((
            lambda: f"{cap(w.title(a))} {w.hname(a)} held talks with the {w.title(b)} {w.hname(b)}",
            lambda: f"The [CSTO] and the {w.org(INTL_ORG[rb[0]])} discussed {w.topic()}"))())
        self.finish(it, w)

    # ---------------------------------------------------------------- consultations, courses, exercises, conferences
    def k_consult(self) -> None:
        rng = self.rng
        it, w = self.new_item("consult")
        d = self.day()
        cs = self.chair_state(d.year)
        self.publish(it, self.pub_after(d), d)
        o, c = w.q
        w.add(f"{w.on(d, True)}, in {w.place('Moscow')}, at the [CSTO Secretariat] consultations of the [CSTO] member "
              f"states under the chairmanship of the {w.state(cs)} on the theme: {o}{rng.choice(THEMES)}{c} took place.")
        k = rng.randrange(3)
        if k:
            ev = self.event("consultations", "Consultations of the CSTO member states", d, place="Moscow",
                            hint="consultations")
            x = w.cast("dsg", "CSTO", d, rng.randrange(3)) if k == 1 else w.cast(rng.choice(("permrep", "dep_mfa")), cs, d)
            w.core(ev, place=True)
            if k == 1:
                w.part(ev, x, "speaker")
                w.add(f"The consultations were opened by {w.who(x, end=True)}.")
            else:
                w.part(ev, x, "chair")
                w.add(f"The consultations were chaired by {w.who(x, end=True)}.")
        w.add("Representatives of the foreign ministries and security council apparatuses of the [CSTO] member states "
              "took part in the consultations.")
        self.body_lines(w, SESSION_LINES, 1, noun="consultations")
        w.headline(lambda: "Consultations of the [CSTO] member states were held at the [CSTO Secretariat]")
        self.finish(it, w)

    def k_course(self) -> None:
        rng = self.rng
        it, w = self.new_item("course")
        inst, city = rng.choice(INSTITUTES)
        d1 = self.day()
        d2 = min(d1 + dt.timedelta(days=rng.randint(4, 24)), dt.date(d1.year, 12, 31))
        self.publish(it, self.pub_after(d2), d1)
        w.add(f"{w.span(d1, d2, True)}, the {w.org(inst)} hosted the regular {roman(rng.randint(2, 19))} Training "
              f"Courses of the [CSTO] member states for {rng.choice(AUDIENCES)}.")
        if rng.random() < 0.45:
            x = w.cast(rng.choice(("dsg", "dsg", "cjs")), "CSTO", d1, rng.randrange(3))
            ev = self.event("course", "Training Courses of the CSTO member states", d1, end=d2, place=city,
                            hint=f"course-{slug(inst)}")
            w.core(ev, place=False, end=d2 != d1)
            if rng.random() < 0.6:
                w.part(ev, x, "speaker")
                w.add(f"{cap(w.who(x))} took part in the opening ceremony and addressed the participants.")
            else:
                w.part(ev, x, "participant")
                w.add(f"The certificates were presented to the graduates by {w.who(x, end=True)}.")
        w.add(f"The training program included lectures and practical classes on {w.topic()}.")
        w.headline(lambda: f"Training courses for specialists of the [CSTO] member states were held at the {w.org(inst)}")
        self.finish(it, w)

    def k_exercise(self) -> None:
        rng = self.rng
        it, w = self.new_item("exercise")
        st = rng.choice(MEMBERS)
        d1 = self.day()
        d2 = min(d1 + dt.timedelta(days=rng.randint(2, 6)), dt.date(d1.year, 12, 31))
        self.publish(it, self.pub_after(d2), d1)
        force = rng.choice(("CRRF", "CPF"))
        o, c = w.q
        name = f"{rng.choice(EXERCISES)}-{d1.year}"
        w.add(f"{w.span(d1, d2, True)}, the joint exercise of the {w.org(force)} {o}{name}{c} was held at the "
              f"{rng.choice(GROUNDS[st])} training ground in {w.place(st)}.")
        if rng.random() < 0.6:
            cjs = w.cast("cjs", "CSTO", d1)
            mod = w.cast("mod", st, d1)
            ev = self.event("exercise", f"Joint exercise {name}", d1, end=d2, place=st, hint=f"exercise-{slug(name)}")
            w.core(ev, place=True, end=d2 != d1)
            w.part(ev, cjs, "participant")
            w.part(ev, mod, "participant")
            w.add(f"The final stage of the exercise was observed by {w.who(cjs, listed=True)} and {w.who(mod, end=True)}.")
            if rng.random() < 0.3:
                sg = w.cast("sg", "CSTO", d1)
                w.part(ev, sg, "participant")
                w.add(f"{cap(w.who(sg))} also attended the active phase of the exercise.")
        w.add(f"The servicemen practised the tasks of {w.topic()}.")
        w.headline(lambda: f"The {w.org(force)} exercise {o}{name}{c} has ended")
        self.finish(it, w)

    def k_conference(self) -> None:
        rng = self.rng
        it, w = self.new_item("conference")
        d = self.day()
        city = rng.choice(("Moscow", "Minsk", "Astana", "Bishkek", "Dushanbe", "Yerevan", "Almaty"))
        self.publish(it, self.pub_after(d), d)
        o, c = w.q
        w.add(f"{w.on(d, True)}, an international scientific and practical conference {o}{rng.choice(THEMES)}{c} was "
              f"held in {w.place(city, d)}, organized by the [CSTO Secretariat] and the "
              f"{w.org(rng.choice(('RISS', 'ISS_KZ')))}.")
        people = []
        for role, scope in rng.sample((("dsg", "CSTO"), ("cjs", "CSTO"), ("crc", "CSTO"),
                                       ("permrep", rng.choice(MEMBERS)), ("srsg_ca", "UNRCCA")), rng.randint(0, 3)):
            pid = w.cast(role, scope, d, rng.randrange(3) if role == "dsg" else 0)
            if pid not in people:
                people.append(pid)
        if people:
            ev = self.event("conference", "International scientific and practical conference", d, place=city,
                            hint="conference")
            w.core(ev, place=True)
            for pid in people:
                w.part(ev, pid, "speaker")
                w.add(f"{cap(w.who(pid))} made a report on {w.topic()}.")
        w.add(f"The participants discussed {w.topic()}.")
        w.headline(lambda: f"An international conference on {w.topic()} was held in {w.place(city, d)}")
        self.finish(it, w)

    def k_debate(self) -> None:
        rng = self.rng
        it, w = self.new_item("debate")
        d = self.day()
        x = w.cast(rng.choice(("sg", "sg", "dsg")), "CSTO", d, rng.randrange(3))
        self.publish(it, self.pub_after(d), d)
        venue, city, label = rng.choice(DEBATES)
        ev = self.event("debate", label, d, place=city, hint="debate")
        o, c = w.q
        speech = list(SPEECH[venue][: rng.randint(1, len(SPEECH[venue]))])
        said = rng.random() < 0.3
        if rng.random() < 0.5:
            for p in speech:
                w.add(p)
            speech = []
        w.core(ev, place=said)
        w.part(ev, x, "speaker")
        w.add(f"{cap(w.who(x))} took part in the debate on {o}{rng.choice(DEBATE_THEMES)}{c} held {w.on(d)} at "
              f"{venue}{' in ' + w.place(city) if said else ''}.")
        for p in speech:
            w.add(p)
        w.headline(lambda: f"Speech by the {w.title(x)} {w.hname(x)} at {venue}")
        self.finish(it, w)

    # ---------------------------------------------------------------- items without events
    def k_statement(self) -> None:
        rng = self.rng
        it, w = self.new_item("statement")
        d = self.day()
        x = w.cast(rng.choice(("sg", "sg", "dsg")), "CSTO", d, rng.randrange(3))
        self.publish(it, d, d)
        situation = rng.choice(SITUATIONS)
        w.add(f"{cap(w.who(x))} made a statement in connection with {situation}.")
        w.add(w.quote(x, GENERAL_QUOTES))
        self.body_lines(w, STATEMENT_CLOSING, 1)
        w.headline(lambda: f"Statement of the {w.title(x)} in connection with {situation}")
        self.finish(it, w)

    def k_interview(self) -> None:
        rng = self.rng
        it, w = self.new_item("interview")
        d = self.day()
        x = w.cast(rng.choice(("sg", "sg", "dsg", "cjs")), "CSTO", d, rng.randrange(3))
        st = rng.choice(MEMBERS)
        self.publish(it, d, d)
        media = w.org(rng.choice(MEDIA))
        if rng.random() < 0.5:
            w.add(f"{w.name(x)}, the {w.title(x)}, told {media} correspondent whether the [CSTO] sought to become a "
                  f"counterweight to [NATO], about {w.topic()} and the role of {w.state(st, short=True)} in the "
                  "Organization.")
        else:
            w.add(f"{cap(w.who(x))} gave an interview to {media} on {w.topic()}.")
        o, c = w.q
        for _ in range(rng.randint(1, 2)):
            t = w.topic()
            w.add(f"- How do you assess {t}?\n- {rng.choice(QUOTES)}")
        w.headline(lambda: f"Interview of the {w.title(x)} {w.hname(x)} to {media}")
        self.finish(it, w)

    def k_commentary(self) -> None:
        rng = self.rng
        it, w = self.new_item("commentary")
        d = self.day()
        self.publish(it, d, d, styles=("titled", "site", "dateline"))
        subject = rng.choice(("the legal grounds for peacekeeping operations by the [CSTO Collective Peacekeeping Forces]",
                              "a number of media reports on the activities of the Organization",
                              "the statements of some officials on the role of the [CSTO]"))
        w.add(f"Commentary of the [CSTO Secretariat] on {subject}")
        w.add("The [CSTO] peacekeeping operations are regulated by the Agreement on the [CSTO] Peacekeeping Activities "
              "of 6 October 2007.")
        w.add("A decision on a peacekeeping operation in the territory of one of the [CSTO] member states is taken by the "
              f"{w.org('CSC')} on the basis of an official request of that state, with immediate notification of the "
              "[UN SC].")
        self.body_lines(w, STATEMENT_CLOSING, 1)
        w.headline(lambda: f"Commentary of the [CSTO Secretariat] on {subject}")
        self.finish(it, w, footer=0.8)

    def k_condolence(self) -> None:
        rng = self.rng
        it, w = self.new_item("condolence")
        d = self.day()
        st = rng.choice(MEMBERS)
        sg = w.cast("sg", "CSTO", d)
        self.publish(it, d, d)
        disaster = rng.choice(DISASTERS)
        if rng.random() < 0.6:
            head = w.cast(head_role(st), st, d)
            w.add(f"{cap(w.who(sg))} sent a message of condolences to {w.who(head, end=True)} in connection with "
                  f"{disaster}.")
        else:
            w.add(f"{cap(w.who(sg))} expressed condolences to the leadership and people of {w.state(st, short=True)} in "
                  f"connection with {disaster}.")
        o, c = w.q
        w.add(f"{o}On behalf of the [Secretariat of the Collective Security Treaty Organization] and on my own behalf, I "
              f"express my deep condolences to the families and friends of the victims,{c} the message says.")
        w.headline(lambda: f"Condolences of the {w.title(sg)}")
        self.finish(it, w)

    def k_greeting(self) -> None:
        rng = self.rng
        it, w = self.new_item("greeting")
        d = self.day()
        sg = w.cast("sg", "CSTO", d)
        if rng.random() < 0.7:
            st = rng.choice(("RUS", "BLR", "KAZ", "KGZ", "TJK"))
            addr = w.cast("secsc", st, d)
        else:
            addr = w.cast("cis_exec", "CIS", d)
        self.publish(it, d, d, styles=("site", "titled", "dateline"))
        n = rng.randint(8, 19)
        # the meeting greeted has no date in the text: an optional event, as in the sample gold
        ev = self.event("meeting", f"{n}th meeting of the secretaries of the security councils of the CIS member "
                        "states (date not given)", None, hint=f"cis-secretaries-{n}")
        w.core(ev, place=False, optional=True)
        w.part(ev, addr, "participant", optional=True)
        w.add(f"{cap(w.who(sg))} sent a message of greetings to {w.who(addr, end=True)}, and to the participants of the "
              f"{n}th meeting of the secretaries of the security councils of the member states of the "
              f"[Commonwealth of Independent States].")
        p = self.world.people[addr]
        if p.patronymic:
            w.add(f"Dear {w.form(addr, p.first[0] + ' ' + p.patronymic)}!")
        w.add("Dear Secretaries of the Security Councils!")
        w.add("On behalf of the [Secretariat of the Collective Security Treaty Organization], I welcome the organizers "
              f"and participants of the meeting and wish you fruitful work on {w.topic()}.")
        w.headline(lambda: f"Greetings from the {w.title(sg)} to the participants of the meeting of the secretaries of "
                           f"the security councils of the [CIS] member states")
        self.finish(it, w)

    def k_announce(self) -> None:
        rng = self.rng
        it, w = self.new_item("announce")
        fut = self.day()
        d = fut - dt.timedelta(days=rng.randint(2, 20))
        if d < self.start:
            d, fut = fut, fut + dt.timedelta(days=20)
        self.publish(it, d, d)
        a = w.cast(rng.choice(("sg", "dsg")), "CSTO", d, rng.randrange(3))
        st = rng.choice(MEMBERS)
        k = rng.randrange(3)
        if k == 0:
            b = w.cast(rng.choice(("mfa", "secsc", "president")), st, d)
            w.add(f"{w.on(fut, True)}, {w.who(a)} will hold a meeting with {w.who(b, end=True)} in "
                  f"{w.place(STATES[st].cities[0], fut)}.")
        elif k == 1:
            f2 = fut + dt.timedelta(days=rng.randint(1, 3))
            w.add(f"{cap(w.who(a))} is scheduled to pay a working visit to {w.place(st)} {w.span(fut, f2)}.")
        else:
            nxt = next((e for e in self.sessions if e.body == "CSC" and e.day > d), None)
            if nxt is None:
                return self.k_statement()
            where = "via videoconferencing" if nxt.vc else f"in {w.place(nxt.place, nxt.day)}"
            w.add(f"The next session of the {w.org('CSC')} is scheduled to take place {where} {w.month(nxt.day)}.")
            w.add(f"{cap(w.who(a))} informed the permanent representatives about the preparations.")
        self.body_lines(w, ANNOUNCE_LINES, 1)
        w.headline(lambda: "Announcement of the [CSTO Secretariat]")
        self.finish(it, w)

    # ---------------------------------------------------------------- news-agency items
    def k_agency(self) -> None:
        rng = self.rng
        it, w = self.new_item("agency")
        it.teasable = False
        agency = rng.choices(("RIA", "TASS", "BELTA", "KAZINFORM"), (5, 2, 2, 1))[0]
        mode = rng.choices(("statement", "meeting", "followup"), (5, 3, 2))[0]
        done = [s for s in self.sessions if s.chair is not None]
        if mode == "followup" and not done:
            mode = "statement"
        if mode == "followup":
            ev = rng.choice(done)
            d, city = ev.day, ev.place or "Moscow"
            for pid, cast in ev.cast.items():
                w.assign(pid, *cast)
            x = rng.choice(ev.extras)
        elif mode == "meeting":
            st = rng.choice(MEMBERS)
            d, (x, *ra), (b, *rb) = self._two(("sg", "dsg"), (70, 30),
                                              lambda r: (rng.choice(("mfa", "secsc", "mod")), st))
            w.assign(x, *ra)
            w.assign(b, *rb)
            city = STATES[st].cities[0]
        else:
            d = self.day()
            x = w.cast(rng.choice(("sg", "sg", "dsg", "cjs")), "CSTO", d, rng.randrange(3))
            city = "Moscow"
        self.publish(it, d, d, styles=("agency",))
        dl = d.strftime("%d.%m.%Y")
        up = w.place(city, d, upper=True)
        lead = {"RIA": f"{up}, {MONTHS[d.month - 1]} {d.day} - [RIA Novosti news agency].  ",
                "TASS": f"{up}, {MONTHS[d.month - 1]} {d.day}. /[TASS]/. ",
                "BELTA": f"{up}, {d.day} {MONTHS[d.month - 1]} ([BelTA]) – ",
                "KAZINFORM": f"{up}. {MONTHS[d.month - 1]} {d.day}. [KAZINFORM] – "}[agency]
        weekday = WEEKDAYS[d.weekday()]
        o, c = w.q
        if mode == "followup":
            noun = SESSION_NOUN.get(ev.body, "meeting")
            w.core(ev, optional=True)
            w.part(ev, x, "participant", optional=True)
            lead += (f"{cap(w.who(x))}  told reporters on {weekday}  following the {noun} of the {w.org(ev.body)} that "
                     f"the member states had discussed {w.topic()}.")
            topic = f"{noun} of the {w.org(ev.body)}"
        elif mode == "meeting":
            ev = self.event("meeting", f"Meeting of {self.names(x, b)}", d, place=city, hint=self.hint("meeting", x, b))
            w.core(ev, place=True)
            w.part(ev, x, "guest")
            w.part(ev, b, "host")
            lead += (f"{cap(w.who(x))} and {w.who(b, listed=True)} discussed {w.topic()} at a meeting in "
                     f"{w.place(city, d)} on {weekday}, the press service of the [CSTO Secretariat] reported.")
            topic = f"talks in {city}"
        else:
            lead += (f"{cap(w.who(x))}  told reporters on {weekday}  that the [CSTO] paid particular attention to "
                     f"{w.topic()}.")
            topic = w.topic()
        w.add(lead)
        bank = {"meeting": MEET_LINES, "followup": SESSION_LINES, "statement": AGENCY_LINES}[mode]
        self.body_lines(w, bank, rng.randint(1, 2), noun="meeting", he=w.he(x), he_l=w.he(x).lower())
        img = rng.choice(("ZVF_{}.JPG", "IMG_{}.jpg", "DSC_{}.JPG")).format(rng.randint(1000, 9999))
        q = rng.choice(QUOTES)
        w.add(f"{img}{o}{q[:-1]},{c} {w.ref(x)} said.")
        # title, caption and credit
        facts = []
        title = w.para(f"[{ORGS[agency][2][0]}]: the [CSTO] on {topic}" if agency in ("RIA", "TASS")
                       else f"The [CSTO] on {topic}")
        facts += title.facts
        if agency == "RIA":
            cap_ru = rng.choice(CAPTIONS)
            role = w.roles[x][0]
            p = self.world.people[x]
            if p.nat != "WE" and rng.random() < 0.6:
                ru = RU_TITLES.get(role) or RU_TITLES.get(f"{role}@{w.roles[x][1]}")
                ru_name = w.form(x, f"{p.first[2]} {p.last[2]}")
                cap_ru = f"{ru + ' ' if ru else ''}{ru_name} {rng.choice(RU_ACTIONS)}".strip()
            photo = rng.choice(self.world.photographers)
            ph = self.world.people[photo]
            caption = w.para(f"{cap_ru} - [РИА Новости], 1920, {dl}")
            credit = w.para(f"© [RIA Novosti news agency]/ {w.form(photo, ph.first[0] + ' ' + ph.last[0], optional=True)}"
                            f"\nLink to photo bank")
            facts += caption.facts + credit.facts
            it.head = f"{title.text}\n\n\n{caption.text}\n\n{credit.text}\n\n"
        elif agency == "TASS":
            it.head = f"{title.text}\n\n{dl}\n\n"
        elif agency == "BELTA":
            it.head = f"{dl}\n\n{title.text}\n\n"
        else:
            it.head = f"{title.text}\n{dl}\n\n"
        it.head_facts = facts
        self.finish(it, w)

    # ---------------------------------------------------------------- the run
    def run(self) -> None:
        rng = self.rng
        n_sessions = min(round(0.22 * self.n), round(2.2 * len(self.sessions)))
        names = sorted(KINDS)
        plan = ["session"] * n_sessions + rng.choices(names, [KINDS[k] for k in names], k=self.n - n_sessions)
        rng.shuffle(plan)
        weights = {"CSC": 4, "CMFA": 2, "CDM": 2, "CSSC": 2, "MC": 2, "PA": 1, "PC": 1}
        for kind in plan:
            if kind == "session":
                open_ = [s for s in self.sessions if s.covered < 3]
                if open_:
                    ev = rng.choices(open_, [weights[s.body] for s in open_])[0]
                    variant = "main" if ev.covered == 0 and rng.random() < 0.75 else rng.choice(("main", "short"))
                    ev.covered += 1
                    self.k_session(ev, variant)
                    continue
                kind = "meet"
            getattr(self, f"k_{kind}")()

    # ---------------------------------------------------------------- pages
    def paginate(self) -> list[tuple[list[int], list[int]]]:
        """Pages of 1-5 items in date order; ~10% of items on a second page; teaser blocks."""
        rng = self.rng
        items = self.items
        order = sorted(range(len(items)), key=lambda i: (items[i].pub, i))
        teaser_only = {i for i in order if items[i].teasable and rng.random() < 0.04}
        if len(teaser_only) == len(order):
            teaser_only.clear()
        full = [i for i in order if i not in teaser_only]
        pages: list[tuple[list[int], list[int]]] = []
        pos = 0
        while pos < len(full):
            k = rng.choice((1, 1, 2, 2, 2, 3, 3, 4, 5))
            pages.append(([], full[pos:pos + k]))
            pos += k
        originals = [list(p[1]) for p in pages]
        for pi, idxs in enumerate(originals):
            for idx in idxs:
                if len(pages) > 1 and rng.random() < 0.1:
                    other = min(max(pi + rng.choice((-3, -2, -1, 1, 2, 3, 5, 8)), 0), len(pages) - 1)
                    if other != pi and idx not in pages[other][1]:
                        pages[other][1].insert(rng.randint(0, len(pages[other][1])), idx)
        for pi, (teasers, idxs) in enumerate(pages):
            if rng.random() > 0.45:
                continue
            if pi and pages[pi - 1][0] and rng.random() < 0.35:
                teasers += [t for t in pages[pi - 1][0] if t not in idxs]
                continue
            near = []
            for _, other in pages[max(0, pi - 6):pi + 6]:
                near += [i for i in other if i not in idxs and i not in near and items[i].teasable]
            teasers += rng.sample(near, min(len(near), rng.randint(1, 4)))
        firsts = [items[p[1][0]].pub for p in pages]
        for idx in sorted(teaser_only):
            pi = min(bisect.bisect_left(firsts, items[idx].pub), len(pages) - 1)
            pages[pi][0].insert(rng.randint(0, len(pages[pi][0])), idx)
        return pages

    def render_page(self, page: tuple[list[int], list[int]]) -> str:
        rng = self.rng
        teasers, idxs = page
        blocks = []
        for idx in teasers:
            it = self.items[idx]
            lead = it.paras[0].text
            dated = it.lead_relative or rng.random() < 0.35
            blocks.append(f"{it.pub.strftime('%d.%m.%Y')}\n\n{lead}" if dated else lead)
        blocks += [self.items[i].text for i in idxs]
        if rng.random() < 0.75:
            blocks.append(NAV)
        text = blocks[0]
        for b in blocks[1:]:
            text += rng.choice(("\n\n", "\n\n", "\n\n\n", "\n\n\n\n")) + b
        return ("\n" if rng.random() < 0.3 else "") + text


# ============================================================================ gold


class Gold:
    """The union of the records of every piece of text that was written out."""

    def __init__(self, world: World, events: dict[str, Event]):
        self.world, self.events = world, events
        self.forms: dict[int, dict[str, bool]] = {}
        self.posts: dict[int, dict[tuple, None]] = {}
        self.orgs: dict[str, dict[str, None]] = {}
        self.places: dict[str, dict[str, None]] = {}
        self.cores: dict[str, list[bool]] = {}
        self.parts: dict[str, dict[int, list]] = {}

    def add(self, facts: list) -> None:
        for f in facts:
            kind = f[0]
            if kind == "person":
                forms = self.forms.setdefault(f[1], {})
                forms[f[2]] = forms.get(f[2], True) and f[3]
            elif kind == "post":
                self.posts.setdefault(f[1], {})[f[2:]] = None
            elif kind == "org":
                self.orgs.setdefault(f[1], {})[f[2]] = None
            elif kind == "place":
                self.places.setdefault(f[1], {})[f[2]] = None
            elif kind == "core":
                core = self.cores.setdefault(f[1], [False, False, True])
                core[0] |= f[2]
                core[1] |= f[3]
                core[2] &= f[4]
            elif kind == "part":
                _, eid, pid, role, opt = f
                seen = self.parts.setdefault(eid, {})
                cur = seen.get(pid)
                if cur is None or (cur[1] and not opt):
                    seen[pid] = [role, opt]
                elif cur[1] == opt and ROLE_RANK[role] < ROLE_RANK[cur[0]]:
                    cur[0] = role

    def add_item(self, it: Item) -> None:
        for p in ([it.headline] if it.headline else []) + it.paras + it.extras:
            self.add(p.facts)
        self.add(it.head_facts)

    @staticmethod
    def _named(canonical: str, forms: dict[str, None]) -> tuple[str, list[str]]:
        name = canonical if canonical in forms else max(forms, key=lambda f: (len(f), f))
        return name, sorted(f for f in forms if f != name)

    def build(self) -> dict:
        org_name, orgs = {}, []
        for key in sorted(self.orgs):
            kind, canonical, _ = ORGS[key]
            name, aliases = self._named(canonical, self.orgs[key])
            org_name[key] = name
            orgs.append({"name": name, "aliases": aliases, "kind": kind})
        place_name, places = {}, []
        for key in sorted(self.places):
            name, aliases = self._named(PLACES[key][0], self.places[key])
            place_name[key] = name
            places.append({"name": name, "aliases": aliases})
        person_name, people = {}, []
        for pid in sorted(self.forms):
            p = self.world.people[pid]
            forms = self.forms[pid]
            fulls = [f"{a} {b}" for a, b in [(p.first[0], p.last[0]), *p.variants()]]
            name = next((f for f in fulls if f in forms), None) or max(forms, key=lambda f: (len(f), f))
            person_name[pid] = name
            posts = sorted(self.posts.get(pid, {}), key=lambda t: (t[2] or "", t[0], t[1]))
            states = [org for _, org, _ in posts if org in STATES]
            entry = {"name": name, "aliases": sorted(f for f in forms if f != name),
                     "country": STATES[max(states, key=states.count)].label if states else None,
                     "posts": [{"post": post, "org": org_name.get(org) or (STATES[org].short if org in STATES
                                                                           else ORGS[org][1]),
                                "date": date} for post, org, date in posts]}
            if all(forms.values()):
                entry["optional"] = True
            people.append(entry)
        people.sort(key=lambda e: (e["name"].casefold(), e["name"]))
        events = []
        for eid, ev in self.events.items():
            if eid not in self.cores:
                continue
            place_said, end_said, optional = self.cores[eid]
            parts = []
            for pid, (role, opt) in self.parts.get(eid, {}).items():
                assert pid in person_name, (eid, pid)
                parts.append({"name": person_name[pid], "role": role, **({"optional": True} if opt else {})})
            if not parts:
                continue
            optional = optional or all(x.get("optional") for x in parts)
            if optional:    # the event itself is neutral: its participants are what matches it
                parts = [{k: v for k, v in x.items() if k != "optional"} for x in parts]
            parts.sort(key=lambda x: (ROLE_RANK[x["role"]], x["name"]))
            entry = {"id": eid, "type": ev.type, "label": ev.label, "date": ev.date,
                     "end_date": ev.end if end_said else None,
                     "place": place_name[ev.place] if place_said and ev.place else None, "participants": parts}
            if optional:
                entry["optional"] = True
            events.append(entry)
        events.sort(key=lambda e: (e["date"], e["id"]))
        return {"corpus": "corpus/", "people": people, "organizations": orgs, "places": places, "events": events}


# ============================================================================ entry points


def generate(articles: int, seed: int) -> tuple[list[str], dict]:
    """Page texts (in file order) and the gold dictionary."""
    if articles < 1:
        raise ValueError("--articles must be at least 1")
    gen = Generator(articles, seed)
    gen.run()
    pages = gen.paginate()
    gold = Gold(gen.world, gen.events)
    texts = []
    for page in pages:
        texts.append(gen.render_page(page))
        for idx in page[0]:
            gold.add(gen.items[idx].paras[0].facts)
        for idx in page[1]:
            gold.add_item(gen.items[idx])
    return texts, gold.build()


def write(out: Path, texts: list[str], gold: dict) -> None:
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for old in sorted(corpus.glob("*.txt")):
        old.unlink()
    width = max(3, len(str(len(texts) - 1)))
    for i, text in enumerate(texts):
        data = text.encode("utf-8")
        (corpus / f"{i:0{width}d}_{hashlib.sha256(data).hexdigest()[:16]}.txt").write_bytes(data)
    (out / "gold.json").write_bytes((json.dumps(gold, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True, help="number of news items to write")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="folder for corpus/ and gold.json")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    t0 = time.perf_counter()
    texts, gold = generate(args.articles, args.seed)
    write(args.out, texts, gold)
    print(f"{args.articles} articles, {len(texts)} pages, {len(gold['people'])} people, "
          f"{len(gold['organizations'])} organizations, {len(gold['events'])} events "
          f"in {time.perf_counter() - t0:.1f}s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
