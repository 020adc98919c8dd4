"""Sentence-level grammars for agreements and targets, built on the figure grammar.

Agreements follow SCHEMA.md's "What counts, and how often": a signing stated in the singular
("signed an agreement", "a memorandum was signed", "签署了合作协议") is one agreement (count 1,
exact); an unnumbered plural has no count; a number next to the noun is the count. Restatements
("the document was signed", "these MoUs") are marked so the article-level merge in
:func:`merge_agreements` keeps one entry per fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from parkbridge.extraction.quantities import FigureMention

_AGREEMENT_RE = re.compile(
    r"\b(?:agreements?|memorand(?:um|a|ums)|MoUs?|MOUs?|contracts?|accords?|deals?|pacts?|road\s?maps?"
    r"|protocols?|documents?|letters?\s+of\s+intent)\b"
    r"|соглашени\w*|меморандум\w*|договор(?!ил|ят|ит)\w*|контракт\w*|протокол\w*|документ\w*"
    r"|дорожн\w*\s+карт\w*"
    r"|协议|协定|备忘录|合同|文件|路线图|合作意向"
    # Chinese reports signed projects as agreements ("签订合作项目448个") and a signed titled
    # document ("签署《……方案》") as one agreement.
    r"|项目"
    r"|(?:(?<=签署)|(?<=签订)|(?<=签署了)|(?<=签订了))《[^》]{2,80}》",
    re.I,
)
_SIGNED_RE = re.compile(
    r"\b(?:signed|sign|signs|signing|inked|inks|ink|penned|pens|pen|concluded|conclude|reached|struck"
    r"|sealed|seals|seal|clinched|clinches"
    r"|entered\s+into|totall?ed|exchanged)\b|подпис\w*|заключ\w*|достигнут\w*|обменял\w*|签署|签订|签约|签下|达成|缔结",
    re.I,
)
_TOTALLED = re.compile(
    r"\b(?:totall?ed|numbered|reached|amounted\s+to)\s+"
    r"(?P<q>(?:more\s+than|over|about|some|nearly)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b"
    r"(?!\s*(?:%|percent|per\s+cent|million|billion|bn|mln|thousand|[$€£¥]))",
    re.I,
)
# "Contracts were signed and trade reached 300": the noun right before the verb is measured.
_MEASURE_BETWEEN = re.compile(
    r"\b(?:trade|turnover|investments?|exports?|imports?|volume|value|output|sales)\s*$", re.I
)
_PLANNED_RE = re.compile(
    r"\b(?:planned|plans?|will|expected|expects|intends?|going to|upcoming|scheduled|"
    r"to be signed|are to be|is to be|(?-i:may|could))\b"
    r"|планир\w*|будут|будет|ожида\w*|намерен(?!и)\w*|предполага\w*|планах|к\s+подписанию"
    r"|(?<!\w)долж(?:ен|на|но|ны)(?!\w)"
    # Russian future and intent: "подпишут соглашение", "договорились подписать".
    r"|подпиш(?:ут|ет|ем)\b|заключ(?:ат|ит)\b|(?:договорил\w*|готов\w*|собира\w*|предстоит)\s+подписать"
    r"|将|计划|拟|预计|有望",
    re.I,
)
# Words of a document, not of an agreement: they need a signing verb in their own clause.
_WEAK_NOUN_RE = re.compile(r"^(?:documents?|документ\w*|文件|protocols?|протокол\w*)$", re.I)
# A determiner or pronoun that points back at something already named.
_DEFINITE_EN = re.compile(r"\b(?:the|this|that|these|those|such|said)\s+(?:[\w-]+\s+){0,3}$", re.I)
_DEFINITE_RU = re.compile(r"(?:данн|эт|указанн|соответствующ|настоящ|подписанн)\w*\s+$", re.I)
_DEFINITE_ZH = re.compile(r"(?:该|此|这一|这份|上述|相关)$")
_PLURAL_ZH = re.compile(r"多项|多个|多份|一批|一系列|系列|多方")
# Russian case forms: the plural is read off the ending; "-а"/"-я" forms are singular
# genitives after a noun ("подписание соглашения") but plurals right after a verb
# ("подписали соглашения").
_RU_PLURAL_ENDINGS = ("ий", "иям", "иями", "иях", "ов", "ам", "ами", "ах", "ы")
_RU_AMBIGUOUS_ENDINGS = ("я", "а")
# A plural verb after the noun: "Соглашения были подписаны с …", "соглашения заключены".
_RU_PLURAL_VERB_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:были\s+|будут\s+)?(?:подписаны|заключены)(?!\w)", re.I
)
_RU_VERB_BEFORE = re.compile(
    # (not the nouns "подписание", "заключение": a genitive after them is a singular)
    r"(?:подписал\w*|заключил\w*|(?:подписан|заключен)(?!и[еяюи]|ием)\w*)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_BETWEEN = re.compile(r"^\s*(?:[\w-]+\s+){0,6}?(?:between|with|между|с)\b", re.I)
_DEADLINE_RES = [
    # "by 2030", "by the end of 2030", "by end-2026", "by year-end 2026"
    re.compile(
        r"\b(?:by|until|till|through)\s+(?:(?:the\s+)?(?:end|close)(?:\s+of|-)\s*|year-end\s+)?"
        r"((?:19|20)\d{2})\b",
        re.I,
    ),
    re.compile(
        r"(?:\bк|\bдо)\s+(?:концу\s+|конца\s+)?((?:19|20)\d{2})(?:-?м\w*)?\s*(?:г\b|г\.|год)", re.I
    ),
    # "截至2023年" (as of) dates a figure; it is not a deadline.
    # (not the end of a period: "2016年至2018年")
    re.compile(r"(?<!\d{4}年)(?:到|(?<!截)至)((?:19|20)\d{2})年"),
    re.compile(r"(?<![到至])((?:19|20)\d{2})年(?:底|年底)?(?:前|以前)"),  # "2026年前": before 2026
    # A part of the year: "by the first quarter of 2025", "by Q3 2026", "by mid-2027",
    # "к третьему кварталу 2025 года", "к середине 2026 года".
    re.compile(
        r"\b(?:by|until|before)\s+(?:the\s+(?:end|close)\s+of\s+)?(?:the\s+)?"
        r"(?:(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:quarter|half)\s+of"
        r"|Q[1-4]|H[12]|mid-|the\s+middle\s+of|early|late)\s*((?:19|20)\d{2})\b",
        re.I,
    ),
    re.compile(
        r"(?<!\w)(?:к|до)\s+(?:концу\s+|конца\s+)?"
        r"(?:середин[еы]|(?:перв|втор|трет|четв[её]рт)\w+\s+(?:квартал|полугоди)\w*)\s+"
        r"((?:19|20)\d{2})\s*(?:г\b|г\.|год)",
        re.I,
    ),
]
# Relative deadlines, resolved against the publication year: "within five years",
# "в течение пяти лет", "五年内".
_RELATIVE_RES = [
    re.compile(r"\bwithin\s+(?:the\s+next\s+)?(?P<n>\d+|[a-z]+)\s+years?\b", re.I),
    re.compile(r"\bв\s+течение\s+(?:ближайших\s+)?(?P<n>\d+|[а-яё]+)\s+лет\b", re.I),
    re.compile(r"(?P<n>\d+|[一二两三四五六七八九十]+)年(?:内|之内)"),
    re.compile(r"\b(?:over|in|during)\s+the\s+(?:next|coming)\s+(?P<n>\d+|[a-z]+)\s+years\b", re.I),
    re.compile(r"\bв\s+(?:ближайшие|следующие)\s+(?P<n>\d+|[а-яё]+)\s+(?:лет|года)\b", re.I),
    re.compile(r"未来(?P<n>\d+|[一二两三四五六七八九十]+)年"),
    # "预计两年后建成": done N years from now.
    re.compile(r"(?P<n>\d+|[一二两三四五六七八九十]+)年(?:以)?后(?:建成|投产|完工|达产|运营)"),
    re.compile(
        r"\bover\s+(?:a|the)\s+(?:period|span|course)\s+of\s+(?:the\s+next\s+)?"
        r"(?P<n>\d+|[a-z]+)\s+years\b",
        re.I,
    ),
    re.compile(
        r"\b(?:within|over|in|during)\s+(?:a|the\s+next|the\s+coming)\s+(?P<n>decade)\b", re.I
    ),
]
_LEADING_YEAR = re.compile(
    r"^\W*(?:(?:in|в)\s+((?:19|20)\d{2})(?:\s*(?:году|г\.))?(?!\d)"
    r"|((?:19|20)\d{2})(?:年(?![前底末内以至到])[,，]?|\s*[,，]))",
    re.I,
)
# The end of a Chinese five-year plan: "“十三五”末" is 2020, "十四五期末" 2025.
_PLAN_END_ZH = re.compile(r"[“\"]?(十[一二三四五六七八九])五[”\"]?(?:期)?末")
# A plan's whole period: "“十四五”期间", "十四五时期" (the goals of the plan, due at its end).
_PLAN_PERIOD_ZH = re.compile(r"[“\"]?(十[一二三四五六七八九])五[”\"]?(?:规划)?(?:期间|时期)")
# What follows a plan's period is a goal only after a verb of planning or aiming ("“十三五”期间，
# 园区累计引进项目120个" reports).
_PLANNED_AFTER_ZH = re.compile(r"将|计划|规划|力争|争取|确保|拟|目标")
_PLAN_END_YEAR = {"十一": "2010", "十二": "2015", "十三": "2020", "十四": "2025", "十五": "2030",
                  "十六": "2035"}  # fmt: skip
# A goal word right before a year is its deadline: "力争2026年实现…", "预计2027年…突破…".
_GOAL_YEAR_ZH = re.compile(
    r"(?:力争|计划|预计|目标|确保|争取)(?:在|于|到)?((?:19|20)\d{2})年(?:底|末)?"
)
# A goal stated for the current year ("plans to attract 20 residents this year", "当年计划投资
# 2亿元") or for a later year with a verb of reaching ("turnover should reach $5 billion in
# 2026"): the deadline is that year. Without a goal word the sentence reports, not targets.
_GOAL = re.compile(
    r"\b(?:will|should|expected|expects|plans?|planned|aims?|aiming|targets?|targeting|intends?"
    r"|hopes?\s+to|is\s+to"
    r"|are\s+to)\b"
    r"|планир\w*|долж\w*|будет|ожида\w*|намерен\w*|计划|将|预计|力争|争取|目标",
    re.I,
)
_REACH = re.compile(
    r"\b(?:reach|exceed|total|amount\s+to|rise\s+to|grow\s+to|increase\s+to)\b"
    r"|состав(?:ит|ить)|достиг\w*|превы\w*|стан(?:ет|ут)|达到|突破"
    # Russian verbs of coming into being after a plan word: "должны заработать семь заводов".
    r"|заработа(?:ть|ют|ет)|откро(?:ются|ется)|открыть|появ(?:ятся|ится|иться)|запуст(?:ить|ят|ит)",
    re.I,
)
_THIS_YEAR = re.compile(
    r"\bthis\s+year\b(?!['’]s)|в\s+(?:этом|текущем)\s+году"
    # "by the end of the year", "до конца года", "年底前": the year of publication
    r"|\b(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+the\s+year|year[- ]end)\b(?!\s*\d)"
    r"|(?<!\w)(?:до|к)\s+конц[ау]\s+года(?!\w)|(?<![\d年])年底前|当年|(?<![\d一二两三四五六七八九十几近])年内|今年(?!以来|[一二三四]季度|上半年|前\d|前[一二三四五六七八九十]|\d{1,2}[-—至到]\d)",
    re.I,
)
# A verb of planning: "plans to attract 12 residents in 2026", "планирует привлечь в 2026 году".
_PLANS_TO = re.compile(
    r"\b(?:plans?|planning|aims?|intends?)\s+to\b|планиру\w*|намерен[аоы]?(?!\w)", re.I
)
_IN_YEAR = re.compile(r"\b(?:in|в)\s+((?:19|20)\d{2})(?:\s*(?:году|г\.))?(?!\d)", re.I)
# "By 2025, the company plans to reach X, Y and Z": a deadline opening the sentence governs
# every figure after it.
# An attribution may come first: "По ее словам, к 2030 году …", "据介绍，到2025年…".
_LEADING_DEADLINE = re.compile(
    r"^\W*(?:[^,，.。]{1,40}[,，]\s*)?(?:by|until|к|до|到)\s*(?:the\s+end\s+of\s+|концу\s+)?"
    r"(?:19|20)\d{2}",
    re.I,
)
# Goals named for a year govern the figures after them: "the strategic goals for 2025 include
# attracting $10 billion …", "цели на 2030 год: …", "2025年目标：…".
_GOALS_FOR_YEAR = re.compile(
    r"\b(?:goals?|targets?|objectives?|plans?|tasks?)\s+(?:for|until|to)\s+((?:19|20)\d{2})\b"
    r"|(?:цел[ьиея]\w*|план\w*|задач\w*|ориентир\w*)\s+на\s+((?:19|20)\d{2})(?:-?й)?\s*год"
    r"|((?:19|20)\d{2})年(?:的)?(?:[^\d，,。；;：:]{0,10}?)(?:目标|任务|计划|规划)",
    re.I,
)
# The starting level of a change ("from 4,600 to 12,000", "с 10 до 20", "从10个增加到20个") is
# where things stand, not the goal.
_FROM_BEFORE = re.compile(r"(?:\bfrom|(?<!\w)(?:с|со)|从|由)\s*(?:[$€£¥₽]\s*)?$", re.I)
_TO_AFTER = re.compile(r"^[^,，;；。]{0,24}?(?:\bto\b|(?<!\w)до\b|到|至)", re.I)
# A term of validity ("valid until 2030", "действует до 2030 года", "有效期至2030年") dates a
# document, not a goal.
_VALIDITY_BEFORE = re.compile(
    r"(?:\b(?:valid|effective|in\s+force|runs?|lasts?|extended|term)\s+(?:\w+\s+){0,2}"
    r"|\b(?:действ\w*|срок\w*|продлен\w*|рассчитан\w*)\s+(?:\w+\s+){0,2}"
    r"|有效期|期限)\s*$",
    re.I,
)
# Clause boundaries for picking a deadline's figure: "employed 3,000 in 2023 and aims to employ
# 5,000 by 2028" dates the 5,000, not the 3,000.
# A number that is not a calendar year.
_BARE_NUMBER = re.compile(r"(?<!\d)(?!(?:19|20)\d{2}(?!\d))\d")
_CLAUSE_BREAK = re.compile(r"[,，](?!\d)|[;；]|\s(?:and|while|but|и|а|но)\s", re.I)


# "signed further agreements with B" is a new statement, not a restatement.
_FURTHER = re.compile(
    r"\b(?:further|additional|another|more|other)\s+(?:[\w-]+\s+)?(?:agreements|deals|memoranda|MoUs|contracts)|\balso\b|ещё|еще|также|другие|кроме\s+того"
    # Chinese "还" / "另外" in the signing's own clause ("还与B签订了…"), not an earlier "还就…交流"
    r"|(?:另外|还)[^，,。；;]{0,30}?(?:签|达成)",
    re.I,
)
# Chinese: a comma or a second signing verb between two nouns starts another statement
# ("与A签署…协议，与B签订…协议").
_GAP_BREAK = re.compile(
    r"[.;:!?]|,\s*(?:and|while|which)\b|[，、；]|(?<=[\u4e00-\u9fff]),|签署|签订|签约"
)
# Two nouns joined with nothing between ("合同、协议项目140个") name one statement's documents.
_NOUNS_JOINED_ZH = re.compile(r"[、和及]")
# Chinese "项目" (projects) are agreements only where they are signed: "签约产业项目18个",
# "此次签约的5个项目", "25个项目现场签约"; not "项目签约大会" (an event's name) and not
# projects that were built, introduced or planned.
_SIGNING_ZH = re.compile(r"签约|签订|签署")
# (a phase in brackets stays inside the project's name: "签署了某某(一期)项目")
_PROJECT_SIGNED_BEFORE = re.compile(
    r"(?:签约|签订|签署|达成)了?(?:[^，,、；;。:：“”]{0,10}|(?:共|共计)?\d+[个项][^，,、；;。:：“”]{0,16})$"
)
_PROJECT_SIGNED_AFTER = re.compile(
    r"^等?(?:即将|将|已经|已|陆续|均|全部|现场|集中|成功|正式|顺利|同时|共同){0,2}签约"
    r"(?!仪式|活动|大会|会|后|以后|之后)"
    # "等11个项目的签约仪式": the ceremony where a counted number of projects is signed.
    r"|^的(?:集中|现场)?签约(?:仪式|活动)"
)
# A list of titled documents is one statement: "签署了《A》、《B》等文件".
_TITLE_LIST_GAP = re.compile(r"(?:》?\s*、\s*《[^》]*)+》?\s*等?")
_MORE_TITLES = re.compile(r"(?:\s*、\s*《[^》]{1,80}》)+")
# The count of a Chinese noun after a linking word: "合同项目有11项", "协议共5份".
_COUNT_LINK_ZH = re.compile(r"(?:项目)?(?:共有|共计|共|有|达|为)?")
# "8个外资项目，在某市签约": counted projects whose clause ends in their signing.
_COUNTED_BEFORE = re.compile(r"\d+个[\u4e00-\u9fff]{0,4}$")
_SIGNED_AT_END = re.compile(r"[^。；;！]{0,20}?(?:集中|现场|正式|成功)?签约\s*(?:[。！]|$)")
# "A、B、C分别与…签署协议": each signs its own, an unnumbered plural.
_EACH_ZH = re.compile(r"分别(?!代表)")  # "分别代表两国政府签署": each on behalf of, one signing
# "A与B签署了某某项目": one project between two named parties is one agreement.
_ONE_PROJECT_ZH = re.compile(
    r"与[^，,。；;、]{2,30}?(?:签署|签订|签约)了?[^，,。；;、等]{1,20}项目$"
)
# A list of named projects after the first, closed by 等: "A项目、B项目等项目".
_PROJECT_LIST_ZH = re.compile(r"(?:[、和及与][^，,。；;、和及与]{1,30})*等")
# A count right after a signing verb, and the words between it and its noun (no clause break).
_SIGNED_THEN_COUNT_ZH = re.compile(r"(?:签约|签订|签署|簽約|簽訂|簽署)了?(?:共|共计)?$")
_PROJECTS_THEN_SIGNING_ZH = re.compile(
    r"个?[^，,；;。、]{0,6}?项目[^，,；;。]{0,40}?(?:签署|签订|签约|达成)了?[^，,；;。、]{0,12}"
)
_COUNTED_NOUN_ZH = re.compile(r"[^，,；;。、：:]{0,24}")
# A signing set as a goal ("力争签约项目20个以上", "全年签约引进…20个以上；力争…"): a target,
# not an agreement.
_GOAL_SIGNING_ZH = re.compile(r"力争|争取|确保|目标")
# "意向签约项目7项": projects whose signing is intended.
_INTENDED_ZH = re.compile(r"意向(?:签约|签订|签署)")
# "potential contracts", "потенциальных контрактов": contracts not yet signed.
_POTENTIAL_BEFORE = re.compile(r"\bpotential\s+(?:[\w-]+\s+)?$|потенциальн\w*\s+$", re.I)
# "与7家物流企业代表签订了入园": a signing with each of a number of companies.
_WITH_EACH_ZH = re.compile(r"与\d+家[\u4e00-\u9fff]{0,8}?(?:签订|签署|签约)了?[\u4e00-\u9fff]{0,6}")


_REACHED_BEFORE_ZH = re.compile(r"(?:达成|签订|签署)了?$")
_INTENTIONS_COUNTED_ZH = re.compile(r"(?:近|约|超过|超|逾)?\d+(?:余|多)?[项个]")
_COUNTED_PROJECTS_REACHED_ZH = re.compile(
    r"\d+个[^，,；;。]{0,6}?项目[^，,；;。]{0,8}?(?:达成|签订|签署)了?$"
)
_CONTRACTED_AMOUNT = re.compile(r"(?:总)?(?:投资|金额|引资|资金|外资|内资|利用|额|履约)")


# A list of counted projects after one signing verb: "签约产业项目18个、总投资230亿元，基础设施项目
# 18个", "达成与A合作项目13个，与B合作项目32个". Each item is a statement of its own; a breakdown
# ("其中", "涵盖", "在签约项目中") and projects at another stage ("开工项目8个") are not.
# What happens to projects once signed ("推动签约项目早落地", "确保签约项目尽早开工", "对签约项目
# 再对接"): work on signed projects, not a statement of their signing.
_FOLLOW_UP_ZH = re.compile(
    r"(?:尽早|尽快|加快|早日|早)?(?:落地|开工|建设|投产|达产|见效|履约|转化|落户|再对接|再深化)"
)
_COUNT_RIGHT_AFTER = re.compile(r"\s*\d+\s*[个项]")
_BREAKDOWN_ZH = re.compile(r"其中|涵盖|含|占|中[，,]")
_LIST_SIGNING_BEFORE = re.compile(
    r"(?:签约|签订|签署|达成)(?!仪式|活动|大会|会|后)(?:(?!其中|涵盖|含|占|中[，,]|[。；;！？]).){1,60}$"
)
_OTHER_STAGE = re.compile(
    r"开工|竣工|投产|建成|在建|续建|落地|开业|入驻|引进|储备|谋划|推进|实施|完工|达产|审批|备案"
    r"|招引|洽谈|对接|跟踪|新建|扩建|意向|拟"
)


def _listed_after_a_signing(sentence: str, start: int, end: int) -> bool:
    if not _COUNT_RIGHT_AFTER.match(sentence, end):
        return False
    opens = max(sentence.rfind(c, 0, start) for c in "，,、") + 1
    if _OTHER_STAGE.search(sentence, opens, start) or _BREAKDOWN_ZH.search(sentence, opens, start):
        return False
    return _LIST_SIGNING_BEFORE.search(sentence, max(0, start - 70), start) is not None


def _is_agreement_noun(m: re.Match[str], sentence: str) -> bool:
    if m.group(0) in ("协议", "合同"):
        # "协议投资", "协议总投资", "合同外资", "合同履约率": the contracted amount of
        # investment or how contracts fare, not a document.
        return not _CONTRACTED_AMOUNT.match(sentence, m.end())
    if m.group(0) == "合作意向":
        # "达成合作意向近600项", "18个项目达成合作意向": counted intentions reached are
        # agreements; an uncounted "达成合作意向" on some fields is a statement of talks.
        return bool(
            _REACHED_BEFORE_ZH.search(sentence, max(0, m.start() - 4), m.start())
            and (
                _INTENTIONS_COUNTED_ZH.match(sentence, m.end())
                or _COUNTED_PROJECTS_REACHED_ZH.search(sentence, max(0, m.start() - 24), m.start())
            )
        )
    if m.group(0) != "项目":
        return True
    if _FOLLOW_UP_ZH.match(sentence, m.end()):
        return False
    if re.match(r"中[，,]", sentence[m.end() : m.end() + 2]) and not _COUNTED_BEFORE.search(
        sentence, max(0, m.start() - 10), m.start()
    ):
        # "在现场签约项目中，既涵盖…": among the projects already reported signed.
        return False
    return bool(
        _PROJECT_SIGNED_BEFORE.search(sentence, max(0, m.start() - 26), m.start())
        or _listed_after_a_signing(sentence, m.start(), m.end())
        or _PROJECT_SIGNED_AFTER.match(sentence[m.end() : m.end() + 12])
        or (
            _COUNTED_BEFORE.search(sentence, max(0, m.start() - 8), m.start())
            and _SIGNED_AT_END.match(sentence, m.end())
        )
    )


# An accord reached without a document named: "стороны договорились о сотрудничестве",
# "договорились создать …" (SCHEMA: "reached an accord" is an agreement). It counts only in an
# article that reports no signing: otherwise it is that signing told another way.
_ACCORD_RU = re.compile(
    r"(?<![А-ЯЁа-яё])договорил(?:ись|ся|ась)\s+(?:(?:о|об)\s|[а-яё]+(?:ть|ти)\b)"
    # English: "have agreed to become part of …", "agreed to build a plant"
    r"|\b(?:have|has)\s+agreed\s+to\s+(?!(?:a|an|the|this|that|these|those|its|their)\b)[a-z]+",
    re.I,
)
_ACCORD_NOUN = "договорились"


# Chinese signs with a party and no document named: "康佳集团与开发区的现场签约", "15家企业,
# 分别与投促中心等单位签约" (not "与会", not a ceremony or an amount: "签约仪式", "签约额").
_BARE_SIGNING_ZH = re.compile(
    r"(?<![参])与(?!会)[^，,。；;：:]{1,40}?(?:的)?(?:现场|正式|成功|共同|集中)?签约"
    r"(?!仪式|活动|大会|会|额|金额|资金|投资|项目|企业|方|后|以后|之后)"
)
_FIRMS_BEFORE_ZH = re.compile(r"[^。；;]{0,12}$")


def _bare_signing_zh(
    sentence: str, m: re.Match[str], figures: list[FigureMention], names: list[str]
) -> AgreementMention:
    """A noun-less Chinese signing with a party: one agreement, or one with each of a counted
    number of firms ("15家企业分别与…签约"); "分别" without a number is an unnumbered plural. It
    may tell a signing already reported, so it is marked as pointing back."""
    count: int | None = 1
    qualifier: str | None = "exact"
    firms = [
        f for f in figures
        if f.unit == "count" and f.end <= m.start()
        and "家" in sentence[f.end - 1 : f.end + 1]
        and _FIRMS_BEFORE_ZH.fullmatch(sentence, f.end, m.start())
    ]  # fmt: skip
    if firms:
        count, qualifier = int(firms[-1].value), firms[-1].qualifier
    elif _EACH_ZH.search(sentence, max(0, m.start() - 4), m.end()):
        count = qualifier = None
    planned = bool(_PLANNED_RE.search(sentence, max(0, m.start() - 12), m.end()))
    clause_start = max(sentence.rfind(c, 0, m.start()) for c in "。；;，,") + 1
    parties = [n for n in names if n and n in sentence[clause_start : m.end()]]
    return AgreementMention(
        count,
        qualifier,
        "planned" if planned else "signed",
        parties,
        definite=True,
        plural=count is None,
        nouns=("签约",),
        evidence=sentence,
    )


# A signing ceremony held ("签约仪式举行", "举行了…集中签约仪式"): agreements were signed.
_CEREMONY_HELD_ZH = re.compile(
    r"(?:集中)?签约(?:仪式|活动)(?:[^，,。；;]{0,6})?(?:举行|举办|召开)"
    r"|(?:举行|举办)(?:了)?[^，,。；;]{0,30}?(?:集中)?签约(?:仪式|活动)"
)


def ceremony_signing(sentences: list[str]) -> AgreementMention | None:
    """An article that reports a signing ceremony held and states no agreement of its own: the
    ceremony's signing, an unnumbered plural ("青岛保税港区诸城功能区签约仪式举行")."""
    for sentence in sentences:
        if _CEREMONY_HELD_ZH.search(sentence) and not _PLANNED_RE.search(sentence):
            return AgreementMention(None, None, "signed", [], plural=True, evidence=sentence)
    return None


