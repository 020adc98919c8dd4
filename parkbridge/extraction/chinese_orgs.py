"""Chinese organisation names: where a company's name begins, which names are descriptions,
companies named in a list ("A、B、C等15家企业"), and short forms of a listed company.

jieba splits a company name it does not know into characters and tags some of them as verbs
("厦门市爱华特能源科技有限公司": "爱" a verb), so the noun runs in ``chinese.py`` cut the name
short. Here the name is re-read from its head leftwards, like a park's in ``chinese_sites.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")
_MAX_LEFT = 20
# Characters a company name is written in: Chinese, Latin letters and digits ("联东U谷"), and a
# bracketed place ("华诺俄翔(北京)贸易有限公司").
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）]")
# jieba tags of function words; a name never starts before one. "之" is left out: it stands
# inside names ("钢之星").
_FUNCTION_FLAGS = {"p", "c", "uj", "ul", "ud", "ug", "uz", "uv", "r", "m", "q"}
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:省|市|县|自治区|特别行政区)")
# "A、B、C等15家企业", "A、B等单位", "A、B等6家母基金合作机构": the items are organisations.
_LIST_END = re.compile(
    r"等(?:\d+|[一二三四五六七八九十两几多]+)?(?:家|个|所)?"
    # "等中国500强企业": a rank class may stand before the head.
    r"(?P<mod>[\u4e00-\u9fff]{0,8}?(?:\d{2,4}强)?)(?:企业|公司|机构|单位|集团|银行|部委|部门)(?!家|主|面积|时间)"
    # "包括A、B、C，均为动力电池配套企业": the list, then what all its items are.
    r"|[，,](?:均为|都是|均是)(?P<mod2>[\u4e00-\u9fff]{0,10}?)(?:企业|公司)(?!家)"
    # "A、B、C等10个重点生物医药项目", "A、B等一批优质项目": projects named by their companies.
    r"|等(?:\d+|[一二三四五六七八九十两几多]+)(?:个|批|项)(?P<mod3>[\u4e00-\u9fff]{0,8}?)项目"
)
# Words of what a project builds or makes; a list item holding one names a project, not the
# company behind it ("某某涡轮增压器制造", "某某产业基地", "某某铁路").
_PROJECT_WORDS = re.compile(
    r"项目|基地|中心|总部|园|城|镇|港|谷|制造|生产|加工|制作|产业|示范|设备|系统|工程|铁路|快线|"
    r"线|厂|馆|店|仓|楼|封装|导航|玻璃|食品|茶|酒|电池|材料|招引|签约|落地|研发|机$"
)
# A list's head is one noun phrase: a verb, particle or second head before it means the regex
# ran past the list ("等企业家代表介绍了企业").
_MOD_STOP = re.compile(r"了|企业|公司|介绍|表示|以及")
# Commissions news names by their head alone (the national one, "发展改革委"), which jieba's
# dictionary holds as a common word.
_BODIES_BY_HEAD = frozenset({"发展改革委", "发改委"})
_ITEM_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·()（）]")
_MAX_ITEM = 16
_MAX_ITEMS = 40
_MAX_LISTS = 32
_REGION_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,6}?地区")
_PROPER_FLAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "eng"}
_CONJUNCTIONS = {"和", "及", "与", "以及", "同"}


def _words(name: str) -> tuple[str, ...]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return tuple(x.strip() for x in lines if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def _generic_words() -> tuple[str, ...]:
    from parkbridge.extraction.lexicon import COUNTRY_ALIASES

    countries = {k for k in COUNTRY_ALIASES if re.fullmatch(r"[\u4e00-\u9fff]{2,}", k)}
    return tuple(sorted({*_words("zh_generic_org_words.txt"), *countries}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _sector_words() -> tuple[str, ...]:
    return tuple(sorted(_words("zh_sector_words.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _boundaries() -> frozenset[str]:
    from parkbridge.extraction.chinese_sites import _boundaries as site_boundaries

    # Words that open a list of names ("有A、B等企业", "如A、B", "吸引A、B等企业").
    openers = {
        "有",
        "如",
        "像",
        "涵盖",
        "涉及",
        "吸引",
        "引进",
        "引入",
        "携手",
        "联合",
        "邀请",
        "已有",
        "招引",
        "引来",
        "包含",
        "包括",
    }
    return (site_boundaries() | openers) - {"之"}


def _ends_in_site_head(name: str) -> bool:
    from parkbridge.extraction.lexicon import SITE_HEADS_ZH

    return any(name.endswith(h) for h, _ in SITE_HEADS_ZH)


def _only_words(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` is made of ``words`` alone (longest first, left to right)."""
    while text:
        word = next((w for w in words if text.startswith(w)), None)
        if word is None:
            return False
        text = text[len(word) :]
    return True


