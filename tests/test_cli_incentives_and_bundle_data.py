"""Incentive regimes in and out on the command line; bundle-data refuses bad inputs and writes
nothing."""

import csv
import io

HEADER = (
    "regime_id,country,applies_to_kind,regime_name,tax,benefit,rate_percent,"
    "standard_rate_percent,duration_years,starts,conditions,legal_basis,valid_from,source_url,"
    "regions,site_ids,scope\n"
)
ROW = "ru-perm,RU,sez,Perm schedule,profit_tax,reduced_rate,0,17,5,,,,,https://e.org,Perm Krai,,regions\n"


def test_incentives_import_and_export_keep_the_scope(run_cli, tmp_path):
    path = tmp_path / "incentives.csv"
    path.write_text(HEADER + ROW, encoding="utf-8")
    imported = run_cli("import", "incentives", str(path))
    assert imported.returncode == 0, imported.stderr
    assert "1 rows of 1 regimes" in imported.stdout
    assert "Perm Krai" in imported.stderr  # no site there yet: reported, not refused
    exported = run_cli("export", "incentives")
    (row,) = csv.DictReader(io.StringIO(exported.stdout))
    assert (row["scope"], row["regions"]) == ("regions", "Perm Krai")


def test_bundle_data_refuses_a_bad_regime_and_writes_nothing(run_cli, tmp_path):
    source, output = tmp_path / "source", tmp_path / "out"
    source.mkdir()
    output.mkdir()
    (source / "sites.csv").write_text("id,name_en\n", encoding="utf-8")
    (source / "incentives.csv").write_text(HEADER + ROW.replace("profit_tax", "magic_tax"))
    result = run_cli("bundle-data", str(source), "--output", str(output))
    assert result.returncode == 2 and "magic_tax" in result.stderr
    assert list(output.iterdir()) == []


def test_bundle_data_needs_both_files(run_cli, tmp_path):
    result = run_cli("bundle-data", str(tmp_path), "--output", str(tmp_path))
    assert result.returncode == 2 and "sites.csv" in result.stderr
