"""Chinese figures: an amount that names a size class of projects is no figure — over a
threshold after 投资 ("投资超20亿元的重大产业项目"), a grade ("及以上66个", "百亿级"), a range's
end ("10亿元至50亿元的项目有32个") or a class that is counted ("千万元投资建设项目11个"); the
project's own amount stays (sentences written for these tests)."""

from parkbridge.extraction.chinese import find_figures


def _money(sentence: str) -> list[float]:
    return [f.value for f in find_figures(sentence) if f.unit in ("CNY", "USD")]


def test_over_a_threshold_after_an_investment_word_is_a_class() -> None:
    assert _money("全力推进10个投资超20亿元的重大产业项目。") == []
    assert _money("其中总投资超千万美元的大项目28项。") == []


def test_a_grade_and_a_range_of_classes_are_no_amounts() -> None:
    assert _money("其中签约项目单个投资额30亿元及以上66个。") == []
    assert _money("50亿元以上的项目有2个,10亿元至50亿元的项目有32个。") == []


def test_a_counted_class_is_no_amount_but_a_projects_own_amount_is() -> None:
    assert _money("实施千万元投资建设项目11个,竣工1个。") == []
    assert _money("总投资10亿元的项目开工建设。") == [1e9]