_PARTNERS_BEFORE_VENTURE = re.compile(
    r"^[中俄哈乌吉塔土蒙柬老泰越缅新马印巴德法英美日韩白欧非阿]{2,3}(?=合资|独资|合作)"
)


def is_generic_company(name: str, head: str) -> bool:
    """'合资公司', '实体公司', '中国公司': a description of a company, not its name. A
    country names a body of its own before other heads ("哈萨克斯坦投资委员会")."""
    body = name[: len(name) - len(head)] if name.endswith(head) else name
    # "中马合资公司": the partners' countries by one character each, then the description.
    body = _PARTNERS_BEFORE_VENTURE.sub("", body)
    words = _generic_words() if head in ("公司", "集团") else _words("zh_generic_org_words.txt")
    return not body or _only_words(body, words)


def company_name_from(text: str, start: int, end: int) -> str:
    """The company name that ends at ``end`` and was found starting at ``start``, read leftwards
    from there to where the name begins: after punctuation, a function word, a boundary word
    (``data/zh_name_boundaries.txt``) or a verb of two characters or more. A verb is kept when
    cutting at it would leave one common word before the head ("上合|发展集团")."""
    from parkbridge.extraction.chinese import _posseg

    k = start
    while k > 0 and start - k < _MAX_LEFT and _NAME_CHAR.match(text[k - 1]):
        k -= 1
    if k == start:
        return text[start:end]
    left = text[k:start]
    words = list(_posseg().cut(left + text[start:end]))
    cut = pos = 0
    for w in words:
        if pos >= len(left):
            break
        pos += len(w.word)
        if pos > len(left):
            break  # a word that runs into the name found is part of it
        if w.word in _boundaries() or w.flag in _FUNCTION_FLAGS or "暨" in w.word:
            cut = pos  # "…推介会暨某某集团…": "暨" joins two titles, a name starts after it
        elif w.flag == "v" and len(w.word) >= 2:
            rest = list(_posseg().cut(text[k + pos : end]))
            if len(rest) > 2 or any(r.flag in ("ns", "nr", "nz", "nt", "j") for r in rest):
                cut = pos  # "研究|中国公司", "走访|某核集团": the verb is not part of the name
    name = after_descriptor(text[k + cut : end])
    opened = max(name.rfind("("), name.rfind("（"))
    if opened >= 0 and not re.search(r"[)）]", name[opened:]):
        # "高新区(不含某某集团": the bracket opens before the name, and what it excludes too
        name = re.sub(r"^(?:不含|不包括|包括|包含|含|除)", "", name[opened + 1 :])
    return name


# Nouns that say what a company is right before its name, in apposition ("园区建设单位某某公司",
# "辖区企业某某有限公司", "中国开发商某某集团", "下属企业某某科技公司", "参建单位代表某某公司").
_DESCRIPTORS = frozenset(
    {"企业", "单位", "代表", "开发商", "运营商", "承建商", "投资商", "供应商", "主体", "厂商",
     "投资方", "合作方", "股东", "股东方", "项目", "龙头", "子公司", "下属企业"}
)  # fmt: skip


