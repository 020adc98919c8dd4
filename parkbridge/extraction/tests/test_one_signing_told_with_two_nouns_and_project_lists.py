"""Agreements: two singular nouns under one signing verb are one signing ("an MoU … for a
$30 million deal"), unless the second is another; a Russian sentence that opens with the signing
of a bare noun restates it; one of a numbered total named with parties of its own is an entry of
its own; several named Chinese projects closed by 等 are an unnumbered plural (sentences written
for these tests)."""

from parkbridge.extraction import facts as F
from parkbridge.extraction.chinese import find_figures as find_figures_zh
from parkbridge.extraction.quantities import find_figures


def _found(sentence: str, names: list[str] | None = None) -> list[F.AgreementMention]:
    figures = find_figures_zh(sentence) if "项目" in sentence else find_figures(sentence)
    return F.find_agreements(sentence, figures, names or [])


def test_an_mou_signed_for_a_deal_is_one_signing() -> None:
    found = _found(
        "The first MoU was signed with Orland Motors, a maker of electric buses based in"
        " Lisbon, for a $30 million deal."
    )
    assert [(a.count, a.status) for a in found] == [(1, "signed")]


def test_another_agreement_under_one_verb_stays_a_second_signing() -> None:
    found = _found(
        "Under a supply agreement with Orland Motors, a maker of electric buses based in"
        " Lisbon, the state signed another agreement on a plant."
    )
    assert len(found) == 2


def test_a_russian_sentence_opening_with_the_signing_restates_it() -> None:
    first = _found("Стороны подписали меморандум о сотрудничестве.")
    again = _found("«Подписание меморандума открывает новую главу в отношениях регионов.")
    assert again[0].definite
    assert len(F.merge_agreements(first + again)) == 1


def test_one_of_a_total_with_parties_of_its_own_is_its_own_entry() -> None:
    total = _found("The ministry facilitated the exchange of 9 MoUs worth $2 billion.", ["Norvia"])
    one = _found(
        "The MoU between Norvia Bank and Orland Capital aims to boost trade.",
        ["Norvia Bank", "Orland Capital"],
    )
    merged = F.merge_agreements(total + one)
    assert [(a.count, tuple(a.parties)) for a in merged] == [
        (9, ()),
        (1, ("Norvia Bank", "Orland Capital")),
    ]


def test_named_chinese_projects_closed_by_deng_are_a_plural() -> None:
    for sentence in (
        "县政府与客商签署的风电装备项目、冷链物流项目、智能仓储系统等项目,均已开工。",
        "目前,已有风电装备项目、冷链物流项目和智能仓储项目等正式签约。",
    ):
        found = _found(sentence)
        assert [(a.count, a.plural) for a in found] == [(None, True)]


def test_a_long_run_of_joining_words_is_read_in_linear_time() -> None:
    import time

    sentence = "签署了风电项目" + "和" * 5000
    began = time.perf_counter()
    F.find_agreements(sentence, [], [])
    assert time.perf_counter() - began < 1.0