def mentions_agreement(sentence: str) -> bool:
    """Cheap pre-filter: does the sentence name an agreement-like document at all?"""
    if _BARE_SIGNING_ZH.search(sentence):
        return True
    return _ACCORD_RU.search(sentence) is not None or any(
        _is_agreement_noun(m, sentence) for m in _AGREEMENT_RE.finditer(sentence)
    )


@dataclass(frozen=True)
class AgreementMention:
    count: int | None
    qualifier: str | None
    status: str
    parties: list[str]
    definite: bool = False  # "the agreement", "these MoUs": may restate an earlier one
    plural: bool = False  # "agreements" without a number
    nouns: tuple[str, ...] = field(default=())
    evidence: str = ""
    at: int = 0  # where the statement starts in its evidence


@dataclass(frozen=True)
class TargetMention:
    figure: FigureMention
    deadline: str


def _is_plural(noun: str, before: str, after: str = "") -> bool:
    low = noun.casefold().replace("ё", "е")
    if re.match(r"[a-z]", low):
        if low in ("mous", "mou's", "mous'"):
            return True  # "MoUs" ends like "memorandum" but is a plural
        return low.endswith("s") and not low.endswith(("us", "ss")) or low == "memoranda"
    if re.match(r"[а-яё]", low):
        word = low.split()[0]
        stem_forms = ("соглашени", "меморандум", "договоренност", "договор", "контракт",
                      "протокол", "документ")  # fmt: skip
        stem = next((s for s in stem_forms if word.startswith(s)), None)
        if stem is None:
            return word.endswith(("и", "ы"))
        ending = word[len(stem) :]
        if stem == "договоренност":
            # "договоренности" is a plural after a plural word ("достигнуты договоренности"),
            # a genitive singular after a noun ("достижение договоренности").
            if ending in ("ей", "ям", "ями", "ях"):
                return True
            return ending == "и" and re.search(r"(?:ы|ые|(?<!н)ие)\s+$", before) is not None
        if stem == "соглашени":
            # The stem keeps its "и": "соглашений", "соглашениям" are plurals, "соглашения"
            # is either.
            if ending in ("й", "ям", "ями", "ях"):
                return True
            return ending == "я" and (
                _RU_VERB_BEFORE.search(before) is not None
                or _RU_PLURAL_VERB_AFTER.match(after) is not None
            )
        if ending in _RU_PLURAL_ENDINGS:
            return True
        if ending in _RU_AMBIGUOUS_ENDINGS:
            return _RU_VERB_BEFORE.search(before) is not None
        return False
    return _PLURAL_ZH.search(before[-6:]) is not None


