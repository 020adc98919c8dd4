def test_a_demo_programme_is_scheduled_and_published(run_cli):
    result = run_cli("b2b-demo", "--participants", "12", "--time-limit", "2")
    assert result.returncode == 0, result.stderr
    assert "published version: weight=" in result.stdout


def test_an_unknown_event_is_a_clear_error(run_cli):
    result = run_cli("b2b-demo", "--event", "999999")
    assert result.returncode == 2
    assert "no event with id 999999" in result.stderr


def test_the_demo_prints_the_pages_to_open_and_what_to_do_next(run_cli):
    result = run_cli(
        "b2b-demo", "--participants", "6", "--time-limit", "1", "--base-url", "http://h:8001/"
    )
    assert result.returncode == 0, result.stderr
    links = [word for word in result.stdout.split() if word.startswith("http://h:8001/")]
    assert any("/events/" in link for link in links)
    assert any("/b2b/agenda/" in link and link.endswith("/") for link in links)
    assert any(link.endswith("/agenda.pdf") for link in links)
    assert any("/runs/" in link for link in links)
    assert "Next:" in result.stdout
