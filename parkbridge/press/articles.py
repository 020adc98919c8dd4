"""One story, one article: every fetched or uploaded item goes through :func:`take_in`.

An item already taken in (same feed entry, same address, same file) adds nothing. An item whose
text is a near-duplicate of a stored article (MinHash over shingles, candidates found by LSH
band keys stored in the database) becomes another copy of that article, with its outlet, and is
not extracted again. A new story becomes a source and an article, scored for relevance; an
irrelevant one is kept and marked, a relevant one has its facts extracted.

Everything one item writes (source, article, bands, copy, proposals) is one transaction: a
failure leaves nothing half-written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction

from parkbridge.core.models import Source, SourceKind
from parkbridge.extraction import ExtractionError
from parkbridge.press import nearduplicates, relevance
from parkbridge.press.documents import Document
from parkbridge.press.ingestion import (
    BadArticle,
    IngestionResult,
    check_text,
    content_hash,
    ingest_source,
    normalise,
)
from parkbridge.press.models import Article, ArticleBand, ArticleCopy, Feed, IngestionRun


@dataclass
class TakenIn:
    """What one item did: nothing (seen before), a new copy of a known story, or a new story."""

    copy: ArticleCopy | None
    article: Article | None
    seen_before: bool = False
    reprint: bool = False
    extraction: IngestionResult | None = None

    @property
    def outcome(self) -> str:
        if self.seen_before:
            return "seen_before"
        if self.reprint:
            return "reprints"
        if self.article is not None and not self.article.is_relevant:
            return "not_relevant"
        return "new_articles"


def item_key(kind: str, identity: str, feed: Feed | None = None) -> str:
    digest = hashlib.sha256(identity.strip().encode("utf-8")).hexdigest()[:40]
    return f"feed:{feed.pk}:{digest}" if feed is not None else f"{kind}:{digest}"


def seen(key: str) -> bool:
    return ArticleCopy.objects.filter(key=key).exists()


def story_of(key: str) -> Article | None:
    """The article an item taken in before under this key became (None if it is new)."""
    copy = ArticleCopy.objects.filter(key=key).select_related("article__source").first()
    return copy.article if copy is not None else None


def find_story(minhash: Any) -> tuple[Article | None, float]:
    """The stored article this signature is a near-duplicate of, and the similarity."""
    keys = nearduplicates.band_keys(minhash)
    candidate_ids = set(
        ArticleBand.objects.filter(key__in=keys).values_list("article_id", flat=True)
    )
    best: tuple[Article | None, float] = (None, 0.0)
    for article in Article.objects.filter(pk__in=candidate_ids).only("pk", "signature"):
        score = nearduplicates.similarity(minhash, nearduplicates.from_text(article.signature))
        if score >= nearduplicates.THRESHOLD and score > best[1]:
            best = (article, score)
    return best


def _source_kind(doc: Document, kind: str) -> str:
    return SourceKind.DOCUMENT if kind == "file" else SourceKind.ARTICLE


def take_in(
    doc: Document,
    *,
    key: str,
    run: IngestionRun | None = None,
    feed: Feed | None = None,
    kind: str = "url",
    extract: bool = True,
) -> TakenIn:
    """Store one item (see the module's description). ``extract=False`` leaves extraction to a
    background run (uploads). Raises :class:`BadArticle`; nothing is written then."""
    text = normalise(check_text(doc.text))
    if seen(key):
        return TakenIn(copy=None, article=None, seen_before=True)
    minhash = nearduplicates.signature(text)
    with transaction.atomic():
        article, similarity = find_story(minhash)
        reprint = article is not None
        if article is None:
            article = _new_article(doc, text, minhash, kind)
        try:
            # A savepoint: the same item taken in at this moment by another process (two polls,
            # a double click) wins the unique key, and this one is then simply "seen before".
            with transaction.atomic():
                copy = ArticleCopy.objects.create(
                    article=article, feed=feed, run=run, key=key, url=doc.url[:1000],
                    outlet=doc.outlet, title=doc.title, published=doc.published,
                    language=doc.language, similarity=round(similarity, 3) if reprint else 1.0,
                )  # fmt: skip
        except IntegrityError:
            return TakenIn(copy=None, article=None, seen_before=True)
        if run is not None:
            run.sources.add(article.source)
        result = None
        if extract and not reprint:
            result = extract_once(article, run)
    return TakenIn(copy=copy, article=article, reprint=reprint, extraction=result)


def _new_article(doc: Document, text: str, minhash: Any, kind: str) -> Article:
    digest = content_hash(text)
    # The same text stored before by the plain-text upload path: reuse that source.
    source, _ = Source.objects.get_or_create(
        key=f"article-{digest[:40]}",
        defaults={
            "kind": _source_kind(doc, kind),
            "title": doc.title[:500] or "article",
            "content_sha256": digest,
            "text": text,
            "url": doc.url[:1000],
            "publisher": doc.outlet,
            "published": doc.published,
            "language": doc.language,
        },
    )
    existing = Article.objects.filter(source=source).first()
    if existing is not None:
        return existing
    assessed = relevance.assess(text, doc.title)
    article = Article.objects.create(
        source=source,
        signature=nearduplicates.to_text(minhash),
        relevance=assessed.score,
        reasons=list(assessed.reasons),
        relevant=assessed.relevant,
    )
    ArticleBand.objects.bulk_create(
        [ArticleBand(article=article, key=k) for k in set(nearduplicates.band_keys(minhash))]
    )
    return article


def article_for_source(source: Source) -> Article:
    """The article of a source stored by the plain-text path (no copies, no signature yet)."""
    article = Article.objects.filter(source=source).first()
    if article is not None:
        return article
    minhash = nearduplicates.signature(source.text)
    assessed = relevance.assess(source.text, source.title)
    article = Article.objects.create(
        source=source, signature=nearduplicates.to_text(minhash), relevance=assessed.score,
        reasons=list(assessed.reasons), relevant=assessed.relevant,
    )  # fmt: skip
    ArticleBand.objects.bulk_create(
        [ArticleBand(article=article, key=k) for k in set(nearduplicates.band_keys(minhash))]
    )
    return article


def extract_once(article: Article, run: IngestionRun | None = None) -> IngestionResult | None:
    """Extract the story's facts if it is relevant and not extracted yet; None otherwise."""
    if article.extracted or not article.is_relevant:
        return None
    try:
        result = ingest_source(article.source, run)
    except ExtractionError as error:
        raise BadArticle(str(error)) from error
    Article.objects.filter(pk=article.pk).update(extracted=True)
    article.extracted = True
    return result


def set_relevance(article: Article, relevant: bool | None, user: Any) -> IngestionResult | None:
    """A reviewer's decision on relevance; marking a story relevant extracts its facts now."""
    with transaction.atomic():
        article.override = relevant
        article.overridden_by = user if getattr(user, "is_authenticated", False) else None
        article.save(update_fields=["override", "overridden_by"])
        return extract_once(article)
