"""`crosscheck compare --pairs DIR` / `--manifest CSV`: many pairs, one bad, all reported."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck import pairs

SAMPLES = Path(__file__).parent / "inputs"
EN = "On February 19, 2025, trade reached US$41.6 billion, a 15.4 per cent increase.\n"
VI = "Ngày 19/2/2025, thương mại đạt 41,6 tỷ USD, tăng 15,4%.\n"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Five pairs: text agreeing, text with a slip, Markdown, one translation file, one broken."""
    root = tmp_path / "archive"
    for name, en, vi in (("a-good", EN, VI), ("b-slip", EN, VI.replace("41,6", "46,1"))):
        (root / name).mkdir(parents=True)
        (root / name / "en.txt").write_text(en, encoding="utf-8")
        (root / name / "vi.txt").write_text(vi, encoding="utf-8")
    (root / "c-markdown").mkdir()
    shutil.copy(SAMPLES / "story.en.md", root / "c-markdown" / "story.en.md")
    shutil.copy(SAMPLES / "story.vi.md", root / "c-markdown" / "story.vi.md")
    shutil.copy(SAMPLES / "story.xliff", root / "d-story.xliff")
    (root / "e-broken").mkdir()
    (root / "e-broken" / "en.txt").write_text(EN, encoding="utf-8")
    (root / "e-broken" / "vi.txt").write_bytes("Hà Nội 41,6 tỷ".encode("utf-16"))
    return root


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crosscheck", *args], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8")  # fmt: skip


def test_jsonl_streams_one_line_per_pair_in_order_and_a_bad_pair_stops_nothing(archive: Path) -> None:
    result = run("compare", "--pairs", str(archive), "--format", "jsonl", "--workers", "2", cwd=archive)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [p["pair"] for p in lines] == ["a-good", "b-slip", "c-markdown", "d-story.xliff", "e-broken"]
    assert [p["status"] for p in lines] == ["consistent", "flagged", "consistent", "consistent", "error"]
    slip = [r for r in lines[1]["rows"] if r["status"] == "discrepancy"]
    assert [(r["en"], r["vi"]) for r in slip] == [("US$41.6 billion", "46,1 tỷ USD")]
    assert "UTF-16" in lines[4]["error"] and "e-broken/vi.txt" in lines[4]["error"]
    assert "\n" not in lines[4]["error"]
    # The summary goes to stderr, so stdout stays JSON lines only; unusable input: exit 2.
    assert "5 pairs, 1 flagged, 1 unusable" in result.stderr
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_the_same_lines_with_one_worker_or_two(archive: Path) -> None:
    one = run("compare", "--pairs", str(archive), "--format", "jsonl", "--workers", "1", cwd=archive)
    two = run("compare", "--pairs", str(archive), "--format", "jsonl", "--workers", "2", cwd=archive)
    assert one.stdout == two.stdout and one.stdout.count("\n") == 5


def test_table_names_flagged_and_unusable_pairs_then_the_summary(archive: Path) -> None:
    result = run("compare", "--pairs", str(archive), "--workers", "2", cwd=archive)
    out = result.stdout
    assert "b-slip: 1 discrepancy" in out
    assert "e-broken: unusable:" in out
    assert "a-good" not in out  # a consistent pair is only counted
    summary = out[out.index("kind ") :]
    money = next(line.split() for line in summary.splitlines() if line.startswith("money"))
    # money: 3 consistent (a-good, c-markdown, the XLIFF) and 1 discrepancy (b-slip).
    assert money[1:3] == ["3", "1"]
    assert "5 pairs, 1 flagged, 1 unusable" in out and "pairs/s" in out
    assert result.stderr == ""  # no progress bar when the output is not a terminal


def test_manifest_lists_pairs_relative_to_itself(archive: Path) -> None:
    manifest = archive / "pairs.csv"
    manifest.write_text("id,en,vi,bilingual,dateline\n"
                        "good,a-good/en.txt,a-good/vi.txt,,2025-02-19\n"
                        "xliff,,,d-story.xliff,\n"
                        "missing,a-good/en.txt,nowhere/vi.txt,,\n"
                        "baddate,a-good/en.txt,a-good/vi.txt,,19/2/2025\n", encoding="utf-8")  # fmt: skip
    result = run("compare", "--manifest", str(manifest), "--format", "jsonl", cwd=archive.parent)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [p["status"] for p in lines] == ["consistent", "consistent", "error", "error"]
    assert "nowhere/vi.txt" in lines[2]["error"] and "not found" in lines[2]["error"]
    assert lines[3]["error"].endswith(
        "pairs.csv:5: dateline '19/2/2025' is not a date; write it as 2025-02-19"
    )
    assert result.returncode == 2


