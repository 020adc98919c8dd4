import json


def test_import_then_export_as_geojson(run_cli, tmp_path):
    path = tmp_path / "sites.csv"
    path.write_text(
        "id,name_en,kind,country,latitude,longitude\nby-x,Park X,fez,BY,53.9,27.5\n",
        encoding="utf-8",
    )
    imported = run_cli("import", "sites", str(path))
    assert imported.returncode == 0, imported.stderr
    assert "1 created" in imported.stdout
    again = run_cli("import", "sites", str(path))
    assert "0 created, 1 updated" in again.stdout
    out = tmp_path / "sites.geojson"
    exported = run_cli("export", "sites", "--format", "geojson", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    (feature,) = json.loads(out.read_text())["features"]
    assert feature["properties"]["id"] == "by-x"


def test_a_bad_import_exits_2_naming_line_and_field(run_cli, tmp_path):
    path = tmp_path / "sites.csv"
    path.write_text("id,name_en,kind,country\na,A,fez,BY\nb,B,fez,QQ\n", encoding="utf-8")
    result = run_cli("import", "sites", str(path))
    assert result.returncode == 2
    assert "line 3" in result.stderr and "country" in result.stderr
    listed = run_cli("export", "sites", "--format", "json")
    assert json.loads(listed.stdout) == []


def test_a_missing_file_is_a_clear_error(run_cli, tmp_path):
    result = run_cli("import", "sites", str(tmp_path / "nope.csv"))
    assert result.returncode == 2
    assert "no such file" in result.stderr


def test_an_unknown_kind_is_a_usage_error(run_cli):
    result = run_cli("import", "planets", "x.csv")
    assert result.returncode == 2
    assert "planets" in result.stderr


def test_check_reports_the_database(run_cli):
    run_cli("migrate")
    result = run_cli("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "migrations: up to date" in result.stdout


def test_a_token_is_issued_once_and_works(run_cli):
    result = run_cli("token", "create", "analyst", "--create-user")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith("pb_")
