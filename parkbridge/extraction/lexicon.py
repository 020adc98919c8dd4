"""Closed word lists of the domain grammar: site/event/organisation head words, role titles,
country adjectives and names that pycountry does not carry (Russian, Chinese, short forms).

Kept as data in one place so the grammar modules stay readable and the lists can grow.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path


def _wordlist(text: str) -> list[str]:
    """Whitespace-separated words of a block literal (keeps long lists readable)."""
    return text.split()


def _site_heads_en() -> list[tuple[tuple[str, ...], str]]:
    path = Path(__file__).with_name("data") / "site_heads_en.tsv"
    out: list[tuple[tuple[str, ...], str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, kind = line.split("\t")
            out.append((tuple(phrase.split()), kind.strip()))
    return out


# Site kind phrases (lower-case, matched on normalised tokens) -> SCHEMA kind, from
# data/site_heads_en.tsv.
SITE_HEADS_EN: list[tuple[tuple[str, ...], str]] = _site_heads_en()

SITE_HEADS_RU: list[tuple[str, str]] = [
    ("технопарк", "technopark"),
    ("технополис", "technopark"),
    ("индустриальн", "industrial_park"),
    ("промышленн", "industrial_park"),
    ("промпарк", "industrial_park"),
    ("научн", "science_park"),
    ("наукоград", "science_park"),
    ("особ", "sez"),
    ("специальн", "sez"),
    ("оэз", "sez"),
    ("мцпс", "fez"),
    ("порт", "free_port"),
    ("свободн", "fez"),
    ("сэз", "fez"),
    ("тор", "tad"),
    ("территори", "tad"),
    ("кластер", "cluster"),
]

SITE_HEADS_ZH: list[tuple[str, str]] = [
    ("高新技术产业开发区", "science_park"),
    ("经济技术开发区", "sez"),
    ("产业园区", "industrial_park"),
    ("保税区", "fez"),
    ("自由经济区", "fez"),
    ("科技园区", "science_park"),
    ("科技园", "science_park"),
    ("高新区", "science_park"),
    ("工业园区", "industrial_park"),
    ("工业园", "industrial_park"),
    ("产业园", "industrial_park"),
    ("经济特区", "sez"),
    ("工业特区", "sez"),
    ("跨越式发展区", "tad"),
    ("超前发展区", "tad"),
    ("经济开发区", "sez"),
    ("自由贸易区", "fez"),
    ("自贸区", "fez"),
    ("综合保税区", "fez"),
    ("自由港", "free_port"),
    ("技术园", "technopark"),
    ("工业区", "industrial_park"),
    ("经济区", "sez"),
    ("开发区", "other"),
    ("经贸合作区", "other"),
    ("合作区", "other"),
    ("物流园", "other"),
    ("边境合作中心", "other"),
    ("新区", "other"),
    # Demonstration and pilot zones, science-and-innovation parks, industrial cities and
    # industry cluster areas ("…一体化发展示范区", "…科创园", "…工业城", "…产业集聚区").
    ("示范区", "other"),
    ("自由贸易试验区", "fez"),
    ("自贸试验区", "fez"),
    ("科创园", "technopark"),
    ("工业城", "industrial_park"),
    ("产业集聚区", "other"),
    # News shortens comprehensive bonded zones and economic-technological development zones
    # ("…综保区", "…经开区") as it does high-tech zones ("…高新区").
    ("综保区", "fez"),
    ("经开区", "sez"),
    # Industry areas, incubator parks and eco-cities ("…创新产业区", "…孵化园", "…生态城").
    ("产业区", "industrial_park"),
    ("孵化园", "other"),
    ("生态城", "other"),
    # Parks named by what they are for ("…示范园", "…创新园", "…科技城"), a part of a zone
    # ("…功能区").
    ("示范园", "industrial_park"),
    ("生态园", "industrial_park"),
    ("创新园", "technopark"),
    ("创业园", "technopark"),
    ("科技城", "other"),
    ("创新城", "other"),
    ("功能区", "fez"),
    # New towns built as development areas ("…产业新城", "…科技新城").
    ("新城", "other"),
]

# Event head words -> kind.
EVENT_HEADS_EN: dict[str, str] = {
    "forum": "forum",
    "expo": "expo",
    "exhibition": "expo",
    "fair": "expo",
    "show": "expo",
    "salon": "expo",
    "summit": "conference",
    "conference": "conference",
    "congress": "conference",
    "symposium": "conference",
    "week": "conference",
    "innoprom": "expo",
    "roadshow": "other",
    # Named summits in Indian English ("Northland Investment Conclave").
    "conclave": "conference",
}
EVENT_HEADS_RU: dict[str, str] = {
    "форум": "forum",
    "недел": "forum",  # "Российская энергетическая неделя"
    "выставк": "expo",
    "экспо": "expo",
    "ярмарк": "expo",
    "саммит": "conference",
    "конференц": "conference",
    "конгресс": "conference",
    "съезд": "conference",
    "бизнес-мисси": "business_mission",
    "мисси": "business_mission",
    "иннопром": "expo",
}
EVENT_HEADS_ZH: dict[str, str] = {
    "论坛": "forum",
    "博览会": "expo",
    "博鳌": "forum",
    "展览会": "expo",
    "交易会": "expo",
    "峰会": "conference",
    "大会": "conference",
    "会议": "conference",
    # Meetings held to promote investment or trade are events in news ("召开投资促进会").
    "推介会": "conference",
    "促进会": "conference",
    "洽谈会": "conference",
    "对接会": "conference",
    "研讨会": "conference",
    "展销会": "expo",
    # Investment promotion meetings and roadshows ("项目建设推进会", "招商路演").
    "推进会": "conference",
    "招商会": "conference",
    "路演": "other",
    # Investment and trade fairs are shortened to "…洽会" ("投洽会", "<province initial>洽会").
    "洽会": "expo",
    # Exchange meetings between two places or business communities ("某地—某国企业家交流会").
    "交流会": "conference",
    # Talks that court investment ("产业合作恳谈会") and investment briefings ("投资环境说明会").
    "恳谈会": "conference",
    "说明会": "conference",
}
# Articles from Hong Kong, Macao and Taiwan write the same heads in traditional characters
# ("經濟論壇", "推介會"): each simplified head gets its traditional spelling.
_ZH_TRADITIONAL = str.maketrans(
    {"论": "論", "坛": "壇", "览": "覽", "会": "會", "议": "議", "进": "進", "谈": "談",
     "对": "對", "讨": "討", "销": "銷", "鳌": "鰲", "峰": "峰", "招": "招", "演": "演",
     "恳": "懇", "说": "說"}
)  # fmt: skip
EVENT_HEADS_ZH.update({h.translate(_ZH_TRADITIONAL): k for h, k in list(EVENT_HEADS_ZH.items())})

# Organisation head words (any position in an English capitalised name).
ORG_HEADS_EN: frozenset[str] = frozenset(
    _wordlist(
        """
    agency association authority bank board bureau center centre chamber college commission
    committee company consortium corporation council department directorate exchange federation
    foundation fund government group holding inc institute institution llc ltd ministry
    office ojsc pjsc jsc cjsc plc organization organisation partnership plant service society
    union university academy administration assembly duma parliament gmbh ag co corp factory
    works combine mill laboratory lab enterprises industries holdings motors airlines railways
    network alliance club league mines
    """
    )
)
LEGAL_FORMS: frozenset[str] = frozenset(
    _wordlist(
        "llc ojsc pjsc jsc cjsc ltd inc plc gmbh ag corp co ооо оао пао зао ао sdn bhd pte pvt"
        " limited"
    )
)
# The bodies that run one zone ("Lagos Free Zone Authority", "General Authority for X Zone"):
# SCHEMA counts the zone as a site only, so these are names of the site, not organisations.
ZONE_AUTHORITY_HEADS: frozenset[str] = frozenset(
    {"authority", "administration", "directorate", "management", "board"}
)
# Sub-units are kept in roles, not as organisations of their own ("Department ... at NAMI").
SUBUNIT_HEADS_EN: frozenset[str] = frozenset({"department", "division", "unit", "office"})

ORG_HEADS_RU: tuple[str, ...] = (
    "министерств", "агентств", "ассоциаци", "фонд", "компани", "корпораци", "банк", "союз",
    "палат", "университет", "институт", "центр", "комитет", "совет", "дума", "правительств",
    "администраци", "биржа", "завод", "комбинат", "холдинг", "групп", "служб", "дирекци",
    "ооо", "оао", "пао", "зао", "ао",
)  # fmt: skip


def _data_words(name: str) -> tuple[str, ...]:
    path = Path(__file__).with_name("data") / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(x.strip() for x in lines if x.strip() and not x.startswith("#"))


# Chinese organisation heads (data/org_heads_zh.txt) and common words that end in one without
# naming an organisation (data/org_head_lookalikes_zh.txt: 格局, 展厅, 东部, 总部).
ORG_HEADS_ZH: tuple[str, ...] = _data_words("org_heads_zh.txt")
ORG_HEAD_LOOKALIKES_ZH: tuple[str, ...] = _data_words("org_head_lookalikes_zh.txt")

# Words that open a role phrase before or after a person's name.
ROLE_HEADS_EN: frozenset[str] = frozenset(
    _wordlist(
        """
    president vice-president prime minister deputy director director-general head chairman
    prince king sheikh emir
    chairwoman chair chief ceo cfo coo founder co-founder governor mayor member secretary
    ambassador consul envoy spokesman spokeswoman spokesperson adviser advisor manager
    rector professor general executive leader commissioner representative minister premier
    senator speaker partner editor correspondent analyst expert owner officer
    chairperson counsellor counselor councillor mp lawmaker legislator administrator
    vice-chairman vice-chairwoman vice-chair vice-governor vice-minister vice-premier
    secretary-general undersecretary under-secretary
    """
    )
)

# Country adjectives and other names pycountry does not give.
COUNTRY_ALIASES: dict[str, str] = {
    "russia": "RU", "russian": "RU", "russian federation": "RU", "rf": "RU",
    "china": "CN", "chinese": "CN", "prc": "CN", "people's republic of china": "CN",
    "peoples republic of china": "CN", "belarus": "BY", "belarusian": "BY",
    "belorussian": "BY", "republic of belarus": "BY", "kyrgyzstan": "KG", "kyrgyz": "KG",
    "kyrgyz republic": "KG", "kazakhstan": "KZ", "kazakh": "KZ", "uzbekistan": "UZ",
    "uzbek": "UZ", "tajikistan": "TJ", "tajik": "TJ", "turkmenistan": "TM", "armenia": "AM",
    "armenian": "AM", "azerbaijan": "AZ", "azerbaijani": "AZ", "georgia": "GE",
    "mongolia": "MN", "mongolian": "MN", "india": "IN", "indian": "IN", "iran": "IR",
    "iranian": "IR", "turkey": "TR", "turkish": "TR", "türkiye": "TR", "vietnam": "VN",
    "vietnamese": "VN", "egypt": "EG", "egyptian": "EG", "uae": "AE",
    "united arab emirates": "AE", "emirati": "AE", "saudi arabia": "SA", "saudi": "SA",
    "usa": "US", "us": "US", "u.s.": "US", "united states": "US", "american": "US",
    "uk": "GB", "britain": "GB", "british": "GB", "united kingdom": "GB", "germany": "DE",
    "german": "DE", "france": "FR", "french": "FR", "italy": "IT", "italian": "IT",
    "japan": "JP", "japanese": "JP", "korea": "KR", "south korea": "KR", "korean": "KR",
    "north korea": "KP", "dprk": "KP", "serbia": "RS", "serbian": "RS", "cuba": "CU",
    "cuban": "CU", "brazil": "BR", "brazilian": "BR", "south africa": "ZA",
    "indonesia": "ID", "indonesian": "ID", "malaysia": "MY", "thailand": "TH", "laos": "LA",
    "pakistan": "PK", "syria": "SY", "venezuela": "VE", "moldova": "MD", "ukraine": "UA",
    "ukrainian": "UA", "abkhazia": "GE", "algeria": "DZ", "ethiopia": "ET", "nigeria": "NG",
    "việt nam": "VN", "viet nam": "VN",
    # Adjectives of nationality pycountry does not give ("Philippine Economic Zone Authority").
    "philippine": "PH", "filipino": "PH", "cambodian": "KH", "thai": "TH", "malaysian": "MY",
    "kenyan": "KE", "nigerian": "NG", "ethiopian": "ET", "pakistani": "PK",
    "bangladeshi": "BD", "sri lankan": "LK", "burmese": "MM", "myanmar": "MM", "lao": "LA",
    "laotian": "LA", "singaporean": "SG", "omani": "OM", "qatari": "QA", "kuwaiti": "KW",
    "bahraini": "BH", "jordanian": "JO", "moroccan": "MA", "tunisian": "TN",
    "algerian": "DZ", "ghanaian": "GH", "tanzanian": "TZ", "ugandan": "UG", "rwandan": "RW",
    "djiboutian": "DJ", "angolan": "AO", "zambian": "ZM", "senegalese": "SN",
    "mexican": "MX", "peruvian": "PE", "chilean": "CL", "argentine": "AR", "canadian": "CA",
    "australian": "AU", "spanish": "ES", "dutch": "NL", "polish": "PL", "hungarian": "HU",
    "czech": "CZ", "israeli": "IL", "afghan": "AF", "nepalese": "NP", "nepali": "NP",
    "россия": "RU", "российская федерация": "RU", "рф": "RU", "китай": "CN", "кнр": "CN",
    "беларусь": "BY", "белоруссия": "BY", "республика беларусь": "BY", "киргизия": "KG",
    "кыргызстан": "KG", "казахстан": "KZ", "узбекистан": "UZ", "таджикистан": "TJ",
    "туркменистан": "TM", "армения": "AM", "азербайджан": "AZ", "грузия": "GE",
    "монголия": "MN", "индия": "IN", "иран": "IR", "турция": "TR", "вьетнам": "VN",
    "египет": "EG", "оаэ": "AE", "сша": "US", "германия": "DE", "франция": "FR",
    "италия": "IT", "япония": "JP", "корея": "KR", "сербия": "RS", "куба": "CU",
    "бразилия": "BR", "индонезия": "ID", "малайзия": "MY", "пакистан": "PK",
    "中国": "CN", "俄罗斯": "RU", "白俄罗斯": "BY", "吉尔吉斯斯坦": "KG", "哈萨克斯坦": "KZ",
    "乌兹别克斯坦": "UZ", "塔吉克斯坦": "TJ", "蒙古": "MN", "印度": "IN", "伊朗": "IR",
    "美国": "US", "德国": "DE", "法国": "FR", "日本": "JP", "韩国": "KR", "俄": "RU",
    "中": "CN", "柬埔寨": "KH", "阿联酋": "AE", "沙特": "SA",
}  # fmt: skip

# Russian country adjective stems ("российский", "китайских") -> code.
RU_COUNTRY_ADJ: list[tuple[str, str]] = [
    ("российск", "RU"), ("россии", "RU"), ("росси", "RU"), ("китайск", "CN"), ("китая", "CN"),
    ("китае", "CN"), ("белорусск", "BY"), ("беларуси", "BY"), ("кыргызск", "KG"),
    ("киргизск", "KG"), ("казахстанск", "KZ"), ("узбекск", "UZ"), ("таджикск", "TJ"),
    ("армянск", "AM"), ("индийск", "IN"), ("иранск", "IR"), ("турецк", "TR"),
    ("вьетнамск", "VN"), ("египетск", "EG"), ("монгольск", "MN"),
]  # fmt: skip

# Capitalised words that start sentences or titles but never begin a name.
EN_STOP_CAPS: frozenset[str] = frozenset(
    _wordlist(
        """
    the a an this that these those it its he she they we our their his her in on at by for
    from to of with as and or but if when while after before during since until about
    according also earlier later today yesterday tomorrow however meanwhile moreover there
    here what which who whom whose where why how all some many most more several each every
    both such no not only mr mrs ms dr news i you your my said says told added noted
    furthermore additionally besides therefore thus hence nevertheless nonetheless overall
    notably specifically similarly likewise finally firstly secondly then now instead
    consequently accordingly indeed separately previously currently recently
    """
    )
)

# Generic nouns that may carry a capital in titles but never make a name on their own.
EN_GENERIC: frozenset[str] = frozenset(
    _wordlist(
        """
    forum expo exhibition summit conference congress event events program programme business
    international annual national regional global world city republic region state federal
    economic industrial technology technological cooperation development investment
    investments partnership sessions session meeting meetings ceremony plenary results
    free special zone zones parks park new joint
    """
    )
)

# Place designators: a capitalised span ending or starting with these is a region, not an org.
PLACE_WORDS_EN: frozenset[str] = frozenset(
    _wordlist(
        """
    region oblast krai kray territory province republic district island islands okrug
    prefecture county state city
    """
    )
)


@lru_cache(maxsize=1)
def news_outlets() -> frozenset[str]:
    """News agencies and outlets (data/news_outlets.txt): reporters, not organisations."""
    path = Path(__file__).with_name("data") / "news_outlets.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


_OUTLET_WORDS = re.compile(
    r"\bnews\s+agency\b|^(?:ИА|ИТАР)\s|информационн\w+\s+агентств|通讯社|新闻社|日报$|\.(?:com|ru|uz|kz|cn|net)\b",
    re.I,
)


def is_outlet(name: str) -> bool:
    """A news agency or outlet ("Xinhua News Agency", "ИА REGNUM", a web domain)."""
    from parkbridge.extraction.textnorm import norm

    key = norm(name)
    return any(norm(o) == key for o in news_outlets()) or _OUTLET_WORDS.search(name) is not None


# Governments and their bodies are places in SCHEMA.md ("the Russian government",
# "Правительство", a regional administration), not organisations; so are generic nouns.
_GOVERNMENT_RE = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:government|cabinet(?:\s+of\s+ministers)?|administration"
    r"|people['’]s\s+committee|akimat|hokimiyat|municipality)$"
    r"|^(?:правительств|кабинет\w*\s+министр|кабмин|мэри[яиею]|администраци|аппарат\w*\s+правительств|вуз)"
    # China's cabinet, the State Council ("Госсовет КНР", "the State Council"): a government.
    r"|^(?:госсовет\w*|государственн\w+\s+совет\w*)(?:\s+КНР|\s+Китая)?$"
    r"|^(?:the\s+)?(?:china['’]s\s+|chinese\s+)?state\s+council(?:\s+of\s+china)?$"
    r"|(?:市|省|区|县|州)?政府$|^(?:mous?|agreements?|memorand\w*)$"
    # A body's press office speaks for it ("Пресс-служба Правительства X"): no organisation.
    r"|^(?:the\s+)?(?:пресс-служб\w*|пресс-центр\w*|press\s+(?:service|office))\b",
    re.I,
)
_ROLE_TAIL_RE = re.compile(
    r"(?:['’]s)?\s+(?:(?:executive|deputy|vice|cabinet)\s+)?(?:chairman|chairwoman|chairperson"
    r"|chair|ceo|president|director|head|founder|spokesman|spokesperson|executive|commissioner"
    r"|secretary)(?:\s+(?:mr|mrs|ms|dr|eng|engr|prof)\.?)?$"
    # "Ministry of X and Mr", "South Korean Company Ms": an honorific that opens the next name.
    r"|\s+(?:and\s+)?(?:mr|mrs|ms|dr)\.?$",
    re.I,
)
# Verbs of a title-case headline ("X Company Signs MoU", "Ministry Delegation Visits Y Park"):
# the name ends before them.
_HEADLINE_VERB_RE = re.compile(
    r"(?:^|\s+)(?:Signs|Inks|Visits|Leads|Launches|Opens|Hosts|Joins|Eyes|Seeks|Plans|Wins"
    r"|Attracts|Welcomes|Receives|Unveils|Approves|Announces|Expands|Begins|Starts|Completes"
    r"|Meets|Holds|Invests|Targets|Agrees|Mulls|Bags|Secures|Commits)\b.*$"
)
_DATE_TAIL_RE = re.compile(
    r"\s+(?:on|in|at|since)\s+(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",
    re.I,
)
# A country adjective and a head noun only ("Китайская компания", "Chinese company").
_GENERIC_RU_RE = re.compile(
    r"^[А-ЯЁ][а-яё]+(?:ая|ий|ое|ие|ой)\s+(?:компани|корпораци|групп|фирм|сторон)\w*$"
)


_CURRENCY_TAIL_RE = re.compile(r"['’]s\s+(?:US|USD|S|HK|A|C|NZ)$")


def is_government_or_generic(name: str) -> bool:
    """A government body or a generic noun phrase, which SCHEMA.md does not count as an
    organisation."""
    s = name.strip()
    return bool(_GOVERNMENT_RE.search(s) or _GENERIC_RU_RE.match(s))


def clean_org_name(name: str) -> str:
    """'Wanda Group Chairman' -> 'Wanda Group'; 'X Council on July' -> 'X Council'; 'X Company
    Signs MoU' -> 'X Company'."""
    prev = None
    while prev != name:
        prev = name
        verb = _HEADLINE_VERB_RE.search(name)
        last = name.split()[-1].strip(".,").casefold() if name.split() else ""
        if verb and not (last in ORG_HEADS_EN or last in LEGAL_FORMS):
            # ("Harbour Signs and Displays Ltd" keeps its verb-like word: its head follows.)
            name = name[: verb.start()]
        name = _DATE_TAIL_RE.sub("", _ROLE_TAIL_RE.sub("", name)).strip()
        name = _CURRENCY_TAIL_RE.sub("", name)  # "LEGO Group's US$1 billion project"
    return name