def after_descriptor(name: str, any_head: bool = False) -> str:
    """The name after the last noun that says what the company is ("园区建设单位|某某公司",
    "开发商|某某集团"), when a name is left after it. Only a company's name is read so, unless
    ``any_head`` (the caller knows ``name`` names a company)."""
    from parkbridge.extraction.chinese import _posseg

    if not any_head and not name.endswith(_LEGAL_HEADS):
        return name  # "企业服务中心": a centre named by what it serves
    cut = pos = 0
    for w in _posseg().cut(name):
        pos += len(w.word)
        if w.word in _DESCRIPTORS and _names_after(name[pos:]):
            cut = pos
    return name[cut:]


def _names_after(rest: str) -> bool:
    """Whether ``rest`` (what follows a descriptor, up to the head) still names a company: two
    characters or more before its head that are not only descriptive words ("企业集团" is
    one)."""
    from parkbridge.extraction.lexicon import ORG_HEADS_ZH

    head = next((h for h in _LEGAL_HEADS if rest.endswith(h)), None)
    if head is None:
        head = next((h for h in ORG_HEADS_ZH if rest.endswith(h)), "")
    body = rest[: len(rest) - len(head)]
    if len(body) < 2 or _only_words(body, _generic_words()):
        return False
    from parkbridge.extraction.chinese import _posseg

    words = list(_posseg().cut(body))
    # One frequent common word ("发展", "服务") describes the company ("企业发展集团"); a
    # proper name, a rare word or a run of words names it.
    return len(words) > 1 or words[0].flag in _PROPER_FLAGS or _word_frequency(body) < 2000


def _word_frequency(word: str) -> int:
    import jieba

    jieba.initialize()
    return int(jieba.dt.FREQ.get(word) or 0)


_LEGAL_HEADS = ("股份有限公司", "有限责任公司", "有限公司", "股份公司", "公司", "集团")


def listed_organisations(sentence: str, is_place: Callable[[str], bool] | None = None) -> list[str]:
    """The items of "A、B、C等N家企业/单位/机构" lists: each is an organisation unless it is a
    place, a park or zone, or a sector ("新能源、新材料等企业")."""

    out: list[str] = []
    # A sentence lists a handful of names; past these caps it is not prose (each item costs a
    # word segmentation).
    for _, m in zip(range(_MAX_LISTS), _LIST_END.finditer(sentence), strict=False):
        mod = next(g for g in (m.group("mod"), m.group("mod2"), m.group("mod3")) if g is not None)
        projects = m.group("mod3") is not None
        if "的" in mod or mod.startswith("地"):
            continue  # "等地企业": companies of those places
        if _MOD_STOP.search(mod):
            continue  # "等企业家代表介绍了企业…": the list's head is further left, or none
        items: list[str] = []
        end = m.start()
        while len(items) < _MAX_ITEMS:
            start = end
            while start > 0 and end - start < _MAX_ITEM and _ITEM_CHAR.match(sentence[start - 1]):
                start -= 1
            if start == end:
                break
            # Between two "、" only a function word cuts (jieba reads "新建" inside "高新建投").
            inner = start > 0 and sentence[start - 1] == "、"
            # Only the last item splits at "和" ("A、B和C等"); inside the others it joins.
            cut, conj = _item_start(sentence[start:end], inner, joins=bool(items))
            items.append(sentence[start + cut : end])
            if conj is not None and conj >= 2:
                end = start + conj  # "A和B等企业": A is an item too
                continue
            if cut or not inner:
                break  # the list's left edge ("为A、B等", "，A、B等")
            end = start - 1
        for name in items:
            if not (2 <= len(name) <= _MAX_ITEM) or _only_words(
                _REGION_PREFIX.sub("", name), _sector_words()
            ):
                continue  # "新材料", "长三角地区精细化工": a sector (of a region), no company
            if _common_word(name) and name not in _BODIES_BY_HEAD:
                continue  # "瓷砖、制鞋和手机等企业": kinds of product, not names
            if any(t in name for t in COMPANY_TITLES) or _holds_a_title(name):
                continue  # "某某董事长王某", "总工程师王某": a person with the title
            if _PLACE_PREFIX.fullmatch(name) or _ends_in_site_head(name) or name in _provinces():
                continue  # a province or city ("江苏省", "山东"), or a park ("…高新区")
            if name.endswith(("企业", "机构", "单位")):
                continue  # "各创新企业": a class of firms, no name
            if is_place is not None and is_place(name):
                continue
            if projects and (
                _PROJECT_WORDS.search(name) or not re.search(r"[\u4e00-\u9fff]", name)
            ):
                continue  # a project named by what it builds, not by its company
            out.append(name)
    return list(dict.fromkeys(reversed(out)))


