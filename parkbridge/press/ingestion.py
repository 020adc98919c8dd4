"""Ingestion: an article's text in, a stored source and pending proposals out.

Idempotent by construction: the source is keyed by the SHA-256 of the (normalised) text and
each proposal by a fingerprint of its fact, so ingesting the same article again finds what is
there and adds nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from parkbridge.core.models import Source, SourceKind
from parkbridge.core.search import fold, latin_skeleton
from parkbridge.extraction import ArticleFacts, ExtractionError, extract_article
from parkbridge.press import review, stalls
from parkbridge.press.candidates import CATEGORY_MODELS, resolve
from parkbridge.press.models import Action, Category, IngestionRun, Proposal, RunStatus

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
# The rule-based extractor gives no score of its own for numbers, agreements and targets.
FACT_CONFIDENCE = 0.5


class BadArticle(ValueError):
    """Input that is not an article we can read; the message says why, for the user."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def decode_article(data: bytes) -> str:
    """UTF-8 text of an uploaded or read article, or BadArticle (empty, binary, not UTF-8,
    over 5 MB)."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise BadArticle(
            f"file is too large ({len(data)} bytes; the limit is {MAX_ARTICLE_BYTES})", status=413
        )
    if not data.strip():
        raise BadArticle("file is empty")
    if b"\x00" in data:
        raise BadArticle("file is binary (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadArticle(f"file is not valid UTF-8 (bad byte at offset {error.start})") from error
    return check_text(text)


def check_text(text: str) -> str:
    """The same checks for text that arrives already decoded (a JSON body)."""
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise BadArticle(f"article is larger than {MAX_ARTICLE_BYTES} bytes", status=413)
    if not text.strip():
        raise BadArticle("article is empty")
    if "\x00" in text:
        raise BadArticle("article contains NUL characters; it is not plain text")
    return text


def read_article_file(path: Path) -> str:
    """An article file's text; the size is checked before anything is read."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise BadArticle(f"cannot read: {error.strerror or error}") from error
    if size > MAX_ARTICLE_BYTES:
        raise BadArticle(f"file is too large ({size} bytes; the limit is {MAX_ARTICLE_BYTES})", 413)
    try:
        return decode_article(path.read_bytes())
    except OSError as error:
        raise BadArticle(f"cannot read: {error.strerror or error}") from error