# "the implementation of investment agreements reached at the expo": agreements named as the
# object of work on them are ones already signed.
_WORK_ON_EN = re.compile(
    r"\b(?:implementation|implementing|implement|execution|pace|progress|review|follow-up)\s+of\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "03 contracts were signed, including 01 contract on X and 01 export contract": the items a
# total is broken into after "including" are part of it.
_BREAKDOWN_EN = re.compile(r"\b(?:including|of\s+which|among\s+them|namely)\b", re.I)
# A numbered list item ("2. An agreement with …") describes one of the agreements its heading
# counted.
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*])\s")


def _is_definite(noun: str, before: str) -> bool:
    if re.match(r"[A-Za-z]", noun):
        if _WORK_ON_EN.search(before):
            return True
        return _DEFINITE_EN.search(before) is not None and not re.search(
            r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,3}$", before, re.I
        )
    if re.match(r"[А-Яа-яЁё]", noun):
        return _DEFINITE_RU.search(before) is not None or bool(_FRAMEWORK_RU.search(before))
    title = before.rfind("《")
    if title > before.rfind("》"):
        before = before[:title]  # "这份《合作备忘录》": the pointer stands before the title
    return _DEFINITE_ZH.search(before[-3:]) is not None


# Russian has no article: "в рамках соглашения", "согласно соглашению", "в соответствии с
# соглашением" speak of an agreement already reported (one introduced there is named with its
# signing: "соглашением, достигнутым на встрече", and is not a bare noun after these words).
_FRAMEWORK_RU = re.compile(
    r"(?<!\w)(?:в\s+рамках|согласно|в\s+соответствии\s+с|по\s+условиям|в\s+силу)\s+$", re.I
)
# What a sentence-opening agreement noun goes on to do when it refers back to one.
_RU_RESTATING_VERB = re.compile(
    r"\s+(?:было\s+|будет\s+)?(?:подписан|заключен|предусматрива|рассчитан|позвол|направлен"
    r"|вступ|действ|определя|закрепля|касается|включа|подразумева)\w*"
)