def _holds_a_title(name: str) -> bool:
    """ "某某集团党组成员", "总工程师王某": a list item that names a person by a title (or a
    member of a body's party group), not an organisation."""
    from parkbridge.extraction.chinese import _ZH_ROLES

    return name.endswith(("成员", "班子")) or any(len(t) >= 2 and t in name for t in _ZH_ROLES)


def _common_word(name: str) -> bool:
    """One word of jieba's dictionary that is not a proper noun ("手机", "制鞋")."""
    from parkbridge.extraction.chinese import _posseg

    words = list(_posseg().cut(name))
    return len(words) == 1 and words[0].flag not in _PROPER_FLAGS


def _item_start(text: str, inner: bool, joins: bool = False) -> tuple[int, int | None]:
    """Where a list item starts: after a function word, and for the list's first item also
    after a boundary word or a verb ("分别与A", "为A", "园区吸引A"); a verb that opens the item is
    part of the name ("打望科技"), and so is one before a lone head ("投促中心"). The second
    value is where a conjunction before the item starts ("A和B"), if one cut it."""
    from parkbridge.extraction.chinese import _posseg
    from parkbridge.extraction.lexicon import ORG_HEADS_ZH

    cut, conj, pos = 0, None, 0
    for w in _posseg().cut(text):
        at, pos = pos, pos + len(w.word)
        if pos >= len(text):
            break
        if inner and joins and w.word in _CONJUNCTIONS:
            continue  # between two "、", "与" joins words of one name ("…技术与装备创新中心")
        if inner and w.flag == "q" and len(w.word) == 1:
            continue  # "亮|道|智能": a measure word inside an unknown name between "、"
        if w.flag in _FUNCTION_FLAGS or (not inner and w.word in _boundaries()):
            cut, conj = pos, (at if w.word in _CONJUNCTIONS and w.flag == "c" else None)
        elif not inner and w.flag == "v" and len(w.word) >= 2 and (at > cut or _proper(text[pos:])):
            # (an opening verb is the name's, "打望科技", unless a proper name follows it:
            # "走访|中朗集团")
            rest = text[pos:]
            if len(rest) >= 2 and rest not in ORG_HEADS_ZH:
                cut, conj = pos, None
    return cut, conj


def _proper(text: str) -> bool:
    from parkbridge.extraction.chinese import _posseg

    return any(w.flag in ("ns", "nr", "nz", "nt", "j") for w in _posseg().cut(text))


