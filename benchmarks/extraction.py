"""Throughput and memory of the article extractor.

    .venv/bin/python benchmarks/extraction.py [--corpus DIR] [--n 1000]

Builds N synthetic articles per language by recombining sentences (English from the dev corpus
when it is available, else from the extractor's own test articles; Russian and Chinese from the
test articles; with ../shared/corpus/dev2 also its real English, Russian and Chinese articles),
runs ``extract_article`` on each in one process (= one core) with the model path on (spaCy's
small English pipeline, natasha for Russian, jieba for Chinese), and prints articles/s per core
and the peak resident memory. Goals: >= 10 articles/s/core English, >= 5 Russian, peak memory
< 1 GB.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from pathlib import Path

# One core means one thread: BLAS pools would otherwise spread spaCy's matrix products.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from rich.console import Console  # noqa: E402
from rich.progress import Progress  # noqa: E402
from rich.table import Table  # noqa: E402

from parkbridge.extraction import extract_article  # noqa: E402
from parkbridge.extraction.segment import prepare, split_sentences  # noqa: E402

OWN_ARTICLES = Path(__file__).resolve().parent.parent / "parkbridge/extraction/tests/articles"
DEFAULT_CORPUS = Path("/work/shared/corpus/dev")
GOALS = {"en": 10.0, "ru": 5.0, "zh": None}
MEMORY_GOAL_MB = 1024


def sentence_pools(dirs: list[Path]) -> dict[str, list[str]]:
    pools: dict[str, list[str]] = {"en": [], "ru": [], "zh": []}
    for d in dirs:
        for path in sorted(d.glob("*.txt")):
            art = prepare(path.read_text(encoding="utf-8"))
            pools.setdefault(art.language, []).extend(
                s.text for s in split_sentences(art.body, art.language)
            )
    return pools


def build_articles(pool: list[str], n: int, rng: random.Random) -> list[str]:
    """N articles of 8-20 sentences drawn from the pool, with a date line like real ones."""
    out = []
    for i in range(n):
        k = rng.randint(8, 20)
        body = " ".join(rng.choice(pool) for _ in range(k))
        out.append(f"date 2024-{1 + i % 12:02d}-{1 + i % 28:02d}\n\n{body}\n")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None, help="directory of NAME.txt articles")
    ap.add_argument("--n", type=int, default=1000, help="articles per language (default 1000)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if args.n < 1:
        ap.error("--n must be positive")
    dirs = [OWN_ARTICLES]
    corpus = args.corpus or (DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else None)
    if corpus is not None:
        if not corpus.is_dir():
            ap.error(f"corpus directory not found: {corpus}")
        dirs.insert(0, corpus)
        if (corpus.parent / "dev2").is_dir():
            dirs.insert(1, corpus.parent / "dev2")
    pools = sentence_pools(dirs)
    rng = random.Random(args.seed)
    console = Console(stderr=False, width=max(100, Console().width))

    # Warm-up: model loading is a one-off cost per process, reported separately.
    t0 = time.perf_counter()
    for lang in pools:
        if pools[lang]:
            extract_article(" ".join(pools[lang][:3]))
    warmup = time.perf_counter() - t0

    rows = []
    with Progress(
        console=Console(stderr=True), transient=True, disable=not sys.stderr.isatty()
    ) as progress:
        for lang, pool in pools.items():
            if not pool:
                continue
            articles = build_articles(pool, args.n, rng)
            task = progress.add_task(f"{lang}", total=len(articles))
            start = time.perf_counter()
            cpu_start = time.process_time()
            facts = 0
            for text in articles:
                doc = extract_article(text)
                facts += (
                    len(doc.figures) + len(doc.sites) + len(doc.events) + len(doc.organizations)
                )
                progress.advance(task)
            elapsed = time.perf_counter() - start
            # Per core = per CPU-second of this process: on a shared, loaded machine the wall
            # clock measures the neighbours too.
            cpu = time.process_time() - cpu_start
            rows.append((lang, len(pool), len(articles), elapsed, cpu, len(articles) / cpu, facts))

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    from parkbridge.extraction.english_model import available

    model = "spaCy English model on" if available() else "spaCy English model NOT installed"
    table = Table(
        title=f"extraction throughput (1 process = 1 core; {model}; warm-up {warmup:.2f}s)"
    )
    for col in (
        "language",
        "sentence pool",
        "articles",
        "wall s",
        "CPU s",
        "articles/s/core",
        "goal",
        "ok",
    ):
        table.add_column(col, justify="right")
    ok_all = True
    for lang, pool_n, n, secs, cpu, rate, _ in rows:
        goal = GOALS.get(lang)
        ok = goal is None or rate >= goal
        ok_all &= ok
        table.add_row(lang, str(pool_n), str(n), f"{secs:.1f}", f"{cpu:.1f}", f"{rate:.1f}",
                      "-" if goal is None else f">= {goal:g}", "yes" if ok else "NO")  # fmt: skip
    mem_ok = peak_mb < MEMORY_GOAL_MB
    ok_all &= mem_ok
    table.add_row(
        "peak RSS", "", "", "", "", f"{peak_mb:.0f} MB", f"< {MEMORY_GOAL_MB} MB",
        "yes" if mem_ok else "NO",
    )  # fmt: skip
    console.print(table)
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