def find_agreements(
    sentence: str, figures: list[FigureMention], names: list[str]
) -> list[AgreementMention]:
    """One agreement per statement of a signing: nouns close together are one statement."""
    out: list[AgreementMention] = []
    groups: list[list[re.Match[str]]] = []
    for m in _AGREEMENT_RE.finditer(sentence):
        if not _is_agreement_noun(m, sentence):
            continue
        if groups:
            gap = sentence[groups[-1][-1].end() : m.start()]
            if len(gap) < 40 and (
                not _GAP_BREAK.search(gap)
                or _TITLE_LIST_GAP.fullmatch(gap)
                or _NOUNS_JOINED_ZH.fullmatch(gap)
            ):
                groups[-1].append(m)
                continue
        groups.append([m])
    if not groups and _ACCORD_RU.search(sentence):
        parties = [n for n in names if n]
        return [AgreementMention(1, "exact", "signed", parties, nouns=(_ACCORD_NOUN,),
                                 evidence=sentence)]  # fmt: skip
    if not groups and _BARE_SIGNING_ZH.search(sentence):
        # "A与B签约的X项目，C与D签约的Y项目": each signing with its parties is one statement.
        found = [_bare_signing_zh(sentence, m, figures, names)
                 for m in _BARE_SIGNING_ZH.finditer(sentence)]  # fmt: skip
        return found if len(found) == 1 else [replace(a, definite=False) for a in found]
    for group in groups:
        start, end = group[0].start(), group[-1].end()
        # The statement is the clause around the noun: up to ';' or a sentence-level comma+and.
        lo = max(sentence.rfind(";", 0, start), sentence.rfind(", and", 0, start), -1) + 1
        hi_candidates = [
            i for i in (sentence.find(";", end), sentence.find(", and", end)) if i >= 0
        ]
        hi = min(hi_candidates) if hi_candidates else len(sentence)
        clause = sentence[lo:hi]
        count = qualifier = None
        # Chinese packs a sentence into few characters: a number 40 characters away is not
        # the agreements' count there.
        reach = 8 if re.search(r"[\u4e00-\u9fff]", group[0].group(0)) else 40
        for f in figures:
            gap = sentence[f.end : start] if f.end <= start else ""
            if "，" in gap or ("," in gap or "、" in gap) and reach == 8:
                # "新增企业12家，协议投资额": the number counts something else; so does the
                # count of the item before in a list ("项目93个、国际合作项目16个").
                continue
            if f.unit == "count" and f.end <= start and start - f.end <= reach and f.begin >= lo:
                count, qualifier = int(f.value), f.qualifier
            elif (
                f.unit == "count"
                and count is None
                and f.begin >= end
                and (f.begin - end <= 2 or _COUNT_LINK_ZH.fullmatch(sentence, end, f.begin))
            ):
                count, qualifier = int(f.value), f.qualifier  # Chinese order: "协议68项"
            elif (
                reach == 8
                and f.unit == "count"
                and count is None
                and _WITH_EACH_ZH.fullmatch(sentence, f.begin - 1, start)
            ):
                # "与7家物流企业代表签订了入园协议": one agreement with each of N companies.
                count, qualifier = int(f.value), f.qualifier
            elif (
                reach == 8
                and f.unit == "count"
                and count is None
                and f.end <= start
                and _SIGNED_THEN_COUNT_ZH.search(sentence, max(lo, f.begin - 6), f.begin)
                and _COUNTED_NOUN_ZH.fullmatch(sentence, f.end, start)
            ):
                # "签署了205份共建“一带一路”合作文件", "签约8个投资过5000万元的项目": the count
                # right after the verb counts the noun its words describe.
                count, qualifier = int(f.value), f.qualifier
        if reach == 8 and count is None and not all(m.group(0) == "项目" for m in group):
            # "5个项目在开园仪式上签署了租赁意向协议", "企业分别就…等8个项目与县政府签署了合作协议":
            # the counted projects of the clause are the agreements' count.
            counted = next(
                (f for f in reversed(figures)
                 if f.unit == "count" and lo <= f.begin and f.end <= start
                 and _PROJECTS_THEN_SIGNING_ZH.fullmatch(sentence, f.end, start)),
                None,
            )  # fmt: skip
            if counted is not None:
                count, qualifier = int(counted.value), counted.qualifier
        nouns = tuple(m.group(0) for m in group)
        more_titles = _MORE_TITLES.match(sentence, end) if sentence[end - 1 : end] == "》" else None
        if more_titles:
            end = more_titles.end()  # "签署了《A》、《B》": the list of titles is the statement
        titles = sentence.count("《", start, end)
        listed_plural = False
        if reach == 8 and titles >= 2 and count is None:
            # "签署了《A》、《B》等文件": an unnumbered plural; without "等", one per title.
            listed_plural = "等" in sentence[end - len(nouns[-1]) - 2 : end]
            if not listed_plural:
                count, qualifier = titles, "exact"
        weak = all(_WEAK_NOUN_RE.match(n) for n in nouns)
        signed_verb = _SIGNED_RE.search(clause) is not None
        head = group[0]
        before = sentence[lo : head.start()]
        plural = _is_plural(head.group(0), before, sentence[head.end() : head.end() + 40])
        plural = plural or listed_plural
        if reach == 8:
            # Signed projects are counted, not singular ("签约的项目涉及…"); a signing of each
            # of several parties ("分别与…签署") is an unnumbered plural unless the sentence
            # goes on to list the signings one by one.
            prev_end = groups[groups.index(group) - 1][-1].end() if group is not groups[0] else lo
            each = _EACH_ZH.search(sentence, prev_end, start) and not _SIGNING_ZH.search(
                sentence, end
            )
            projects = all(n == "项目" for n in nouns)  # "项目合作协议" is one agreement
            if projects and count is None and _PROJECT_LIST_ZH.match(sentence, end):
                # "签署的A项目、B项目、C项目等项目", "A项目和B项目等正式签约": several named
                # projects, an unnumbered plural.
                plural = True
            if projects and count is None and _ONE_PROJECT_ZH.search(sentence, lo, end):
                projects = False
            plural = plural or projects or bool(each)
        # "A $533 million agreement between A and B" states an agreement without a verb; so
        # does a number of agreements ("under 19 agreements").
        between = not weak and _BETWEEN.match(sentence[end:hi]) is not None and not plural
        numbered = not weak and count is not None and count >= 2
        if not (signed_verb or between or numbered):
            continue
        if not signed_verb and not numbered and _LIST_ITEM.match(sentence):
            continue
        if (
            count in (None, 1)
            and reach == 40
            and any(a.count and a.count >= 2 for a in out)
            and _BREAKDOWN_EN.search(sentence, 0, start)
        ):
            continue  # a part of the total this sentence already stated
        # Chinese states a completed signing before what the parties "will" do next
        # ("签署了合作备忘录，双方将在…合作"): only a plan word before the noun counts there.
        # A quotation or a "that" clause opens a statement of its own: in '"China will help,"
        # he said, adding that "China has signed a loan agreement"' the signing is done.
        quoted = max(sentence.rfind(' "', lo, start), sentence.rfind(" “", lo, start),
                     sentence.rfind(" that ", lo, start))  # fmt: skip
        plan_scope = sentence[lo:end] if reach == 8 else sentence[max(lo, quoted) : hi]
        if reach == 8 and (signed_after := _PROJECT_SIGNED_AFTER.match(sentence[end : end + 12])):
            plan_scope = sentence[lo : end + signed_after.end()]  # "项目即将签约": still to come
        planned = bool(_PLANNED_RE.search(plan_scope))
        if reach == 8 and (
            _GOAL_SIGNING_ZH.search(sentence, lo, end)
            or (qualifier in ("more_than", "at_least") and _GOAL_SIGNING_ZH.search(sentence))
        ):
            continue
        if reach == 8 and _INTENDED_ZH.search(sentence, max(lo, start - 12), end):
            planned = True
        if reach == 40 and _POTENTIAL_BEFORE.search(before):
            planned = True
        if planned and reach == 40 and _done_before_any_plan(plan_scope):
            # "signed six MoUs, which will create 9,500 jobs", "подписали соглашение, которое
            # позволит …": what the signed agreement will do is no plan to sign it.
            planned = False
        definite = _is_definite(head.group(0), before)
        if (
            definite
            and _FRAMEWORK_RU.search(before)
            and re.match(r"\s*,?\s*(?:достигнут|подписан|заключ[её]н)\w*", sentence[end:])
        ):
            definite = False  # "в соответствии с соглашением, достигнутым на встрече …"
        if weak and count is None and re.fullmatch(r"[Дд]окумент\w{0,2}", head.group(0)):
            # Russian has no article: a bare "Документ подписали …" refers back to the
            # agreement already reported (a new one would be named: "соглашение", "меморандум").
            definite = definite or not re.match(r"\s*[«\"]", sentence[end:])
        if (
            count is None
            and not plural
            and not before.strip(' «"')
            and re.match(r"(?:Соглашени|Меморандум|Договор)\w{0,3}$", head.group(0))
            and _RU_RESTATING_VERB.match(sentence, end)
            and not _FURTHER.search(sentence)
        ):
            # "Соглашение подписано на пять лет.": a sentence that opens with the bare noun
            # and goes on to what it does speaks of the agreement already reported.
            definite = True
        if (
            count is None
            and not plural
            and re.fullmatch(r"\W*[Пп]одписание\s+", before)
            and not _FURTHER.search(sentence)
        ):
            # "«Подписание меморандума знаменует …»": Russian has no article; a sentence that
            # opens with the signing of a bare noun speaks of the signing already reported.
            definite = True
        opens_clause = start == 0 or sentence[start - 1] in "，,；;"
        clause_after = re.split(r"[，,；;。]", sentence[end:], maxsplit=1)[0]
        if reach == 8 and opens_clause and not _SIGNING_ZH.search(clause_after):
            # "…共签订9项合作协议，…，协议均突出…": a noun opening a clause with no signing
            # of its own points back at the agreement just signed.
            definite = True
        if planned and definite and reach == 40 and not _SIGNED_RE.search(plan_scope):
            # "The MoU will help …", "…, adding that the MoUs will be implemented": what the
            # agreement will do, not a plan.
            planned = False
        if (
            planned
            and reach == 40
            and _NOMINAL_SIGNING.search(before)
            and not plural
            and not _TO_COME.search(sentence, end)
        ):
            # "The signing of this memorandum will make it possible …": the signing already
            # reported, and what it will bring.
            planned, definite = False, True
        if count is None:
            # "Deals signed at the expo totaled 258": the total after the verb is the count.
            total = _TOTALLED.search(sentence, end)
            if total and plural and not _MEASURE_BETWEEN.search(sentence[end : total.start()]):
                count = int(total.group("n").replace(",", ""))
                q = (total.group("q") or "").split()
                qualifier = {"more": "more_than", "over": "more_than", "about": "about",
                             "some": "about", "nearly": "about"}.get(q[0] if q else "", "exact")  # fmt: skip
                plural = False
        if count is None and not plural:
            count, qualifier = 1, "exact"
        parties = [n for n in names if n and n in clause]
        if reach == 40 and _WORK_ON_EN.search(before):
            parties = []  # who reviews the agreements is not a party to them
        out.append(
            AgreementMention(
                count,
                qualifier,
                "planned" if planned else "signed",
                parties,
                definite=definite,
                plural=plural and count is None,
                nouns=nouns,
                evidence=sentence,
                at=start,
            )
        )
    return _one_verb_one_signing(sentence, out)


