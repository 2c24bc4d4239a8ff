"""SARIF for a translation file: a finding names its unit by id (a logical location) and
sits on the file's line where that unit starts, not on a line numbered like the unit."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from crosscheck.cli import main
from crosscheck.inputs import read_input
from tiny_story import SAMPLE_CLAIM

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "tests" / "inputs"
SCHEMA = json.loads((ROOT / "tests" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
STORY = """[story]
id = "s"
bilingual = "../seeds/story.xlf"
dateline = 2025-02-19
"""
STORY += SAMPLE_CLAIM


def _sarif(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    main(list(argv))
    log: dict[str, Any] = json.loads(capsys.readouterr().out)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    return log


def _line_of(path: Path, needle: str) -> int:
    return next(
        n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line
    )


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "claims").mkdir()
    shutil.copy(SAMPLES / "story.xlf", tmp_path / "seeds" / "story.xlf")  # its Vietnamese says 46,1 in p2
    (tmp_path / "claims" / "s.toml").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_places_a_discrepancy_on_its_unit(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = _sarif(capsys, "check", "claims/s.toml", "--format", "sarif")
    [result] = [r for r in log["runs"][0]["results"] if r["ruleId"] == "crosscheck/money/discrepancy"]
    where = result["locations"][0]
    assert where["logicalLocations"] == [
        {"name": "p2", "fullyQualifiedName": "seeds/story.xlf#unit=p2", "kind": "element"}
    ]
    region = where["physicalLocation"]["region"]
    # Unit p2 is the fourth unit, and starts on line 17 of the file: the line, not the number.
    assert region["startLine"] == _line_of(repo / "seeds" / "story.xlf", '<trans-unit id="p2">') == 17
    assert region["snippet"]["text"] == "46,1 tỷ USD"
    english = [r for r in result["relatedLocations"] if r.get("logicalLocations")]
    assert [r["message"]["text"] for r in english] == ["en unit p2: US$41.6 billion"]


def test_compare_places_a_differing_figure_on_its_unit(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = _sarif(capsys, "compare", "seeds/story.xlf", "--format", "sarif")
    money = next(r for r in log["runs"][0]["results"] if r["ruleId"].startswith("crosscheck/money/"))
    where = money["locations"][0]
    assert where["logicalLocations"][0]["name"] == "p2"
    assert where["physicalLocation"]["region"]["startLine"] == 17


def test_a_plain_text_seed_keeps_its_lines_and_no_logical_location(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "seeds" / "en.txt").write_text("Trade reached US$41.6 billion in 2024.\n", encoding="utf-8")
    (repo / "seeds" / "vi.txt").write_text("Thương mại\n\nđạt 46,1 tỷ USD năm 2024.\n", encoding="utf-8")
    log = _sarif(capsys, "compare", "seeds/en.txt", "seeds/vi.txt", "--format", "sarif")
    money = [r for r in log["runs"][0]["results"] if r["ruleId"].startswith("crosscheck/money/")]
    places = [p for r in money for p in r["locations"] + r.get("relatedLocations", [])]
    assert not any("logicalLocations" in p for p in places)
    lines = {(p["physicalLocation"]["artifactLocation"]["uri"], p["physicalLocation"]["region"]["startLine"])
             for p in places}  # fmt: skip
    assert {("seeds/en.txt", 1), ("seeds/vi.txt", 3)} <= lines


@pytest.mark.parametrize(
    ("sample", "starts"),
    [("story.xlf", "<trans-unit "), ("story.xliff", "<unit "), ("story.tmx", "<tu"), ("story.po", "")],
)
def test_every_translation_format_knows_where_its_units_start(sample: str, starts: str) -> None:
    path = SAMPLES / sample
    docs = read_input(path, sample)
    lines = path.read_text(encoding="utf-8").splitlines()
    doc = docs["en"]
    units = len(doc.labels)  # type: ignore[attr-defined]
    found = [doc.file_line(n) for n in range(1, units + 1)]  # type: ignore[attr-defined]
    assert units >= 4 and all(isinstance(n, int) for n in found) and found == sorted(set(found))
    for n in found:
        line = lines[n - 1].strip()
        # A PO entry starts with its comments, msgctxt or msgid.
        assert line.startswith(starts) if starts else line.startswith(("#", "msgctxt", "msgid")), (n, line)
