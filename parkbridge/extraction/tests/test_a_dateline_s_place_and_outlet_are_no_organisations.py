"""A dateline ("ОМСК, 9 июля, ВестиПлюс.", "ТОМСК, 22 апреля. /АБВ/.", "ЛенаМедиа - 21 окт.",
"22 АПР, 00:09") names a place, an outlet and a date: none of them is an organisation (SCHEMA:
outlets that publish the news are not organisations; texts written for these tests)."""

from parkbridge.extraction.dateline_names import dateline_names, is_dateline_date
from parkbridge.extraction.pipeline import extract_article


def test_a_place_in_capitals_and_the_outlet_after_the_date_are_dateline_names() -> None:
    body = "В области строят новый парк\nОМСК, 9 июля, ВестиПлюс. Субсидии составили 5 млн рублей."
    assert dateline_names(body) == {"омск", "вестиплюс"}


def test_an_outlet_in_slashes_and_an_outlet_before_a_dash_are_dateline_names() -> None:
    assert dateline_names("Заголовок\nТОМСК, 22 апреля. /АБВ/. Выставка открылась.") == {
        "томск",
        "абв",
    }
    assert dateline_names("Заголовок\nЛенаМедиа - 21 окт. Вьетнам намерен продолжить.") == {
        "ленамедиа"
    }


def test_a_company_opening_a_sentence_with_a_date_is_no_dateline() -> None:
    assert dateline_names("Норникель, 5 июня подписал соглашение с городом.") == set()


def test_a_day_and_a_month_in_capitals_is_a_date() -> None:
    assert is_dateline_date("22 АПР")
    assert not is_dateline_date("22 АПРЕЛЬСКИХ ЗАВОДА")


def test_the_dateline_gives_no_organisations_in_an_article() -> None:
    text = (
        "В области строят новый индустриальный парк\n"
        "ОМСК, 9 июля, ВестиПлюс. В строительство парка вложились компании «Север» и «Лесторг»."
    )
    names = [o["name"] for o in extract_article(text).to_json()["organizations"]]
    assert not {"ОМСК", "ВестиПлюс"} & set(names)