def is_short_form(short: str, full: str, head: str) -> bool:
    """'佛山市瑞拓公司' and '瑞拓公司' are short forms of '佛山市瑞拓科技实业有限公司': after a
    leading province, city or county, the short name's words before the head open the full
    name's."""
    if short == full or not short.endswith(head):
        return False
    # A group is often named "某某集团" beside its registered name "某某…集团有限公司", and a
    # company "某某公司" beside "某某…有限公司".
    tail = next((t for t in (head, *_LEGAL_HEADS) if full.endswith(t)), None)
    if tail is None or (head == "集团" and "集团" not in full):
        return False
    a = _PLACE_PREFIX.sub("", short[: len(short) - len(head)])
    b = _PLACE_PREFIX.sub("", full[: len(full) - len(tail)])
    if len(a) < 2 or _only_words(a, _generic_words()):
        return False  # "中国银行" is no short form of "中国进出口银行"
    if not b.startswith(a) and not a.startswith(_provinces()):
        # "湖南某某投资有限公司" and "某某公司": the province's short name before the name
        b = b[next((len(p) for p in _provinces() if b.startswith(p)), 0) :]
    return len(b) > len(a) and b.startswith(a)


# Titles a company gives its officers: "<company>董事长<name>" names the company before the
# title even without a legal form ("某某科技董事长王某").
COMPANY_TITLES = ("董事长", "副董事长", "总经理", "副总经理", "总裁", "副总裁", "首席执行官",
                  "CEO", "创始人", "执行董事")  # fmt: skip
_COMPANY_ROLE_RE = re.compile(
    r"(?:^|(?<=[，,、。；;：:\s“]))([\u4e00-\u9fffA-Za-z0-9()（）]{2,16}?)"
    rf"(?:{'|'.join(COMPANY_TITLES)})(?=[\u4e00-\u9fff]{{2,3}}(?:等|、|，|,|表示|说|介绍|出席|在|和|与|。))"
)


def companies_before_titles(
    sentence: str, is_place: Callable[[str], bool] | None = None
) -> list[str]:
    """ "北京某某CEO王某、深圳某某智能董事长李某等": the words before a company officer's title,
    from the clause's start, name the company."""
    out: list[str] = []
    for m in _COMPANY_ROLE_RE.finditer(sentence):
        name = m.group(1)
        from parkbridge.extraction.chinese import _posseg

        if any(
            w.word in _boundaries()
            or w.flag in _FUNCTION_FLAGS - {"m"}
            or (w.flag == "v" and len(w.word) >= 2)
            for w in _posseg().cut(name)
        ):
            # A clause that opens with more than the name ("会上，…", "出席的有…"): read the
            # name leftwards from the title. A lone numeral character stays ("佰").
            name = company_name_from(sentence, m.end(1), m.end(1))
        if len(name) < 2 or "的" in name or _ends_in_site_head(name):
            continue
        if _PLACE_PREFIX.fullmatch(name) or (is_place is not None and is_place(name)):
            continue
        if is_generic_company(name, "公司") or _common_word(name):
            continue  # "公司董事长", "集团总裁": the company named before
        out.append(name)
    return out


# A ministry's department or a national administration's branch, named after its parent:
# "某部外资司司长", "某总署某省分署相关负责人". The parent's name ends in 部, 总署 or 委.
_DEPARTMENT_RE = re.compile(
    r"(?:^|(?<=[，,、。；;：:\s“]))([\u4e00-\u9fff]{1,10}?(?:部|总署|委)[\u4e00-\u9fff]{1,5}?"
    r"(?<!公)(?:司|分署|分局))(?=司长|副司长|局长|副局长|署长|负责人|相关|[，,。、；：:]|表示|介绍)"
)


def departments(sentence: str) -> list[str]:
    """Departments and branches named after their ministry or administration."""
    return [m.group(1) for m in _DEPARTMENT_RE.finditer(sentence)]


# A ministry named before its own minister's title: "某国知识经济部副部长". jieba glues the head
# to the title ("部副|部长"), so the name is read from the text. (Bureaus and commissions before
# their heads' titles are mostly a place's own, unnamed: "市商务局局长".)
# The same holds for any body whose officer's title restates its head: "某某局局长", "某某署署长",
# "某某处处长", "某某厅厅长", "某某商会会长", "某某办公室主任".
_BODY_BEFORE_OFFICER = re.compile(
    r"部(?=副?部长)|局(?=副?局长)|署(?=副?署长)|处(?=副?处长)|厅(?=副?厅长)"
    r"|(?:商会|总会|协会|促会|联合会)(?=副?会长|主席)|(?:办公室|办|委)(?=副?主任)"
)


