"""A Chinese batch of signed projects told just before its number ("集中签约了一批重点项目。共签约
50个合作项目") is the numbered signing, not a second agreement."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _agreements(body: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in extract_article(DATE_LINE + body).agreements]


def test_a_batch_then_its_number_is_one_agreement() -> None:
    body = (
        "9月9日，青山市投资说明会暨项目签约仪式举行。\n\n"
        "副市长李明介绍了青山市的投资环境和产业政策。\n\n"
        "本次说明会成果丰硕，集中签约了一批重点招商项目。共签约24个合作项目，总投资80亿元。"
    )
    assert _agreements(body) == [(24, "signed")]


def test_a_batch_alone_is_an_unnumbered_plural() -> None:
    body = "9月9日，青山市投资说明会举行。\n\n会上，一批重点项目集中签约落户青山经济开发区。"
    assert _agreements(body) == [(None, "signed")]
