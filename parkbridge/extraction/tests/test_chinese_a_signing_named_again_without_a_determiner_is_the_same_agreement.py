"""Chinese has no article: a later sentence that names the same kind of document signed again,
with no new pair of parties and no "还"/"另外", speaks of the signing already reported."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _agreements(body: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in extract_article(DATE_LINE + body).agreements]


def test_a_signing_quoted_again_as_the_subject_of_a_remark_is_one_agreement() -> None:
    body = (
        "近日，青山经济开发区与白河科技园签署园区共建框架合作协议。\n\n"
        "王主任表示，双方签订园区框架合作协议意义深远，前景广阔。"
    )
    assert _agreements(body) == [(1, "signed")]


def test_a_titled_memorandum_restated_by_its_short_title_is_one_agreement() -> None:
    body = (
        "两国部长签署《共建绿洲产业园谅解备忘录》。\n\n"
        "在正式签署的《合作备忘录》中，双方将重点关注产业园建设。"
    )
    assert _agreements(body) == [(1, "signed")]


def test_another_kind_of_document_is_another_agreement() -> None:
    body = "青山区与白河市签署战略合作协议。\n\n会后，双方签订了人才交流备忘录。"
    assert _agreements(body) == [(1, "signed"), (1, "signed")]


def test_a_second_signing_said_to_be_another_is_another_agreement() -> None:
    body = "青山区与白河市签署战略合作协议。\n\n青山区还与远航集团签署了合作协议。"
    assert _agreements(body) == [(1, "signed"), (1, "signed")]
