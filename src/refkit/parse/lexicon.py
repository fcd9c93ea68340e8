"""Character classes, abbreviations and keyword lists the parser's rules share.

Everything language-specific the rules need lives here, as data, so that a
new convention is mostly a new entry in a list.
"""

from __future__ import annotations

import functools
import re

from ..text import BARE_LANGUAGES

UP = "\u1e00-\u1effƠƯA-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽА-ЯЁЂ-ЏӘҒҚҢӨҰҮҺІЇЄҐЎӢӮҲҶ"
# combining marks and the soft-sign prime belong inside words of ALA-LC romanisation ('Trubet͡skoĭ', 'izdatelʹstvo');
# Latin Extended Additional, in both (its capitals and small letters alternate), for Vietnamese ('Nguyễn') and
# romanised Arabic and Persian ('Muḥammad'), whose ʾ and ʿ sit inside words ('Navāʾī'); Uzbek's ʻ and ʼ ('Gʻulomova')
LOW = "\u1e00-\u1effơưʾʿʻʼa-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžа-яёђ-џәғқңөұүһіїєґўӣӯҳҷ\u0300-\u036fʹʺ"
LETTER = UP + LOW
HANGUL = "\uac00-\ud7a3"

# Words after which a full stop does not end a sentence (case-sensitive, without the dot).
ABBREVIATIONS = frozenset(
    """Co Ltd Inc Pte Corp Publ Bros Univ Dept Assoc Inst Acad Ed Eds ed eds Ред ред Изд изд Изд-во изд-во Вып вып
    vol Vol No no Nr nr pp Pp Iss iss Ch ch Pt pt Suppl suppl Ser ser Sec sec Art art Bd Hrsg Hg Aufl Diss Jr Sr St Mt Ft Dr Mr Mrs Ms Prof
    Т т Ч ч С с Кн кн Сер сер Гл гл Разд разд Ун-т ун-т Ин-т ин-т Гос гос Нац нац Акад акад Рос рос Рус рус Моск моск
    Науч науч Юрид юрид Экон экон Полит полит Ист ист Филол филол Пед пед Техн техн Мед мед Изв изв Зап зап Тр тр
    Докл докл Матер матер Сб сб Учеб учеб Пособ пособ Практ практ Междунар междунар Всерос всерос Конф конф им Им ім Ім
    др Др проф Проф акад канд Канд д-ра докт Докт наук Дис дис Автореф автореф спец Спец СПб Спб Л Н М K N Y Gov gov
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec янв февр мар апр авг сент окт нояб дек etc al cf viz vs Repr repr
    Trans trans Transl transl Rev rev Tom tom Vyp vyp Izd izd Red red Nauch nauch Gos gos Ros ros Mezhdunar
    mezhdunar Ekon ekon Sb sb Ucheb ucheb Sci Soc Int Natl Nat J Am Eur Res Stud Hist Polit Econ Rep Proc Conf Symp
    Trudy Tr Nauk nauk Ross ross Akad akad Pol Soc Rev Comp Eng Phys Chem Biol Math Med Stat Mgmt Manag Adm Anal Appl Dev Educ
    ежегод Ежегод молодеж Молодеж всерос Всерос Междунар науч Науч практ Практ конф Конф сб тр матер докл тез сообщ ст стат
    гл сост Сост пер Пер предисл вступ коммент авт перераб доп испр стер учеб пособ Пособ моногр энцикл слов справ ун-та ин-та
    АН РАН НАН федер обл респ Респ г т вып ч кн рис табл прил пед экон юрид филол ист полит социол психол техн физ мат хим
    биол мед нар образоват общ Общ отд упр рус англ нем фр каз укр белорус ежекв ежемес еженед информ бюл вестн журн зап
    изв уч учен Учен исслед произв пром соц гос Гос вид Вид перероб навч посіб наук навук гіст дыс рэд рэдкал гал інш
    заг ред тб бет бб том ғыл докт бас ж жж інш ін Ін-т ін-т квіт січ лют бер трав черв лип серп вер жовт лист груд
    студз сак крас чэрв жн кастр снеж кол канф Канф міжнар Міжнар Матэр матэр верас""".split()
)

# Tokens that mark a publisher name (lower-cased substrings).
PUBLISHER_WORDS = (
    "press", "publish", "publisher", "verlag", "books", "editions", "éditions", "edizioni", "wiley", "springer", "elsevier",
    "routledge", "palgrave", "macmillan", "sage", "taylor", "francis", "oxford", "cambridge", "penguin", "harper", "norton",
    "random house", "associates", "scientific", " co.", "ltd", "inc.", "gmbh", "llc", "institute", "institution", "brookings", "rand",
    "foundation", "издательство", "изд-во", "изд.", "изд ", "издат", "наука", "юрайт", "инфра-м", "проспект", "питер",
    "логос", "аспект", "весь мир", "дом", "типография", "тип.", "полиграф", "баспа", "баспасы", "мектеп", "атамұра",
    "білім", "қазақ университеті", "출판", "출판사", "연구원", "연구소", "학회", "大學", "대학교", "institute", "center", "centre",
    "economic institute", "university press", "academic", "ministry", "pearson", "mcgraw", "prentice", "addison", "tuttle",
    "crc", "kluwer", "de gruyter", "brill", "blackwell", "longman", "bloomsbury", "pergamon", "butterworth", "thieme",
)  # fmt: skip

