"""Chinese signings: signed projects are agreements with their count, each signing verb in a
sentence is its own statement, "分别与…签署" is an unnumbered plural, and "协议投资" (contracted
investment) is an amount, not a document."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _agreements(body: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in extract_article(DATE_LINE + body).agreements]


def test_projects_signed_on_site_are_one_agreement_with_their_count() -> None:
    body = "8月9日，西江新区举行秋季招商签约活动，32个重点项目现场签约，总投资48亿元。"
    assert _agreements(body) == [(32, "signed")]


def test_a_count_after_the_signed_projects_is_their_count() -> None:
    assert _agreements("活动上签约制造业项目27个，总投资90亿元。") == [(27, "signed")]


def test_signed_projects_restated_without_a_number_are_the_same_agreement() -> None:
    body = "会上共签约项目14个。\n\n此次签约的项目涉及新能源、新材料等领域。"
    assert _agreements(body) == [(14, "signed")]


def test_a_signing_ceremony_named_after_projects_is_no_agreement_of_its_own() -> None:
    # (alone in an article, the ceremony reports an unnumbered signing: see
    # test_chinese_pinyin_glosses_and_a_signing_ceremony_held.py)
    body = "区政府举行首批招商项目签约仪式，张区长致辞。\n\n会上共签约项目12个。"
    assert _agreements(body) == [(12, "signed")]


def test_projects_that_were_built_are_not_signed_projects() -> None:
    assert _agreements("全区今年建成投产项目45个，新增就业3000人。") == []


def test_contracted_investment_is_an_amount_not_a_second_agreement() -> None:
    body = "东湖新区与星河集团签署合作协议，协议总投资约60亿元。"
    assert _agreements(body) == [(1, "signed")]


def test_two_signing_verbs_in_one_sentence_are_two_agreements() -> None:
    body = "会上，开发区与远航集团签署招商服务协议，与明德公司签订战略合作协议。"
    assert _agreements(body) == [(1, "signed"), (1, "signed")]


def test_several_parties_each_signing_is_an_unnumbered_plural() -> None:
    body = "甲园区、乙园区、丙园区分别与相关企业签署投资合作协议。"
    assert _agreements(body) == [(None, "signed")]


def test_a_signed_titled_document_followed_by_plans_is_signed() -> None:
    body = "两市共同签订《区域合作框架协议》，将在物流、旅游等领域开展合作。"
    assert _agreements(body) == [(1, "signed")]


def test_a_signing_with_a_number_of_companies_counts_them() -> None:
    body = "副市长陈立与7家物流企业代表签订了入园协议。"
    assert _agreements(body) == [(7, "signed")]


def test_agreements_opening_a_later_clause_restate_the_signing() -> None:
    body = "会上各方共签订7项合作协议，涉及投资约80亿元，协议均突出绿色发展。"
    assert _agreements(body) == [(7, "signed")]


def test_what_follows_a_signing_is_no_signing_of_its_own() -> None:
    assert _agreements("项目签约后，双方将成立工作专班，推动项目落地。") == []


def test_unnumbered_signed_projects_restated_are_one_agreement() -> None:
    body = "签约项目总投资达120亿元。\n\n签约的项目涉及新能源、新材料等领域。"
    assert _agreements(body) == [(None, "signed")]


def test_a_period_of_this_year_already_past_is_no_deadline() -> None:
    facts = extract_article(DATE_LINE + "今年一季度，园区新增企业45家，计划投资额达120亿元。")
    assert facts.targets == []


def test_a_plan_for_this_year_is_a_target_for_this_year() -> None:
    facts = extract_article(DATE_LINE + "园区今年计划引进企业50家。")
    assert [(t.value, t.deadline) for t in facts.targets] == [(50, "2024")]
