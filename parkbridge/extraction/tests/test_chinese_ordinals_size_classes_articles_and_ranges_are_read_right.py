"""Chinese figures: ordinals ("第七次"), "两位数" growth, size classes ("亿元以上项目") and the
indefinite "一个/一座" are no figures; "超" is more than, "户" counts, a space may stand before
the measure word, and a range ("2-3年") gives two figures."""

from parkbridge.extraction.chinese import find_figures


def _figs(sentence: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, f.qualifier) for f in find_figures(sentence)]


def test_an_ordinal_is_no_figure() -> None:
    assert _figs("第七次新区工作会议在成都召开。") == []


def test_double_digit_growth_is_no_count() -> None:
    assert _figs("固定资产投资保持两位数增长。") == []


def test_a_size_class_of_projects_is_no_amount() -> None:
    assert _figs("开发区今年签约亿元以上项目37个。") == [(37, "count", "exact")]
    assert _figs("引进5000万元以上企业12家。") == [(12, "count", "exact")]


def test_an_amount_above_a_threshold_is_still_a_figure() -> None:
    assert _figs("总投资5000万元以上。") == [(50_000_000, "CNY", "more_than")]


def test_yi_with_a_measure_word_is_the_indefinite_article() -> None:
    assert _figs("公司将建设一座专门供气的气站。") == []
    assert _figs("园区已有一百家企业。") == [(100, "count", "exact")]


def test_chao_is_more_than_and_a_space_may_stand_before_the_measure_word() -> None:
    assert _figs("集聚研发人才超1000 人。") == [(1000, "count", "more_than")]


def test_hu_counts_enterprises() -> None:
    assert _figs("入驻企业86户。") == [(86, "count", "exact")]


def test_a_range_gives_two_figures() -> None:
    assert _figs("项目建设周期预计2-3年。") == [(2, "years", "exact"), (3, "years", "exact")]
    assert _figs("每年举办5至8场活动。") == [(5, "count", "exact"), (8, "count", "exact")]