# "another", "further", "also" between two nouns: a second signing.
_ANOTHER_BETWEEN = re.compile(
    r"\b(?:another|further|additional|also|second|other)\b|\bещ[её]\b|также|другое|второе",
    re.I,
)


def _one_verb_one_signing(sentence: str, found: list[AgreementMention]) -> list[AgreementMention]:
    """English and Russian: two singular agreement nouns under one signing verb ("The first MoU
    was signed with X for a Rs 300 crore deal") are one signing, unless the second is another."""
    if len(found) < 2 or re.search(r"[\u4e00-\u9fff]", sentence):
        return found
    if len(_SIGNED_RE.findall(sentence)) != 1:
        return found
    if any(a.count != 1 or a.status != found[0].status for a in found):
        return found
    first_noun, last_noun = found[0].nouns[0], found[-1].nouns[-1]
    a, b = sentence.find(first_noun), sentence.rfind(last_noun)
    if a < 0 or b <= a or _ANOTHER_BETWEEN.search(sentence, a, b):
        return found
    parties = list(dict.fromkeys(p for m in found for p in m.parties))
    return [replace(found[0], parties=parties)]


# A signing named as a noun before the agreement: "the signing of the memorandum", "подписание
# соглашения".
_NOMINAL_SIGNING = re.compile(
    r"\b(?:the|this)\s+signing\s+of\s+['‘\"“]?(?:[\w'‘\"“-]+\s+){0,4}$"
    r"|(?<!\w)[Пп]одписани[ея]\s+(?:[\w«\"-]+\s+){0,2}$",
    re.I,
)
# A signing still to come: "will take place", "is scheduled for", "состоится".
_TO_COME = re.compile(
    r"\b(?:will\s+take\s+place|will\s+be\s+held|(?:is|was)\s+(?:scheduled|planned|expected|set|due)"
    r"|is\s+to\s+take\s+place)\b|состоит\w*|запланирован\w*|пройд[её]т|намечен\w*|ожида\w*",
    re.I,
)
# A signing stated as done: a past form or a past participle ("signed", "was signed", "inked",
# "подписали", "подписанный", "заключено").
_DONE_SIGNING = re.compile(
    r"\b(?:signed|inked|penned|concluded|struck|sealed|clinched|entered\s+into|exchanged)\b"
    r"|(?<!\w)(?:подписал|подписан|заключил|заключен|заключён|обменял)\w*",
    re.I,
)


def _done_before_any_plan(clause: str) -> bool:
    """The clause reports a signing as done before any plan word: the plan words after it say
    what the agreement will do ("under which projects will be built"), not that it is planned.
    A plan word before the verb keeps it planned ("will be signed", "is expected to be signed",
    "будет подписано")."""
    done = _DONE_SIGNING.search(clause)
    if done is None:
        return False
    plan = _PLANNED_RE.search(clause)
    return plan is not None and plan.start() >= done.end()


def merge_agreements(
    items: list[AgreementMention], lead: str | tuple[str, ...] = "", headline: str = ""
) -> list[AgreementMention]:
    """One fact, one entry: fold restatements of a signing into the first statement.

    A later statement restates an earlier one of the same status when it gives the same number,
    when it points back ("the document", "these MoUs") at the latest agreement, or when an
    unnumbered plural adds nothing but parties to a numbered or singular statement near it.
    """
    # The headline and the lede summarise the article: an unnumbered plural there that names
    # no parties is the numbered signing of the body.
    leads = {lead} if isinstance(lead, str) else set(lead)
    if any(a.nouns != (_ACCORD_NOUN,) for a in items):
        items = [a for a in items if a.nouns != (_ACCORD_NOUN,)]
    elif items:
        items = items[:1]  # "договорились …" restated: one accord
    kept: list[AgreementMention] = []
    for prev, a in zip([None, *items], items, strict=False):
        if any(_printed_again(k, a) for k in kept):
            continue  # a sentence printed twice (a lede repeated under the headline) signs once
        same_status = [k for k in kept if k.status == a.status]
        target = None
        if a.count is not None and a.count >= 2:
            # (two counts of one Chinese sentence, each with its own signing, are two signings:
            # "签订框架协议项目6个，……签订意向性合作协议6个")
            target = next(
                (k for k in same_status if k.count == a.count and not _one_zh_sentence(k, a, prev)),
                None,
            )  # fmt: skip
            if target is None:
                # An unnumbered plural in the headline ("contracts were signed") summarises
                # the numbered statement of the body.
                target = next(
                    (k for k in same_status
                     if k.plural and k.evidence in leads and not k.parties),
                    None,
                )  # fmt: skip
                if (
                    target is None
                    and kept
                    and prev is not None
                    and _batch_then_number(kept[-1], prev, a)
                ):
                    target = kept[-1]
                if target is not None:
                    kept[kept.index(target)] = _fold(a, target)
                    if target.evidence in leads:
                        # the headline's and the lede's summaries are all this signing
                        kept = [k for k in kept if not _lead_summary(k, a, leads)]
                    continue
        elif (
            a.definite
            and same_status
            and not (a.count == 1 and same_status[-1].plural and same_status[-1].count is None)
            # "Two agreements were signed … The agreement between A and B …": one of the
            # total, stated with its parties, is an entry of its own (SCHEMA).
            and not (
                a.count == 1
                and a.parties
                and (same_status[-1].count or 0) >= 2
                and not set(a.parties) <= set(same_status[-1].parties)
            )
        ):
            # "The agreement" restates the last signing; after an unnumbered plural a singular
            # ("соответствующее соглашение … между A и B") states one of them on its own.
            target = same_status[-1]
        elif (
            a.plural
            and a.nouns == ("项目",)
            and not a.parties
            and any(k.plural and k.nouns == ("项目",) for k in same_status)
        ):
            # "签约项目涉及…" again: the signed projects already listed.
            target = next(k for k in same_status if k.plural and k.nouns == ("项目",))
        elif a.plural and same_status and not _says_another(a):
            # It restates a statement that names the same parties or more, or a singular one
            # that named none ("an agreement was concluded" ... "X signed agreements with Y").
            target = next(
                (k for k in reversed(same_status)
                 if k.count is not None
                 and (set(a.parties) <= set(k.parties) or (k.count == 1 and not k.parties))),
                None,
            )  # fmt: skip
            if target is None and not a.parties:
                # "Companies signed agreements worth $4 billion. … the companies signed
                # agreements in road building and forestry": no new party, the same signing.
                target = next(
                    (k for k in reversed(same_status)
                     if k.plural and k.count is None and _same_kind(k, a)),
                    None,
                )  # fmt: skip
        elif (
            a.count == 1
            and headline
            and a.evidence != headline
            and not _says_another(a)
            and any(k.count == 1 and k.evidence == headline for k in same_status)
        ):
            # The headline's "X and Y sign a deal" is the signing the body reports.
            target = next(k for k in same_status if k.count == 1 and k.evidence == headline)
            kept[kept.index(target)] = _fold(a, target)
            continue
        elif a.count == 1 and (target := _zh_singular_restated(a, same_status)) is not None:
            pass
        elif (
            a.count == 1
            and a.nouns == ("项目",)
            and (
                headline_projects := next(
                    (
                        k
                        for k in same_status
                        if k.plural
                        and k.nouns == ("项目",)
                        and k.evidence in leads
                        and not k.parties
                    ),
                    None,
                )  # fmt: skip
            )
        ):
            # "某某项目签约" in the headline is the one project the body says was signed.
            kept[kept.index(headline_projects)] = _fold(a, headline_projects)
            continue
        elif a.count == 1 and same_status and not a.parties:
            # "A memorandum was signed at the forum" after "X signed agreements with Y".
            target = next((k for k in same_status if k.plural and k.count is None), None)
            if target is not None:
                kept[kept.index(target)] = _fold(a, target)
                continue
        if target is None:
            kept.append(a)
        else:
            kept[kept.index(target)] = _fold(target, a)
    return kept


def _same_kind(k: AgreementMention, a: AgreementMention) -> bool:
    """Both statements name the same kind of document ("соглашения" twice; not "соглашения"
    and then "экспортные договоры")."""
    return bool(k.nouns and a.nouns) and k.nouns[0][:6].casefold() == a.nouns[0][:6].casefold()


def _printed_again(k: AgreementMention, a: AgreementMention) -> bool:
    def key(m: AgreementMention) -> tuple[object, ...]:
        return (m.evidence, m.at, m.count, m.status, m.nouns, m.parties)

    return k is not a and key(k) == key(a)


def _lead_summary(k: AgreementMention, numbered: AgreementMention, leads: set[str]) -> bool:
    """An unnumbered plural of the headline or lede, with no party, of the numbered signing."""
    return (
        k.plural
        and k.count is None
        and not k.parties
        and k.status == numbered.status
        and k.evidence in leads
    )


# The kind of a Chinese agreement noun, read off its end: "《…战略合作协议》" is a 协议.
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ZH_NOUN_KIND = re.compile(r"(协议|协定|备忘录|合同|意向书)》?$")


