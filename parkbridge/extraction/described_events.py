"""Events that news describes instead of naming: visits, delegations, ceremonies (SCHEMA.md).

"the visit of the Chinese delegation to Turkestan region", "визит делегации из Чанчжоу в Томск",
"中国代表团访问撒马尔罕", "对中国进行国事访问", "签约仪式". The name is the describing phrase as
written; a delegation's visit is a business mission, a state visit or a ceremony is ``other``.
"""

from __future__ import annotations

import re

from parkbridge.extraction.chinese_events import is_counted
from parkbridge.extraction.mentions import Mention

# "the Dominican Republic and the Republic of Cuba": "and the" / "of the" go on when a capital
# follows.
_CAP_EN = (
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and)(?:\s+the(?=\s+[A-Z]))?)*(?:\s+\([A-Z]{2,8}\))?"
)
_EN = [
    (re.compile(r"\b(?:state|official|working|first)\s+(?:visit|trip)\s+to\s+(?:the\s+)?" + _CAP_EN), "other"),
    (re.compile(r"\bvisit\s+(?:of|by)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?delegation\s+to\s+(?:the\s+)?" + _CAP_EN), "business_mission"),
    (re.compile(r"\bvisiting\s+(?:[A-Z][\w-]+\s+){1,2}delegation\b"), "business_mission"),
    # "President X's visit to Egypt", "the minister's trip to China": kept only between countries.
    (re.compile(r"\b(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w-]+['’]s\s+(?:(?:state|official|working|first|\w+-day)\s+)?(?:visit|trip)\s+to\s+(?:the\s+)?" + _CAP_EN), "other"),
    # "during his visit to Vietnam": an official's visit told with a pronoun, kept only between
    # countries.
    (re.compile(r"(?<=\b[Hh]is\s|[Hh]er\s)(?:(?:state|official|working|first|recent|current|ongoing|maiden|latest|\w+-day)\s+)?visit\s+to\s+(?:the\s+)?" + _CAP_EN), "other"),
    # "began his State visit after the summit": a state or official visit is abroad by itself.
    (re.compile(r"(?<=\b[Hh]is\s|[Hh]er\s)(?i:state|official)\s+visit\b(?!\s+to\b)"), "other"),
    # "SCZone launched its first roadshow for fiscal year 2025 in China": a numbered roadshow.
    (re.compile(r"\b(?:first|second|third|fourth|fifth|latest)\s+(?:investment\s+|international\s+)?(?:roadshow|road\s+show)\b(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+)?"), "other"),
    # "a visit by Prime Minister X to Beijing": an official's visit, kept only between countries.
    (re.compile(r"\bvisit\s+(?:by|of)\s+(?:the\s+)?(?:(?!delegation\b)[\w'’.-]+\s+){1,6}?to\s+(?:the\s+)?" + _CAP_EN), "other"),
    # "An Italian delegation, (led by …) has visited the zone": the visit verb may come after an
    # aside, within the sentence.
    # "The delegation also toured …" restates a visit; a determiner names none.
    (re.compile(r"\b(?:(?!(?:The|This|That|A|An|Its|Their|Our)\s)[A-Z][\w-]+\s+){1,2}delegation(?=[^;]{0,300}?\b(?:visited|arrived|toured)\b)"), "business_mission"),
    # "A Kenyan business delegation visited …": a demonym, then what kind of delegation.
    (re.compile(r"\b(?:(?!(?:The|This|That|A|An|Its|Their|Our)\s)[A-Z][\w-]+\s+)(?:business|trade|investment|government|official|high-level|ministerial|industry)\s+delegation(?=[^;]{0,300}?\b(?:visited|arrived|toured)\b)"), "business_mission"),
    # "the annual meeting of the World Free Zones Organization": a body's annual meeting is
    # a conference (a government's or a board's meeting is not; SCHEMA).
    (re.compile(r"\bannual\s+(?:meeting|congress|conference)\s+of\s+the\s+(?-i:[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and))*\s+[A-Z][\w'’&-]*)(?<!\bBoard)(?<!\bGovernment)(?<!\bCabinet)(?<!\bShareholders)"), "conference"),
    # "the BRICS summit", "the G20 summit", "the Uzbekistan–Korea business forum": an acronym or
    # a pair of partners before a lower-case event head names that event.
    # The pair may be an acronym ("the Kazakhstan-UAE business forum") and the article "a".
    (re.compile(r"(?:(?<=\bthe\s)|(?<=\bThe\s)|(?<=\ba\s)|(?<=\bA\s))(?:(?-i:[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*)|(?-i:(?:[A-Z][a-z]+|[A-Z]{2,5})(?:[-–](?:[A-Z][a-z]+|[A-Z]{2,5}))+))(?:\s+(?:19|20)\d{2})?\s+(?:(?:business|investment|economic|trade|leaders['’]?)\s+)?(?-i:summit|forum|conference|expo|exhibition|fair|congress)\b(?!\s+(?:center|centre|hall|complex|venue|grounds?|site)\b)"), "conference"),
    # "hosted a roadshow in Mumbai": an investment roadshow named by where it goes.
    (re.compile(r"\broadshows?\s+(?:in|to)\s+(?:the\s+)?" + _CAP_EN), "other"),
    # "a Kenyan business delegation", "the MOFCOM delegation": a delegation named by who sends
    # it is a delegation visit even where no visiting verb follows in its sentence.
    (re.compile(r"(?<![\w'’-])(?:(?!(?:The|This|That|A|An|Its|Their|Our|His|Her|Each|Every|Both|All)\b)[A-Z][\w'’-]+\s+){1,3}(?:(?:business|trade|investment|government|governmental|official|high-level|ministerial|industry|economic|commercial|and|&)\s+){0,3}delegation\b(?!s)"), "business_mission"),
    # "welcomed a delegation from Oman's Ministry of Trade": who the delegation comes from.
    (re.compile(r"\b(?:received|welcomed|hosted|met|receives|welcomes|hosts)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?delegation\s+from\s+(?:the\s+)?" + _CAP_EN), "business_mission"),
    # "received a delegation of Chinese investors": who the delegation is made of.
    (re.compile(r"\b(?:(?:received|welcomed|hosted|met|receives|welcomes|hosts)\s+)?(?:a|an|the|A|An|The)\s+(?:[\w-]+\s+){0,2}?delegation\s+of\s+(?:[\w-]+\s+){0,2}?[A-Z][\w'’-]*\s+(?:(?:business|industrial|trade)\s+)?(?:investors|businessmen|businesspeople|entrepreneurs|companies|firms|officials|executives|industrialists|manufacturers|entities|enterprises)\b"), "business_mission"),
    # "A delegation from the Ministry of Trade of Kenya visited the zone".
    (re.compile(r"\bdelegation\s+from\s+(?:the\s+)?" + _CAP_EN + r"(?=[^;]{0,200}?\b(?:visited|arrived|toured)\b)"), "business_mission"),
    # "during an official visit led by the deputy premier": an explicit official visit, named by
    # who leads it.
    (re.compile(r"\b(?:state|official)\s+visit\s+(?:led|headed)\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]+"), "other"),
    # "a delegation led by Financial Secretary Paul Chan": a mission named by who leads it.
    (re.compile(r"\bdelegation\s+(?:headed|led)\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+"), "business_mission"),
    # A ceremony "of the VIII Expo" is part of that named event, not one of its own.
    (re.compile(r"\b(?:signing|groundbreaking|ground-breaking|ground\s+breaking|foundation|foundation[- ]laying|stone[- ]laying|inauguration|inaugural|opening|unveiling|launch|launching|commissioning|handover|ribbon[- ]cutting|completion|commencement|topping[- ]out|establishment|granting|awarding)\s+ceremony\b(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:[Ee]xpo|[Ff]orum|[Ee]xhibition|[Ff]air|[Ss]ummit|[Cc]onference|[Cc]ongress|[Ss]how|[Ww]eek)\b)"
                r"(?:\s+of\s+(?:an?|the)\s+(?:agreement|memorandum|accord|deal|contract|MoU)\b)?"
                r"(?:\s+between\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?", re.I), "other"),
    # "launched the zone in a ceremony at the Governor's House": a ceremony the sentence ties
    # to a launch, opening or signing.
    (re.compile(r"(?<=\bin\s|\bat\s)a\s+ceremony\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*"), "other"),
    # "the President presided over the ceremony at the Council Chambers": a ceremony someone
    # holds or attends, named by where it was held.
    (re.compile(r"(?:(?<=\bover\s)|(?<=\battended\s)|(?<=\bwitnessed\s)|(?<=\bhosted\s)|(?<=\bgraced\s))(?:a|the)\s+ceremony\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)?"), "other"),
    # "the official ceremony took place": a ceremony said to be held.
    (re.compile(r"\b(?:official|formal|solemn)\s+ceremony\b(?=\s+(?:took\s+place|was\s+held|is\s+held|was\s+organi[sz]ed))", re.I), "other"),
    # "The agreement was signed during a ceremony in Cairo".
    (re.compile(r"(?<=\bduring\s)a\s+(?:signing\s+)?ceremony\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*"), "other"),
    # "the Prime Minister attended the signing of a memorandum": a signing someone attends or
    # witnesses is a signing ceremony.
    (re.compile(r"\bsigning\s+of\s+(?:an?|the)\s+(?:(?:[\w-]+\s+){0,3}?(?:memorandum\s+of\s+understanding|agreement|memorandum|accord|contract|deal|MoU))\b"), "other"),
    # "hosting the event “Forum on Supplier Links …”": a quoted name after an event
    # noun, itself headed by an event word.
    (re.compile(r"(?<=\bevent\s)[“\"](?:Conference|Forum|Summit|Exhibition|Fair|Expo|Congress|Symposium)\b[^”\"]{3,150}[”\"]"), "conference"),
    (re.compile(r"\binauguration\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:phase|plant|factory|park|zone|project)\b"), "other"),
    # "the opening of the Riverside Technopark", "the foundation-stone laying of the Orion Glass
    # plant": a ceremony named by what it opens; kept only where someone attends or holds it.
    (re.compile(r"\b(?:official\s+)?(?:opening|inauguration|foundation[- ]stone\s+laying|groundbreaking|ground-breaking)\s+(?:ceremony\s+)?of\s+(?:the\s+|a\s+)?(?-i:[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and))*\s+[A-Z][\w'’&-]*|[A-Z][\w'’&-]*)", re.I), "other"),
    # "the Prime Minister inaugurated the Riverside Industrial Park": the inauguration of a park
    # or zone, named by what was opened.
    (re.compile(r"(?<=\binaugurated\s)the\s+(?:[A-Z][\w'’&-]*\s+){1,6}(?:Industrial\s+Park|Industrial\s+Zone|Economic\s+Zone|Free\s+Zone|Technopark|Science\s+Park|Technology\s+Park|Industrial\s+Estate|Industrial\s+City|Eco-Industrial\s+Park|Special\s+Economic\s+Zone|SEZ)\b"), "other"),
    # "the 12th meeting of the Uzbek-Chinese intergovernmental commission"
    (re.compile(r"\b(?:(?:\d+(?:st|nd|rd|th)|[a-z]+th|first|second|third)\s+)?(?:meeting|session)\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:intergovernmental|inter-governmental|joint|bilateral|permanent|(?-i:[A-Z][a-z]+-[A-Z][a-z]+))\s+(?:[\w-]+\s+){0,3}?(?:commission|committee)\b", re.I), "other"),
    # "laid the foundation stone of the Orion Special Economic Zone": the ceremony, named by
    # what was founded.
    (re.compile(r"(?:(?<=\blaid\sthe\s)|(?<=\blays\sthe\s)|(?<=\blay\sthe\s))foundation[- ]stone\s+(?:of|for)\s+(?:the\s+|a\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and))*"), "other"),
    # "the President laid the symbolic first stone of the new complex", "lays foundation stone
    # for the investment region project": a foundation ceremony named by its act and what it
    # founds (the verb stays in the name, as news headlines write it).
    (re.compile(r"\b(?:laid|lays|lay|placed|places|set|sets)\s+(?:the\s+|a\s+)?(?:symbolic\s+|ceremonial\s+)?first\s+stone\b"
                r"(?:\s+(?:of|for|in|at)\s+(?:[\w'’&-]+\s+){0,8}?[\w'’&-]+(?=\s+(?:on|in|at|by|with|during|and|which|that|who)\b|[,;.]|$))?"
                r"|(?:(?<=\blays\s)|(?<=\blaid\s))foundation\s+stone\s+(?:of|for)\s+(?!the\s)(?:[\w'’&-]+\s+){0,6}?[\w'’&-]+(?=\s+(?:on|in|at|by|with|during|and|which|that|who)\b|[,;.]|$)"), "other"),
    # "the Riverside Industrial Park foundation stone was laid": the founded site names it.
    (re.compile(r"\b(?:[A-Z][\w'’&-]*\s+){1,6}foundation\s+stone(?=\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:laid|placed|set)\b)"), "other"),
    # "a business matchmaking event", "B2B matchmaking sessions"
    (re.compile(r"\b(?:[\w-]+\s+)?matchmaking\s+(?:event|session|meeting|forum)s?\b", re.I), "conference"),
    # "a study tour of India", "a trade mission to Kenya", "an investment roadshow in Dubai".
    (re.compile(r"\b(?:study|business|trade|investment|investors?['’]?)\s+(?:tour|trip|visit|mission|roadshow)\s+(?:to|of|in)\s+(?:the\s+)?" + _CAP_EN), "business_mission"),
    # "The present visit to Lakeview City was part of their study tour": a visit the sentence ties to
    # a delegation, team or tour is the event, named as written.
    (re.compile(r"\b(?i:present|recent|current|this|their|its|the\s+team['’]s|the\s+delegation['’]s)\s+visit\s+to\s+(?:the\s+)?" + _CAP_EN
                + r"(?=.*\b(?:delegation|team|officials|study\s+tour|mission)\b)"), "other"),
    # "During the Chennai road show": a roadshow named by the city it visits.
    (re.compile(r"(?<=\bthe\s)(?:[A-Z][\w'’-]+\s+){1,2}(?:road\s?show|roadshow)\b"), "other"),
    # Event acronyms for an economic forum ("the EEF", "SPIEF"): "...EF" after at/during/of.
    (re.compile(r"(?:(?<=\bat\s)|(?<=\bof\s)|(?<=\bon\s)|(?<=\bthe\s)|(?<=during\s))[A-Z]{1,3}EF\b(?:[-\s](?:19|20)\d{2})?"), "forum"),
]  # fmt: skip
# An edition number and a two-country adjective make a lower-case title a name: "IV
# российско-китайский форум", "5-я казахстанско-узбекская выставка".
_RU_BILATERAL = (
    r"(?<![\w-])(?:[IVX]{1,5}|\d{1,2}-?[йиоя]{1,2})\s+[а-яё]+о-[а-яё]+"
    r"(?:ий|ый|ой|ая|ое|ого|ому|ом|ым|ую|ей|им)\s+(?:[а-яё]+(?:ий|ый|ой|ая|ое|ого|ому|ом|ым|ую|ей|им)\s+)?"
)
# Without an edition, a title in lower case is a name when its adjective joins two countries
# ("российско-египетская конференция", "Кыргызско-Российского форума"): both halves are
# place adjectives (-ско-/-цко-), which "научно-практическая" is not.
_RU_TWO_COUNTRIES = (
    r"(?<![\w-])[А-ЯЁа-яё][а-яё]+(?:ск|цк)о-[А-ЯЁа-яё][а-яё]+(?:ск|цк)"
    r"(?:ий|ой|ая|ое|ого|ому|ом|им|ую|ей)\s+(?:(?:деловой|делового|деловом|деловому|деловым|бизнес|инвестиционн|экономическ|межрегиональн|региональн|промышленн|торгов)[а-яё]*\s+)?"
)
_RU = [
    (re.compile(r"\b[Вв]изит\w*\s+(?:(?!участи|предусмотрен|запланирован|также)(?:[\w«»\"-]+)\s+){0,6}?(?:во?)\s+(?:(?:провинци|област|республик|регион|штат|город|кра)[а-яё]*\s+|[а-яё]+(?:ую|юю)\s+){0,2}[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?"), "business_mission"),
    (re.compile(r"\b[Дд]елегаци\w+\s+(?:(?!побывал|посетил|прибыл)[\w«»\"-]+\s+){0,10}?(?:побывал\w*|посетил\w*|прибыл\w*)\s+(?:во?\s+)?(?:[а-яё-]+\s+){0,3}?[А-ЯЁ][\w-]+"), "business_mission"),
    (re.compile(r"\b[Зз]аседани\w+\s+(?:[\w-]+\s+){0,2}?(?i:межправительственн|совместн|двусторонн)\w+\s+(?:[\w-]+\s+){0,2}?комисси\w+"), "other"),
    (re.compile(r"\b(?:[Цц]еремони\w+\s+(?:подписани\w+|закладк\w+|открыти\w+|запуск\w+|ввод\w+)|(?:государственн|официальн)\w+\s+визит\w*\s+(?:во?\s+)?[А-ЯЁ][\w-]+)"), "other"),
    # "в рамках бизнес-миссии в Китай", "деловая миссия в Индию"
    (re.compile(r"\b(?:[Бб]изнес-мисси\w*|(?:[Дд]елов|[Тт]оргов)\w+\s+мисси\w*)\s+(?:[\w«»\"-]+\s+){0,4}?(?:во?)\s+[А-ЯЁ][\w-]+"), "business_mission"),
    # A forum named by a compound and its city: "инвестфорум в Сочи", "бизнес-форуме в Казани".
    (re.compile(r"\b[А-ЯЁа-яё]{3,}-?форум\w*\s+во?\s+[А-ЯЁ][\w-]+"), "forum"),
    # Russian forum acronyms end in "ЭФ" (экономический форум): ВЭФ, ПМЭФ, КЭФ, "ВЭФ-2024".
    (re.compile(r"(?<![А-ЯЁA-Za-z])[А-ЯЁ]{1,3}ЭФ(?:-(?:19|20)\d{2})?(?![А-ЯЁа-яё])"), "forum"),
    # A signing described as taking place ("состоялось подписание меморандума …",
    # "Подписание соглашения прошло …"): a signing ceremony, named without the verb.
    (re.compile(r"(?:(?<=[Сс]остоялось\s)|(?<=[Пп]рошло\s))(?:торжественное\s+)?подписание\s+(?:[\w-]+\s+){0,2}?(?i:соглашени|меморандум|договор|контракт)\w*"), "other"),
    (re.compile(r"(?<![\w-])[Пп]одписание\s+(?:[\w-]+\s+){0,2}?(?i:соглашени|меморандум|договор|контракт)\w*(?=(?:\s+[\w«»\"-]+){0,10}?\s+(?:состоялось|прошло)\b)"), "other"),
    # "Парк посетила делегация Республики Казахстан": the delegation after its verb.
    (re.compile(r"(?:(?<=посетила\s)|(?<=посетили\s)|(?<=побывала\s)|(?<=прибыла\s))[Дд]елегаци[яи]\s+(?:[а-яё-]+\s+){0,2}?[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?"), "business_mission"),
    # "встреча с делегацией Вьетнама", "встреча с турецкой делегацией": a delegation's visit.
    (re.compile(r"\b[Вв]стреч\w+\s+с\s+(?:[а-яё-]+(?:ой|ей)\s+делегаци\w+|делегаци\w+\s+(?:из\s+)?(?:[а-яё-]+\s+){0,2}?[А-ЯЁ][\w-]+)"), "business_mission"),
    # "состоялось официальное открытие завода …", "принял участие в открытии завода …": an
    # opening said to take place or attended is a ceremony, named by what it opens.
    (re.compile(r"(?:(?<=[Сс]остоялось\s)|(?<=[Сс]остоялась\s)|(?<=участие\sв\s)|(?<=участие\sна\s)|(?<=присутствовал\sна\s)|(?<=присутствовали\sна\s))"
                r"(?:официальн\w+\s+|торжественн\w+\s+|церемони\w+\s+)?открыти[еи]\s+"
                # (the opening of an exhibition or forum is part of that event)
                r"(?!(?:[\w-]+\s+){0,3}?(?i:выставк|ярмарк|форум|экспо|саммит|конгресс|конференци|фестивал|сезон))[^.,;:!?\n]{3,150}"), "other"),
    # "прислали делегации в Ченнаи", "делегация округа в Пекине": a delegation sent to a
    # city; "делегация во главе с акимом области": one named by who leads it.
    # The words between are a genitive ("делегация округа в X"), not a verb: "делегация примет
    # участие в Омской ярмарке" takes part in an event, it goes nowhere.
    (re.compile(r"\b[Дд]елегаци[яий]\s+(?:[а-яё-]+(?:а|я|ы|и|ов|ев|ей|ий|ого|его|ой|их|ых)\s+){0,2}?во?\s+[А-ЯЁ][а-яё-]+(?![\w-])"
                r"|\b[Дд]елегаци[яий]\s+во\s+главе\s+с\s+[а-яё-]+(?:\s+[А-ЯЁ][\w-]+){0,3}(?:\s+(?:област|кра|республик|провинци|округ|город)\w*)?"), "business_mission"),
    # "торжественное открытие технопарка", "торжественная церемония": a ceremony held.
    (re.compile(r"\b[Тт]оржественн\w+\s+(?:церемони\w+\s+)?(?:открыти|запуск|ввод)\w*(?:\s+[а-яё]+){0,1}"), "other"),
    # "рабочая поездка в Китай", "рабочей поездки главы правительства в Новосибирск": an
    # official's working trip (who travels may come between); Russian news reports a federal
    # official's trip to a region as an official visit too (see must_cross_borders).
    (re.compile(r"\b(?:[Рр]абоч|[Дд]елов|[Оо]фициальн)\w+\s+поездк\w*\s+(?:[а-яё-]+\s+){0,3}?(?:во?\s+)?[А-ЯЁ][\w-]+"), "other"),
    # A foundation ceremony, described ("состоялась закладка первого камня завода",
    # "заложили первый камень"): named by what was laid.
    (re.compile(r"\b(?:[Зз]акладк\w+\s+(?:первого\s+|символического\s+|памятного\s+)?(?:камн|капсул)\w+"
                r"|[Зз]аложен\w*\s+(?:первый\s+|символический\s+|памятный\s+)?(?:камень|капсул\w+)"
                r"|[Зз]аложил\w*\s+(?:первый\s+|символический\s+|памятный\s+)?(?:камень|капсул\w+))"), "other"),
    # A summit named by its organisation's acronym or quoted name: "саммит ШОС", "саммите
    # БРИКС в Казани", "саммит «Россия — Африка»".
    (re.compile(r"\b[Сс]аммит\w*\s+(?:(?:лидеров|глав\s+государств)\s+)?(?:[А-ЯЁA-Z]{2,6}(?![\w-])(?:\+)?"
                r"|«[^«»\n]{2,60}»)"), "conference"),
    # "IV российско-китайский форум …": an edition number makes a lower-case title a name.
    (re.compile(_RU_BILATERAL + r"форум[а-яё]{0,3}(?![\w-])"), "forum"),
    (re.compile(_RU_BILATERAL + r"выставк[а-яё]{0,3}(?![\w-])"), "expo"),
    (re.compile(_RU_BILATERAL + r"(?:конгресс|саммит|конференци)[а-яё]{0,3}(?![\w-])"), "conference"),
    (re.compile(_RU_TWO_COUNTRIES + r"(?:бизнес-)?форум[а-яё]{0,3}(?![\w-])"), "forum"),
    (re.compile(_RU_TWO_COUNTRIES + r"(?:выставк|ярмарк)[а-яё]{0,3}(?![\w-])"), "expo"),
    (re.compile(_RU_TWO_COUNTRIES + r"(?:конгресс|саммит|конференци)[а-яё]{0,3}(?![\w-])"), "conference"),
    # "Российско-Китайское ЭКСПО": a bilateral expo named by its partners.
    (re.compile(r"(?<![\w-])[А-ЯЁа-яё][а-яё]+о-[А-ЯЁа-яё][а-яё]+(?:ое|ого|ом|ому)\s+(?:ЭКСПО|Экспо)(?![\w-])"), "expo"),
    # "на международной выставке в Ченнаи", "торговой ярмарке в Харбине": an exhibition or fair
    # described in lower case and placed in a city is one event.
    (re.compile(r"(?<![\w-])(?:[а-яё-]+(?:ая|ой|ую|ей|ые|ых)\s+){1,2}(?:выставк|ярмарк)[а-яё]{0,3}\s+во?\s+[А-ЯЁ][\w-]+"), "expo"),
    # "Китайская делегация побывала на заводе", "Делегация Узбекистана посетила технопарк":
    # the delegation that visits, named by who is in it (the visited place may be lower case).
    (re.compile(r"(?:\b[А-ЯЁа-яё]+(?:ая|ой|ую)\s+делегаци\w+|\b[Дд]елегаци\w+\s+(?:из\s+)?[А-ЯЁ][\w-]+"
                r"(?:\s+[А-ЯЁа-яё][\w-]+){0,2}?)"
                r"(?=,?\s+(?:во\s+главе\s+с\s+[^,.]{3,80}?,?\s+)?(?:посетил|побывал|прибыл)\w*\s)"), "business_mission"),
    # "прибыл в Москву с государственным визитом", "находится с официальным визитом в Китае".
    (re.compile(r"(?<=\sс\s)(?:государственн|официальн|рабоч|деловым)\w*\s+визитом(?:\s+во?\s+[А-ЯЁ][\w-]+)?"), "other"),
    # "торгово-экономическая миссия в Монголию", "инвестиционной миссии во Вьетнам".
    (re.compile(r"\b(?:[Тт]оргово-экономическ|[Ээ]кономическ|[Ии]нвестиционн|[Пп]ромышленн)\w+\s+мисси\w*\s+(?:[\w«»\"-]+\s+){0,4}?(?:во?)\s+[А-ЯЁ][\w-]+"), "business_mission"),
    # "делегация Республики Корея", "делегации из Казахстана", "делегация Тульской области": a
    # delegation named by who sends it is a delegation visit, even where the sentence says
    # only what it did; one that takes part in an event is part of that event (see below).
    (re.compile(r"\b[Дд]елегаци\w+\s+(?:из\s+|от\s+)?(?:[А-ЯЁ][\w-]+|[а-яё-]+(?:ой|ого|ской|ского)\s+(?:област|кра|республик|провинци|округ)\w*\s+[А-ЯЁ]?[\w-]*)(?:\s+[А-ЯЁ][\w-]+){0,2}"), "delegation"),
    # "церемония вручения сертификатов", "церемонии официального пуска": a ceremony named by
    # the act it performs (a verbal noun after it).
    (re.compile(r"\b[Цц]еремони\w+\s+(?:официального\s+|торжественного\s+)?[а-яё]+(?:ния|тия|ки|ска|ода|ка)\b"), "other"),
    # "на инвестиционном форуме", "международный экономический форум": a forum described in lower
    # case is an event when the article names no forum (else it is that forum again).
    # "в ходе бизнес-форума": a compound forum head alone describes one too.
    (re.compile(r"\b(?:[а-яё-]+(?:ый|ий|ой|ая|ом|ого|ему|ому|ем|ым)\s+){1,2}форум\w*|(?<![\w-])(?:бизнес-|инвест)форум\w*"), "forum described"),
    # "заседание межправкомиссии": a session of an intergovernmental commission.
    (re.compile(r"\b[Зз]аседани\w+\s+(?:[\w-]+\s+){0,2}?межправкомисси\w+"), "other"),
    # "учебный визит", "ознакомительная поездка в Китай": a study tour.
    (re.compile(r"\b(?:[Уу]чебн|[Оо]знакомительн)\w+\s+(?:визит|поездк|тур)\w*\s+(?:во?)\s+[А-ЯЁ][\w-]+"), "business_mission"),
]  # fmt: skip
_ZH = [
    (re.compile(r"(?:[\u4e00-\u9fff·]{2,14}?)(?:对|到|赴)[\u4e00-\u9fff]{2,8}?(?:进行|开展)(?:了)?(?:国事|正式|工作)?访问"), "other"),
    # (the visited place ends before what the visit achieved: "…代表团访问某国取得系列成果")
    (re.compile(r"[\u4e00-\u9fff]{0,6}代表团访问[\u4e00-\u9fff]{2,8}?(?=期间|时|并|的|取得|签署|签订|洽谈|会见|考察|出席|参加|[，。,；]|$)"), "business_mission"),
    # "江苏省经贸代表团赴越南开展经贸交流活动": a delegation going to a place to do something.
    (re.compile(r"[\u4e00-\u9fff]{0,6}代表团(?:赴|到|抵达)[\u4e00-\u9fff]{2,8}?(?=开展|进行|考察|访问|出席|参加|期间|[，。,；]|$)"), "business_mission"),
    # "…举行2025年第一季度重大项目集中开工活动", "…启动仪式暨第二批招商企业签约仪式": a ceremony or
    # signing event named by what it marks; two titles joined by "暨" are one event.
    (re.compile(r"[\u4e00-\u9fff\d—·]{0,30}?(?:签约|签署|签字|奠基|开工|动工|揭牌|揭幕|开园|入园|开业|落成|投产|竣工|启动)(?:仪式|活动)"
                r"(?:暨[\u4e00-\u9fff\d]{1,24}?(?:仪式|活动))?"), "other"),
    # "率福建省侨联考察团一行18人莅榕考察", "…和青年参访团到访伊宁": a visiting delegation, named
    # by who is in it.
    (re.compile(r"[\u4e00-\u9fff、]{0,24}?(?:代表团|考察团|参访团|访问团|经贸团|商务团)"
                r"(?=(?:一行)?(?:\d+人)?(?:日前|近日|近期|昨日|昨天|今天|今日|\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?)?"
                r"(?:到访|莅|赴|抵达|访问|来到|前往|走进|走访|对[\u4e00-\u9fff]{2,12}?进行))"), "business_mission"),
    # "会见越南经贸代表团", "广西代表团一行": a delegation named by who sends it is a delegation
    # visit even where the sentence names no visiting verb (as in English and Russian).
    (re.compile(r"[\u4e00-\u9fff]{2,10}(?:代表团|考察团|经贸团|访问团|参访团|代表團|考察團|經貿團|訪問團|參訪團)"), "delegation"),
    # "副主任某某带队到某开发区考察", "率团赴某地考察": an official leading a team on a visit.
    (re.compile(r"(?:(?<=带队)|(?<=率队)|(?<=率团)|(?<=帶隊)|(?<=率隊)|(?<=率團))(?:到|赴|前往)[\u4e00-\u9fff]{2,15}?(?:考察|调研|調研|参观|參觀|访问|訪問)"), "business_mission"),
    # "中白政府间合作委员会第五次会议": a numbered session of a commission.
    (re.compile(r"[\u4e00-\u9fff]{2,16}?委员会第[一二三四五六七八九十\d]+次(?:会议|会晤)"), "other"),
]  # fmt: skip
# Where a Chinese describing phrase starts: after these words the subject begins.
_ZH_LEFT_CUT = re.compile(r".*(?:出席|举行|举办|主持|召开|邀请|应|于|在|了|和|与|是|随|期间|以来)")
# A ceremony's or delegation's name is longer and may hold "和" ("…科技合作和人才引进基地揭牌
# 仪式", "侨界和青年参访团"): it starts after the verb that holds or leads it.
_ZH_NAMED_CUT = re.compile(
    r".*(?:出席|举行|举办|召开|组织|邀请|参加|率领|带领|率|由|应|于|在|从|了|的|是|随|期间|以来)"
)
_ZH_NAMED_TAIL = re.compile(r"(?:仪式|活动|团)$")
_ZH_DATE = re.compile(r"\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?")


