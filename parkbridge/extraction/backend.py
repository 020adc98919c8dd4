"""Optional model back-end: any OpenAI-compatible chat endpoint proposes facts, code checks them.

Off unless ``PARKBRIDGE_LLM_URL`` (the API base, e.g. ``http://127.0.0.1:8080/v1`` for a
llama.cpp server, Ollama or vLLM, or a hosted API) and ``PARKBRIDGE_LLM_MODEL`` are set;
``PARKBRIDGE_LLM_API_KEY`` is sent as a bearer token when set, ``PARKBRIDGE_LLM_TIMEOUT``
(seconds, default 60) bounds the call. Without them nothing changes.

The model is asked for SCHEMA.md JSON with an ``evidence`` quote for every figure, agreement and
target. Nothing it says is trusted: a name must occur in the article, a number must be re-parsed
by the offline figure grammar from its evidence quote (which must itself occur in the article),
and what survives is merged into the offline result, never replacing it. A broken, slow or
inventive service therefore loses nothing.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from parkbridge.extraction.model import (
    Agreement,
    ArticleFacts,
    Event,
    Figure,
    Organization,
    Person,
    Site,
    Target,
)

ENV_URL = "PARKBRIDGE_LLM_URL"
ENV_MODEL = "PARKBRIDGE_LLM_MODEL"
ENV_KEY = "PARKBRIDGE_LLM_API_KEY"
ENV_TIMEOUT = "PARKBRIDGE_LLM_TIMEOUT"
MAX_ANSWER_BYTES = 2_000_000
MAX_ITEMS = 200  # per category: a runaway answer is cut, not trusted in bulk
SAME_NAME = 85.0  # token-set ratio at which two names are one entity (as the scorer judges)

_SITE_KINDS = {"technopark", "industrial_park", "science_park", "sez", "fez", "tad",
               "free_port", "cluster", "other"}  # fmt: skip
_EVENT_KINDS = {"forum", "expo", "business_mission", "conference", "other"}
_QUALIFIERS = {"exact", "more_than", "at_least", "about", "up_to", "less_than"}

PROMPT = """You extract facts about industrial cooperation from one news article.
Answer with one JSON object and nothing else, with these keys:
"sites": [{"name", "kind", "country", "city"}]  (kind: technopark|industrial_park|science_park|
  sez|fez|tad|free_port|cluster|other; country: ISO 3166-1 alpha-2 where the site lies)
"events": [{"name", "kind", "edition", "city", "country", "start", "end"}]  (kind: forum|expo|
  business_mission|conference|other; dates ISO)
