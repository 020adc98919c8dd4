def test_a_demo_programme_is_scheduled_and_published(run_cli):
    result = run_cli("b2b-demo", "--participants", "12", "--time-limit", "2")
    assert result.returncode == 0, result.stderr
    assert "published version: weight=" in result.stdout


def test_an_unknown_event_is_a_clear_error(run_cli):
    result = run_cli("b2b-demo", "--event", "999999")
    assert result.returncode == 2
    assert "no event with id 999999" in result.stderr