# the last word of a company's name, never a family name: 'Analog Devices', 'Texas Instruments'
COMPANY_WORDS = ("devices", "instruments", "semiconductor", "semiconductors", "technologies", "electronics", "laboratories", "systems")
ORG_WORDS = (
    "fund", "consortium", "panel", "programme", "forum", "network", "group", "commission", "institution", "academy",
    "committee", "ministry", "organization", "organisation", "association", "agency", "bank", "council", "commission",
    "department", "office", "institute", "university", "foundation", "society", "union", "united nations", "government",
    "bureau", "centre", "center", "corporation", "company", "world health", "oecd", "unesco", "unicef", "who", "imf",
    "service", "administration", "authority", "federation", "parliament", "assembly", "court", "republic", "secretariat", "headquarters", "directorate",
    "министерство", "комитет", "агентство", "правительство", "президент", "совет", "служба", "департамент", "управление",
    "федерация", "ассоциация", "институт", "университет", "центр", "банк", "союз", "организация", "администрация",
    "ministerstvo", "ministrligi", "komitet", "agentstvo", "biuro", "byuro", "pravitel'stvo", "pravitelstvo", "institut", "tsentr", "akademiia", "akademiya", "sluzhba", "departament", "agenttigi", "byurosy", "komiteti", "министрлігі", "комитеті", "росстат", "госкомстат", "бюро", "бюросы", "минфин", "минобрнауки", "минэкономразвития", "агенттігі", "үкіметі", "уәкілетті", "орталығы", "қоры", "위원회", "정부", "부처", "연구원",
    "청", "부", "재단", "협회", "통계청", "외교부", "대통령", "연구소", "센터", "학회", "진흥원", "공사", "공단",
    "plc", "ltd", "inc", "llc", "gmbh", "development team", "core team", "contributors", "investigators", "collaborators", "collaboration", "trialists", "общество", "объединение", "палата", "фонд", "академия", "суд", "қоғамы", "палатасы",
    "рмк", "ркк", "ргп", "ргкп", "тоо", "жшс", "фгбу", "фгбоу", "фгуп", "гбу", "нао", "ано",  # legal forms: '«Қазгидромет» РМК', 'ФГБУ «…»'
) + COMPANY_WORDS  # fmt: skip

NEWSPAPER_WORDS = (
    "news", "times", "post", "herald", "gazette", "tribune", "guardian", "telegraph", "journal of commerce", "daily",
    "weekly", "chronicle", "observer", "independent", "reuters", "yonhap", "tass", "interfax", "bbc", "cnn", "газета",
    "известия", "коммерсант", "ведомости", "правда", "новости", "известий", "российская газета", "независимая",
    "комсомольская", "аргументы и факты", "казахстанская правда", "егемен", "ана тілі", "жас алаш", "aikyn", "lenta",
    "еңбекші қазақ", "enbekshi qazaq", "enbekshi kazak", "айқап", "aiqap", "социалистік қазақстан", "лениншіл жас", "дала уәлаяты",
    "ria", "риа", "интерфакс", "тасс", "뉴스", "신문", "일보", "경제", "방송", "kbs", "mbc", "sbs", "ytn", "hankyoreh",
    "chosun", "joongang", "dong-a", "korea herald", "korea times", "기사", "타스", "dt.co.kr", "newspaper",
    "pravda", "gazeta", "izvestiya", "izvestiia", "kommersant", "vedomosti", "ilbo", "sinmun", "shimbun", "新聞", "日報", "申報",
)  # fmt: skip

# newspapers whose names are ordinary words ('Қазақ', 'Труд'): a newspaper only when the name is the whole container
NEWSPAPER_TITLES = frozenset((
    "қазақ", "qazaq", "kazak", "казах", "труд", "пролетарий", "новая жизнь", "novaia zhizn'", "novaya zhizn'", "советская россия",
    "sovetskaya rossiya", "sovetskaia rossiia", "искра", "iskra", "maeil sinbo", "매일신보", "한겨레", "l’aurore", "l'aurore", "le monde", "le figaro",
))  # fmt: skip

# news agencies that sign their own stories ('Reuters. 2022. "…" January 11.')
NEWS_AGENCIES = frozenset((
    "reuters", "bloomberg", "interfax", "tass", "xinhua", "yonhap", "kazinform", "kabar", "akipress", "fergana", "tengrinews",
    "afp", "ap", "associated press", "agence france-presse", "ria novosti", "rfe/rl", "интерфакс", "тасс", "риа новости",
    "казинформ", "연합뉴스", "korean central news agency", "kcna", "kyodo", "kyodo news", "itar-tass", "anadolu agency", "dpa",
    "trend news agency", "24.kz", "kun.uz", "uza", "khovar", "조선중앙통신",
))  # fmt: skip
CONFERENCE_WORDS = (
    "conference", "proceedings", "proc. of ", "symposium", "workshop", "congress", "colloquium", "summit", "конференц", "конф.",
    "материалы", "симпозиум", "конгресс", "форум", "семинар", "чтения", "сборник трудов", "сб. тр", "сб. науч",
    "тезисы", "тез. докл", "съезд", "конференциясы", "материалдары", "학술대회", "학술회의", "발표", "konferents", "konf.", "materialy", "materialdary",
    "논문집", "학술발표대회", "kongress", "simpozium", "conf.", "symp.", "advances in neural information processing", "annual meeting", "findings of the association for computational linguistics", " meeting", "selected papers from", "konferentsiyasy", "конференції", "матеріали",
    "канф.", "канферэнц", "матэрыялы",  # Belarusian
)  # fmt: skip