"organizations": [{"name", "country"}]  (not news agencies, not governments, not parks)
"people": [{"name", "role"}]  (not the article's author)
"figures": [{"value", "unit", "qualifier", "measure", "scope", "evidence"}]
"agreements": [{"count", "qualifier", "status", "parties", "evidence"}]  (status: signed|planned;
  count 1 for a single agreement, null for an unnumbered plural)
"targets": [{"value", "unit", "qualifier", "measure", "scope", "deadline", "evidence"}]
Names exactly as written in the article. Money in units ("$2 billion" is 2000000000, unit USD).
"evidence" is the exact sentence or clause of the article that states the fact, copied verbatim.
One fact, one entry: a restated figure or agreement is listed once."""


@dataclass(frozen=True)
class BackendSettings:
    url: str
    model: str
    api_key: str | None = None
    timeout: float = 60.0


def settings_from_env() -> BackendSettings | None:
    url = os.environ.get(ENV_URL, "").strip().rstrip("/")
    model = os.environ.get(ENV_MODEL, "").strip()
    if not url.startswith(("http://", "https://")) or not model:
        return None
    try:
        timeout = float(os.environ.get(ENV_TIMEOUT, "") or 60.0)
    except ValueError:
        timeout = 60.0
    return BackendSettings(url, model, os.environ.get(ENV_KEY) or None, max(1.0, timeout))


# -- the call ----------------------------------------------------------------------------------
def ask_model(text: str, settings: BackendSettings) -> dict[str, Any] | None:
    """The model's JSON object for the article, or None on any network or format error."""
    body = {
        "model": settings.model,
        "temperature": 0,
        "response_format": {"type": "json_object"},
        "messages": [{"role": "system", "content": PROMPT}, {"role": "user", "content": text}],
    }
    headers = {"Content-Type": "application/json"}
    if settings.api_key:
        headers["Authorization"] = f"Bearer {settings.api_key}"
    req = urllib.request.Request(
        settings.url + "/chat/completions",
        data=json.dumps(body).encode("utf-8"),
        headers=headers,
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=settings.timeout) as resp:  # noqa: S310 (configured URL)
            raw = resp.read(MAX_ANSWER_BYTES + 1)
    except (OSError, urllib.error.URLError, ValueError):
        return None  # refused, timed out, HTTP error: the offline facts stand
    if len(raw) > MAX_ANSWER_BYTES:
        return None
    try:
        envelope = json.loads(raw.decode("utf-8"))
        content = envelope["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return parse_answer(content)


def parse_answer(content: object) -> dict[str, Any] | None:
    """The JSON object in a chat answer (tolerates a ```json fence), or None."""
    if not isinstance(content, str):
        return None
    s = content.strip()
    fence = re.match(r"^```(?:json)?\s*(.*?)\s*```$", s, re.S)
    if fence:
        s = fence.group(1)
    try:
        doc = json.loads(s)
    except ValueError:
        start, end = s.find("{"), s.rfind("}")
        if start < 0 or end <= start:
            return None
        try:
            doc = json.loads(s[start : end + 1])
        except ValueError:
            return None
    return doc if isinstance(doc, dict) else None


# -- the checks --------------------------------------------------------------------------------
def _fold(s: str) -> str:
    s = re.sub(r"[«»“”„\"'’‘`]", " ", s)
    return " ".join(s.casefold().split())


def _str(x: object) -> str | None:
    return x.strip() if isinstance(x, str) and x.strip() else None


def _items(doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    raw = doc.get(key)
    if not isinstance(raw, list):
        return []
    return [i for i in raw[:MAX_ITEMS] if isinstance(i, dict)]


def _num(x: object) -> float | None:
    if isinstance(x, bool):
        return None
    if isinstance(x, int | float):
        return float(x)
    if isinstance(x, str):
        try:
            return float(x.replace(",", "").replace(" ", ""))
        except ValueError:
            return None
    return None


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


class Checker:
    """Keeps only what the article itself supports."""

    def __init__(self, text: str, language: str, year: int | None) -> None:
        self.text = text
        self.folded = _fold(text)
        self.language = language
        self.year = year

    def occurs(self, name: str | None) -> bool:
        return bool(name) and _fold(name) in self.folded  # type: ignore[arg-type]

    def evidence(self, item: dict[str, Any]) -> str | None:
        ev = _str(item.get("evidence"))
        return ev if ev and self.occurs(ev) else None

    def _figures_in(self, evidence: str) -> list[Any]:
        if self.language == "zh":
            from parkbridge.extraction.chinese import find_figures as zh

            return zh(evidence)
        from parkbridge.extraction.quantities import find_figures

        return find_figures(evidence, self.year)

    def figure(self, item: dict[str, Any]) -> Any | None:
        """The offline grammar's reading of the evidence that has the proposed value and unit."""
        ev = self.evidence(item)
        value, unit = _num(item.get("value")), _str(item.get("unit"))
        if ev is None or value is None or unit is None:
            return None
        for f in self._figures_in(ev):
            if _close(float(f.value), value) and f.unit.casefold() == unit.casefold():
                return f
        return None

    def check(self, doc: dict[str, Any]) -> ArticleFacts:
        out = ArticleFacts(language=self.language)
        for i in _items(doc, "sites"):
            name = _str(i.get("name"))
            if self.occurs(name):
                kind = i.get("kind") if i.get("kind") in _SITE_KINDS else "other"
                out.sites.append(Site(name, kind, _code(i.get("country")), _str(i.get("city"))))  # type: ignore[arg-type]
        for i in _items(doc, "events"):
            name = _str(i.get("name"))
            if self.occurs(name):
                kind = i.get("kind") if i.get("kind") in _EVENT_KINDS else "other"
                edition = i.get("edition") if isinstance(i.get("edition"), int) else None
                out.events.append(Event(name, kind, edition, _str(i.get("city")),  # type: ignore[arg-type]
                                        _code(i.get("country")), _date(i.get("start")),
                                        _date(i.get("end"))))  # fmt: skip
        for i in _items(doc, "organizations"):
            name = _str(i.get("name"))
            if self.occurs(name):
                out.organizations.append(Organization(name, _code(i.get("country"))))  # type: ignore[arg-type]
        for i in _items(doc, "people"):
            name = _str(i.get("name"))
            if self.occurs(name):
                out.people.append(Person(name, _str(i.get("role"))))  # type: ignore[arg-type]
        for i in _items(doc, "figures"):
            f = self.figure(i)
            if f is not None:
                out.figures.append(Figure(f.value, f.unit, f.qualifier, f.measure,  # type: ignore[arg-type]
                                          _str(i.get("scope")), self.evidence(i) or ""))  # fmt: skip
        for i in _items(doc, "targets"):
            f = self.figure(i)
            deadline = re.search(r"(?:19|20)\d{2}", str(i.get("deadline") or ""))
            if f is not None and deadline and deadline.group(0) in (self.evidence(i) or ""):
                out.targets.append(Target(f.value, f.unit, f.qualifier, f.measure,  # type: ignore[arg-type]
                                          _str(i.get("scope")), deadline.group(0),
                                          self.evidence(i) or ""))  # fmt: skip
        for i in _items(doc, "agreements"):
            a = self._agreement(i)
            if a is not None:
                out.agreements.append(a)
        return out

    def _agreement(self, item: dict[str, Any]) -> Agreement | None:
        """An agreement the offline grammar also reads off the evidence, with its count."""
        from parkbridge.extraction.facts import find_agreements

        ev = self.evidence(item)
        if ev is None:
            return None
        found = find_agreements(ev, self._figures_in(ev), [])
        count = item.get("count")
        for a in found:
            if (a.count is None and count is None) or (
                a.count is not None and _num(count) is not None and _close(a.count, _num(count))  # type: ignore[arg-type]
            ):
                parties = [
                    p for p in item.get("parties") or [] if isinstance(p, str) and self.occurs(p)
                ]
                return Agreement(a.count, a.qualifier, a.status, parties, None, ev)  # type: ignore[arg-type]
        return None


def _code(x: object) -> str | None:
    s = _str(x)
    return s.upper() if s and re.fullmatch(r"[A-Za-z]{2}", s) else None


def _date(x: object) -> str | None:
    s = _str(x)
    return s if s and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) else None


# -- the merge ---------------------------------------------------------------------------------
def _same_name(a: str, b: str) -> bool:
    fa, fb = _fold(a), _fold(b)
    return fa == fb or fuzz.token_set_ratio(fa, fb) >= SAME_NAME


def merge(offline: ArticleFacts, checked: ArticleFacts) -> ArticleFacts:
    """The offline facts plus what the model found that they lack (one fact, one entry)."""
    for cat in ("sites", "events", "organizations", "people"):
        have = getattr(offline, cat)
        for item in getattr(checked, cat):
            if not any(_same_name(item.name, h.name) for h in have):
                have.append(item)
    for f in checked.figures:
        if not any(
            _close(float(f.value), float(h.value)) and f.unit == h.unit for h in offline.figures
        ):
            offline.figures.append(f)
    for t in checked.targets:
        if not any(_close(float(t.value), float(h.value)) and t.deadline == h.deadline
                   for h in offline.targets):  # fmt: skip
            offline.targets.append(t)
    for a in checked.agreements:
        # An agreement read off a sentence the offline grammar already read is that agreement.
        if not any(
            a.evidence in h.evidence or h.evidence in a.evidence for h in offline.agreements
        ):
            offline.agreements.append(a)
    return offline


def with_model(offline: ArticleFacts, text: str, settings: BackendSettings | None) -> ArticleFacts:
    """``offline`` merged with the checked proposals of the configured model (if any)."""
    if settings is None:
        return offline
    doc = ask_model(text, settings)
    if doc is None:
        return offline
    year = int(offline.published[:4]) if offline.published else None
    return merge(offline, Checker(text, offline.language, year).check(doc))