def _says_another(a: AgreementMention) -> bool:
    """The statement calls its signing a further one ("also signed", "还与…签署"). A Chinese
    "还" says so only in the clause of the signing: "还就…进行了探讨，A与B签订了协议" does not."""
    if not a.nouns:
        return _FURTHER.search(a.evidence) is not None
    if not _HAN.search(a.evidence):
        # "also" speaks of the signing near it, not of a later clause ("…, а также …").
        end = a.at + len(a.nouns[-1]) + 30 if a.evidence.startswith(a.nouns[0], a.at) else None
        if end is None:
            return _FURTHER.search(a.evidence) is not None
        return _FURTHER.search(a.evidence, max(0, a.at - 80), end) is not None
    at = a.evidence.find(a.nouns[0])
    if at < 0:
        return _FURTHER.search(a.evidence) is not None
    opens = max(a.evidence.rfind(c, 0, at) for c in "，,；;。") + 1
    return _FURTHER.search(a.evidence, opens, at + len(a.nouns[0])) is not None


def _batch_then_number(last: AgreementMention, prev: AgreementMention, a: AgreementMention) -> bool:
    """'集中签约了一批重点项目。共签约50个合作项目，…': a batch of signed projects told just
    before their number is the numbered signing."""
    return (
        last.plural
        and last.count is None
        and last.nouns == ("项目",) == a.nouns
        and not last.parties
        and last.evidence == prev.evidence
        and _PLURAL_ZH.search(last.evidence) is not None
    )


def _one_zh_sentence(
    k: AgreementMention, a: AgreementMention, prev: AgreementMention | None
) -> bool:
    """Both statements belong to one Chinese sentence (its clauses split at "；" included)."""
    if not _HAN.search(k.evidence):
        return False
    if k.evidence == a.evidence:
        return k.at != a.at  # (a sentence printed twice states its signing once)
    return k is prev and k.evidence.rstrip().endswith(("；", ";"))


def _zh_singular_restated(
    a: AgreementMention, same_status: list[AgreementMention]
) -> AgreementMention | None:
    """Chinese has no article: "双方签订框架协议意义深远" after "A与B签署框架合作协议" speaks
    of the same signing. A later sentence's singular signing of the same kind of document that
    names at most one party the earlier one did not is that signing again, unless it says it is
    another ("还", "另外")."""
    kind = _ZH_NOUN_KIND.search(a.nouns[-1]) if a.nouns else None
    if kind is None or _says_another(a):
        return None
    for k in reversed(same_status):
        if k.count != 1 or k.evidence == a.evidence or not k.nouns:
            continue
        earlier = _ZH_NOUN_KIND.search(k.nouns[-1])
        if earlier is None or earlier.group(1) != kind.group(1):
            continue
        if len(set(a.parties) - set(k.parties)) <= 1:
            return k
        return None
    return None


def _fold(main: AgreementMention, other: AgreementMention) -> AgreementMention:
    parties = list(dict.fromkeys([*main.parties, *other.parties]))
    return replace(main, parties=parties, evidence=main.evidence or other.evidence)


def _relative_years(word: str) -> int | None:
    from parkbridge.extraction.numbers import parse_en_words, parse_ru_word, parse_zh_number

    if word.isdigit():
        return int(word)
    if word.lower() == "decade":
        return 10
    value = parse_en_words([word.lower()]) or parse_ru_word(word.lower()) or parse_zh_number(word)
    return int(value) if value else None


def find_targets(
    sentence: str, figures: list[FigureMention], published_year: int | None = None
) -> list[TargetMention]:
    """A figure with a deadline ('at least 100 by 2030', 'не менее 100 к 2030 году',
    'within five years' of the publication date)."""
    out: list[TargetMention] = []
    deadlines: list[tuple[int, int, str]] = []
    for rx in _DEADLINE_RES:
        deadlines.extend((m.start(), m.end(), m.group(1)) for m in rx.finditer(sentence))
    for m in _GOAL_YEAR_ZH.finditer(sentence):
        if not any(m.start() <= d[0] < m.end() for d in deadlines):
            deadlines.append((m.start(), m.end(), m.group(1)))
    # "2026年，园区将…", "In 2026, the zone plans to …", "В 2026 году парк планирует …": a year
    # opening a sentence that states a plan is the plan's year.
    lead = _LEADING_YEAR.match(sentence)
    if (
        lead
        and not deadlines
        and _GOAL.search(sentence, lead.end())
        and not _PAST_MARKER.search(sentence)
        and (published_year is None or int(lead.group(1) or lead.group(2)) >= published_year)
    ):
        deadlines.append((lead.start(), lead.end(), lead.group(1) or lead.group(2)))
    deadlines.extend(_plan_ends(sentence))
    if _GOAL.search(sentence):
        if published_year is not None:
            for m in _THIS_YEAR.finditer(sentence):
                deadlines.append((m.start(), m.end(), str(published_year)))
        if (_REACH.search(sentence) or _PLANS_TO.search(sentence)) and not deadlines:
            # Without a date the sentence's own words decide: a goal word and a verb of
            # reaching ("ожидается, что число составит 85 в 2030 году") look ahead.
            for m in _IN_YEAR.finditer(sentence):
                if published_year is None or int(m.group(1)) > published_year:
                    deadlines.append((m.start(), m.end(), m.group(1)))
    if published_year is not None:
        for rx in _RELATIVE_RES:
            for m in rx.finditer(sentence):
                n = _relative_years(m.group("n"))
                if n and 0 < n <= 50:
                    deadlines.append((m.start(), m.end(), str(published_year + n)))
    governing = [
        (m.start(), m.end(), next(g for g in m.groups() if g))
        for m in _GOALS_FOR_YEAR.finditer(sentence)
    ]
    goals = _aimed_at(sentence, figures)
    taken: set[int] = set()
    for _start, end, year in governing:
        if published_year is not None and int(year) < published_year:
            continue
        if _DONE_MARKER.search(sentence, end):
            continue  # "2020年计划投资已完成80亿元" reports the plan's outcome
        for f in _after_goal_word(sentence, end, [f for f in goals if f.begin >= end]):
            if id(f) not in taken:
                taken.add(id(f))
                out.append(TargetMention(f, year))
    if taken:
        return out
    named = _target_named_for_a_year(sentence, goals, published_year)
    if named:
        return named
    opening = [
        (a, b, y) for a, b, y in deadlines
        if (published_year is None or int(y) >= published_year)
        and _opens_goals(sentence, a, b)
        and (
            _ANY_YEAR.search(sentence, a, b)
            or _PLAN_END_ZH.match(sentence, a)
            or _PLAN_PERIOD_ZH.match(sentence, a)
        )
    ]  # fmt: skip
    if len(opening) == 1:
        # "…，提出到2025年，收入达到3000亿元，增加值突破7600亿元；比重达90%": a deadline opening
        # a clause and followed by a comma governs the goals after it, to the sentence's end.
        _, end, year = opening[0]
        stop = _PAST_MARKER.search(sentence, end)
        return [
            TargetMention(f, year) for f in goals
            if f.begin >= end and (stop is None or f.begin < stop.start())
            and not _is_land_size(sentence, f)
        ]  # fmt: skip
    placed = _dated_in_place(sentence, goals, published_year)
    if len({year for _, year in placed}) >= 2 or (placed and not deadlines):
        # "до 20,5 тысячи рабочих мест в 2030 году и 22 тысяч в 2035 году": each figure
        # carries its own year.
        return [TargetMention(f, year) for f, year in placed]
    whole = _one_goal_for_the_sentence(sentence, deadlines, published_year)
    if whole is not None:
        # One future deadline, no other year, a verb of aiming: every figure of the sentence
        # is part of the goal ("will attract $2 billion and create 9,000 jobs by 2029").
        return [TargetMention(f, whole) for f in _in_the_goals_clauses(sentence, deadlines, goals)]
    for start, end, year in deadlines:
        # A deadline already past at publication reports what happened ("By 2020 the park had
        # 100 residents"); a goal looks ahead.
        if published_year is not None and int(year) < published_year:
            continue
        if _VALIDITY_BEFORE.search(sentence[max(0, start - 40) : start]):
            continue
        if _PAST_MARKER.search(sentence, end, min(len(sentence), end + 40)):
            continue  # "By 2026 the zone had already attracted …" reports
        clause = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
        if _PAST_MARKER.search(sentence, clause, start):
            continue  # "the number reached 41 by the end of 2020" reports
        before = [f for f in goals if f.end <= start]
        after = [f for f in goals if f.begin >= end]
        if (
            after
            and _LEADING_DEADLINE.match(sentence[: end + 1])
            and not before
            and not _PAST_MARKER.search(sentence, end, after[0].begin)
        ):
            out.extend(TargetMention(f, year) for f in _after_goal_word(sentence, end, after))
            continue
        # The deadline's own clause first; a deadline in a trailing clause with no figure of
        # its own ("…总投资9亿元，…，建设年限为2016至2018年") dates the sentence's main figure.
        lo = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
        in_clause = [f for f in before if f.begin >= lo]
        own_number = _BARE_NUMBER.search(sentence, lo, start) is not None
        # The deadline's clause may state its figure after it ("…, and by 2030 there will be
        # 600 parks"); after a goal word the goal's own figure ("к 2030 году на территории шести
        # парков планируется создание более 100 производств": 100).
        hi = min((m.start() for m in _CLAUSE_BREAK.finditer(sentence, end)), default=len(sentence))
        after_in_clause = [f for f in after if f.begin < hi]
        goal = _GOAL.search(sentence, end, hi) or _REACH.search(sentence, end, hi)
        after_goal = [f for f in after_in_clause if goal and f.begin >= goal.end()]
        if in_clause:
            fig = in_clause[-1]
        elif after_in_clause:
            fig = (after_goal or after_in_clause)[0]
        elif (
            before
            and not own_number
            and not _earlier_year(sentence, before[0], year)
            and not _PAST_MARKER.search(sentence, 0, start)
        ):
            # A clause with a number of its own that is no figure ("aims to employ 5,000 by
            # 2028") does not borrow another clause's figure.
            fig = before[0]
        else:
            fig = after[0] if after else None
        if fig is not None:
            out.append(TargetMention(fig, year))
    return out


_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# "its PHP202 billion to PHP250 billion target approvals for 2024", "a $5 billion investment
# target for 2025", "a target of $5 billion in investments for 2025": the noun "target" and a
# year it is set "for" make the figures beside the noun that year's goal.
_TARGET_NOUN = re.compile(r"\b(?:targets?|goals?)\b", re.I)
_FOR_YEAR = re.compile(r"\bfor\s+((?:19|20)\d{2})\b(?!\s*[-–—]|\s+(?:to|and)\s)", re.I)
_TARGET_SPAN = 60