CITIES = frozenset(
    """Moscow Moskva St. Petersburg Saint Petersburg Sankt-Peterburg Leningrad Kyiv Kiev Kharkiv Lviv Odesa Almaty Alma-Ata Astana
    Nur-Sultan Minsk Bishkek Frunze Tashkent Dushanbe Ashgabat Baku Tbilisi Yerevan Novosibirsk Yekaterinburg Ekaterinburg Kazan
    Aqtau Aqtöbe Aqtobe Qaraǵandy Qaraghandy Qostanai Türkistan Semei Öskemen Kökşetau Taldyqorǵan Şymkent Zhezkazgan
    Петропавл Жезказган Жезқазған Экибастуз Екібастұз Нұр-Сұлтан
    Tomsk Omsk Samara Ufa Perm Voronezh Rostov-on-Don Vladivostok Irkutsk Krasnoyarsk Karaganda Shymkent Pavlodar Semey Aktobe
    Nizhny Novgorod N. Novgorod London New York Oxford Cambridge Berlin Paris Seoul Tokyo Beijing Washington Geneva Vienna
    Boston Chicago Princeton Amsterdam Leiden Singapore Москва М. СПб. Санкт-Петербург Ленинград Л. Киев Київ К. Алматы
    Алма-Ата Астана Нур-Султан Минск Мінск Вільня Вильна Вильно Гародня Магілёў Віцебск Бишкек Ташкент Новосибирск Екатеринбург Казань Томск Харьков Харків Львів Одеса
    Караганда Қарағанды Шымкент Павлодар Семей Ақтөбе Сеул Пекин Вашингтон Н. Новгород Ростов-на-Дону Владивосток Иркутск
    Тарту Рига Вильнюс Суми
    Toshkent Samarqand Buxoro Xiva Nukus Andijon Namangan Fargʻona Qarshi Termiz Urganch Тошкент Самарқанд Бухоро Хива Нукус
    Qyzylorda Kyzylorda Orynbor Orenburg Oral Uralsk Taraz Turkistan Atyrau Aktau Kostanay Kokshetau Oskemen Petropavl
    Petropavlovsk Taldykorgan Ekibastuz Semipalatinsk Vernyi Tashkent Samarkand Bukhara Osh Khujand Chelyabinsk Barnaul
    Saratov Volgograd Krasnodar Kaliningrad Khabarovsk Yakutsk Ulan-Ude Izhevsk Tyumen Petrozavodsk Arkhangelsk Tver Kaluga
    Tula Yaroslavl Vologda Vladimir Smolensk Belgorod Kursk Penza Ryazan Dnipro Zaporizhzhia Chernivtsi Poltava Vinnytsia
    Uzhhorod Ternopil Ivano-Frankivsk Hrodna Vitebsk Gomel Mogilev Busan Daegu Incheon Gwangju Daejeon Suwon
    Кызылорда Қызылорда Орынбор Оренбург Орал Уральск Тараз Туркестан Түркістан Атырау Актау Ақтау Костанай Қостанай Кокшетау
    Көкшетау Өскемен Усть-Каменогорск Петропавловск Талдыкорган Талдықорған Семипалатинск Актобе Верный Самарканд Бухара Ош
    Душанбе Худжанд Фрунзе Челябинск Барнаул Саратов Волгоград Краснодар Калининград Хабаровск Якутск Улан-Удэ Ижевск
    Тюмень Петрозаводск Архангельск Тверь Калуга Тула Ярославль Вологда Владимир Смоленск Белгород Курск Пенза Рязань
    Самара Уфа Пермь Воронеж Омск Красноярск Днепр Дніпро Запоріжжя Чернівці Полтава Вінниця Ужгород Тернопіль Івано-Франківськ
    Улаанбаатар УБ. Гродна Гродно Віцебск Витебск Гомель Гомель Могилев Магілёў Ереван Тбилиси Баку Ашхабад
    Нью-Йорк Лондон Париж Берлин Женева Вена Рим Мадрид Прага Варшава Токио Стамбул Анкара Оксфорд Кембридж Бостон Чикаго
    Лейпциг Мюнхен Франкфурт Амстердам Брюссель Стокгольм Хельсинки Нью-Дели Дели Тегеран Улан-Батор Урумчи Бишкек Ташкент
    부산 대구 인천 광주 대전 수원 파주 서울 세종 울산 청주 전주 춘천 창원 제주 포항 안동 성남 고양 원주 진주 천안 과천
    Petrograd Петроград Tiflis Sverdlovsk Свердловск Gorky Горький Tselinograd Целиноград Akmolinsk Акмолинск Verny Kuibyshev
    Stalingrad Сталинград Königsberg Vilna Wilno Lwów Lemberg Kharkov Odessa Одесса Stalinabad Ashkhabad Erevan Ust-Kamenogorsk
    Dzhambul Джамбул Turkestan Warszawa Warsaw Kraków Krakow Praha Prague Wien Leipzig München Munich Kyoto Pyongyang Shanghai
    Taipei Honolulu Ithaca Bloomington Lanham Armonk Abingdon Basingstoke Cheltenham Boulder Pittsburgh
    Seattle Philadelphia Baltimore Toronto Montreal Sydney Melbourne Canberra Edinburgh Manchester Leeds Dordrecht Heidelberg
    Frankfurt Hamburg Stuttgart Zürich Zurich Basel Bern Bonn Köln Cologne Göttingen Tübingen Milano Milan Roma Rome Madrid
    Barcelona Lisboa Lisbon Stockholm Gothenburg Göteborg Uppsala Lund Oslo Trondheim Bergen Copenhagen Aarhus Lyngby Helsinki Espoo Delft Eindhoven Brussels Istanbul Ankara Tehran Delhi Mumbai Jakarta Bangkok
    Hoboken Evanston Minneapolis Cheltenham Brighton Sheffield Nottingham Birmingham Glasgow Dublin Dušanbe Duschanbe Taschkent Buchara Samarkand Freiburg Mainz Marburg Münster Bochum Weimar Baden-Baden Darmstadt Paderborn Bielefeld Konstanz
    Cham Singapore Chichester Malden Oxon Westport Mahwah Hillsdale Farnham Aldershot Burlington Bingley Woodbridge
    Nairobi Ottawa Wellington Luxembourg Strasbourg Manila Santiago Cairo Beirut Doha Dubai
    Laxenburg Hayama Ispra Sejong Gwacheon Tsukuba Osaka Nagoya Sapporo Fukuoka
    Weinheim Providence Pasadena Norwood Greenwich Amherst Houston Dallas Atlanta Miami Denver Detroit
    Cleveland Cincinnati Indianapolis Calgary Edmonton Montréal Québec Mainz Wiesbaden Darmstadt Dresden Hannover
    Freiburg Kiel Halle Jena Marburg Münster Regensburg Graz Innsbruck Salzburg Utrecht Rotterdam Groningen Leuven Ghent
    Uppsala Lund Aarhus Bergen Turku Kaunas Budapest Bucharest Sofia Belgrade Zagreb Ljubljana Bratislava Athens Florence
    Firenze Bologna Naples Napoli Turin Torino Venice Venezia Valencia Seville Porto Lyon Marseille Bordeaux Toulouse Grenoble
    Lille Lausanne Tianjin Nanjing Wuhan Hangzhou Guangzhou Shenzhen Chengdu Kolkata Chennai Bangalore Hyderabad Karachi
    Lahore Islamabad Dhaka Kathmandu Colombo Hanoi Ulaanbaatar Харбин Kharbin Harbin Шанхай Белград Beograd Ревель Reval Таллин Tallinn София Sofiya""".split()
) | {"St. Petersburg", "Saint Petersburg", "Nizhny Novgorod", "N. Novgorod", "New York", "Н. Новгород", "Нижний Новгород", "Rostov-on-Don",
     "Velikii Novgorod", "Veliky Novgorod", "Velikiy Novgorod", "Великий Новгород", "В. Новгород",
     "New Haven", "Chapel Hill", "Ann Arbor", "Thousand Oaks", "Newbury Park", "Los Angeles", "San Francisco", "San Diego",
     "Upper Saddle River", "Englewood Cliffs", "Hong Kong", "Buenos Aires", "Rio de Janeiro", "Mexico City", "Tel Aviv",
     "Baton Rouge", "Santa Barbara", "Frankfurt a. M.", "Frankfurt a.M.", "Frankfurt am Main", "Albany", "Urbana", "Santa Monica", "Washington, DC", "Washington, D.C.",
     *(city + mark for city in ("Tver", "Perm", "Kazan", "Tyumen", "Tiumen", "Ryazan", "Riazan", "Yaroslavl", "Iaroslavl") for mark in ("'", "’")),  # a romanised soft sign: 'Tver', 1902'

     "Abu Dhabi", "New Delhi", "Boca Raton", "New Brunswick", "Redwood City", "Rio de Janeiro", "Cape Town", "Kuala Lumpur", "The Hague", "Addis Ababa", "Ho Chi Minh City"}

