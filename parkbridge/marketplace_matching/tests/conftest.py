from __future__ import annotations

import pytest

from parkbridge.marketplace_matching import Profile, ProfileIndex


def offers() -> list[Profile]:
    return [
        Profile(
            "zh-sweeper",
            "offer",
            "equipment",
            "道路清扫车",
            "我公司出售道路清扫车，全新，可出口。",
            country="CN",
            quantity=20,
            condition="new",
            deal="sale",
        ),
        Profile(
            "en-sweeper",
            "offer",
            "equipment",
            "Road sweepers",
            "Street sweepers for municipal services, lease possible.",
            country="DE",
            quantity=3,
            condition="used",
            deal="lease",
        ),
        Profile(
            "en-dozer",
            "offer",
            "equipment",
            "Crawler bulldozers",
            "Used crawler bulldozers, 12 units",
            country="KZ",
            quantity=12,
            condition="used",
            deal="sale",
        ),
        Profile(
            "ru-crane",
            "offer",
            "equipment",
            "Автокраны",
            "Продаём автокраны 25 т",
            country="RU",
            quantity=4,
        ),
        Profile("zh-tractor", "offer", "equipment", "拖拉机", "出售拖拉机和收割机", country="CN"),
        Profile(
            "en-plastics-tech",
            "offer",
            "technology",
            "PET recycling technology",
            "Licence for PET bottle recycling into polyester fibre",
            country="TR",
        ),
        Profile(
            "ru-seek-dozer",
            "seek",
            "equipment",
            "Ищем бульдозер",
            "Нужен гусеничный бульдозер",
            country="UZ",
        ),
        Profile(
            "en-invest",
            "offer",
            "investment",
            "Fund for machinery plants",
            "Equity for machinery manufacturing plants",
            country="AE",
            amount_usd=5_000_000,
        ),
    ]


@pytest.fixture(scope="package")
def index() -> ProfileIndex:
    return ProfileIndex.build(offers())
