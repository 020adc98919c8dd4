"""Turning what was fetched or uploaded into an article's text and its metadata.

HTML loses its boilerplate (menus, footers, "read also") through trafilatura, which also reads
the page's own date, title, site name and language; PDF text comes from pypdf; a feed is parsed
by feedparser into entries. Each reader raises :class:`BadDocument` with a message a reviewer
can act on, never a half-read document. No Django here.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

MIN_TEXT_CHARS = 40  # shorter than a sentence or two is a teaser, not an article


class BadDocument(ValueError):
    """Not a document we can read; the message says why."""


@dataclass
class Document:
    """One article as read from one outlet."""

    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: date | None = None
    language: str = ""

    def __post_init__(self) -> None:
        self.text = _clean_text(self.text)
        self.title = " ".join((self.title or "").split())[:500]
        self.outlet = " ".join((self.outlet or "").split())[:200]
        self.language = (self.language or "")[:10].lower()
        if not self.title:
            first = next((ln.strip() for ln in self.text.splitlines() if ln.strip()), "")
            self.title = first[:300]
        if not self.outlet and self.url:
            self.outlet = outlet_of(self.url)


@dataclass
class FeedEntry:
    key: str  # the entry's id (guid), else its link, else its title
    link: str
    title: str
    published: date | None
    text: str  # content or summary, as plain text
    full: bool = False  # the feed carries the article (content), not only a summary


@dataclass
class ParsedFeed:
    title: str
    link: str
    language: str
    entries: list[FeedEntry] = field(default_factory=list)


def outlet_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def _clean_text(text: str) -> str:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _require_text(doc: Document, what: str) -> Document:
    if len(doc.text) < MIN_TEXT_CHARS:
        raise BadDocument(f"{what} has no article text (fewer than {MIN_TEXT_CHARS} characters)")
    return doc


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value[:10]).date()
    except ValueError:
        return None


def _decode(data: bytes, charset: str | None) -> str:
    for encoding in (charset, "utf-8"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


def read_html(data: bytes | str, url: str = "", charset: str | None = None) -> Document:
    """The article of a web page, without navigation and boilerplate."""
    import trafilatura

    html = data if isinstance(data, str) else _decode(data, charset)
    if not html.strip():
        raise BadDocument("the page is empty")
    try:
        result = trafilatura.bare_extraction(
            html, url=url or None, with_metadata=True, include_comments=False,
            include_tables=True, favor_precision=True,
        )  # fmt: skip
        if result is not None and not isinstance(result, dict):
            result = result.as_dict()
    except Exception as error:  # noqa: BLE001 - the parser's own errors vary by input
        raise BadDocument(f"the page cannot be read: {error}") from error
    if not result or not (result.get("text") or "").strip():
        raise BadDocument("no article text was found on the page")
    return _require_text(
        Document(
            text=result.get("text") or "",
            title=result.get("title") or "",
            url=url,
            outlet=result.get("sitename") or (outlet_of(url) if url else ""),
            published=_parse_date(result.get("date")),
            language=result.get("language") or _declared_language(html),
        ),
        "the page",
    )


_HTML_LANG = re.compile(r"<html[^>]*?\blang=[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def _declared_language(html: str) -> str:
    found = _HTML_LANG.search(html[:5000])
    return found.group(1).lower() if found else ""


def read_pdf(data: bytes, url: str = "", name: str = "") -> Document:
    """The text of a PDF, page after page; its title and date from the document's metadata."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.startswith(b"%PDF"):
        raise BadDocument("the file is not a PDF (it does not start with %PDF)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise BadDocument("the PDF is encrypted; upload an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
        title = (meta.title if meta else "") or ""
        created = meta.creation_date if meta else None
    except BadDocument:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise BadDocument(f"the PDF cannot be read: {error}") from error
    return _require_text(
        Document(
            text="\n\n".join(pages), title=str(title) or _stem(name), url=url,
            published=created.date() if isinstance(created, datetime) else None,
        ),
        "the PDF",
    )  # fmt: skip


def read_text(data: bytes, name: str = "") -> Document:
    if not data.strip():
        raise BadDocument("the file is empty")
    if b"\x00" in data:
        raise BadDocument("the file is binary (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadDocument(
            f"the file is not UTF-8 text (bad byte at offset {error.start})"
        ) from error
    return _require_text(Document(text=text), "the file")


def _stem(name: str) -> str:
    return re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name.rsplit("/", 1)[-1])


def read_upload(data: bytes, name: str, content_type: str = "") -> Document:
    """An uploaded file by its kind: PDF, HTML or plain text."""
    lowered = name.lower()
    if data.startswith(b"%PDF") or lowered.endswith(".pdf"):
        return read_pdf(data, name=name)
    head = data[:2048].lstrip().lower()
    if lowered.endswith((".html", ".htm")) or head.startswith((b"<!doctype html", b"<html")):
        return read_html(data)
    return read_text(data, name)


def read_fetched(body: bytes, url: str, content_type: str, charset: str | None) -> Document:
    """A fetched page by its content type (or its first bytes when the server doesn't say)."""
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/pdf" or body.startswith(b"%PDF"):
        return read_pdf(body, url=url)
    if kind in ("text/plain",):
        return _require_text(Document(text=_decode(body, charset), url=url), "the page")
    return read_html(body, url=url, charset=charset)


def _entry_text(entry) -> tuple[str, bool]:
    """The entry's fullest text (content:encoded, Atom content, else summary) without tags, and
    whether it is the content rather than the summary."""
    contents = [c.get("value", "") for c in entry.get("content") or []]
    summary = entry.get("summary") or ""
    best = max(contents, key=len, default="")
    full = bool(best) and len(best) >= len(summary)
    best = best if full else summary
    if "<" in best:
        from lxml import html as lxml_html

        try:
            best = lxml_html.fromstring(f"<div>{best}</div>").text_content()
        except Exception:  # noqa: BLE001 - a broken fragment keeps its raw text
            best = re.sub(r"<[^>]+>", " ", best)
    return _clean_text(best), full


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    return None


def read_feed(data: bytes) -> ParsedFeed:
    """An RSS 2.0 or Atom feed's entries. Malformed XML is refused, not half-read: a feed that
    breaks off in the middle would otherwise look like a feed with fewer items."""
    import feedparser

    if not data.strip():
        raise BadDocument("the feed is empty")
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True)
    if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
        error = parsed["bozo_exception"]
        # A wrong declared encoding that feedparser recovered from is harmless; XML that
        # is not well formed is not.
        if not isinstance(error, feedparser.CharacterEncodingOverride):
            raise BadDocument(f"the feed is not well-formed XML: {error}")
    if not parsed.get("version"):
        raise BadDocument("this is not an RSS or Atom feed")
    meta = parsed.get("feed", {})
    entries: list[FeedEntry] = []
    for entry in parsed.get("entries", []):
        link = entry.get("link") or ""
        title = " ".join((entry.get("title") or "").split())
        key = entry.get("id") or link or title
        if not key:
            continue
        text, full = _entry_text(entry)
        entries.append(
            FeedEntry(key=key[:1000], link=link, title=title, published=_entry_date(entry),
                      text=text, full=full)
        )  # fmt: skip
    return ParsedFeed(
        title=" ".join((meta.get("title") or "").split()),
        link=meta.get("link") or "",
        language=(meta.get("language") or "")[:10],
        entries=entries,
    )
