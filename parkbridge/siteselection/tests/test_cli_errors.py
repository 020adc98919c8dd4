from __future__ import annotations

import pytest
from click.testing import CliRunner

from parkbridge.cli.selection import match_sites


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"plot_area": 3}', "project field 'plot_area': unknown key"),
        ('{"plot_area_ha": -3}', "project field 'plot_area_ha': must be ≥ 0"),
        ('{"countries": ["QQ"]}', "unknown country code 'QQ'"),
        ("{oops", "invalid JSON"),
    ],
)
def test_a_bad_project_file_exits_with_status_2_and_a_clear_error(tmp_path, content, message):
    path = tmp_path / "project.json"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(match_sites, [str(path), "--json"])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_a_missing_project_file_exits_with_status_2(tmp_path):
    result = CliRunner().invoke(match_sites, [str(tmp_path / "nope.json")])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr


def test_an_unsupported_export_type_is_refused_before_touching_the_database(tmp_path):
    path = tmp_path / "project.json"
    path.write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(match_sites, [str(path), "--export", str(tmp_path / "x.doc")])
    assert result.exit_code == 2
    assert "unsupported file type" in result.stderr