# A show named with its year glued on ("Innoprom-2017", "EXPO-2020"): an edition of an event
# when the sentence calls it one (exhibition, fair, forum, expo, show, summit).
_YEAR_NAMED = re.compile(r"\b([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{2,})-((?:19|20)\d{2})\b")
_EVENT_NOUN = re.compile(
    r"\b(?:exhibitions?|fairs?|forums?|expos?|shows?|summits?|conferences?)\b"
    r"|выставк|ярмарк|форум|саммит",
    re.I,
)


_CROSS_BORDER_ONLY = re.compile(
    r"^(?:(?:state|official|working|first|recent|\w+-day)\s+)?visit\s+to\b|\bworking\s+visit|\bvisit\s+(?:by|of)\b|['’]s\s+(?:\S+\s+)?(?:visit|trip)\s+to\b"
    r"|рабоч\w+\s+(?:визит|поездк)|встреч\w+\s+с\s|工作访问",
    re.I,
)


def must_cross_borders(name: str) -> bool:
    """Working visits and "a visit by <official> to <place>" count only between countries:
    SCHEMA.md names state and official visits, and an official touring his own country is not
    international cooperation. Russian news is read otherwise: "рабочая поездка" of a federal
    official to a region is reported, and annotated, as an official visit (pipeline.py)."""
    return _CROSS_BORDER_ONLY.search(name) is not None