def normalise(text: str) -> str:
    """Line endings and surrounding blank space don't make a different article."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


@dataclass
class IngestionResult:
    source_id: int
    source_created: bool
    created: Counter[str] = field(default_factory=Counter)  # new proposals per category
    existing: int = 0  # proposals found from an earlier ingestion
    auto_accepted: int = 0
    already_ingested: bool = False
    # What became of a text handed over directly: "seen_before", "reprints" (another outlet's
    # copy of a story already read), "not_relevant", or "" when its facts were extracted.
    outcome: str = ""

    @property
    def new_proposals(self) -> int:
        return sum(self.created.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source_id,
            "source_created": self.source_created,
            "created": dict(self.created),
            "existing": self.existing,
            "auto_accepted": self.auto_accepted,
            "already_ingested": self.already_ingested,
        }


def store_source(text: str, filename: str = "") -> tuple[Source, bool]:
    """The article as a source (kind article), found again by its content hash."""
    text = normalise(check_text(text))
    digest = content_hash(text)
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = (first_line[:300] or Path(filename).stem or "article").strip()
    return Source.objects.get_or_create(
        key=f"article-{digest[:40]}",
        defaults={
            "kind": SourceKind.ARTICLE,
            "title": title,
            "content_sha256": digest,
            "text": text,
        },
    )


def _fingerprint(category: str, extracted: dict, evidence: str) -> str:
    """What makes two proposals of one article the same: the entity's name (script-neutral),
    or a fact's numbers and sentence. Not the whole extracted dict, so a re-extraction that
    only refines a kind or a city doesn't propose the same thing twice."""
    if "name" in extracted:
        identity: list[Any] = [latin_skeleton(extracted.get("name") or "")]
    else:
        keys = ("value", "unit", "count", "status", "deadline", "measure", "event")
        identity = [extracted.get(k) for k in keys] + [fold(evidence)]
    blob = json.dumps([category, *identity], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _fact_items(facts: ArticleFacts) -> list[tuple[str, dict, str]]:
    """(category, fact without evidence, evidence) for every fact, in the article's order.
    A figure scoped to one of the article's events is that event's statistic."""
    data = facts.to_json(evidence=True)
    event_names = {e["name"] for e in data["events"]}
    out: list[tuple[str, dict, str]] = []
    plain = {
        "sites": Category.SITE,
        "events": Category.EVENT,
        "organizations": Category.ORGANISATION,
        "people": Category.PERSON,
        "agreements": Category.AGREEMENT,
        "targets": Category.TARGET,
    }
    for key in ("sites", "events", "organizations", "people", "figures", "agreements", "targets"):
        for item in data[key]:
            evidence = item.pop("evidence", "") or ""
            if key == "figures":
                if item.get("scope") in event_names:
                    stat = {k: item.get(k) for k in ("value", "unit", "qualifier", "measure")}
                    out.append(
                        (Category.EVENT_STATISTIC, {**stat, "event": item["scope"]}, evidence)
                    )
                else:
                    out.append((Category.FIGURE, item, evidence))
            else:
                out.append((plain[key], item, evidence))
    return out


def _proposal_defaults(category: str, item: dict) -> dict[str, Any]:
    if category not in CATEGORY_MODELS:
        return {"action": Action.CREATE, "confidence": FACT_CONFIDENCE}
    found = resolve(category, item)
    candidates = [
        {
            "id": s.candidate.id,
            "label": s.candidate.label,
            "confidence": s.confidence,
            "matched_name": s.matched_name,
            "reasons": list(s.reasons),
        }
        for s in found.ranked
    ]
    if found.links and found.match is not None:
        return {
            "action": Action.LINK,
            "target_type": ContentType.objects.get_for_model(CATEGORY_MODELS[category]),
            "target_id": found.match.candidate.id,
            "confidence": found.match.confidence,
            "candidates": candidates,
        }
    # For a new record, confidence is how sure we are that no existing record is meant.
    best = found.match.confidence if found.match else 0.0
    return {"action": Action.CREATE, "confidence": round(1 - best, 4), "candidates": candidates}


def _update_source_metadata(source: Source, facts: ArticleFacts) -> None:
    changed = []
    if not source.language and facts.language:
        source.language = facts.language
        changed.append("language")
    if source.published is None and facts.published:
        try:
            source.published = date.fromisoformat(facts.published)
            changed.append("published")
        except ValueError:
            pass
    if changed:
        source.save(update_fields=changed)


def ingest_source(
    source: Source, run: IngestionRun | None = None, reextract: bool = False
) -> IngestionResult:
    """Extract the source's facts and propose each.

    An article that already has proposals is not extracted again (re-ingesting it is a no-op)
    unless ``reextract``; then only facts not proposed before are added."""
    result = IngestionResult(source_id=source.pk, source_created=False)
    if not reextract and source.proposals.exists():
        result.existing = source.proposals.count()
        result.already_ingested = True
        if run is not None:
            run.sources.add(source)
        return result
    # A bounded prefix: one huge article must not hold the worker (press/stalls.py).
    facts = extract_article(source.text[: stalls.MAX_EXTRACTED_CHARS])
    new: list[Proposal] = []
    with transaction.atomic():
        _update_source_metadata(source, facts)
        # The article's fingerprints read once (the source row is this run's to write; a
        # concurrent second ingestion of it fails on the unique constraint, as a whole).
        known = set(Proposal.objects.filter(source=source).values_list("fingerprint", flat=True))
        for position, (category, item, evidence) in enumerate(_fact_items(facts)):
            fingerprint = _fingerprint(category, item, evidence)
            if fingerprint in known:
                result.existing += 1
                continue
            known.add(fingerprint)
            proposal = Proposal.objects.create(
                source=source,
                fingerprint=fingerprint,
                run=run,
                category=category,
                position=position,
                extracted=item,
                evidence=evidence,
                **_proposal_defaults(category, item),
            )
            result.created[category] += 1
            new.append(proposal)
        if run is not None:
            run.sources.add(source)
    # Auto-acceptance after the proposals are stored: each one commits or fails on its own.
    threshold = review.auto_accept_threshold()
    for proposal in new:
        confident = proposal.action == Action.LINK and proposal.confidence >= threshold
        if confident and review.auto_accept(proposal) is not None:
            result.auto_accepted += 1
    return result


def ingest_text(
    text: str, filename: str = "", run: IngestionRun | None = None, reextract: bool = False
) -> IngestionResult:
    """Take in ``text`` as an article (``press.articles.take_in``: the same text again adds
    nothing, another outlet's reprint of a story already read becomes a copy of it, a story
    that is not about industrial cooperation is kept and marked) and propose its facts.
    ``reextract`` extracts an article stored before again, proposing only new facts.

    Raises :class:`BadArticle` for input that is not an article; nothing is stored then."""
    check_text(text)
    if reextract:
        source, created = store_source(text, filename)
        try:
            result = ingest_source(source, run, reextract=True)
        except ExtractionError as error:
            raise BadArticle(str(error)) from error
        result.source_created = created
        return result
    # press.articles builds on this module, so it is imported when used.
    from parkbridge.press.articles import item_key, story_of, take_in
    from parkbridge.press.documents import Document

    doc = Document(text=text)
    key = item_key("file", doc.text)
    earlier = story_of(key)
    if earlier is not None:
        if run is not None:
            run.sources.add(earlier.source)
        return _nothing_new(earlier.source, "seen_before")
    taken = take_in(doc, key=key, run=run, kind="text")  # an article, not a document
    assert taken.article is not None
    if taken.extraction is not None:
        taken.extraction.source_created = True
        return taken.extraction
    return _nothing_new(taken.article.source, taken.outcome, created=not taken.reprint)


def _nothing_new(source: Source, outcome: str, created: bool = False) -> IngestionResult:
    count = source.proposals.count()
    return IngestionResult(
        source_id=source.pk, source_created=created, existing=count,
        already_ingested=bool(count), outcome=outcome,
    )  # fmt: skip


def record_result(
    run: IngestionRun, filename: str, result: IngestionResult | None, error: str = ""
) -> None:
    """Add one article's outcome to the run's counters (saved by the caller)."""
    run.processed += 1
    counts = Counter(run.counts or {})
    if result is not None:
        counts.update(result.created)
        counts["auto_accepted"] += result.auto_accepted
        counts["existing"] += result.existing
        if result.outcome:
            counts[result.outcome] += 1
    if error:
        run.failed += 1
        run.errors = [*(run.errors or []), {"file": filename, "error": error}]
    run.counts = dict(counts)


def process_run(run_id: int) -> IngestionRun:
    """Ingest every source of an upload run, keeping progress and errors on the run."""
    run = IngestionRun.objects.get(pk=run_id)
    if run.status not in (RunStatus.QUEUED, RunStatus.RUNNING):
        return run
    stalls.start(run)
    from parkbridge.press.articles import article_for_source

    for source in run.sources.all().order_by("pk"):
        try:
            article = article_for_source(source)
            if not article.is_relevant:
                # Kept and marked; a reviewer who disagrees marks it relevant, which extracts.
                record_result(run, source.title, IngestionResult(source.pk, False))
                run.counts = {**run.counts, "not_relevant": run.counts.get("not_relevant", 0) + 1}
                run.save(update_fields=["processed", "failed", "counts", "errors"])
                stalls.beat(run)
                continue
            with stalls.deadline(stalls.extraction_seconds()):
                result = ingest_source(source, run)
            type(article).objects.filter(pk=article.pk).update(extracted=True)
        except Exception as error:  # noqa: BLE001 - one bad article must not lose the run
            record_result(run, source.title, None, f"{type(error).__name__}: {error}")
        else:
            record_result(run, source.title, result)
        run.save(update_fields=["processed", "failed", "counts", "errors"])
        stalls.beat(run)
    run.status = RunStatus.FAILED if run.failed and run.failed == run.total else RunStatus.DONE
    run.finished = timezone.now()
    run.save(update_fields=["status", "finished"])
    return run
