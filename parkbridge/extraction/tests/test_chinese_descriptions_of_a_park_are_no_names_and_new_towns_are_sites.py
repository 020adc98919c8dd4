"""What a Chinese park is described as ("国家一流", "最大", "开放性") is no name; a new town built
as a development area ("…新城") is a site (sentences written for these tests)."""

from parkbridge.extraction.chinese_sites import find_sites


def _names(text: str) -> list[str]:
    return [name for name, _ in find_sites(text)]


def test_praise_and_size_before_a_head_describe_a_park() -> None:
    assert _names("力争建成现代化、生态化的国家一流经济技术开发区。") == []
    assert _names("这是该国在海外建设的最大产业园区。") == []
    assert _names("打造具有影响力的综合性、开放性科技产业园区。") == []
    assert _names("打造智能化的中高端产业园区。") == []


def test_a_quantifier_a_plan_or_a_twinning_before_a_head_is_no_name() -> None:
    assert _names("整个创业园沉浸在喜庆的氛围中。") == []
    assert _names("双方将缔结友好开发区。") == []
    assert _names("负责规划产业园模型。") == []


def test_a_type_word_cut_inside_is_no_name() -> None:
    assert _names("以城市型生态产业园为发展目标。") == []


def test_a_named_park_after_a_description_is_still_found() -> None:
    assert _names("该市建设的青松湾工业园区正式开园。") == ["青松湾工业园区"]


def test_a_new_town_with_a_proper_name_is_a_site() -> None:
    assert _names("双方将共同建设柳岸产业新城。") == ["柳岸产业新城"]
    assert [k for _, k in find_sites("双方将共同建设柳岸产业新城。")] == ["other"]
