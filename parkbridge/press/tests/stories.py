"""Articles, feeds and pages written for the press tests (fictional outlets, real formats)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape

# Three different stories about industrial cooperation, and one that is not about it.
AGENCY_STORY = (
    "MINSK, May 14. The China-Belarus Industrial Park Great Stone hosted a delegation of the "
    "Association of Technoparks of Russia on Tuesday. More than 120 companies are residents of "
    "the park, said Alexander Yaroshenko, head of the park administration. During the visit, the "
    "sides signed 5 cooperation agreements on joint projects in electronics, logistics and "
    "pharmaceuticals. The park plans to attract at least 200 residents by 2030. The delegation "
    "also toured the new production facilities of several resident companies and discussed a "
    "programme of exchange visits between the technoparks of both countries next year."
)

ZONE_STORY = (
    "TASHKENT, June 2. The Navoi free economic zone opened a second industrial site for "
    "textile and machine-building investors this week. The zone administration said that 34 "
    "foreign companies have registered as residents since January and that total investment "
    "commitments reached 410 million dollars. A memorandum on a joint venture producing pumps "
    "was signed with an engineering group from Jiangsu province. Officials expect the new site "
    "to create about 1,500 jobs and to double exports of finished goods within three years, "
    "according to the regional investment agency."
)

FORUM_STORY = (
    "KAZAN, September 18. The international forum of industrial parks gathered 2,300 "
    "participants from 27 countries, the organisers reported on Thursday. Over two days the "
    "B2B programme arranged 640 meetings between park operators and manufacturers, and 18 "
    "agreements on the localisation of production were signed on the forum's sidelines. "
    "Delegations from Vietnam and Egypt presented special economic zones looking for anchor "
    "investors, while Russian regions showed greenfield plots with power and gas connections "
    "ready for new plants."
)

SPORT_STORY = (
    "The city's football club won the regional cup on Sunday evening after a dramatic penalty "
    "shoot-out watched by eleven thousand fans. The goalkeeper saved two shots and the captain "
    "scored the decisive kick. Supporters celebrated in the central square until late at "
    "night, and the coach thanked the players' families for their patience during a long "
    "season of away games, injuries and bad weather. The team will start training for the "
    "national championship next month, the club's press office said."
)


def reprint(story: str) -> str:
    """Another outlet's copy of an agency story: new dateline wording, a changed phrase, an
    extra closing sentence, as rewrite desks do."""
    edited = story.replace("on Tuesday", "this week", 1).replace(
        "said Alexander Yaroshenko", "according to Alexander Yaroshenko", 1
    )
    return edited + " Our correspondent reports that more visits are planned."


def _rfc822(day: int) -> str:
    return format_datetime(datetime(2026, 5, day, 9, 0, tzinfo=UTC))


def rss(title: str, link: str, items: list[dict], language: str = "en") -> str:
    """RSS 2.0; each item: guid, title, link, text (as content:encoded), day."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        f"<channel><title>{escape(title)}</title><link>{escape(link)}</link>",
        f"<description>News</description><language>{language}</language>",
    ]
    for item in items:
        parts.append(
            f'<item><guid isPermaLink="false">{escape(item["guid"])}</guid>'
            f"<title>{escape(item['title'])}</title><link>{escape(item.get('link', ''))}</link>"
            f"<pubDate>{_rfc822(item.get('day', 14))}</pubDate>"
            f"<description>{escape(item.get('summary', item.get('text', '')[:150]))}</description>"
            + (
                f"<content:encoded><![CDATA[<p>{escape(item['text'])}</p>]]></content:encoded>"
                if item.get("text")
                else ""
            )
            + "</item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts)


def atom(title: str, link: str, items: list[dict]) -> str:
    """Atom 1.0; each item: guid, title, link, text, day."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        f'<title>{escape(title)}</title><link href="{escape(link)}"/>',
        "<id>urn:test:feed</id><updated>2026-05-20T09:00:00Z</updated>",
    ]
    for item in items:
        parts.append(
            f"<entry><id>{escape(item['guid'])}</id><title>{escape(item['title'])}</title>"
            f'<link href="{escape(item.get("link", ""))}"/>'
            f"<updated>2026-05-{item.get('day', 14):02d}T09:00:00Z</updated>"
            f"<published>2026-05-{item.get('day', 14):02d}T09:00:00Z</published>"
            f'<content type="html">{escape("<p>" + item.get("text", "") + "</p>")}</content>'
            "</entry>"
        )
    parts.append("</feed>")
    return "\n".join(parts)


def page(title: str, text: str, published: str = "2026-05-14", site: str = "Test Herald") -> str:
    """A news page with navigation, a cookie banner and a footer around the article."""
    paragraphs = "".join(f"<p>{escape(s.strip())}.</p>" for s in text.split(". ") if s.strip())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | {escape(site)}</title>
<meta property="og:site_name" content="{escape(site)}">
<meta property="og:title" content="{escape(title)}">
<meta property="article:published_time" content="{published}T08:00:00+00:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe to our newsletter</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<main><article><h1>{escape(title)}</h1><time datetime="{published}">{published}</time>
{paragraphs}</article></main>
<aside><h2>Read also</h2><ul><li><a href="/x">Weather forecast for the weekend</a></li></ul></aside>
<footer>© 2026 {escape(site)}. All rights reserved. Contact the editorial office.</footer>
</body></html>"""


def pdf(title: str, text: str) -> bytes:
    """A real PDF made by WeasyPrint from a small HTML document."""
    from weasyprint import HTML

    body = "".join(f"<p>{escape(s.strip())}.</p>" for s in text.split(". ") if s.strip())
    html = f"<html><head><title>{escape(title)}</title></head><body><h1>{escape(title)}</h1>{body}</body></html>"
    return HTML(string=html).write_pdf()
