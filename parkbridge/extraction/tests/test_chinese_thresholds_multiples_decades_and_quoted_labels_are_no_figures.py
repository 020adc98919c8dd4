"""Chinese figures: a money threshold that names a class ("超百亿元的园区", "10亿元以上重大项目",
a list of such classes, "超过50亿元的达到12个") measures nothing, while a project's own amount
("总投资8亿元的项目") does; multiples ("1倍多"), decades ("80年代"), points in time after a
span ("3个月后") and numbers inside a short quoted label ("“三个加快”") are no figures."""

from parkbridge.extraction.chinese import find_figures


def _values(sentence: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_figures(sentence)]


def test_a_threshold_before_a_class_of_parks_is_no_figure() -> None:
    assert _values("培育8个增量超百亿元的特色园区。") == [(8, "count")]


def test_a_threshold_with_yishang_before_projects_is_no_figure() -> None:
    assert _values("新增入园5亿元以上重大产业化项目12个。") == [(12, "count")]


def test_every_item_of_a_list_of_classes_is_a_threshold() -> None:
    values = _values("其中20亿元以上、40亿元以上以及百亿元龙头型重大项目均有引进。")
    assert not [v for v in values if v[1] == "CNY"]


def test_the_parks_counted_past_a_threshold_keep_only_their_count() -> None:
    assert _values("营业收入超过50亿元的达到12个。") == [(12, "count")]


def test_a_projects_own_amount_is_a_figure() -> None:
    assert (800_000_000, "CNY") in _values("总投资8亿元的项目开工建设。")
    assert (5_000_000_000, "CNY") in _values("销售收入超过50亿元。")


def test_multiples_decades_points_in_time_and_quoted_labels_are_no_figures() -> None:
    assert _values("出口额增长1倍多。") == []
    assert _values("上世纪80年代末，园区开始建设。") == []
    assert _values("3个月后，双方同意合作。") == []
    assert _values("围绕“三个加快”部署工作。") == []


def test_a_span_before_a_deadline_word_is_still_a_duration_elsewhere() -> None:
    assert (3, "years") in _values("项目建设期3年。")
