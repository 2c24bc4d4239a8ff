"""`compare` and `propose`: what real translations do must be consistent, slips must show."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from crosscheck.align import compare
from crosscheck.text import Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "vietnam-guangxi"


def rows(en: str, vi: str, dateline: date | None = None) -> list[dict[str, object]]:
    result = compare(Document.from_text(en, "en"), Document.from_text(vi, "vi"), dateline)
    return [r.as_dict() for r in result.rows]


CONSISTENT = [
    ("in February, prices rose", "vào tháng 2, giá tăng"),
    ("on May 30, 2005", "ngày 30 tháng 5 năm 2005"),
    ("on May 30, 2005", "ngày 30/5/2005"),
    ("at 3 p.m. local time", "lúc 15 giờ giờ địa phương"),
    ("at 3 p.m. local time", "lúc 15h giờ địa phương"),
    ("at 3 p.m. local time", "lúc 3 giờ chiều giờ địa phương"),
    ("at 3 p.m. local time", "bắt đầu 15 giờ"),
    ("as of 5 a.m. Sunday", "tính đến 05:00 Chủ nhật"),
    ("Fifty-eight percent of voters", "58% cử tri"),
    ("in the second quarter of 2018", "trong quý 2 năm 2018"),
    ("a £2.8bn deal", "thỏa thuận 2,8 tỷ bảng Anh"),
    ("$200 billion in tariffs", "200 tỷ đô la thuế quan"),
    ("$200 billion in tariffs", "200 tỷ USD thuế quan"),
    ("a 5 miles walk", "đi bộ 8 km"),
    ("10,000 people marched", "10,000 người tuần hành"),
    ("it was 7.5 degrees", "trời 7.5 độ"),
    ("About 40,000 new cases", "40.000 ca mới"),
    ("his 18th district", "quận 18 của ông"),
    ("Officials in Beijing said", "Các quan chức ở Bắc Kinh cho biết"),
    ("President Xi Jinping met", "Chủ tịch Tập Cận Bình đã gặp"),
    ("floods in Yunnan province", "lũ lụt ở tỉnh Vân Nam"),
    ("Chelsea beat Arsenal", "Chelsea thắng Arsenal"),
    ("Quinton Tellis was charged", "Quinton Tellis đã bị buộc tội"),
    ("One in five children", "Một trên năm trẻ em"),
    ("Five of the victims", "Năm nạn nhân"),
]


@pytest.mark.parametrize(("en", "vi"), CONSISTENT, ids=[en for en, _ in CONSISTENT])
def test_real_translation_habits_are_consistent(en: str, vi: str) -> None:
    found = rows(en, vi)
    assert found, "nothing was read"
    assert all(r["status"] == "consistent" for r in found), found


FLAGGED = [
    ("a 30 yards run", "chạy 30m", "discrepancy"),
    ("19 million people", "10 triệu người", "discrepancy"),
    ("the talks on Wednesday", "cuộc hội đàm hôm thứ Năm", "discrepancy"),
    ("trade rose 15.4 per cent", "thương mại tăng", "only_en"),
    ("thương mại", "thương mại tăng 15,4%", "only_vi"),
    ("about 39.1 per cent", "trên 39,1%", "discrepancy"),
    ("Quinton Tellis was charged", "Quinton Tellas đã bị buộc tội", "discrepancy"),
]


@pytest.mark.parametrize(("en", "vi", "status"), FLAGGED, ids=[f"{en} | {vi}" for en, vi, _ in FLAGGED])
def test_slips_are_flagged(en: str, vi: str, status: str) -> None:
    found = rows(en, vi, date(2025, 2, 19))
    assert status in [r["status"] for r in found], found


def test_english_separators_in_vietnamese_are_said() -> None:
    (row,) = rows("10,000 people", "10,000 người")
    assert row["status"] == "consistent" and row["note"] == "read with English separators"


def test_whole_documents_not_sentences() -> None:
    """Paragraphs reordered: each value still finds its counterpart anywhere."""
    en = "Trade reached US$41.6 billion.\n\nThe plan runs 2024-26."
    vi = "Kế hoạch giai đoạn 2024 – 2026.\n\nThương mại đạt 41,6 tỷ USD."
    assert [r["status"] for r in rows(en, vi)] == ["consistent", "consistent"]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", *args], cwd=cwd, capture_output=True, text=True
    )


def test_compare_cli_json_and_exit_codes(tmp_path: Path) -> None:
    ok = run("compare", str(SEEDS / "en.txt"), str(SEEDS / "vi.txt"), "--format", "json", cwd=tmp_path)
    payload = json.loads(ok.stdout)
    statuses = {r["status"] for r in payload["rows"]}
    assert statuses <= {"consistent", "only_en", "only_vi", "review"}  # the seeds differ in one-sided facts
    assert ok.returncode == 1
    assert all({"kind", "en", "vi", "status"} <= set(r) for r in payload["rows"])
    (tmp_path / "en.txt").write_text("Trade rose 15.4 per cent on Wednesday.", encoding="utf-8")
    (tmp_path / "vi.txt").write_text("Thương mại tăng 15,4% hôm thứ Tư.", encoding="utf-8")
    same = run("compare", "en.txt", "vi.txt", "--dateline", "2025-02-19", cwd=tmp_path)
    assert same.returncode == 0, same.stdout
    missing = run("compare", "en.txt", "nope.txt", cwd=tmp_path)
    assert missing.returncode == 2 and "nope.txt: seed file not found" in missing.stderr


def test_propose_drafts_a_file_the_gate_accepts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A local run: the draft's REVIEW claims warn (tests/test_review.py has CI failing on them).
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("CROSSCHECK_UNREVIEWED", raising=False)
    (tmp_path / "pyproject.toml").write_text("")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    out = tmp_path / "claims" / "draft.toml"
    args = (
        "propose",
        "seeds/vietnam-guangxi/en.txt",
        "seeds/vietnam-guangxi/vi.txt",
        "-o",
        "claims/draft.toml",
    )
    first = run(*args, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    text = out.read_text(encoding="utf-8")
    assert "dateline = 2025-02-19" in text  # found in the English wire's dateline
    assert 'reason = "REVIEW: found only in vi"' in text
    gate = run("check", "claims/draft.toml", cwd=tmp_path)
    assert gate.returncode == 0, gate.stdout + gate.stderr
    assert "unreviewed" in gate.stdout and "is unreviewed (REVIEW: found only in vi)" in gate.stderr
    again = run(*args, cwd=tmp_path)
    assert again.returncode == 2 and "pass --force" in again.stderr
    assert out.read_text(encoding="utf-8") == text  # never overwritten without --force
    forced = run(*args, "--force", cwd=tmp_path)
    assert forced.returncode == 0


def test_propose_lists_suspected_discrepancies_at_the_top(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text("Some 19 million people voted.", encoding="utf-8")
    (tmp_path / "vi.txt").write_text("Khoảng 10 triệu người đã bỏ phiếu.", encoding="utf-8")
    draft = run("propose", "en.txt", "vi.txt", cwd=tmp_path)
    assert draft.returncode == 0
    assert (
        "# SUSPECTED DISCREPANCY: count: en line 1 'Some 19 million' against vi line 1 'Khoảng 10 triệu'"
        in draft.stdout
    )
