#!/usr/bin/env python3
"""Add the reviewed facts of the press corpus to ParkBridge's bundled starting content.

Reads the hand-made gold facts (``*.gold.json``, the shape of ``corpus/SCHEMA.md``) and the
first lines of each article (its date line and URL) from the corpus directories, links the sites
the facts name to the bundled registry (``parkbridge/data/sites.csv``, by the press module's
name resolution), and writes them into ``parkbridge/data/articles.json`` as facts with their
source: URL, date and, as the provenance quote, the one sentence a fact was read from. Article
texts are not copied.

Articles that ``articles.json`` already describes by hand (the five that started the project)
keep their entries; their source gains the URL and date. Everything else is rebuilt from the
gold files on each run, so the output is the same for the same input.

Usage: python scripts/build_bundled_articles.py CORPUS_DIR [CORPUS_DIR ...]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from parkbridge.core.country_words import countries_named  # noqa: E402
from parkbridge.press.resolution import Candidate, Mention, best_match  # noqa: E402

DATA = REPO / "parkbridge" / "data"
LINK_AT = 0.8
# Links the name resolution gets wrong, checked by hand: None = a site not in the registry.
LINK_OVERRIDES: dict[str, str | None] = {
    # TOR "Amurskaya" is not TOR "Priamurskaya".
    "территории опережающего развития «Амурская»": None,
    # The Chinese side of the Horgos border cooperation centre, not the Xinjiang pilot FTZ.
    "中哈霍尔果斯国际边境合作中心": None,
}
MAX_QUOTE = 300

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")
_SIGNING = re.compile(
    r"sign|agreement|memorand|mou|deal|accord|inked|подпис|соглашени|меморанд|договор|"
    r"签署|签约|协议|备忘录",
    re.I,
)
_INVEST = re.compile(r"invest|инвест|вложен|投资|注资", re.I)
_RESIDENTS = re.compile(r"^(total )?residents$|^резидент|^入驻企业|^companies \(residents\)$", re.I)

ORG_KINDS = (
    (re.compile(r"ministr|министерств|минэконом|部$|akimat|government|правительств", re.I),
     "government"),
    (re.compile(r"agency|агентств|bureau|бюро|办|управлени|committee|комитет", re.I), "agency"),
    (re.compile(r"universit|университет|institute|институт|大学|学院", re.I), "university"),
    (re.compile(r"association|ассоциац|council|совет|协会", re.I), "association"),
    (re.compile(r"fund|фонд|基金", re.I), "fund"),
    (re.compile(r"exchange|биржа", re.I), "exchange"),
)  # fmt: skip


def split_names(name: str) -> dict[str, str]:
    """The name in the field of its script; English keeps it when there is no other."""
    names = {"name_en": name, "name_ru": "", "name_zh": ""}
    if _CJK.search(name):
        names["name_zh"] = name
    elif _CYRILLIC.search(name):
        names["name_ru"] = name
    return names


def org_kind(name: str) -> str:
    for pattern, kind in ORG_KINDS:
        if pattern.search(name):
            return kind
    return "company"


def natural_key(*parts: str) -> str:
    from unidecode import unidecode

    text = unidecode(" ".join(p for p in parts if p)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:100]


def sentences(text: str) -> list[str]:
    """The article's sentences, without its date line and URL."""
    body = "\n".join(
        line for line in text.splitlines() if not re.match(r"\s*(date \d{4}|https?://)", line)
    )
    return [s.strip() for s in _SENTENCE.split(body) if s and s.strip()]


def number_forms(value: float) -> list[str]:
    """Ways an article may write a number: 1400, 1,400, 1 400, 1.4 (billion), 14万."""
    forms = []
    for scale in (1, 1e3, 1e6, 1e9, 1e4, 1e8, 1e12):
        scaled = value / scale
        if scaled < 1 or (scale > 1 and scaled != round(scaled, 2)):
            continue
        text = f"{scaled:g}"
        forms += [text, text.replace(".", ",")]
        if scaled == int(scaled) and scaled >= 1000:
            whole = int(scaled)
            forms += [f"{whole:,}", f"{whole:,}".replace(",", " "), f"{whole:,}".replace(",", ".")]
    return [f for f in dict.fromkeys(forms) if f]


def quote_for(parts: list[str], needles: list[str], pattern: re.Pattern | None = None) -> str:
    """The first sentence holding a needle (and matching ``pattern`` when given)."""
    needles = [n for n in needles if n and len(n) >= 2]
    for sentence in parts:
        folded = sentence.casefold()
        if pattern is not None and not pattern.search(sentence):
            continue
        for needle in needles:
            if re.fullmatch(r"[\d.,  ]+", needle):
                if re.search(rf"(?<![\d.,]){re.escape(needle)}(?![\d])", sentence):
                    return sentence[:MAX_QUOTE]
            elif needle.casefold() in folded:
                return sentence[:MAX_QUOTE]
    return ""