# A forum, conference or fair described instead of named: "the two-day conference", "an
# agricultural forum to be held in Kyrgyzstan on April 3-4". It is an event of its own when it
# has a length, or a date or a "to be held" in its sentence; "the forum" alone is an anaphor.
_UNNAMED_EN = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>(?P<mods>(?:(?:\d+|one|two|three|four|five)-day\s+"
    r"|(?!same\b|next\b|last\b|first\b|second\b|third\b|annual\b|previous\b|upcoming\b|following\b)"
    r"[a-z]{4,}(?:al|ic|ial|ural|ment|ness|ry)\s+){1,2})"
    r"(?P<head>forum|conference|summit|expo|exhibition|fair|roadshow))\b"
)
# "signed at a business forum", "held an investment conference": an indefinite article
# introduces an event the text has not named before, whatever its modifiers. A forum "for"
# something is a platform ("a forum for dialogue"), and "a fair price" no fair.
_INDEFINITE_EN = re.compile(
    r"\b[Aa]n?\s+(?P<name>(?P<mods>(?:(?!such\b|single\b|similar\b|kind\b|sort\b|type\b|press\b|news\b|video\b)"
    r"[a-z][a-z-]{2,}\s+){0,2})(?P<head>forum|conference|summit|expo|exhibition|roadshow|fair))\b"
    r"(?!\s+(?:for|to|where|in\s+which|on\s+which|share|price|value|chance|deal|trial|amount|play"
    r"|entitled|titled|called|dubbed|named)\b|\s*[“\"])"
)
_OPENS_A_NAME = re.compile(r"\bof\s+(?:the\s+|a\s+)?[A-Z]")
_EVENT_OBJECT = re.compile(
    r"\d|\b(?:Expo|Forum|Fair|Summit|Exhibition|Conference|Congress|Show|Week|Games|Festival)\b"
)
_HELD = re.compile(
    r"\b(?:to\s+be|will\s+be|was|is)\s+held\b"
    r"|(?:conference|forum|summit|expo|exhibition|fair|roadshow)\s+(?:held|hosted|organi[sz]ed)\s+(?:in|at|by)\b"
)
_UNNAMED_KIND = {"forum": "forum", "conference": "conference", "summit": "conference",
                 "expo": "expo", "exhibition": "expo", "fair": "expo", "roadshow": "other"}  # fmt: skip


# "signed at a business forum in Dhaka": a described forum located in a named place is one
# event (an anaphoric "the forum" names no place).
_IN_A_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]+")