def test_manifest_without_a_header_is_one_line_exit_2(tmp_path: Path) -> None:
    manifest = tmp_path / "pairs.csv"
    manifest.write_text("a/en.txt,a/vi.txt\n", encoding="utf-8")
    result = run("compare", "--manifest", str(manifest), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "pairs.csv:1: needs a header row" in result.stderr


def test_folder_with_no_pairs_is_one_line_exit_2(tmp_path: Path) -> None:
    result = run("compare", "--pairs", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 2 and "holds no pair folders" in result.stderr


def test_a_folder_with_three_versions_is_reported_not_guessed(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    for name in ("en.txt", "vi.txt", "vi.md"):
        (folder / name).write_text(VI, encoding="utf-8")
    job = pairs.in_folder(tmp_path)[0]
    assert job.problem is not None and "en.txt, vi.md, vi.txt" in job.problem


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(archive: Path) -> None:
    jobs = pairs.in_folder(archive)
    terminal, piped = _Terminal(), io.StringIO()
    pairs.report(jobs, 1, "jsonl", io.StringIO(), terminal)
    pairs.report(jobs, 1, "jsonl", io.StringIO(), piped)
    assert "5/5" in terminal.getvalue() and "pair" in terminal.getvalue()
    assert "5/5" not in piped.getvalue() and "5 pairs" in piped.getvalue()


def test_translation_file_alone_and_input_format_override(tmp_path: Path) -> None:
    plain = tmp_path / "story.txt"  # an XLIFF saved under another extension
    shutil.copy(SAMPLES / "story.xlf", plain)
    result = run("compare", str(plain), "--input-format", "xliff", "--format", "json", cwd=tmp_path)
    rows = json.loads(result.stdout)["rows"]
    slip = next(r for r in rows if r["status"] == "discrepancy")
    assert slip["en_where"] == ["unit p2"] and slip["vi"] == "46,1 tỷ USD"
    assert result.returncode == 1
    alone = run("compare", str(SAMPLES / "story.en.md"), cwd=tmp_path)
    assert alone.returncode == 2 and "holds one version" in alone.stderr


def test_docx_pair_table_shows_paragraphs(tmp_path: Path) -> None:
    result = run("compare", str(SAMPLES / "story.en.docx"), str(SAMPLES / "story.vi.docx"), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    header = result.stdout.splitlines()[0]
    assert "en paragraph" in header and "vi paragraph" in header
    money = next(line for line in result.stdout.splitlines() if line.startswith("money"))
    assert money.split()[1] == "5"


def test_propose_from_a_translation_file_passes_its_own_story(tmp_path: Path) -> None:
    result = run("propose", str(SAMPLES / "story.xliff"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert 'value = "US$41.6 billion"' in result.stdout or "41.6 billion" in result.stdout


def _crash_on_boom(job: pairs.Job) -> pairs.Outcome:
    """A pair that kills its worker process (as running out of memory would)."""
    import os

    if job.id == "boom":
        os._exit(1)
    return pairs.Outcome(job.id, (), rows=[{"kind": "money", "status": "consistent"}])


def test_a_pair_that_kills_its_worker_is_reported_and_the_rest_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # The workers are forked from this process, so they run the patched judge too.
    monkeypatch.setattr(pairs, "judge", _crash_on_boom)
    jobs = [pairs.Job(name, ()) for name in ("a", "b", "boom", "c", "d", "e")]
    outcomes = list(pairs.run(jobs, 2))
    assert [o.id for o in outcomes] == ["a", "b", "boom", "c", "d", "e"]
    assert [o.status for o in outcomes] == ["consistent"] * 2 + ["error"] + ["consistent"] * 3
    assert "died" in str(outcomes[2].error)
