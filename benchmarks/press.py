"""Press monitoring benchmark: feed items ingested, deduplicated and extracted.

    .venv/bin/python benchmarks/press.py [--items 1000] [--reprints 0.2] [--feeds 10]

Writes synthetic English and Russian news items (sentences from templates with random parks,
companies, countries and numbers; one in ten about sport, not cooperation), makes the given
share of them reprints of another feed's item (new dateline, a changed phrase, an extra closing
sentence, as rewrite desks do), serves the feeds from a real HTTP server on loopback and polls
every feed with ``poll_feed`` into a throw-away SQLite database holding the bundled registry
(so resolution searches a real registry). Prints items/s, peak resident memory and how many
reprints were recognised; run it on an idle machine.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SYLLABLES = ["al", "bek", "chen", "dar", "fu", "gor", "han", "jin", "kam", "lin", "mir", "nov",
             "pol", "qing", "ros", "sung", "tash", "ur", "vol", "wen", "xin", "yan", "zhu"]  # fmt: skip
CITIES = ["Minsk", "Kazan", "Tashkent", "Almaty", "Harbin", "Urumqi", "Novosibirsk", "Samara",
          "Bishkek", "Dushanbe", "Tianjin", "Chongqing", "Yekaterinburg", "Nur-Sultan"]  # fmt: skip
SECTORS = ["electronics", "pharmaceuticals", "machine building", "logistics", "textiles",
           "food processing", "chemicals", "automotive components", "solar panels"]  # fmt: skip
EN = [
    "The {park} Industrial Park signed {n} cooperation agreements with companies from {city}.",
    "More than {n} companies are residents of the {park} technopark, its director {person} said.",
    "The special economic zone {park} plans to attract at least {m} residents by {year}.",
    "Investors from {city} will build a {sector} plant worth {n} million dollars in the zone.",
    "The forum in {city} gathered {m} participants from {k} countries on {weekday}.",
    "A memorandum on a joint venture in {sector} was signed by {org} and {org2}.",
    "The park administration expects {m} new jobs once the {sector} site opens in {year}.",
    "A delegation of {org} visited {k} industrial parks in {city} during a business mission.",
    "Exports of {sector} from the {park} free economic zone grew by {k} per cent last year.",
    "{org} became a resident of the {park} technopark and will invest {n} million roubles.",
]
RU = [
    "Индустриальный парк «{park}» подписал {n} соглашений о сотрудничестве с компаниями из {city}.",
    "Резидентами технопарка «{park}» являются более {n} компаний, сообщил директор {person}.",
    "Особая экономическая зона «{park}» планирует привлечь не менее {m} резидентов к {year} году.",
    "Инвесторы из {city} построят завод в зоне стоимостью {n} млн долларов.",
    "Форум в {city} собрал {m} участников из {k} стран.",
    "Компании {org} и {org2} подписали меморандум о создании совместного предприятия.",
]
SPORT = [
    "The {park} football club won the cup final in {city} on {weekday} evening.",
    "The goalkeeper saved {k} penalties and fans celebrated until late at night.",
    "The coach thanked the players after a long season of {n} away games.",
    "Tickets for the next match in {city} sold out within {k} hours.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        park=_name(rng, 3), person=f"{_name(rng)} {_name(rng, 3)}", city=rng.choice(CITIES),
        sector=rng.choice(SECTORS), org=f"{_name(rng)} Group", org2=f"{_name(rng)} Holding",
        n=rng.randint(2, 900), m=rng.randint(100, 20000), k=rng.randint(2, 60),
        year=rng.randint(2026, 2035), weekday=rng.choice(WEEKDAYS),
    )  # fmt: skip


def story(rng: random.Random, number: int) -> tuple[str, str]:
    """(title, text) of one news item."""
    pool = SPORT if number % 10 == 9 else (RU if number % 4 == 3 else EN)
    sentences = [_fill(rng.choice(pool), rng) for _ in range(rng.randint(6, 10))]
    city = rng.choice(CITIES).upper()
    return sentences[0][:90], f"{city}, May {1 + number % 28}. " + " ".join(sentences)


def reprint(text: str, rng: random.Random) -> str:
    dateline, _, body = text.partition(". ")
    sentences = body.split(". ")
    if len(sentences) > 3:
        sentences[rng.randrange(1, len(sentences))] = "Our correspondent confirmed this"
    return f"{dateline.title()} (News Desk). " + ". ".join(sentences) + " More news follows."


def build_feeds(items: int, share: float, feeds: int, seed: int):
    """{feed number: [item dicts]} and the number of reprints written."""
    rng = random.Random(seed)
    originals = round(items * (1 - share))
    per_feed: dict[int, list[dict]] = {f: [] for f in range(feeds)}
    texts = []
    for number in range(originals):
        title, text = story(rng, number)
        feed = number % feeds
        texts.append((feed, title, text))
        per_feed[feed].append({"guid": f"o-{number}", "title": title, "text": text})
    for number in range(items - originals):
        feed, title, text = rng.choice(texts)
        other = (feed + 1 + rng.randrange(feeds - 1)) % feeds if feeds > 1 else feed
        per_feed[other].append({"guid": f"r-{number}", "title": title, "text": reprint(text, rng)})
    return per_feed, items - originals


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--items", type=int, default=1000)
    ap.add_argument("--reprints", type=float, default=0.2, help="share of reprints (0..0.9)")
    ap.add_argument("--feeds", type=int, default=10)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--no-bundled", action="store_true", help="an empty registry")
    args = ap.parse_args()
    if args.items < 1 or not 0 <= args.reprints <= 0.9 or args.feeds < 1:
        ap.error("--items >= 1, --reprints in 0..0.9, --feeds >= 1")

    workdir = Path(tempfile.mkdtemp(prefix="pb-press-bench-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ["PARKBRIDGE_FETCH_ALLOW_PRIVATE"] = "1"
    os.environ["PARKBRIDGE_TASK_BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parkbridge.settings")
    import django

    django.setup()
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from parkbridge.cli.server import prepare_database
    from parkbridge.press.models import Article, ArticleCopy, Feed, Proposal
    from parkbridge.press.polling import poll_feed
    from parkbridge.press.tests import stories
    from parkbridge.press.tests.webserver import LoopbackServer

    console = Console(stderr=True)
    prepare_database(load_bundled=not args.no_bundled)
    per_feed, reprints = build_feeds(args.items, args.reprints, args.feeds, args.seed)
    with LoopbackServer() as web:
        feeds = []
        for number, items in per_feed.items():
            path = f"/feed-{number}.xml"
            web.serve(path, stories.rss(f"Outlet {number}", web.url("/"), items),
                      content_type="application/rss+xml")  # fmt: skip
            feeds.append(Feed.objects.create(url=web.url(path), name=f"Outlet {number}"))
        # Warm the extractor's models so the figure is the steady state, not the first load.
        from parkbridge.extraction import extract_article

        extract_article(stories.AGENCY_STORY)
        started = time.perf_counter()
        done = 0
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("polling feeds", total=args.items)
            for feed in feeds:
                run = poll_feed(
                    feed,
                    progress=lambda r, d=done: progress.update(task, completed=d + r.processed),
                )
                done += run.processed
                if run.errors:
                    console.print(f"[red]{feed}: {len(run.errors)} error(s): {run.errors[:2]}")
        elapsed = time.perf_counter() - started
        # Re-polling: nothing new (conditional requests are not offered by this server, so
        # every feed is parsed again and every item found seen).
        started_again = time.perf_counter()
        for feed in feeds:
            poll_feed(feed)
        repoll = time.perf_counter() - started_again

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    copies = ArticleCopy.objects.count()
    articles = Article.objects.count()
    recognised = copies - articles
    table = Table(title=f"Press ingestion: {args.items} feed items, {reprints} reprints")
    for column in ("measure", "value"):
        table.add_column(column)
    rows = [
        ("items taken in", f"{copies}"),
        ("articles (stories)", f"{articles}"),
        ("reprints recognised", f"{recognised} of {reprints}"),
        ("not relevant (kept, not extracted)", f"{Article.objects.filter(relevant=False).count()}"),
        ("proposals", f"{Proposal.objects.count()}"),
        ("time", f"{elapsed:.1f} s"),
        ("items per second", f"{copies / elapsed:.1f}"),
        ("re-poll of every feed", f"{repoll:.1f} s, {ArticleCopy.objects.count() - copies} new"),
        ("peak memory", f"{peak_mb:.0f} MB"),
    ]
    for row in rows:
        table.add_row(*row)
    Console().print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