def find_unnamed_events(sentence: str, default_year: int | None) -> list[Mention]:
    from parkbridge.extraction.dates import find_dates

    out: list[Mention] = []
    for m in _INDEFINITE_EN.finditer(sentence):
        if m.group("head") == "fair" and not m.group("mods"):
            continue
        dates = find_dates(sentence, default_year)
        out.append(Mention("events", m.group("name"), sentence, kind=_UNNAMED_KIND[m.group("head")],
                           start=dates[0].start if dates else None,
                           end=dates[-1].end if dates else None))  # fmt: skip
    for m in _UNNAMED_EN.finditer(sentence):
        if any(x.name == m.group("name") for x in out):
            continue
        dates = find_dates(sentence, default_year)
        placed = _IN_A_PLACE.match(sentence, m.end())
        if not ("-day" in m.group("mods") or _HELD.search(sentence) or dates or placed):
            continue
        out.append(Mention("events", m.group("name"), sentence, kind=_UNNAMED_KIND[m.group("head")],
                           start=dates[0].start if dates else None,
                           end=dates[-1].end if dates else None))  # fmt: skip
    return out


# "X attended (on Monday, in the capital) the signing of …": who attends or witnesses it.
_ATTENDED = re.compile(r"\b(?:attended|attends|witnessed|witnesses|oversaw|presided\s+over)\b")
# A ceremony named only by where it was held is an event when the sentence says what it
# marked.
_CEREMONY_CUE = re.compile(r"\b(?:launch|inaugurat|open|sign|unveil|laid|commission)\w*", re.I)
# The verb and article before a described delegation are not part of its name.
_LEAD_VERB = re.compile(
    r"^(?:(?:received|welcomed|hosted|met|receives|welcomes|hosts|attended|attends|witnessed"
    r"|witnesses|oversaw|presided\s+over)\s+)?(?:An?|an?|The|the)\s+(?=\S)"
)
_OPENING = re.compile(
    r"(?:official\s+)?(?:opening|inauguration|foundation[- ]stone|groundbreaking|ground-breaking)\b",
    re.I,
)
_HELD = re.compile(
    r"\b(?:attend\w*|witness\w*|held|hold|holds|took\s+place|takes\s+place|marked|celebrat\w*"
    r"|perform\w*|conduct\w*|laid|lays"
    r"|participat\w*|present\s+at|graced|inaugurated|officiated|presided)\b",
    re.I,
)


