"""A signing reported as done stays signed when the sentence goes on to what the agreement will
do ("signed two MoUs, which will create 800 jobs"); a plan word before the verb still makes it
planned (sentences written for these tests)."""

import pytest

from parkbridge.extraction import facts as F
from parkbridge.extraction.quantities import find_figures


def _statuses(sentence: str) -> list[str]:
    return [a.status for a in F.find_agreements(sentence, find_figures(sentence), [])]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Orland Group signed four MoUs with the province, which will create 800 jobs.",
        "The authority signed a 30-year contract under which a logistics hub will be built.",
        "A memorandum was signed between the two chambers, according to which the parties will"
        " hold joint fairs.",
        "Norvia signed a trade agreement with the bloc in May and is expected to join it soon.",
        "Стороны подписали соглашение, которое позволит к 2027 году построить завод и будет"
        " способствовать росту экспорта.",
        "Уверен, что подписанный меморандум будет способствовать развитию связей.",
    ],
)
def test_what_the_signed_agreement_will_do_leaves_it_signed(sentence: str) -> None:
    assert _statuses(sentence) == ["signed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides will sign an agreement on the new park in June.",
        "An agreement on the free zone is expected to be signed next month.",
        "The parties plan to sign a memorandum that was drafted last year.",
        "Соглашение будет подписано в рамках форума.",
        "Меморандум планируется подписать осенью.",
    ],
)
def test_a_plan_word_before_the_signing_keeps_it_planned(sentence: str) -> None:
    assert _statuses(sentence) == ["planned"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The signing of this memorandum will open new markets for both zones.",
        "She said the signing of the 'joint development agreement' will be a milestone.",
        "Investors said 40 contracts were signed, adding that the contracts will be carried out"
        " within a year.",
    ],
)
def test_what_a_reported_signing_will_bring_restates_it(sentence: str) -> None:
    found = F.find_agreements(sentence, find_figures(sentence), [])
    assert found[-1].status == "signed"
    assert F.merge_agreements(found) == found[:1]


def test_a_signing_still_to_take_place_stays_planned() -> None:
    assert _statuses("The signing of the agreement will take place in May.") == ["planned"]