def _target_named_for_a_year(
    sentence: str, goals: list[FigureMention], published_year: int | None
) -> list[TargetMention]:
    noun = _TARGET_NOUN.search(sentence)
    years = {m.group(1) for m in _FOR_YEAR.finditer(sentence)}
    if noun is None or len(years) != 1 or len(set(_ANY_YEAR.findall(sentence))) != 1:
        return []
    (year,) = years
    if published_year is not None and int(year) < published_year:
        return []
    if _PAST_MARKER.search(sentence):
        return []
    near = [
        f for f in goals
        if (noun.start() - _TARGET_SPAN <= f.end <= noun.start()
            or noun.end() <= f.begin <= noun.end() + _TARGET_SPAN)
        and not _CLAUSE_BREAK.search(sentence, min(f.end, noun.end()), max(f.begin, noun.start()))
    ]  # fmt: skip
    return [TargetMention(f, year) for f in near]


# Where a deadline opens a clause: the sentence's start, a clause mark, or a goal word
# ("提出到2025年，", "; by 2030, ", "力争到“十二五”末，").
_OPENS_GOALS = re.compile(
    r"(?:^|[,，;；:：]|提出|力争|争取|目标是|目标为|计划|预计|确保|要)\s*(?:到|至)?\s*[“\"]?\s*$"
)
_COMMA_AFTER = re.compile(r"\s*[,，]")
# A figure followed by its own year in a sentence that looks ahead: "85 компаний в 2030 году",
# "95 firms in 2035" (the words between are its measure).
_OWN_YEAR_AFTER = re.compile(
    r"[^\d,.;:!?，。；：]{0,30}?(?<!\w)(?:in|в)\s+((?:19|20)\d{2})(?!\d)(?:\s*(?:году|г\.))?", re.I
)


def _plan_ends(sentence: str) -> list[tuple[int, int, str]]:
    """The ends of Chinese five-year plans a sentence names, as deadlines; a plan's period
    ("“十四五”期间，…将…") too, when what follows it is planned, not reported."""
    ends = [
        (m.start(), m.end(), _PLAN_END_YEAR[m.group(1)])
        for m in _PLAN_END_ZH.finditer(sentence)
        if m.group(1) in _PLAN_END_YEAR
    ]
    if _PAST_MARKER.search(sentence) or _ANY_YEAR.search(sentence):
        return ends
    return ends + [
        (m.start(), m.end(), _PLAN_END_YEAR[m.group(1)])
        for m in _PLAN_PERIOD_ZH.finditer(sentence)
        if m.group(1) in _PLAN_END_YEAR and _PLANNED_AFTER_ZH.search(sentence, m.end())
    ]


def _opens_goals(sentence: str, start: int, end: int) -> bool:
    """A deadline at ``start:end`` opens a clause and a comma follows it."""
    return bool(_OPENS_GOALS.search(sentence, 0, start) and _COMMA_AFTER.match(sentence, end))


def _opening_deadline(sentence: str) -> str | None:
    """The year of a deadline that opens a clause and is followed by a comma, if any."""
    found = [
        (m.start(), m.end(), m.group(1)) for rx in _DEADLINE_RES for m in rx.finditer(sentence)
    ]
    for start, end, year in sorted([*found, *_plan_ends(sentence)]):
        if _opens_goals(sentence, start, end):
            return year
    return None


def _dated_in_place(
    sentence: str, figures: list[FigureMention], published_year: int | None
) -> list[tuple[FigureMention, str]]:
    if _PAST_MARKER.search(sentence):
        return []
    if not (_GOAL.search(sentence) or _has_russian_future(sentence)):
        return []
    out: list[tuple[FigureMention, str]] = []
    for f in figures:
        m = _OWN_YEAR_AFTER.match(sentence, f.end)
        if m is None or (published_year is not None and int(m.group(1)) <= published_year):
            continue
        out.append((f, m.group(1)))
    return out


def _earlier_year(sentence: str, fig: FigureMention, deadline: str) -> bool:
    """A figure placed in an earlier year ("2013年，…实现产值253亿元，…目标是到2020年…") reports
    that year; a later deadline does not borrow it."""
    return any(int(m.group(0)) < int(deadline) for m in _ANY_YEAR.finditer(sentence, 0, fig.begin))


_PAST_MARKER = re.compile(
    r"\b(?:had|was|were|has\s+been|have\s+been|already|last\s+year|so\s+far|to\s+date)\b"
    r"|\b(?:reached|stood\s+at|amounted\s+to|totall?ed|exceeded|surpassed)\b"
    r"|\b(?:уже|было|были|был|была|в\s+прошлом\s+году|на\s+сегодня)\b"
    r"|(?<!\w)(?:составил[аои]?|достиг(?:ла|ло|ли)?|превысил[аои]?)(?!\w)|已|已经|截至|去年",
    re.I,
)


def _one_goal_for_the_sentence(
    sentence: str, deadlines: list[tuple[int, int, str]], published_year: int | None
) -> str | None:
    years = {y for _, _, y in deadlines}
    if len(years) != 1:
        return None
    (year,) = years
    if published_year is not None and int(year) < published_year:
        return None
    inside = [(a, b) for a, b, _ in deadlines]
    if any(not any(a <= m.start() < b for a, b in inside) for m in _ANY_YEAR.finditer(sentence)):
        return None
    if _PAST_MARKER.search(sentence):
        return None
    if not (_GOAL.search(sentence) or _REACH.search(sentence) or _has_russian_future(sentence)):
        return None
    if any(_VALIDITY_BEFORE.search(sentence[max(0, a - 40) : a]) for a, _ in inside):
        return None
    return year


# A clause joined by a comma and a conjunction states a fact of its own: "растет на 10-15% в
# год, и к 2030 году их будет 600" — the growth rate is no part of the goal.
_JOINED_CLAUSE = re.compile(r"[,;]\s+(?:и|а|но|and|but|while)\s|;", re.I)


_FUTURE_CLAUSE = re.compile(
    r"\bwill\s+(?:\w+\s+)?(?:reach|exceed|total|amount|rise|grow|increase|create|attract)\w*"
    r"|(?<!\w)(?:составит|превысит|достигнет|вырастет|увеличится)(?!\w)",
    re.I,
)
_AIM_VERB = re.compile(
    r"\b(?:aims?|plans?|intends?|seeks?|hopes?|expects?)\s+to\b|\bwill\b|\b(?:targeting|aiming)\b"
    r"|планиру\w*|намерен\w*|计划|力争|将",
    re.I,
)


def _closes_a_list_of_goals(sentence: str, at: int) -> bool:
    """ ", and" at ``at`` closes a list of goals after one verb of aiming ("aims to set up 23
    parks, expand five, and merge six clusters by 2030"): the items before it, separated by
    commas, are part of the goal, not a clause of their own."""
    aim = _AIM_VERB.search(sentence, 0, at)
    if aim is None or not sentence.startswith(",", at):
        return False
    between = sentence[aim.end() : at]
    return "," in between and not re.search(r"[;.]", between)


def _in_the_goals_clauses(
    sentence: str, deadlines: list[tuple[int, int, str]], figs: list[FigureMention]
) -> list[FigureMention]:
    start = min(a for a, _, _ in deadlines)
    end = max(b for _, b, _ in deadlines)
    lo = max(
        (m.end() for m in _JOINED_CLAUSE.finditer(sentence, 0, start)
         if not _closes_a_list_of_goals(sentence, m.start())),
        default=0,
    )  # fmt: skip
    breaks = [m for m in _JOINED_CLAUSE.finditer(sentence, end)]
    hi = breaks[0].start() if breaks else len(sentence)
    for here, after in zip(breaks, [*breaks[1:], None], strict=False):
        # "by 2030 investment will amount to $1 billion, and the jobs created will exceed
        # 900": a joined clause with a future verb of its own goes on with the goal.
        stop = after.start() if after else len(sentence)
        if not (
            _FUTURE_CLAUSE.search(sentence, here.end(), stop)
            or _closes_a_list_of_goals(sentence, here.start())
        ):
            break
        hi = stop
    kept = [f for f in figs if lo <= f.begin and f.end <= hi and not _is_land_size(sentence, f)]
    # "к 2030 году в шести парках планируется создать 100 производств": the places before
    # the plan word are where, the figure after it is the goal.
    ahead = [f for f in kept if f.begin >= end]
    behind = [f for f in kept if f.begin < end]
    return behind + _after_goal_word(sentence, end, ahead) if ahead else kept


# The size of the land a goal is set on ("на территории площадью 20 га", "on a plot of 40 ha",
# "占地500亩") describes where; what is built ("центр площадью 100 тыс. кв. м") is aimed at.
_SIZE_BEFORE = re.compile(
    r"(?:(?:территори\w+|участк\w+|участок|площадк\w+|земл\w+)\s+(?:общей\s+)?площадью"
    r"|\b(?:land|plot|site|territory)\s+(?:of|covering|spanning)"
    r"|\b(?:on|over)\s+(?:a\s+)?(?:land|plot|site|territory)\s+of|占地(?:面积)?"
    r"|\b(?:займ|занима)\w*|\boccup\w*)"
    r"\s*(?:около|порядка|более|свыше|about|some|约)?\s*$",
    re.I,
)
# Completion, as opposed to the past tense of announcing ("goals that were announced").
_DONE_MARKER = re.compile(r"\b(?:had|already|so\s+far|to\s+date)\b|\bуже\b|已", re.I)
_RU_WORD = re.compile(r"[а-яё]{3,}", re.I)


def _has_russian_future(sentence: str) -> bool:
    """A Russian verb in the future ("построит", "создаст", "будет"): the sentence looks ahead."""
    words = _RU_WORD.findall(sentence)
    if not words:
        return False
    from parkbridge.extraction.russian_case import _morph

    morph = _morph()
    return any(
        "futr" in p.tag and "VERB" in p.tag for w in words for p in morph.parse(w.lower())[:1]
    )


# A list under a goal: "target indicators for the period 2025-2030:" then "– creation of 5,100
# jobs;", or "到2025年，产值突破1000亿元；企业达到200家；…。"
_LIST_ITEM = re.compile(
    r"^\s*(?:[-–—•·▪*]\s|\(?\d{1,2}[.)]\s|[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）])"
)
_PERIOD_END = re.compile(
    r"\b(?:for|over|in)\s+the\s+period\s+(?:of\s+)?(?:19|20)\d{2}\s*[-–—]\s*((?:19|20)\d{2})"
    r"|\bна\s+(?:период\s+)?(?:19|20)\d{2}\s*[-–—]\s*((?:19|20)\d{2})"
    r"|(?:19|20)\d{2}\s*[-–—至到]\s*((?:19|20)\d{2})年",
    re.I,
)
_LIST_OPENERS = ":：;；"


