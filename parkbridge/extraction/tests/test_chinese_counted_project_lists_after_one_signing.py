"""Chinese lists of counted projects after one signing verb: each item ("签约工业项目12个、…，
服务业项目7个") is a statement of its own; a breakdown of a total ("其中", "涵盖"), projects at
another stage ("开工项目") and work on projects already signed ("推动签约项目早落地") are not."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _agreements(body: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in extract_article(DATE_LINE + body).agreements]


def test_two_counted_project_groups_after_one_verb_are_two_agreements() -> None:
    body = "本次活动签约工业项目12个、总投资80亿元，服务业项目7个、总投资20亿元。"
    assert _agreements(body) == [(12, "signed"), (7, "signed")]


def test_equal_counts_of_two_listed_groups_stay_two() -> None:
    body = "会上签约工业项目9个、总投资30亿元，基础设施项目9个、总投资40亿元。"
    assert _agreements(body) == [(9, "signed"), (9, "signed")]


def test_groups_named_by_their_partners_are_listed_signings() -> None:
    body = "展会期间达成与南方国家合作项目11个，与北方国家合作项目6个。"
    assert _agreements(body) == [(11, "signed"), (6, "signed")]


def test_modifiers_joined_by_a_list_mark_do_not_hide_the_signing() -> None:
    body = "本届博览会共签订国际、国内合作项目140个，总投资额超900亿元。"
    assert _agreements(body) == [(140, "signed")]


def test_a_breakdown_of_a_signed_total_is_no_agreement_of_its_own() -> None:
    body = "现场签约项目30个，总投资90亿元，其中工业项目22个。"
    assert _agreements(body) == [(30, "signed")]


def test_projects_at_another_stage_are_not_signed() -> None:
    body = "今年以来全区签约项目15个，开工项目8个，竣工项目3个。"
    assert _agreements(body) == [(15, "signed")]


def test_work_on_projects_already_signed_is_no_signing() -> None:
    body = "会上共签约项目14个。\n\n下一步，该区将推动签约项目早落地、早开工。"
    assert _agreements(body) == [(14, "signed")]
