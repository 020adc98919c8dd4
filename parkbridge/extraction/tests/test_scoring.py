from parkbridge.extraction.scoring import ScoreReport


def _doc(**cats: list) -> dict:
    base = {
        c: []
        for c in ("sites", "events", "organizations", "people", "figures", "agreements", "targets")
    }
    base.update(cats)
    return base


def test_aliases_quotes_and_fuzzy_names_match() -> None:
    r = ScoreReport()
    gold = _doc(sites=[{"name": "Great Stone Industrial Park", "aliases": ["Veliky Kamen"]}],
                organizations=[{"name": "Roscongress Foundation"}])  # fmt: skip
    pred = _doc(
        sites=[{"name": "«Veliky Kamen»"}], organizations=[{"name": "roscongress foundation"}]
    )
    r.add(gold, pred)
    assert r.categories["sites"].matched == 1 and r.categories["organizations"].matched == 1


def test_figures_need_equal_value_and_unit() -> None:
    r = ScoreReport()
    gold = _doc(figures=[{"value": 2_000_000_000, "unit": "USD"}, {"value": 300, "unit": "count"}])
    pred = _doc(
        figures=[{"value": 2_000_000_000, "unit": "RUB"}, {"value": 300.0000001, "unit": "COUNT"}]
    )
    r.add(gold, pred)
    assert r.categories["figures"].matched == 1


def test_agreement_counts_null_only_matches_null_and_targets_compare_years() -> None:
    r = ScoreReport()
    gold = _doc(agreements=[{"count": None, "status": "signed"}],
                targets=[{"value": 100, "deadline": "2030"}])  # fmt: skip
    pred = _doc(agreements=[{"count": 0, "status": "signed"}],
                targets=[{"value": 100, "deadline": 2030}])  # fmt: skip
    r.add(gold, pred)
    assert r.categories["agreements"].matched == 0 and r.categories["targets"].matched == 1


def test_duplicates_match_once_and_empty_categories_are_skipped() -> None:
    r = ScoreReport()
    r.add(_doc(people=[{"name": "Alexey Govyrin"}]),
          _doc(people=[{"name": "Alexey Govyrin"}, {"name": "Govyrin Alexey"}]))  # fmt: skip
    p = r.categories["people"]
    assert (p.gold, p.pred, p.matched) == (1, 2, 1)
    assert abs(r.macro_f1 - p.f1) < 1e-12
    assert r.render().splitlines()[-1].startswith("macro_f1=")