def list_deadline(sentence: str, published_year: int | None) -> str | None:
    """The deadline a sentence sets for the list after it: it ends in a colon or semicolon, and
    its deadline leads, names goals or closes a period ("targets have been set for 2025-2030:")."""
    text = sentence.rstrip()
    if not text or text[-1] not in _LIST_OPENERS:
        return None
    m = _GOALS_FOR_YEAR.search(text) or _PERIOD_END.search(text)
    if m:
        year = next(g for g in m.groups() if g)
    elif lead := _LEADING_DEADLINE.match(text):
        year = _ANY_YEAR.findall(lead.group(0))[-1]
    else:
        # "力争到“十二五”末，产值达到7500亿元；" — a deadline opening a clause, then the goals.
        opening = _opening_deadline(text)
        if opening is None:
            return None
        year = opening
    if published_year is not None and int(year) < published_year:
        return None
    return year


# A plan with a horizon: "стратегию развития технопарков до 2030 года", "the zone's master plan
# until 2035", "Vision 2030", "发展规划（2021-2025年）".
_PLAN_NOUN = (
    r"(?:strateg(?:y|ies)|programmes?|programs?|master\s+plan|roadmap|road\s+map|concept|vision"
    r"|стратеги\w*|программ\w*|концепци\w*|дорожн\w+\s+карт\w*|генплан\w*"
    r"|规划|纲要|行动方案|实施方案)"
)
_PLAN_HORIZON = re.compile(
    _PLAN_NOUN + r"(?:\s+[\w-]+){0,4}?\s*(?:until|till|through|to|up\s+to|до|на\s+период\s+до)\s+"
    r"((?:19|20)\d{2})(?!\d)"
    r"|\b(?:Vision|Strategy|Стратеги\w+)\s+((?:19|20)\d{2})\b"
    r"|(?:规划|纲要|方案)[（(](?:19|20)\d{2}\s*[-—–至]\s*((?:19|20)\d{2})年?[)）]",
    re.I,
)
_MENTIONS_PLAN = re.compile(_PLAN_NOUN, re.I)


def mentions_plan(sentence: str) -> bool:
    return bool(_MENTIONS_PLAN.search(sentence))


def plan_horizon(text: str, published_year: int | None) -> str | None:
    """The horizon year of the plan an article is about, if it names one that lies ahead."""
    for m in _PLAN_HORIZON.finditer(text):
        year = next(g for g in m.groups() if g)
        if published_year is None or int(year) >= published_year:
            return year
    return None


def plan_targets(
    sentence: str, figures: list[FigureMention], horizon: str, after_plan: bool
) -> list[TargetMention]:
    """Figures of a sentence that describes the plan ("Стратегия предусматривает ввод 2,5 млн
    кв. м"), or that follows one and looks ahead ("…вырастут до 5 тысяч компаний")."""
    if not (_MENTIONS_PLAN.search(sentence) or after_plan):
        return []
    if not (_GOAL.search(sentence) or _has_russian_future(sentence) or _PROVIDES.search(sentence)):
        return []
    return list_item_targets(sentence, figures, horizon)


# What a plan "provides for" is its goal.
_PROVIDES = re.compile(
    r"\b(?:provides?\s+for|envisages?|foresees?|calls\s+for)\b|предусматрива\w*|предполага\w*"
    r"|提出|明确",
    re.I,
)


def continues_list(previous: str, sentence: str) -> bool:
    return previous.rstrip()[-1:] in _LIST_OPENERS or bool(_LIST_ITEM.match(sentence))


def list_item_targets(
    sentence: str, figures: list[FigureMention], deadline: str
) -> list[TargetMention]:
    """The figures of an item in a list of goals, when the item sets no date of its own."""
    if _ANY_YEAR.search(sentence) or _PAST_MARKER.search(sentence):
        return []
    return [
        TargetMention(f, deadline)
        for f in _aimed_at(sentence, figures)
        if not _is_land_size(sentence, f)
    ]


# A paragraph that opens with the year of a plan ("2025年，该区将…", "In 2026, the zone will
# …", "В 2026 году парк планирует …"): its later sentences that state goals aim at that year.
_NEXT_YEAR = re.compile(r"^\W*(?:明年|next\s+year|в\s+следующем\s+году)\s*[,，]?", re.I)
_THIS_YEAR_OPENS = re.compile(r"^\W*(?:今年|this\s+year|в\s+этом\s+году)\s*[,，]?", re.I)
# Chinese goal words of a year's plan: the whole year, striving for, making sure of.
_YEAR_GOAL_ZH = re.compile(r"全年|力争|争取|确保")
# A verb that sets a plan (not the noun "goal": "2024年，围绕…目标" reports the year's work).
_PLAN_VERB = re.compile(
    r"\b(?:will|plans?\s+to|aims?\s+to|intends?\s+to|is\s+to|are\s+to)\b"
    r"|планиру\w*|намерен\w*|将|计划|拟|力争|争取|确保",
    re.I,
)
# A part of a year named on its own ("一季度末", "by the end of the quarter", "в первом
# полугодии") and a forecast ("预计", "expected") are no part of the year's plan.
_OWN_PERIOD = re.compile(
    r"季度|[上下]半年|月(?:底|末|份)|\b(?:quarter|half|month)\b|квартал\w*|полугоди\w*|месяц\w*",
    re.I,
)
_FORECAST = re.compile(r"预计|预期|\bexpect\w*|\bforecast\w*|ожида\w*|прогноз\w*", re.I)
# A calendar year; in Chinese only before 年 ("2000亩" is an area).
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)(?!\s*(?!年)[\u4e00-\u9fff])")


def paragraph_plan_year(sentence: str, published_year: int | None) -> str | None:
    """The year of the plan a sentence opens with, when the sentence looks ahead."""
    if _PAST_MARKER.search(sentence):
        return None
    lead = _LEADING_YEAR.match(sentence)
    if lead:
        year = lead.group(1) or lead.group(2)
        if published_year is not None and int(year) < published_year:
            return None
        end = lead.end()
    elif published_year is not None and (m := _THIS_YEAR_OPENS.match(sentence)):
        year, end = str(published_year), m.end()
    elif published_year is not None and (m := _NEXT_YEAR.match(sentence)):
        year, end = str(published_year + 1), m.end()
    else:
        return None
    if not (_PLAN_VERB.search(sentence, end) or _has_russian_future(sentence[end:])):
        return None
    if any(m.group(0) != year for m in _YEAR_IN_TEXT.finditer(sentence)):
        return None
    return year


def plan_year_targets(
    sentence: str, figures: list[FigureMention], year: str
) -> list[TargetMention]:
    """The goals of a sentence in a paragraph that opened with its plan's year: the sentence
    names no year of its own, reports nothing done and states a goal ("全年新增企业7家以上",
    "力争引进项目40个以上", "It aims to attract 20 investors")."""
    if _YEAR_IN_TEXT.search(sentence) or _PAST_MARKER.search(sentence):
        return []
    if _OWN_PERIOD.search(sentence) or _FORECAST.search(sentence):
        return []  # "预计一季度末，131个项目复工": a forecast for a date of its own
    if not (
        _PLAN_VERB.search(sentence)
        or _YEAR_GOAL_ZH.search(sentence)
        or _has_russian_future(sentence)
    ):
        return []
    return [
        TargetMention(f, year)
        for f in _aimed_at(sentence, figures)
        if not _is_land_size(sentence, f)
    ]


_DURATIONS = frozenset({"years", "months", "days"})


def _aimed_at(sentence: str, figures: list[FigureMention]) -> list[FigureMention]:
    """The figures a goal can aim at: no durations, no starting level of a change, no size class
    ("增量超百亿元的专业园区": parks of over ten billion; the goal is their number)."""
    return [
        f for i, f in enumerate(figures)
        if f.unit not in _DURATIONS and not _is_starting_level(sentence, f, figures[i + 1 :])
        and not _is_size_class(sentence, f)
        and not (i and _is_equivalent(sentence, figures[i - 1], f))
    ]  # fmt: skip


# "IDR 726 trillion (approx. USD 55 billion)", "10亿美元(约合67亿元人民币)": an amount restated
# in another currency in brackets is the same goal.
_EQUIVALENT_GAP = re.compile(
    r"\s*[(（]\s*(?:approx\.?|approximately|about|around|roughly|some|nearly|~|≈|около|примерно"
    r"|почти|约合|约|合)?\s*(?-i:[A-Z]{2,3}\b)?\s*$",
    re.I,
)


def _is_equivalent(sentence: str, before: FigureMention, fig: FigureMention) -> bool:
    money = len(before.unit) == 3 and before.unit.isupper() and len(fig.unit) == 3
    return (
        money
        and fig.unit.isupper()
        and fig.unit != before.unit
        and before.end <= fig.begin
        and _EQUIVALENT_GAP.fullmatch(sentence, before.end, fig.begin) is not None
    )


# "产值过10亿元企业", "超亿元项目": an amount over which a firm or project counts is its class.
_CLASS_HEAD_ZH = re.compile(r"(?:以上)?(?:的)?(?:企业|项目|园区|公司|集团|工程)")


def _is_size_class(sentence: str, fig: FigureMention) -> bool:
    over = fig.qualifier in ("more_than", "at_least") or sentence[fig.begin - 1 : fig.begin] in (
        "过",
        "超",
        "逾",
    )
    if not over:
        return False
    if sentence[fig.end : fig.end + 3].lstrip("以上").startswith("的"):
        return True
    return fig.unit not in ("count", "percent") and bool(_CLASS_HEAD_ZH.match(sentence, fig.end))


def _is_land_size(sentence: str, fig: FigureMention) -> bool:
    return bool(_SIZE_BEFORE.search(sentence[max(0, fig.begin - 30) : fig.begin]))


def _is_starting_level(sentence: str, fig: FigureMention, later: list[FigureMention]) -> bool:
    if not _FROM_BEFORE.search(sentence[max(0, fig.begin - 8) : fig.begin]):
        return False
    # "from 4,600 to 12,000" read as one span: the first of its two figures is the start.
    if any((f.begin, f.end) == (fig.begin, fig.end) for f in later):
        return True
    return bool(_TO_AFTER.match(sentence[fig.end :]))


def _after_goal_word(sentence: str, start: int, figs: list[FigureMention]) -> list[FigureMention]:
    """The figures after the goal word that follows a deadline, when there are any: in "к 2030
    году в шести парках планируется создать 100 производств" the goal is the 100."""
    m = _GOAL.search(sentence, start)
    if m is None:
        return figs
    later = [f for f in figs if f.begin >= m.end()]
    return later or figs