def bodies_before_their_officers(
    sentence: str, is_place: Callable[[str], bool] | None = None
) -> list[str]:
    """Ministries named right before their own minister's title."""
    out: list[str] = []
    for m in _BODY_BEFORE_OFFICER.finditer(sentence):
        name = company_name_from(sentence, m.start(), m.end())
        body = name[: len(name) - len(m.group(0))]
        if len(body) < 2 or is_generic_company(name, m.group(0)) or name[0] in "省市区县州镇乡":
            continue  # "市商务局局长": the city's bureau, not named
        if is_place is not None and is_place(body) and len(name) <= len(body) + 1:
            continue  # "某市局": a place's bureau, unnamed
        out.append(name)
    return out


# A facility's name right before "项目" names a project ("某某交易中心项目", "某某中心(一期)项目"):
# what is built, not a body that acts.
_FACILITY_HEADS = ("中心", "基地", "新厂", "工厂")


def names_a_project(name: str, sentence: str) -> bool:
    """Whether the facility ``name`` stands as a project's name in ``sentence``."""
    if not name.endswith(_FACILITY_HEADS):
        return False
    return re.search(re.escape(name) + r"(?:[(（][^()（）]{1,20}[)）])?项目", sentence) is not None


@lru_cache(maxsize=1)
def _provinces() -> tuple[str, ...]:
    return _words("chinese_provinces_zh.txt")


_JOINED = re.compile(
    r"^(?P<a>[\u4e00-\u9fffA-Za-z0-9]{2,12}?(?:集团|公司))(?P<b>[\u4e00-\u9fff].{3,}(?:公司|集团))$"
)


def split_joined_companies(name: str, is_place: Callable[[str], bool]) -> list[str]:
    """ "天河集团江苏远帆控股集团有限公司": a company named right before another that opens with
    its province or city is two companies (a name does not go on past its head with a place)."""
    m = _JOINED.match(name)
    if m is None:
        return [name]
    b = m.group("b")
    if b.startswith(_provinces()) or any(is_place(b[:k]) for k in (2, 3)):
        return [m.group("a"), b]
    return [name]


# "区招商局", "市经贸局": a bureau of the place the article is about, named by its function
# alone; the named ones carry their place ("某某县商务局").
_UNNAMED_BUREAU = re.compile(r"^[省市县区州镇乡][\u4e00-\u9fff]{1,4}(?:局|厅|委|办)$")


def is_unnamed_bureau(name: str) -> bool:
    return bool(_UNNAMED_BUREAU.match(name))


_SHORT_NAME_AFTER = r"[(（](?:以下)?简称[“\"「]?(?P<short>[^”\"」)）,，、]{2,12})[”\"」]?[)）]"


def defined_short_name(name: str, sentence: str) -> str | None:
    """ "某某商会(以下简称“商会”)": the short name the article defines for ``name``."""
    m = re.search(re.escape(name) + _SHORT_NAME_AFTER, sentence)
    return m.group("short") if m else None


# A body whose name joins two fields with 和/及/与 ("某某经济贸易和信息化委", "国际贸易及工业部",
# "对外联络与贸易局", "工业和信息化部某某局"), read from a clause's start to its head when an
# officer's title or punctuation follows; jieba and the tagger cut such names at the conjunction.
_JOINED_BODY = re.compile(
    r"(?:^|(?<=[，,、。；;：:\s“”]))"
    r"(?P<name>[\u4e00-\u9fff]{2,14}?(?<!以)[和及与][\u4e00-\u9fff]{2,12}?"
    r"(?:委员会|办公室|部|委|局|厅|署))"
    r"(?=[\u4e00-\u9fff]{0,4}?(?:部长|局长|主任|厅长|署长|专员|负责人|司长|书记)|[，,、。；;“])"
)
_BODY_HEADS = (
    "委员会",
    "办公室",
    "部",
    "委",
    "局",
    "厅",
    "署",
    "公司",
    "集团",
    "银行",
    "协会",
    "商会",
)


