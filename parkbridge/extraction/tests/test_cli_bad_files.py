"""`parkbridge extract` reports bad files one by one, keeps going, and exits 1."""

import json
from pathlib import Path

from click.testing import CliRunner

from parkbridge.cli.extraction import MAX_BYTES, eval_extract_cmd, extract_cmd

GOOD = "date 2024-09-06 MOSCOW. More than 20 agreements were signed at the Eastern Economic Forum."


def _run(tmp_path: Path, files: dict[str, bytes]):
    src = tmp_path / "in"
    src.mkdir()
    for name, data in files.items():
        (src / name).write_bytes(data)
    out = tmp_path / "out"
    result = CliRunner().invoke(extract_cmd, [str(src), "--out", str(out)])
    return result, out


def test_good_file_is_written_in_schema_shape(tmp_path: Path) -> None:
    result, out = _run(tmp_path, {"a.txt": GOOD.encode()})
    assert result.exit_code == 0, result.output
    doc = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert doc["published"] == "2024-09-06" and doc["agreements"][0]["count"] == 20


def test_empty_binary_non_utf8_and_oversized_files_fail_each_with_a_reason(tmp_path: Path) -> None:
    files = {
        "empty.txt": b"   \n",
        "binary.txt": b"\x00\x01\x02PNG",
        "latin1.txt": "Форум".encode("cp1251"),
        "huge.txt": b"a" * (MAX_BYTES + 1),
        "good.txt": GOOD.encode(),
    }
    result, out = _run(tmp_path, files)
    assert result.exit_code == 1
    err = result.stderr if hasattr(result, "stderr") else result.output
    assert "empty.txt: file is empty" in err
    assert "binary.txt: file is binary" in err
    assert "latin1.txt: file is not valid UTF-8" in err
    assert "huge.txt: file is too large" in err
    assert (out / "good.json").is_file()
    assert not (out / "empty.json").exists()


def test_eval_extract_prints_macro_f1_last(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    gold = {"published": "2024-09-06", "language": "en", "sites": [], "events": [],
            "organizations": [], "people": [], "figures": [], "targets": [],
            "agreements": [{"count": 20, "qualifier": "more_than", "status": "signed"}]}  # fmt: skip
    (tmp_path / "x.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(eval_extract_cmd, ["--gold", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1].startswith("macro_f1=")