REPORT_WORDS = ("보도자료", "препринт", "preprint", "report", "working paper", "discussion paper", "discussion series", "policy brief", "white paper", "technical paper", "доклад", "отчет", "отчёт", "аналитическ", "보고서")

LEGISLATION_RE = re.compile(
    r"(?:федеральный\s+закон|закон\s+(?:республики|российской|рф|украины|кыргызской)|кодекс|указ\s+президента|"
    r"постановление\s+(?:правительства|пленума)|приказ\s+(?:министерства|министра|и\.\s*о\.\s*министра|мин\w+\s+(?:россии|рф|рк)|федеральн\w+\s+(?:служб|агентств))|\border\s+of\s+the\s+(?:ministry|minister)\s+of\b|\bprikaz\s+min\w+\s+(?:rossii|rf|rk)\b|конституция|қазақстан\s+республикасының\s+заңы|"
    r"\bзаңы\b|\bact\s+(?:of|no\.?)\s|\b(?:law|act)\s+of\s+the\s+republic|\bstatute\b|\bregulation\s+\(eu\)|\bdirective\b|"
    r"u\.s\.c\.|\bpub\.\s*l\.|법률\s*제|시행령|대통령령\s*제|긴급조치\s*제|(?:재정경제)?명령\s*제|총리령\s*제|부령\s*제|조례\s*제|\blaw\s+no\.?|конституці|конституциясы|канстытуцы|закон\s+рэсп|\bзакон\s+україни|"
    r"\bact\s+(?:of\s+)?(?:1[6-9]|20)\d\d\b|헌법(?![가-힣])|\bмыйзам|федер\.\s*закон|\bzakon\s+(?:ukrainy|respubliki|rossiiskoi|rf)|\bfederal(?:'nyi)?\s+(?:law|zakon)|\bfederal\S{1,6}\s+zakon|\bkodeksi\b|\bzań?y\b|\bdecree\s+of|"
    r"\bukaz\s+prezidenta|\bfederal\s+constitutional\s+law\b|\bpostanovleni[ey]e?\b|\bnormativno[ey]e?\s+postanovl|\bzany\b|\bzangy\b|\bzańy\b|\bzharlyg(?:h)?y(?:na)?\b|\bjarlyğy\b|\bqaulysy\b|жарлығы(?:на)?\b|қаулысы\b|бұйрығы\b|\bmyizamy\b|\blaw\s+of\s+the\s+republic|\bresolution\s+of\s+the\s+government|\bkodeks\b|указ\s+президента|постановлени[ея]\s|распоряжени[ея]\s|\bкодекс\b|заңы\b|"
    r"\b(?:фармони|қонуни|қарори|farmoni|qonuni|qarori)\b)",  # Uzbek decrees, laws and resolutions
    re.IGNORECASE,
)
THESIS_RE = re.compile(
    r"(?:дис(?:с|\.|сертация)[^,;/]{0,60}?(?:канд|д-ра|доктора|докт|PhD|магистр)[^,;/]{0,60}?наук(?:\s+з\s+[^,;/:]{1,30})?(?:\s*:\s*[\d.]+)?|"
    r"\b(?:j\.?\s?s\.?\s?d|s\.?\s?j\.?\s?d|ed\.?\s?d|d\.?\s?phil|ll\.?\s?m|d\.?\s?sc)\.?\s+(?:diss(?:ertation)?|thesis)\.?|"
    r"автореф(?:\.|ерат)\s*дис(?:с|\.|сертации)?[^,;/]{0,80}?наук(?:\s+з\s+[^,;/:]{1,30})?(?:\s*:\s*[\d.]+)?|"
    r"аўтарэф(?:\.|ерат)\s*дыс(?:\.|ертацыі)?[^,;/]{0,80}?навук(?:\s*:\s*[\d.]+)?|дыс(?:\.|ертацыя)[^,;/]{0,60}?(?:канд|д-ра|доктара)[^,;/]{0,60}?навук(?:\s*:\s*[\d.]+)?|"  # Belarusian
    r"дис(?:с|\.|сертация)[^,;/]{0,40}?(?:PhD|доктора философии)[^,;/.]{0,30}|"
    r"(?:unpublished\s+)?(?:doctoral|master['’]?s|ph\.?\s?d\.?|sc\.?\s?d\.?|d\.?\s?eng\.?|m\.?a\.?|m\.?sc\.?|m\.?\s?s\.?|m\.?\s?phil\.?|bachelor['’]?s|candidate|doctor['’]?s)\s+(?:thesis|dissertation)(?:\s+abstract)?|"
    r"ph\.?\s?d\.?\s*(?:\([^)]{1,30}\)\s*)?diss\.?|\[\s*(?:dissertation|thesis|master['’]?s\s+thesis|doctoral\s+dissertation|박사학위논문|석사학위논문)\s*\]|"
    r"\b(?:thesis|dissertation)\s*\((?:ph\.?\s?d|doctoral|master)[^)]*\)|\bdiss\.(?!\s*(?:kand|dokt|d-ra))|"
    r"(?:(?<=\s)(?:법학|경제학|경영학|교육학|문학|이학|공학|의학|약학|행정학|사회학|철학|간호학|보건학|정치학|신학|예술학)(?=박사|석사))?(?:박사|석사)\s*학위\s*논문|학위논문|(?:博士|碩士|修士)?學位論文|дыс\.[^,;/]{0,60}?навук(?:\s*:\s*[\d.]+)?|"
    r"(?:филол|тарих|экон|пед|заң|саяси|техн|физ|(?<![^\s:])[^\W\d_]{3,14}\.?\s+(?=ғыл))[^,;/]{0,40}?ғыл[^,;/]{0,40}?(?:дис|диссертация)[.\w ]{0,25}(?:\s*:\s*[\d.]+\d)?|"
    r"(?:филол|тарых|тарих|экон|пед|юрид|саясат|техн|физ)[^,;/]{0,40}?илим[^,;/]{0,40}?(?:дис|диссертация)\.?(?:\s*автореф(?:\.|ераты))?(?:\s*:\s*[\d.]+)?|"
    r"(?:PhD|философия\s+докторы)[^,;/]{0,60}?диссертация[^,;/.–—]{0,20}|\d[A-Z]\d{5,6}\s*[–—-]\s*[^:;/]{0,120}?диссертация|"
    r"avtoref\.?\s*diss\.?[^,;/\[]{0,60}?nauk|(?:filol|tarih|ekon|ped|zañ|zan)\.?\s*(?:ğ|g|ǵ)yl\.?[^,;/\[]{0,40}?dis\.?(?:\s*avtoref\.?)?|diss\.?\s*(?:kand|dokt|d-ra)\.?[^,;/\[]{0,60}?nauk|"
    r"(?:extended\s+abstract\s+of\s+)?(?:cand|doct|dr)\.\s*(?:[a-z]{2,10}\.\s*){0,2}sci\.\s*(?:\([^)]*\)\s*)?(?:diss(?:ertation)?|thesis)\.?|"
    r"(?:cand|doct|dr|kand|dokt)\.\s*diss\.(?:\s*abstract)?|"  # (Library of Congress romanisation: 'Kand. diss., … universitet, 1991.')
    r"dissertation\s+(?:of|for)\s+(?:the\s+)?(?:(?:academic\s+)?degree\s+of\s+(?:the\s+)?)?(?:candidate|doctor)\s+of\s+[a-z\s.-]{3,40}?sciences?|"  # 'Dissertation of (the) Candidate of Medical Sciences'
    r"(?<=[.:]\s)(?:dissertation|thesis)(?=\.\s)|"  # AMA 'Title. Dissertation. Boston University; 1955.'
    r"(?:extended\s+)?abstract\s+of\s+(?:the\s+)?(?:cand|doct|ph\.?\s?d)[^,;/\[]{0,50}?(?:diss(?:ertation)?|thesis)\.?(?:\s*\((?!in\s)[A-Z][^()]{2,40}\))?|"  # '… PhD diss. (Public Health)
    r"[^,;/:]{0,60}?(?:falsafa|fan)\s+doktori\s+(?:\((?:PhD|DSc)\)\s+)?dissertatsiya(?:si)?(?:\s+avtoreferati)?)",  # Uzbek '… fanlari boʻyicha falsafa doktori (PhD) dissertatsiyasi avtoreferati'
    re.IGNORECASE,
)