def _unheld_opening(name: str, sentence: str) -> bool:
    """An opening of something named that nobody is said to attend or hold, or the opening of
    a named event (an expo with its year), which is part of that event."""
    if not (_OPENING.match(name) and _OPENS_A_NAME.search(name)):
        return False
    return not _HELD.search(sentence) or bool(_EVENT_OBJECT.search(name))


_TRAVEL = re.compile(r"\b(?:visit|visiting|tour|trip|mission)\b", re.I)
_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{3,5}")


# "the 9th Future Investment Initiative", "the 10th Annual Meeting of African Zones": a
# numbered edition names a recurring event even without an event head word. Plans, periods,
# anniversaries and places with a number are no events.
_EDITION_NAME = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)\s+(?:[A-Z][\w'’&-]*\s+){0,5}?(?:Meeting|Initiative|Dialogue|Session)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for)){0,6}(?<!\sof)(?<!\sand)(?<!\sfor))?"
)
# "Session" names a recurring event only as an annual one; a commission's session is handled
# above, a parliament's plenary session is no event (SCHEMA).
_NOT_EDITION_EVENT = re.compile(r"\b(?:Plenary|Parliament\w*|Assembly|Council|Board|Cabinet)\b")


def _edition_events(sentence: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _EDITION_NAME.finditer(sentence):
        name = m.group(0)
        if _NOT_EDITION_EVENT.search(name):
            continue
        if name.split()[-1] == "Session" and "Annual" not in name:
            continue
        out.append(Mention("events", name, sentence, kind="conference"))
    return out


# "the Special Economic Zones Annual Meeting", "the Annual Meeting of Industrialists": a
# capitalised annual meeting named by its field or its members is a conference series. A
# company's "Annual General Meeting", a board's or shareholders' meeting and a bare "the Annual
# Meeting" are not (SCHEMA: no government or corporate meetings).
_ANNUAL_MEETING = re.compile(
    r"(?P<pre>(?:(?:[A-Z][\w'’&-]*|of|and|for|on)\s+){0,6}?)Annual\s+(?:[A-Z][\w'’&-]*\s+){0,2}?Meeting"
    r"(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and))*(?<!\sof)(?<!\sand)(?<!\sfor))?"
)
_CORPORATE = re.compile(
    r"\b(?:General|Board|Boards|Shareholders?|Stockholders?|Directors|Company|Corporation|Members|Council|Cabinet|Government)\b"
)
_LEADING_STOP = re.compile(
    r"^(?:(?:The|This|That|At|In|During|Its|Their|Our|His|Her|A|An|On|Of|And|For)\s+)+"
)


def _annual_meetings(sentence: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _ANNUAL_MEETING.finditer(sentence):
        pre = _LEADING_STOP.sub("", m.group("pre"))
        named_inside = not re.match(r"Annual\s+Meeting", m.group(0)[len(m.group("pre")) :])
        if not pre.strip() and not m.group("of") and not named_inside:
            continue
        name = pre + m.group(0)[len(m.group("pre")) :]
        if _CORPORATE.search(name):
            continue
        out.append(Mention("events", name.strip(), sentence, kind="conference"))
    return out


# "Titled “Two Nations, One Market”, the forum drew …", "a conference entitled “…”": an event
# named by its quoted title, of the kind its head word says.
_TITLED_NOUN = r"(?:forum|conference|summit|expo|exhibition|fair|symposium|congress|event)"
_TITLED = re.compile(
    r"\b(?:[Tt]itled|[Ee]ntitled|[Dd]ubbed|[Cc]alled)\s+[“\"](?P<a>[^”\"]{3,200})[”\"],?\s+(?:the|a|an|this)"
    r"\s+(?:[\w-]+\s+){0,2}?(?P<ha>" + _TITLED_NOUN + r")\b"
    r"|\b(?P<hb>"
    + _TITLED_NOUN
    + r"),?\s+(?:titled|entitled|dubbed|called)\s+[“\"](?P<b>[^”\"]{3,200})[”\"]",
    re.I,
)
_HEAD_KIND = {"forum": "forum", "expo": "expo", "exhibition": "expo", "fair": "expo"}


def _titled_events(sentence: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _TITLED.finditer(sentence):
        name = (m.group("a") or m.group("b")).strip(" ,")
        head = (m.group("ha") or m.group("hb")).lower()
        out.append(Mention("events", name, sentence, kind=_HEAD_KIND.get(head, "conference")))
    return out


_AT_AN_EVENT_RU = re.compile(
    r"форум|выставк|ярмарк|мероприяти|саммит|конференци|сесси|конгресс|ЭКСПО|Экспо|[А-ЯЁ]{1,3}ЭФ\b"
)
_AT_AN_EVENT_ZH = re.compile(r"会议|會議|会谈|會談")
_RU_NUMBERED = re.compile(r"^((?:[IVX]{1,5}|\d{1,2}-?[йиоя]{1,2})\s+)(.+)$")


def find_described_events(sentence: str, language: str) -> list[Mention]:
    rules = {"ru": _RU, "zh": _ZH}.get(language, _EN)
    out: list[Mention] = (
        _edition_events(sentence) + _titled_events(sentence) + _annual_meetings(sentence)
        if language == "en"
        else []
    )

    travel_at: int | None = None  # one trip per sentence: "the visit to X … their study tour"
    for rx, kind in rules:
        for m in rx.finditer(sentence):
            name = m.group(0).strip()
            if language == "en" and _TRAVEL.search(name):
                if travel_at is not None and travel_at != m.start():
                    if m.start() > travel_at:
                        continue
                    out = [x for x in out if not _TRAVEL.search(x.name)]
                travel_at = m.start()
            if language == "zh":
                name = _ZH_DATE.sub("", name)
                cut = (_ZH_NAMED_CUT if _ZH_NAMED_TAIL.search(name) else _ZH_LEFT_CUT).match(name)
                if cut and len(name) - cut.end() >= 4:
                    name = name[cut.end() :]
                if is_counted(name):
                    continue  # "18项…签约活动": a count of events (chinese_events.py)
            name = re.sub(r"\s+(?:and|of|и)$", "", name)
            name = name.strip('“”"')
            if language == "ru" and (numbered := _RU_NUMBERED.match(name)):
                from parkbridge.extraction.russian_case import to_nominative

                name = numbered.group(1) + to_nominative(numbered.group(2))
            elif language == "ru" and re.match(_RU_TWO_COUNTRIES, name):
                from parkbridge.extraction.russian_case import to_nominative

                name = to_nominative(name)
            if language == "ru":
                # "делегация X во главе с <title> <name> посетила Y": the leader is no part of
                # the event's name.
                name = re.sub(
                    r",?\s+во\s+главе\s+с\s+.*?(?=,?\s+(?:побывал|посетил|прибыл))", "", name
                )
            if name.startswith("a ceremony") and not _CEREMONY_CUE.search(sentence):
                continue
            if name.startswith("signing of") and not _ATTENDED.search(sentence, 0, m.start()):
                continue
            if _unheld_opening(name, sentence):
                continue
            if language == "en":
                if m.start() >= 12 and sentence[m.start() - 12 : m.start()] == "inaugurated ":
                    name = "inauguration of " + name
                name = _LEAD_VERB.sub("", name)
            this_kind = kind
            if kind == "forum described":
                this_kind = "forum"
                if language == "ru":
                    from parkbridge.extraction.russian_case import to_nominative

                    name = to_nominative(name)
            if (
                kind == "delegation"
                and language == "zh"
                and (_AT_AN_EVENT_ZH.search(sentence) or re.search(r"方代表[团團]$", name))
            ):
                continue  # "中方代表团出席会议": a side at a meeting, part of that meeting
            if kind == "delegation":
                if _AT_AN_EVENT_RU.search(sentence) or re.search(
                    r"[Вв]стреч\w*\s+с\s+$", sentence[: m.start()]
                ):
                    continue  # "делегация Китая на форуме": part of the forum; a meeting with a
                    # delegation is read (between countries only) by its own rule
                this_kind = "business_mission"
            if language == "en" and kind == "conference":
                head = name.split()[0].lower() if name else ""
                last = name.split()[-1].lower() if name else ""
                this_kind = {"forum": "forum", "exhibition": "expo", "fair": "expo",
                             "expo": "expo"}.get(head, {"forum": "forum", "exhibition": "expo",
                             "fair": "expo", "expo": "expo"}.get(last, kind))  # fmt: skip
            if (
                language == "ru"
                and kind == "business_mission"
                and not re.search(r"делегац|мисси", name, re.I)
            ):
                this_kind = "other"  # "визит премьер-министра Индии в Россию": official visit
            if any(x.name == name for x in out):
                continue  # two rules read the same phrase
            if len(name) >= 4 or _ACRONYM.fullmatch(name):
                out.append(Mention("events", name, sentence, kind=this_kind))
    return out


def find_year_named_events(sentences: list[str]) -> list[Mention]:
    """Shows named with their year ("Innoprom-2017"): one event per year, once any sentence of
    the article calls that name an exhibition, fair, forum or the like."""
    confirmed = {
        m.group(1).casefold()
        for text in sentences
        if _EVENT_NOUN.search(text)
        for m in _YEAR_NAMED.finditer(text)
    }
    out: list[Mention] = []
    seen: set[str] = set()
    for text in sentences:
        for m in _YEAR_NAMED.finditer(text):
            if m.group(1).casefold() in confirmed and m.group(0) not in seen:
                seen.add(m.group(0))
                out.append(Mention("events", m.group(0), text, kind="expo"))
    return out


# Two titles joined by "暨" name one meeting ("…签约仪式暨…招商推介会", "第二届…论坛暨…推介会"):
# the left title runs back to the verb, date or place word that holds it, the right one ends at
# its first event head.
_ZH_TITLE_CHAR = r"[\u4e00-\u9fff\d—–·()（）“”\"-]"
_ZH_JOIN_TAIL = r"(?:仪式|儀式|活动|活動|大会|大會|会议|會議|论坛|論壇|峰会|峰會|博览会|博覽會|推介会|推介會|洽谈会|洽談會|对接会|對接會|交流会|交流會|推进会|推進會|说明会|說明會|发布会|發佈會|展览会|展覽會|交易会|交易會|招商会|招商會|洽会|洽會)"
_ZH_JOINED = re.compile(
    rf"(?P<left>{_ZH_TITLE_CHAR}{{2,60}}?)暨(?P<right>{_ZH_TITLE_CHAR}{{1,40}}?{_ZH_JOIN_TAIL})"
)
_ZH_EDITION = re.compile(r"第[零〇一二两三四五六七八九十\d]+[届屆]")


def joined_titles(sentence: str) -> list[tuple[str, int, int]]:
    """The "暨"-joined titles of a Chinese sentence, as (name, start, end) in the sentence;
    a leading date and 第N届 are no part of the name."""
    out: list[tuple[str, int, int]] = []
    for m in _ZH_JOINED.finditer(sentence):
        start = m.start()
        cut = _ZH_NAMED_CUT.match(m.group("left"))
        if cut:
            start += cut.end()
        date = re.match(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日", sentence[start : m.end()])
        if date and start + date.end() < m.start("left") + len(m.group("left")) - 1:
            start += date.end()
        left_len = m.start("right") - 1 - start
        if left_len < 2 or re.search(r"(?:开幕|閉幕|闭幕|開幕)式?$", m.group("left")):
            continue  # "…博览会开幕式暨…交流会": a named event's opening, then a meeting of its own
        ed = _ZH_EDITION.match(sentence, start)
        if ed and m.start("right") - 1 - ed.end() >= 2:
            start = ed.end()
        out.append((sentence[start : m.end()], start, m.end()))
    return out


def joined_title_of(name: str, sentence: str) -> str | None:
    """The joined title a Chinese event name is one half of (or a piece across "暨" of): the
    name ends right before "暨", starts right after it, or holds it. An event named inside a
    half ("…博览会开幕式暨…") keeps its own name."""
    for title, s, e in joined_titles(sentence):
        at = sentence.find(name, s, e)
        if at < 0 or at + len(name) > e:
            continue
        end = at + len(name)
        if "暨" in name or sentence.startswith("暨", end) or sentence[at - 1 : at] == "暨":
            return title
    return None
