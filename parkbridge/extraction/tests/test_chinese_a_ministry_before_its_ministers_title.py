"""Chinese organisations: a ministry named right before its own minister's title is an
organisation even where jieba glues the head to the title ("…部副|部长"); the title alone
names no ministry."""

from parkbridge.extraction import extract_article


def _orgs(body: str) -> set[str]:
    return {o.name for o in extract_article("2024-05-17\n\n" + body).organizations}


def test_a_ministry_before_its_deputy_ministers_title_is_an_organisation() -> None:
    assert "乙国产业资源部" in _orgs("甲国副部长王某与乙国产业资源部副部长李某签署备忘录。")


def test_a_ministers_title_alone_names_no_ministry() -> None:
    assert _orgs("副部长王某出席并讲话。") == set()