def read_head(path: Path) -> tuple[str | None, str, str, str]:
    """(date, url, title, body) of an article file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    head = " ".join(lines[:3])
    date = re.search(r"\bdate (\d{4}-\d\d-\d\d)", head)
    url = re.search(r"https?://\S+", head)
    content = [line.strip() for line in lines if line.strip()]
    title = next(
        (line for line in content if not line.startswith(("date ", "http")) and len(line) > 15),
        path.stem,
    )
    title = re.sub(r"\s*date \d{4}-\d\d-\d\d.*$", "", title).strip() or path.stem
    return (date.group(1) if date else None), (url.group(0) if url else ""), title, "\n".join(lines)


def load_sites() -> list[dict[str, str]]:
    with (DATA / "sites.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def site_candidates(sites: list[dict[str, str]]) -> list[Candidate]:
    return [
        Candidate(
            id=i,
            label=row["id"],
            names=tuple(
                n for n in (row["name_en"], row["name_ru"], row["name_zh"], row["name_local"]) if n
            ),
            country=row["country"],
            kind=row["kind"],
        )
        for i, row in enumerate(sites)
    ]


class ArticleBuilder:
    def __init__(self, sites: list[dict[str, str]]) -> None:
        self.sites = {row["id"]: row for row in sites}
        self.candidates = site_candidates(sites)
        self.out: dict[str, list[dict[str, Any]]] = {
            k: []
            for k in ("sources", "sites", "organisations", "people", "events", "agreements",
                      "projects", "figures", "site_facts", "targets")
        }  # fmt: skip
        self.linked: list[tuple[str, str, float]] = []
        self.org_names: set[str] = set()

    def link_site(
        self, name: str, country: str | None, kind: str | None, aliases: list[str]
    ) -> str | None:
        if name in LINK_OVERRIDES:
            return LINK_OVERRIDES[name]
        best = None
        for alias in [name, *aliases]:
            found = best_match(
                Mention(alias, country, kind),
                [c for c in self.candidates if not country or c.country == country],
            )
            if found and (best is None or found.confidence > best.confidence):
                best = found
        if best and best.confidence >= LINK_AT:
            self.linked.append((name, best.candidate.label, best.confidence))
            return best.candidate.label
        return None

    def add(self, key: str, gold: dict[str, Any], article: Path) -> None:
        date, url, title, text = read_head(article)
        published = gold.get("published") or date
        parts = sentences(text)
        self.out["sources"].append(
            {
                "key": key,
                "kind": "article",
                # A first line longer than a headline is the lead paragraph, not a title.
                "title": title
                if len(title) <= (60 if _CJK.search(title) else 150)
                else f"{urlparse(url).hostname or key} ({published or 'undated'})",
                "publisher": urlparse(url).hostname or "" if url else "",
                "url": url or None,
                "published": published,
                "language": gold.get("language") or "",
            }
        )
        site_slug: dict[str, str] = {}
        site_country: dict[str, str] = {}
        for site in gold.get("sites", []):
            country = site.get("country")
            if not country:
                continue
            aliases = list(site.get("aliases") or [])
            slug = self.link_site(site["name"], country, site.get("kind"), aliases)
            entry: dict[str, Any] = {
                "aliases": sorted({site["name"], *aliases}),
                "kind": site.get("kind") or "other",
                "country": country,
                "city": site.get("city"),
                "source": key,
                "quote": quote_for(parts, [site["name"], *aliases]),
            }
            if slug is None:
                slug = natural_key(country, "article", site["name"])
                entry |= split_names(site["name"])
            else:
                row = self.sites[slug]
                entry |= {k: row[k] or None for k in ("name_en", "name_ru", "name_zh")}
                # The registry's kind and country stand; the article's reading is an alias.
                entry |= {"kind": row["kind"], "country": row["country"]}
            entry["slug"] = slug
            self.out["sites"].append(entry)
            for name in [site["name"], *aliases]:
                site_slug[name] = slug
                site_country[name] = country
        org_country: dict[str, str] = {}
        org_canonical: dict[str, str] = {}
        for org in gold.get("organizations", []):
            for name in [org["name"], *(org.get("aliases") or [])]:
                org_canonical[name] = org["name"]
            if not org.get("country"):
                continue  # an organisation of unknown country is not a registry record
            for name in [org["name"], *(org.get("aliases") or [])]:
                org_country[name] = org["country"]
            if org["name"] in self.org_names:
                continue  # named by an earlier article: one record
            self.org_names.add(org["name"])
            names = split_names(org["name"])
            self.out["organisations"].append(
                names
                | {
                    "aliases": list(org.get("aliases") or []),
                    "kind": org_kind(org["name"]),
                    "country": org.get("country"),
                    "source": key,
                    "quote": quote_for(parts, [org["name"], *(org.get("aliases") or [])]),
                }
            )
        for person in gold.get("people", []):
            self.out["people"].append(
                {"name": person["name"], "role": person.get("role") or "", "organisation": None,
                 "country": None, "source": key, "quote": quote_for(parts, [person["name"]])}
            )  # fmt: skip
        article_countries = sorted(
            {c for c in org_country.values() if c} | set(site_country.values())
        )
        event_countries: dict[str, list[str]] = {}
        for event in gold.get("events", []):
            host = event.get("country")
            named = countries_named(" ".join([event["name"], *(event.get("aliases") or [])]))
            delegations = sorted((set(article_countries) | named) - {host})
            event_countries[event["name"]] = sorted({*(delegations), *([host] if host else [])})
            for alias in event.get("aliases") or []:
                event_countries[alias] = event_countries[event["name"]]
            self.out["events"].append(
                {
                    "name": event["name"],
                    "aliases": list(event.get("aliases") or []),
                    "kind": event.get("kind") or "other",
                    "edition": event.get("edition"),
                    "city": event.get("city"),
                    "country": host,
                    "start": event.get("start"),
                    "end": event.get("end"),
                    "organisers": [],
                    # The countries of the other organisations and sites the article names
                    # with the event: read as the delegations that met there.
                    "delegations": delegations if host else [],
                    "participants": [
                        o["name"] for o in gold.get("organizations", []) if o.get("country")
                    ],
                    "site_visits": [],
                    "statistics": [],
                    "source": key,
                    "quote": quote_for(parts, [event["name"], *(event.get("aliases") or [])]),
                }
            )
        for number, agreement in enumerate(gold.get("agreements", []), start=1):
            parties = agreement.get("parties") or []
            countries = {org_country.get(p) or site_country.get(p) or "" for p in parties}
            countries |= {country_of_name(p) for p in parties}
            for party in parties:
                countries |= countries_named(party)
            countries.discard("")
            if len(countries) < 2 and agreement.get("event") in event_countries:
                countries |= set(event_countries[agreement["event"]])
            if len(countries) < 2 and len(article_countries) == 2:
                countries |= set(article_countries)
            count = agreement.get("count")
            self.out["agreements"].append(
                {
                    "title": agreement_title(agreement, title),
                    "kind": "other",
                    "parties": list(
                        dict.fromkeys(org_canonical[p] for p in parties if p in org_country)
                    ),
                    "sites": [site_slug[p] for p in parties if p in site_slug],
                    "countries": sorted(countries),
                    "event": agreement.get("event"),
                    "signed_on": published if agreement.get("status") == "signed" else None,
                    "status": agreement.get("status") or "signed",
                    "count": count or 1,
                    "count_qualifier": agreement.get("qualifier")
                    or ("exact" if count else "at_least"),
                    "value": None,
                    "currency": None,
                    "source": key,
                    "key": f"{key}-{number}",
                    "quote": quote_for(parts, [*parties, str(count or "")], _SIGNING)
                    or quote_for(parts, [""], _SIGNING)
                    or quote_for(parts, ["agree", "соглаш", "协议", "signed", "подпис"]),
                }
            )
        for figure in gold.get("figures", []):
            scope = figure.get("scope") or ""
            scope = site_slug.get(scope, org_canonical.get(scope, scope))
            quote = quote_for(parts, number_forms(float(figure["value"])))
            entry = {
                "measure": figure["measure"],
                "value": figure["value"],
                "unit": figure["unit"],
                "qualifier": figure.get("qualifier") or "exact",
                "scope": scope,
                "date": published,
                "source": key,
                "quote": quote,
            }
            self.out["figures"].append(entry)
            slug = scope if scope in site_slug.values() else None
            if slug and figure["unit"] == "count" and _RESIDENTS.search(figure["measure"]):
                self.out["site_facts"].append(
                    {"site": slug, "field": "residents_count", "value": figure["value"],
                     "date": published, "source": key, "quote": quote}
                )  # fmt: skip
            investor_country = org_country.get(scope)
            if (
                investor_country
                and figure["unit"] not in ("count", "percent")
                and _INVEST.search(figure["measure"])
            ):
                hosts = sorted(set(site_country.values()))
                host = hosts[0] if len(hosts) == 1 else None
                host = host or next((c for c in article_countries if c != investor_country), None)
                if host:
                    slugs = sorted(set(site_slug.values()))
                    self.out["projects"].append(
                        {
                            "name": figure["measure"],
                            "investor": org_canonical.get(scope, scope),
                            "host_country": host,
                            "site": slugs[0] if len(slugs) == 1 else None,
                            "capex": figure["value"],
                            "currency": figure["unit"],
                            "start_year": int(published[:4]) if published else None,
                            "source": key,
                            "quote": quote,
                        }
                    )
        for target in gold.get("targets", []):
            deadline = str(target.get("deadline") or "")
            if not re.fullmatch(r"\d{4}(-\d\d-\d\d)?", deadline):
                continue
            self.out["targets"].append(
                {
                    "title": target_title(target, deadline[:4]),
                    "measure": target["measure"],
                    "value": target["value"],
                    "unit": target.get("unit") or "count",
                    "qualifier": target.get("qualifier") or "at_least",
                    "scope": target.get("scope") or "",
                    "deadline": deadline if len(deadline) > 4 else f"{deadline}-12-31",
                    "base_year": int(published[:4]) if published else None,
                    "site_filter": {},
                    "source": key,
                    "quote": quote_for(parts, number_forms(float(target["value"]))),
                }
            )


COUNTRY_WORDS = {
    "china": "CN", "китай": "CN", "中国": "CN", "nigeria": "NG", "russia": "RU", "россия": "RU",
    "belarus": "BY", "беларусь": "BY", "kazakhstan": "KZ", "казахстан": "KZ", "egypt": "EG",
    "serbian government": "RS", "haryana": "IN", "astana akimat": "KZ", "туркестанская область": "KZ",
    "чанчжоу": "CN", "中蒙两国有关部门": "", "ministry of investment of saudi arabia": "SA",
    "sczone": "EG",
}  # fmt: skip


def country_of_name(name: str) -> str:
    return COUNTRY_WORDS.get(name.casefold(), "")


def agreement_title(agreement: dict[str, Any], article_title: str) -> str:
    parties = agreement.get("parties") or []
    count = agreement.get("count")
    what = "agreement" if count == 1 else f"{count} agreements" if count else "agreements"
    status = "planned" if agreement.get("status") == "planned" else "signed"
    text = f"{what.capitalize()} {status}"
    if parties:
        text += " by " + ", ".join(parties)
    if agreement.get("event"):
        text += f" at {agreement['event']}"
    elif not parties:
        text += f" ({article_title[:120]})"
    return text[:480]


QUALIFIER_WORDS = {
    "at_least": "at least", "more_than": "more than", "about": "about", "up_to": "up to",
    "less_than": "less than", "exact": "",
}  # fmt: skip


def target_title(target: dict[str, Any], year: str) -> str:
    value = float(target["value"])
    number = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    unit = "" if target.get("unit") in (None, "count") else f" {target['unit']}"
    qualifier = QUALIFIER_WORDS.get(target.get("qualifier") or "exact", "")
    scope = f" ({target['scope']})" if target.get("scope") else ""
    text = f"{qualifier} {number}{unit} {target['measure']} by {year}{scope}".strip()
    return text[:1].upper() + text[1:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+", type=Path, help="directories of *.gold.json")
    parser.add_argument("--output", type=Path, default=DATA / "articles.json")
    args = parser.parse_args(argv)
    document = json.loads(args.output.read_text(encoding="utf-8"))
    curated = {s["key"] for s in document["sources"] if not s.get("generated")}
    builder = ArticleBuilder(load_sites())
    keys: list[str] = []
    for directory in args.corpus:
        for gold_path in sorted(directory.glob("*.gold.json")):
            key = gold_path.name.removesuffix(".gold.json")
            article = gold_path.with_name(f"{key}.txt")
            if not article.is_file():
                print(f"skipped {gold_path}: no article text beside it", file=sys.stderr)
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if key in curated:
                date, url, _title, _text = read_head(article)
                for source in document["sources"]:
                    if source["key"] == key:
                        source["url"] = source.get("url") or url or None
                        source["published"] = (
                            source.get("published") or gold.get("published") or date
                        )
                continue
            builder.add(key, gold, article)
            keys.append(key)
    generated = set(keys)
    for name, items in builder.out.items():
        kept = [i for i in document.get(name, []) if i.get("source", i.get("key")) not in generated]
        if name == "sources":
            kept = [i for i in document["sources"] if i["key"] not in generated]
            items = [i | {"generated": True} for i in items]
        document[name] = kept + items
    args.output.write_text(
        json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for name, slug, confidence in builder.linked:
        print(f"linked {name!r} → {slug} ({confidence:.2f})", file=sys.stderr)
    counts = ", ".join(f"{len(v)} {k}" for k, v in builder.out.items())
    print(f"{len(keys)} articles added: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