MONTHS = {
    **{m: i for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)},
    **{m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)},
    "sept": 9,
    **{m: i for i, m in enumerate(
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"], 1)},
    **{m: i for i, m in enumerate(
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"], 1)},
    **{m: i for i, m in enumerate(
        ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"], 1)},
    # Kazakh months in the Latin alphabet of 2021 and as Latin twin lists transliterate them ('15 jeltoqsan',
    # '12 sauir'); 'qazan'/'kazan' (October) is left out: it is also the city
    **{m: i for i, m in enumerate(
        ["qañtar", "aqpan", "nauryz", "säuır", "mamyr", "mausym", "şılde", "tamyz", "qyrküiek", None, "qaraşa", "jeltoqsan"], 1) if m},
    **{m: i for i, m in enumerate(
        ["qantar", "akpan", None, "sauir", None, None, "shilde", None, "qyrkuiek", None, "qarasha", "zheltoqsan"], 1) if m},
    # Russian genitive months as Latin twins transliterate them ('ot 23 yanvarya 2001 goda'); 'marta' and 'maya'
    # are left out: they are also given names
    **{m: i for i, m in enumerate(
        ["yanvarya", "fevralya", None, "aprelya", None, "iyunya", "iyulya", "avgusta", "sentyabrya", "oktyabrya", "noyabrya", "dekabrya"], 1) if m},
    **{m: i for i, m in enumerate(
        ["ianvaria", "fevralia", None, "aprelia", None, "iiunia", "iiulia", None, "sentiabria", "oktiabria", "noiabria", "dekabria"], 1) if m},
    **{m: i for i, m in enumerate(
        ["janvarja", "fevralja", None, "aprelja", None, "ijunja", "ijulja", None, "sentjabrja", "oktjabrja", "nojabrja", "dekabrja"], 1) if m},
    "kantar": 1, "sauyr": 4, "kyrkuiek": 9, "qyrkuyek": 9, "karasha": 11, "zheltoksan": 12, "jeltoksan": 12,
    "sentabr": 9, "oktabr": 10,  # Uzbek in Latin letters ('2020-yil 23-sentabr')
    "гыйнвар": 1,  # Tatar (its other months are Russian's): 'Вакыт. – 1913. – 15 гыйнвар.'
    "верас": 9,  # Belarusian 'верас.' (верасня)
    "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,  # German (januar, april, august, … are read as English)
    **{m: i for i, m in enumerate(["янв", "февр", "мар", "апр", "мая", "июн", "июл", "авг", "сент", "окт", "нояб", "дек"], 1)},
    "фев": 2, "сен": 9, "ноя": 11,
    **{m: i for i, m in enumerate(
        ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"], 1)},
    **{m: i for i, m in enumerate(["січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист", "груд"], 1)},
    **{m: i for i, m in enumerate(
        ["студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"], 1)},
    **{m: i for i, m in enumerate(["студз", "лют", "сак", "крас", "мая", "чэрв", "ліп", "жн", "вер", "кастр", "ліст", "снеж"], 1)},
}  # fmt: skip


_MONTH_STEMS = {}
for _name, _num in MONTHS.items():
    if len(_name) >= 4:
        _MONTH_STEMS.setdefault(_name[: max(4, len(_name) - 2)], _num)


@functools.lru_cache(maxsize=1 << 16)
def month_number(word: str) -> int | None:
    """A month from a word in any of the listed languages, inflected forms included (шілдедегі, апрели)."""
    return _month_number(word)


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    hit = MONTHS.get(word)
    if hit is not None:
        return hit
    for k in range(min(len(word), 10), 3, -1):
        hit = _MONTH_STEMS.get(word[:k])
        if hit is not None:
            return hit
    return None


def trie_pattern(words) -> str:
    """One regex alternative for many words, factored by common prefixes ('янв(?:аря|арь)').

    It matches exactly what the plain longest-first alternation matches, in the same
    preference order, but the regex engine no longer tries every word at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return body + "?" if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")?"
        return body

    return "(?:" + build(trie) + ")"


MONTH_RE = trie_pattern(MONTHS)
# The same names as written in lists (may, May, MAY), for patterns compiled without IGNORECASE:
# Python's regex engine is many times slower on a case-insensitive alternation of non-ASCII words.
# 'marta' and 'maya' are months only in lower case between a day and a year: 'ot 24 marta 2022 goda'
DATE_MONTHS = {**MONTHS, "marta": 3, "maya": 5}
MONTH_CASED_RE = trie_pattern({v for w in MONTHS for v in (w, w[:1].upper() + w[1:], w.upper())} | {"marta", "maya"})
_MONTH_WORDS = [w for w in MONTHS if len(w) >= 3]
# A month's word starts a word: not after a letter. The look-ahead for the possible first letters fails at once at most
# positions, where the engine would otherwise try every branch of both tries (it cannot skip ahead to an alternation).
_MONTH_START = re.compile(
    "(?<![^\\W\\d_])(?=[" + "".join(sorted({re.escape(w[0]) for w in (*_MONTH_STEMS, *_MONTH_WORDS)})) + "])"
    rf"(?:{trie_pattern(_MONTH_STEMS)}|{trie_pattern(_MONTH_WORDS)}(?![^\W\d_]))"
)


def names_a_month(lower: str) -> bool:
    """Whether some word of a lower-cased text is a month for :func:`month_number`:
    one scan instead of a lookup per word."""
    return _MONTH_START.search(lower) is not None

# Korean family names of two syllables (a three- or four-syllable name starting with one keeps it whole).
# Japanese family names as Korean writes them in Hangul: a Japanese name keeps its family name first ('와다 하루키',
# '스즈키 마사유키'), where a Western one puts it last ('마이클 샌델')
JA_FAMILIES_HANGUL = frozenset(
    """스즈키 다나카 사토 와다 와타나베 다카하시 이토 야마모토 나카무라 고바야시 가토 요시다 야마다 사사키 야마구치 마쓰모토
    이노우에 기무라 하야시 시미즈 야마자키 모리 이케다 하시모토 이시카와 오가와 후지타 오카다 고토 하세가와 무라카미 곤도
    이시이 사이토 사카모토 엔도 아오키 후지이 니시무라 후쿠다 오타 미우라 후지와라 오카모토 마쓰다 나카가와 나카노 하라다
    다무라 다케우치 가네코 나카야마 이시다 우에다 모리타 시바타 사카이 구도 요코야마 미야자키 미야모토 우치다 다카기 안도
    다니구치 마루야마 이마이 다카다 후지모토 다케다 무라타 우에노 스기야마 마스다 히라노 오쓰카 지바 구보 마쓰이 이와사키
    사쿠라이 기노시타 노구치 마쓰오 기쿠치 노무라 아라이 가지무라 미야지마 하타다 기시 아베 오코노기 시모토마이 가와시마""".split()
)
KO_COMPOUND_FAMILIES = frozenset("남궁 선우 제갈 황보 독고 동방 사공 서문 어금 망절".split())
# the commonest one-syllable Korean family names: '김 철수 (2019)' is a Korean name typed with a space, '존 듀이 (1987)' is not
KO_FAMILIES = frozenset("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용".split())
# Family names of Korean/Chinese origin written in Cyrillic or Latin, and Japanese ones in Latin, for "Ом Гу Хо" /
# "Kim Jong Un" / "Kawamura Minato" forms.
EAST_ASIAN_FAMILIES = frozenset(
    """Ким Ли Пак Цой Чой Хан Ом Эм Кан Юн Нам Со Шин Син Ан Хван Чон Чен Ю Мун Пэ Пэк Ко Тен Тян Цхай Хон Ян Сон Нам Ха Мин Ку Лим Им Чо Чжан Ван Лю
    Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Sin Kwon Hwang Ahn An Song Yoo Yu
    Hong Jeon Chun Ko Koh Moon Mun Yang Son Sohn Bae Baek Paik Heo Huh Nam Sim Shim Noh Roh Ha Kwak Sung Cha Joo Ju Woo Koo Min Ryu Na Jin Ji Om Eom
    Uhm Chae Won Pyo Ban Wang Chen Li Liu Zhang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Nguyen Tran Le Pham
    Ri Ro Ryang Ch'oe Ch'a Ch'ae Ch'ŏn Chŏng Chŏn Hŏ Ham Hyŏn Kil Kŭm Kong Ok Yŏ Yŏm Yŏn Sŏ Sŏng Pae Paek Pang Pyŏn Ŏm Ŭm
    Kwŏn Ch’oe Ch’a Ch’ae Ch’ŏn Sŏk Sŏl Wŏn Ch'u Ch’u Maeng
    Sato Satō Suzuki Takahashi Tanaka Watanabe Ito Itō Yamamoto Nakamura Kobayashi Kato Katō Yoshida Yamada Sasaki Yamaguchi
    Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa Nakajima Maeda Fujita Ogawa
    Goto Gotō Okada Hasegawa Murakami Kondo Kondō Ishii Saito Saitō Sakamoto Endo Endō Aoki Fujii Nishimura Fukuda Ota Ōta
    Miura Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Ōno Tamura Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita
    Shibata Sakai Kudo Kudō Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Andō Taniguchi Maruyama Imai Takeda Murata Ueno
    Sugiyama Masuda Hirano Otsuka Ōtsuka Chiba Kubo Matsui Iwasaki Sakurai Kinoshita Noguchi Matsuo Nomura Kikuchi Sano
    Onishi Ōnishi Arai Kawamura Komori Kawakami Kajimura Miyata Hatada Yoshimi Nishikawa Fukuzawa Natsume
    Mishima Kawabata Akutagawa Tanizaki Oe Ōe Kojima Kobori Takemae Wakabayashi Yamanouchi Miyajima""".split()
)  # fmt: skip

LANG_TAG_RE = re.compile(
    r"[\[(]\s*(?:in|на)\s+[A-Za-zА-Яа-я]+\.?(?:\s*,?\s*(?:with\s+)?(?:abstr|summ|резюме|аннот)[^\])]*)?\s*[\])]\.?"
    r"|[\[(]\s*(?:" + BARE_LANGUAGES + r")\s*[\])]\.?(?=\s*$)"  # '… 2009;54:269-278. (Korean)'
    r"|[\[(]\s*(?:" + BARE_LANGUAGES + r")\s+translation\s*[\])]\.?",  # a translation's twin: '… Moscow: Politizdat (Russian translation).'
    re.IGNORECASE,
)
MEDIUM_RE = re.compile(
    r"\[\s*(?:Электронный\s+ресурс|Electronic\s+resource|Электрондық\s+ресурс|Электрондук\s+ресурс|Електронний\s+ресурс|Электронны\s+рэсурс|Текст|Text|"
    r"Online|Internet|Интернет|сайт|веб-сайт|website|web\s+site|портал|Электронное\s+издание|Е-ресурс|Видеозапись|Бейнежазба|Відеозапис|Videozapis['’]?|Электронный\s+ресурс\s*:\s*[^\]]*)\s*\]\.?",
    re.IGNORECASE,
)
# classical poets, composers and thinkers cited by one name in Kazakh, Kyrgyz and Russian lists: 'Абай. Шығармалары …',
# 'Құрманғазы. Күйлер : …'
MONONYMS = frozenset(
    """Абай Abai Abay Құрманғазы Курмангазы Kurmangazy Махамбет Makhambet Шәкәрім Шакарим Shakarim Дәулеткерей Даулеткерей
    Тәттімбет Таттимбет Ыбырай Шортанбай Дулат Шалкиіз Тоқтоғұл Токтогул Toktogul Тоголок Барпы Калыгул Арстанбек Женижок
    Жамбыл Dzhambul Жамбул Физули Навои Низами Фирдоуси Руми Саади Хафиз Бабур Машрап Махтумкули
    Премчанд Premchand Калидаса Kalidasa Гомер Homer Вергилий Virgil Овидий Ovid Гораций Horace Платон Plato Аристотель Aristotle
    Софокл Sophocles Эсхил Aeschylus Еврипид Euripides Геродот Herodotus Фукидид Thucydides Плутарх Plutarch Тацит Tacitus
    Конфуций Confucius Мэн-цзы Mencius Лао-цзы Авиценна Avicenna Вольтер Voltaire Rumi Hafez Hafiz Saadi Ferdowsi Firdausi Navoi
    Nizami Fuzuli Babur Makhtumkuli""".split()
)
# Chinese classics a Korean or Japanese list cites by title alone ('『論語』,「學而」.'): works in Chinese, whatever list cites them
CHINESE_CLASSICS = frozenset(
    """論語 孟子 大學 中庸 詩經 書經 尙書 尚書 易經 周易 禮記 春秋 左傳 春秋左氏傳 孝經 爾雅 周禮 儀禮 管子 荀子 莊子 老子 道德經 韓非子
    墨子 孫子 列子 淮南子 呂氏春秋 史記 漢書 後漢書 三國志 晉書 隋書 舊唐書 新唐書 宋史 元史 明史 資治通鑑 說文解字 文選""".split()
)
