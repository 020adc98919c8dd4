"""`--markdown` rewrites only the benchmark's own block of docs/benchmarks.md."""

from __future__ import annotations

from tests.scheduling_benchmark import load

bench = load()

DOC = """# Benchmarks

## Registry

registry text

## B2B scheduling

Hand-written notes that stay.

### Earlier runs

old table

## Site selection

more text
"""


def _rows() -> list:
    ours = {"status": "ok", "weight": 10, "bound": 11, "bound_from": "full LP", "seconds": 3.0}
    ours |= {"rss_mb": 100.0, "gaps": 0.0, "idle": 0, "fairness": 1.0}
    greedy = {"status": "ok", "weight": 9, "gaps": 0.5, "idle": 3, "fairness": 0.9}
    return [
        bench.InstanceResult(
            bench.resolve_instance("mission-7"),
            {"command": ours, "greedy": greedy},
            participants=400,
            requests=800,
        )
    ]


def _info() -> object:
    return bench.RunInfo(
        command=".venv/bin/python benchmarks/scheduling.py --suite quick",
        cores=2,
        date="2026-12-07 16:00 UTC",
        load_start="1.0",
        load_end="2.0",
        time_limit=20.0,
        optimum_time_limit=60.0,
    )


def _block() -> list[str]:
    return bench.render_markdown(_rows(), ["command", "greedy"], _info())


def test_the_block_goes_under_the_heading_and_the_rest_of_the_file_stays() -> None:
    text = bench.update_section(DOC, _block())
    assert text.index("## B2B scheduling") < text.index(bench.BEGIN) < text.index("Hand-written")
    for kept in ("registry text", "Hand-written notes that stay.", "old table", "more text"):
        assert text.count(kept) == 1


def test_a_second_run_replaces_the_block_instead_of_adding_one() -> None:
    once = bench.update_section(DOC, _block())
    newer = [line.replace("2026-12-07", "2026-12-08") for line in _block()]
    twice = bench.update_section(once, newer)
    assert twice.count(bench.BEGIN) == 1 and twice.count(bench.END) == 1
    assert "2026-12-08" in twice and "2026-12-07" not in twice
    assert "Hand-written notes that stay." in twice


def test_a_file_without_the_section_gets_it_at_the_end() -> None:
    text = bench.update_section("# Benchmarks\n\n## Other\n\nx\n", _block())
    assert text.index("## Other") < text.index("## B2B scheduling") < text.index(bench.BEGIN)


def test_the_block_names_the_command_machine_and_date_and_has_a_column_per_goal() -> None:
    block = _block()
    text = "\n".join(block)
    assert "`.venv/bin/python benchmarks/scheduling.py --suite quick`" in text
    assert "2 cores" in text and "2026-12-07" in text
    header = next(line for line in block if line.startswith("| instance | people"))
    for goal in bench.GOALS:
        assert f"| {goal} |" in header or header.endswith(f"| {goal} |")
    row = next(line for line in block if line.startswith("| mission-7 |"))
    assert row.count("|") == header.count("|")
    assert "| FAIL |" in row  # W 10 of B 11 is below 99.9 %
    assert any("FAIL on mission-7" in line for line in block)


def test_a_pipe_in_a_cell_does_not_break_the_table() -> None:
    lines = bench.markdown_table(["a", "b"], [["x|y", "z"]])
    assert lines[-1] == "| x\\|y | z |"


def test_a_weight_short_of_the_bound_never_shows_as_a_hundred_percent() -> None:
    cells = bench.method_cells("x", "command", {"weight": 30173}, 30174, "slot-free LP")
    assert cells[bench.METHOD_HEADERS.index("W/B %")] == "99.99"
    assert cells[bench.METHOD_HEADERS.index("tight")] == "no"


def test_the_optimum_column_says_what_proved_it() -> None:
    ours = {"status": "ok", "weight": 10, "bound": 10, "idle": 0, "gaps": 0.0}
    for proof, shown in (("CP-SAT", "10 (CP-SAT)"), ("B", "10 (B)"), (None, "10?")):
        ref = {"status": "optimal", "weight": 10, "w_proven": proof is not None, "w_proof": proof}
        row = bench.InstanceResult(
            bench.resolve_instance("mission-7"), {"command": ours, "two-stage": ref | {"idle": 0}}
        )
        assert bench.instance_cells(row, 20.0)[bench.INSTANCE_HEADERS.index("W*")] == shown
