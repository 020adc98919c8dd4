"""The optional OpenAI-compatible back-end: it proposes, the code checks, the offline facts stay.

A real HTTP server on loopback replays recorded chat answers (tests/model_answers/)."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.backend import (
    ENV_MODEL,
    ENV_TIMEOUT,
    ENV_URL,
    BackendSettings,
    ask_model,
    parse_answer,
)

ANSWERS = Path(__file__).parent / "model_answers"
ARTICLE = (
    "KISUMU, March 3 (Reuters) - Lakeside Technopark in Kisumu signed new tenants this week. "
    "The park now hosts 40 companies, said Grace Achieng, managing director of the park. "
    "Nyanza Agro Processors signed a lease with the park on Monday. "
    "The park aims to host 100 companies by 2030."
)


class FakeChat:
    """Replays one canned reply per request and records what was asked."""

    def __init__(self) -> None:
        self.reply: tuple[int, str] = (200, "{}")
        self.delay = 0.0
        self.requests: list[dict] = []


@pytest.fixture
def chat(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeChat]:
    fake = FakeChat()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers["Content-Length"]))
            fake.requests.append({"path": self.path, "body": json.loads(body)})
            time.sleep(fake.delay)
            status, content = fake.reply
            payload = json.dumps({"choices": [{"message": {"content": content}}]})
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            with contextlib.suppress(OSError):  # the client gave up (timeout test)
                self.wfile.write(payload.encode())

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv(ENV_URL, f"http://127.0.0.1:{server.server_address[1]}/v1")
    monkeypatch.setenv(ENV_MODEL, "test-model")
    monkeypatch.setenv(ENV_TIMEOUT, "1")
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


def _offline(monkeypatch: pytest.MonkeyPatch) -> dict:
    with monkeypatch.context() as m:
        m.delenv(ENV_URL, raising=False)
        return extract_article(ARTICLE).to_json()


def test_without_the_setting_nothing_is_asked_and_nothing_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_URL, raising=False)
    assert extract_article(ARTICLE).to_json() == extract_article(ARTICLE).to_json()


def test_checked_proposals_are_merged_and_invented_ones_dropped(
    chat: FakeChat, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat.reply = (200, (ANSWERS / "proposes_and_invents.json").read_text(encoding="utf-8"))
    facts = extract_article(ARTICLE).to_json()
    assert chat.requests and chat.requests[0]["path"] == "/v1/chat/completions"
    assert chat.requests[0]["body"]["model"] == "test-model"
    orgs = [o["name"] for o in facts["organizations"]]
    assert "Nyanza Agro Processors" in orgs
    assert "Imaginary Holdings" not in orgs  # not in the article
    assert "Atlantis Investment Summit" not in [e["name"] for e in facts["events"]]
    values = {(f["value"], f["unit"]) for f in facts["figures"]}
    assert (40, "count") in values
    assert (999, "USD") not in values and (7, "count") not in values
    assert {a["count"] for a in facts["agreements"]} <= {1, None}  # 12 does not re-parse
    assert [t["deadline"] for t in facts["targets"]].count("2040") == 0
    # Nothing the offline extractor found is lost.
    offline = _offline(monkeypatch)
    for cat in ("sites", "organizations", "people", "figures"):
        assert len(facts[cat]) >= len(offline[cat])


@pytest.mark.parametrize(
    "reply",
    [
        (200, "this is not JSON {"),
        (200, '["a list", "not an object"]'),
        (500, "{}"),
        (200, json.dumps({"organizations": "not a list", "figures": [1, 2, "x"]})),
    ],
    ids=["malformed", "not-an-object", "server-error", "wrong-shapes"],
)
def test_a_broken_answer_keeps_the_offline_facts(
    chat: FakeChat, monkeypatch: pytest.MonkeyPatch, reply: tuple[int, str]
) -> None:
    chat.reply = reply
    assert extract_article(ARTICLE).to_json() == _offline(monkeypatch)


def test_a_slow_service_times_out_and_keeps_the_offline_facts(
    chat: FakeChat, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat.delay = 3.0
    chat.reply = (200, (ANSWERS / "proposes_and_invents.json").read_text(encoding="utf-8"))
    began = time.monotonic()
    facts = extract_article(ARTICLE).to_json()
    assert time.monotonic() - began < 2.9
    assert facts == _offline(monkeypatch)


def test_a_fenced_json_answer_is_read() -> None:
    assert parse_answer('```json\n{"sites": []}\n```') == {"sites": []}
    assert parse_answer('Here you are: {"people": []} Hope it helps.') == {"people": []}
    assert parse_answer(None) is None


def test_an_unreachable_service_answers_none() -> None:
    settings = BackendSettings("http://127.0.0.1:9/v1", "m", timeout=1.0)
    assert ask_model("text", settings) is None