def joined_field_bodies(sentence: str) -> list[str]:
    """Bodies named with two joined fields, each read from where its clause starts."""
    from parkbridge.extraction.chinese import _posseg

    out: list[str] = []
    for m in _JOINED_BODY.finditer(sentence):
        name = m.group("name")
        words = list(_posseg().cut(name))
        joins = [i for i, w in enumerate(words) if w.word in ("和", "及", "与")]
        if len(joins) != 1 or any(w.flag in _FUNCTION_FLAGS for w in words[joins[0] + 1 :]):
            continue
        # The name starts after the clause's last function word, boundary word or verb
        # ("出席的还有|某某和某某委", "成员包括|商务及某某局").
        start = 0
        for i, w in enumerate(words[: joins[0]]):
            if w.flag in _FUNCTION_FLAGS or w.word in _boundaries() or w.flag == "v":
                start = i + 1
        name = "".join(w.word for w in words[start:])
        left = "".join(w.word for w in words[start : joins[0]])
        if re.search(r"政协|人大|党委", name):
            continue  # party and assembly bodies are left out, as the tagger's are
        if len(left) < 2 or _holds_a_title(left) or any(h in left for h in _BODY_HEADS):
            continue  # "某某部副部长某某与某某部": two bodies, a person between them
        if left.endswith(_BODY_HEADS) or _PLACE_PREFIX.fullmatch(left) or left.endswith("国"):
            continue  # "某某厅和某某局", "某某省和某某州": two bodies or two places
        out.append(name)
    return out


# A branch or office of a bank, company or council, named after it with its place:
# "某某银行某某市分行", "某某委员会香港澳门代表处".
_BRANCH = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,7}?)(?:分行|支行|分公司|代表处|办事处)")


def with_branch(name: str, sentence: str, is_place: Callable[[str], bool]) -> str:
    """``name`` with the branch named right after it in ``sentence``, if one is."""
    if not name.endswith(("银行", "公司", "委员会", "集团")):
        return name
    at = sentence.find(name)
    if at < 0:
        return name
    m = _BRANCH.match(sentence, at + len(name))
    if m is None:
        return name
    place = m.group("place")
    bare = re.sub(r"(?:省|市|县|州|特别行政区)$", "", place)
    if (
        place.endswith(("省", "市", "县", "州"))
        or bare.startswith(_provinces())
        or is_place(bare)
        or bare in ("香港", "澳门", "香港澳门", "中国")
    ):
        return name + m.group(0)
    return name


# A company's facility named after it: "某某集团研发中心", "某某医药现代物流中心", "某某集团区域总部",
# "某某研究院研发设计中心". The facility is what is built or signed; the company is the
# organisation.
_COMPANY_FACILITY = re.compile(
    r"^(?P<company>.{2,20}(?:集团|公司|研究院|制药|医药|药业|股份))"
    r"(?P<facility>[\u4e00-\u9fff]{0,8}?(?:研发中心|设计中心|物流中心|营运中心|运营中心|结算中心"
    r"|生产基地|制造基地|产业基地|研发基地|基地|区域总部|总部))$"
)


def company_before_facility(name: str) -> str:
    """The company whose facility ``name`` is, or ``name`` itself."""
    m = _COMPANY_FACILITY.match(name)
    if m is None or is_generic_company(m.group("company"), m.group("company")[-2:]):
        return name
    return after_descriptor(m.group("company"), any_head=True)  # "上市企业|某某制药"
