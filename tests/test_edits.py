"""Edits of the Việt Nam–Guangxi seeds, and the verdict the gate must give on each.

Every case edits copies of the two seeds in a throwaway repository (the claims file is
copied unchanged) and runs the whole check. An edit that changes what a version says
must fail the check, and where it can, the test also says which claim fails or which
unexplained figure or name shows (with its line); an edit that only changes how a
version says it must pass. Each edit replaces an exact substring, and the substring is
asserted to be in the seed first, so no case can quietly turn into a no-op.
"""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from crosscheck.claims import load
from crosscheck.engine import Report, check

ROOT = Path(__file__).resolve().parents[1]
STORY = "vietnam-guangxi"
CLAIMS = ROOT / "claims" / f"{STORY}.toml"
SEEDS = ROOT / "seeds" / STORY
NBSP = "\u00a0"
BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Edit:
    """Replace `old` by `new` in one version: the first `count` times, or all (-1)."""

    lang: str
    old: str
    new: str
    count: int = 1

    def apply(self, text: str) -> str:
        found = text.count(self.old)
        assert found, f"{self.lang} seed has no {self.old!r}: the edit would be a no-op"
        if self.count > 0:
            assert found >= self.count, f"{self.lang} seed has {self.old!r} only {found} times"
        return text.replace(self.old, self.new, self.count)


Transform = Callable[[str], str]
Change = Edit | tuple[str, Transform]  # an edit, or (lang, whole-text transform)


def E(lang: str, old: str, new: str, count: int = 1) -> Edit:
    return Edit(lang, old, new, count)


def seed_text(lang: str) -> str:
    return (SEEDS / f"{lang}.txt").read_bytes().decode("utf-8")


def make_repo(root: Path, texts: dict[str, bytes]) -> Path:
    """A repository with the story's claims unchanged and the given seed bytes."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_bytes(b"")
    seeds = root / "seeds" / STORY
    seeds.mkdir(parents=True)
    for lang, data in texts.items():
        (seeds / f"{lang}.txt").write_bytes(data)
    claims = root / "claims"
    claims.mkdir()
    shutil.copyfile(CLAIMS, claims / CLAIMS.name)
    return claims / CLAIMS.name


def edited(changes: tuple[Change, ...]) -> dict[str, str]:
    texts = {lang: seed_text(lang) for lang in ("en", "vi")}
    for change in changes:
        if isinstance(change, Edit):
            texts[change.lang] = change.apply(texts[change.lang])
        else:
            lang, transform = change
            before = texts[lang]
            texts[lang] = transform(before)
            assert texts[lang] != before, f"transform of {lang} changed nothing"
    return texts


@pytest.fixture
def story_copy(tmp_path: Path) -> Callable[..., tuple[Report, dict[str, str]]]:
    """Apply changes to copies of the seeds, check the story; return report and texts."""

    def run(*changes: Change, bom: tuple[str, ...] = ()) -> tuple[Report, dict[str, str]]:
        texts = edited(changes)
        data = {lang: (BOM if lang in bom else b"") + t.encode("utf-8") for lang, t in texts.items()}
        path = make_repo(tmp_path, data)
        return check(load(path)), texts

    return run


def describe(report: Report) -> str:
    lines = [f"{r.claim.id}: {r.status} {r.message}" for r in report.results if r.failed]
    lines += [
        f"unexplained {u.lang} line {u.line}: {u.kind} {u.text!r} ({u.value})"
        for found in report.unexplained.values()
        for u in found
    ]
    return "\n".join(lines) or "nothing failed"


def line_of(text: str, needle: str) -> int:
    at = text.index(needle)
    return text.count("\n", 0, at) + 1


def test_unedited_seeds_pass(story_copy: Callable[..., tuple[Report, dict[str, str]]]) -> None:
    report, _ = story_copy()
    assert report.ok, describe(report)


# --- edits that keep the meaning -----------------------------------------------------


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


PRESERVING = [
    pytest.param((E("en", "15.4 per cent", "15.4%"),), id="en-per-cent-to-sign"),
    pytest.param((E("en", "15.4 per cent", "15.4 percent"),), id="en-per-cent-to-percent"),
    pytest.param((E("en", "US$41.6 billion", "41.6 billion USD"),), id="en-usd-after"),
    pytest.param((E("en", "US$41.6 billion", "US$41.60 billion"),), id="en-trailing-zero"),
    pytest.param((E("en", "approximately", "about"),), id="en-approximately-to-about"),
    pytest.param((E("vi", "tỷ", "tỉ", -1),), id="vi-ty-spelled-ti"),
    pytest.param((E("vi", "15,4%", "15,4 %", -1),), id="vi-space-before-percent"),
    pytest.param((E("vi", "15,4%", "15,4 phần trăm", -1),), id="vi-phan-tram"),
    pytest.param((E("vi", "trên 95%", "hơn 95%"),), id="vi-tren-to-hon"),
    pytest.param((E("vi", "khoảng 39,1%", "gần 39,1%"),), id="vi-khoang-to-gan"),
    pytest.param((E("en", "2024-26", "2024–26", -1),), id="en-period-en-dash"),
    pytest.param((E("en", "2024-26", "2024-2026", -1),), id="en-period-full-years"),
    pytest.param((E("vi", "02 văn kiện", "hai văn kiện"),), id="vi-count-in-words"),
    pytest.param((E("en", "two cooperation documents", "2 cooperation documents"),), id="en-count-in-digits"),
    pytest.param(
        (E("en", "26 consecutive years", "twenty-six consecutive years"),), id="en-duration-in-words"
    ),
    pytest.param((E("en", "22nd", "twenty-second"),), id="en-ordinal-in-words"),
    pytest.param((E("vi", "Ngày 19/2", "Ngày 19/02"),), id="vi-date-zero-padded"),
    pytest.param((E("vi", "Ngày 19/2", "Ngày 19/2/2025"),), id="vi-date-with-year"),
    pytest.param((("vi", _nfd),), id="vi-nfd"),
    pytest.param((("en", _nfd), ("vi", _nfd)), id="both-nfd"),
    pytest.param((E("vi", "Ủy", "Uỷ"),), id="vi-old-tone-placement-uy"),
    pytest.param((E("vi", "hóa", "hoá", -1),), id="vi-old-tone-placement-hoa"),
    pytest.param((E("vi", NBSP, " ", -1),), id="vi-nbsp-to-space"),
    pytest.param((("en", _crlf), ("vi", _crlf)), id="both-crlf"),
    pytest.param((E("en", "US$41.6 billion", "US$41.6\nbillion"),), id="en-rewrap-in-figure"),
    pytest.param((E("vi", "41,6 tỷ USD", "41,6\ntỷ USD"),), id="vi-rewrap-in-figure"),
    pytest.param((E("vi", "41,6 tỷ USD", "41,6\ntỷ USD", -1),), id="vi-rewrap-both-figures"),
    pytest.param((E("en", "US$41.6 billion", "$41.6bn"),), id="en-money-abbreviated"),
    pytest.param((E("vi", "tỷ USD", "tỷ đô la", -1),), id="vi-do-la"),
    pytest.param((E("vi", "15,4%", "15,40%", -1),), id="vi-percent-trailing-zero"),
    pytest.param((E("vi", "lần thứ 22", "lần thứ hai mươi hai"),), id="vi-ordinal-in-words"),
    pytest.param(
        (E("vi", "2024-2026", "2024–2026"), E("vi", "2024 – 2026", "2024-2026")), id="vi-period-dashes"
    ),
    pytest.param((E("vi", "Ngày 19/2", "Ngày 19-2"),), id="vi-date-dash"),
    pytest.param((E("vi", "Ngày 19/2", "Ngày 19 tháng 2"),), id="vi-date-thang"),
    pytest.param((E("en", "2025-02-19", "19 February 2025"),), id="en-date-spelled"),
    pytest.param((E("vi", "Trần Cương", "Trần\u00a0Cương", -1),), id="vi-nbsp-inside-name"),
    pytest.param((E("vi", "Trần Cương", "Trần Cư\u00adơng"),), id="vi-soft-hyphen-in-name"),
    pytest.param((E("vi", "39,1%", "39,\u200b1%"),), id="vi-zero-width-space-in-figure"),
    pytest.param(
        (("en", lambda t: t.replace("\n", "\r")), ("vi", lambda t: t.replace("\n", "\r"))), id="both-cr-only"
    ),
]


@pytest.mark.parametrize("changes", PRESERVING)
def test_meaning_preserving_edit_passes(
    story_copy: Callable[..., tuple[Report, dict[str, str]]], changes: tuple[Change, ...]
) -> None:
    report, _ = story_copy(*changes)
    assert report.ok, describe(report)


@pytest.mark.parametrize("bom", [("en",), ("vi",), ("en", "vi")], ids=["en", "vi", "both"])
def test_byte_order_mark_passes(
    story_copy: Callable[..., tuple[Report, dict[str, str]]], bom: tuple[str, ...]
) -> None:
    report, _ = story_copy(bom=bom)
    assert report.ok, describe(report)


def test_bom_and_crlf_keep_line_numbers(
    story_copy: Callable[..., tuple[Report, dict[str, str]]],
) -> None:
    """A BOM and CRLF change no line: an added figure is reported on the line it has."""
    report, texts = story_copy(
        E("en", "he said.", "he said. Exports rose 12 per cent."),
        ("en", _crlf),
        ("vi", _crlf),
        bom=("en", "vi"),
    )
    assert not report.ok
    line = line_of(texts["en"], "12 per cent")
    assert [(u.line, u.text) for u in report.unexplained["en"]] == [(line, "12 per cent")]


# --- edits that change the meaning ---------------------------------------------------


@dataclass(frozen=True)
class Expect:
    """What a meaning-changing edit must show besides `report.ok is False`."""

    claim: str | None = None  # a claim that must fail
    lang: str | None = None  # an unexplained item in this version ...
    text: str | None = None  # ... whose text holds this, on the line where it is
    nearest: tuple[str, str] | None = None  # (lang, text) the failing claim points at


def changing(
    id_: str,
    *changes: Change,
    claim: str | None = None,
    unexplained: tuple[str, str] | None = None,
    nearest: tuple[str, str] | None = None,
) -> tuple[object, object]:
    """A case for both tests below: the verdict, and which claim or item it blames."""
    lang, text = unexplained or (None, None)
    expect = Expect(claim, lang, text, nearest)
    return (pytest.param(changes, id=id_), pytest.param(changes, expect, id=id_))


CHANGING = [
    # a claimed name put in another claimed name's place: `occurs` counts them
    changing("en-place-swap", E("en", "Guangxi’s largest", "China’s largest"), claim="guangxi"),
    changing(
        "vi-person-swap",
        E("vi", "Bí thư Trần Cương vui mừng", "Bí thư Nguyễn Hồng Diên vui mừng"),
        claim="guangxi-secretary",
    ),
    # a digit
    changing(
        "en-money-digit", E("en", "US$41.6", "US$41.7"), claim="trade-2024", nearest=("en", "US$41.7 billion")
    ),
    changing("vi-money-digits-first", E("vi", "đã đạt 41,6", "đã đạt 46,1"), claim="trade-2024"),
    changing("vi-money-digits-second", E("vi", "Việt Nam đạt 41,6", "Việt Nam đạt 46,1"), claim="trade-2024"),
    changing("vi-percent-digit", E("vi", "39,1", "39,7"), claim="guangxi-trade-share"),
    changing("en-percent-digit", E("en", "15.4 per cent", "15.5 per cent"), claim="trade-growth"),
    changing("vi-fraction", E("vi", "chiếm 1/3", "chiếm 1/4"), claim="fruit-trade-share"),
    # a scale word
    changing("vi-scale-ty-to-trieu", E("vi", "đã đạt 41,6 tỷ", "đã đạt 41,6 triệu"), claim="trade-2024"),
    changing("en-scale-billion-to-million", E("en", "billion", "million"), claim="trade-2024"),
    # a shifted decimal
    changing("en-shifted-decimal", E("en", "41.6", "4.16"), claim="trade-2024"),
    changing("vi-shifted-decimal", E("vi", "15,4", "1,54"), claim="trade-growth"),
    # a qualifier
    changing(
        "vi-khoang-to-tren",
        E("vi", "khoảng 39,1%", "trên 39,1%"),
        claim="guangxi-trade-share",
        nearest=("vi", "trên 39,1%"),
    ),
    changing("vi-tren-to-duoi", E("vi", "trên 95%", "dưới 95%"), claim="land-border-share"),
    changing(
        "en-approximately-to-over", E("en", "approximately 39.1", "over 39.1"), claim="guangxi-trade-share"
    ),
    changing("en-qualifier-dropped", E("en", "approximately 39.1", "39.1"), claim="guangxi-trade-share"),
    # an ordinal
    changing("en-ordinal", E("en", "22nd", "122nd"), claim="expo-edition"),
    changing("vi-ordinal", E("vi", "lần thứ 22", "lần thứ 122"), claim="expo-edition"),
    changing("vi-proposal-number", E("vi", "Thứ ba,", "Thứ năm,"), claim="proposal-3"),
    # a period's end
    changing("en-period-end", E("en", "2024-26", "2024-27"), claim="action-plan-period"),
    changing("vi-period-end", E("vi", "2024-2026", "2024-2025"), claim="action-plan-period"),
    changing("vi-period-end-spaced", E("vi", "2024 – 2026", "2024 – 2027"), claim="action-plan-period"),
    # a year
    changing("en-year", E("en", "the 2025 priority", "the 2026 priority"), claim="task-list-year"),
    changing(
        "vi-year",
        E("vi", "năm 2023", "năm 2022"),
        claim="trade-growth-base-year",
    ),
    changing("vi-trade-year", E("vi", "thương mại năm 2024", "thương mại năm 2023"), claim="trade-year"),
    changing("en-trade-year", E("en", "in 2024", "in 2023"), claim="trade-year"),
    # a day or a month
    changing("vi-day", E("vi", "Ngày 19/2", "Ngày 18/2"), claim="talks-date", nearest=("vi", "18/2")),
    changing("vi-month", E("vi", "Ngày 19/2", "Ngày 19/3"), claim="talks-date"),
    changing("en-day", E("en", "2025-02-19", "2025-02-18"), claim="talks-date"),
    changing(
        "en-weekday", E("en", "Wednesday", "Thursday"), claim="talks-weekday", nearest=("en", "Thursday")
    ),
    # a name by one letter or one tone mark
    changing(
        "vi-name-tone-cuong",
        E("vi", "Trần Cương", "Trần Cường"),
        claim="guangxi-secretary",
        nearest=("vi", "Trần Cường"),
    ),
    changing("vi-name-tone-dien", E("vi", "Nguyễn Hồng Diên", "Nguyễn Hồng Diện"), claim="minister"),
    changing(
        "en-name-letter-gang",
        E("en", "Chen Gang", "Chen Gong"),
        claim="guangxi-secretary",
        nearest=("en", "Chen Gong"),
    ),
    changing(
        "vi-place-letter",
        E("vi", "Quảng Ninh", "Quảng Minh"),
        claim="quang-ninh",
    ),
    changing("en-place-letter", E("en", "Quảng Ninh", "Quảng Minh"), claim="quang-ninh"),
    # a person or place no claim names
    changing(
        "en-person-added",
        E("en", "he said.", "he said. Prime Minister Phạm Minh Chính attended."),
        unexplained=("en", "Phạm Minh Chính"),
    ),
    changing(
        "vi-person-added",
        E("vi", "Tại hội đàm, Bí thư", "Tại hội đàm có Thủ tướng Phạm Minh Chính, Bí thư"),
        unexplained=("vi", "Phạm Minh Chính"),
    ),
    changing("en-place-replaced", E("en", "Quảng Ninh", "Lạng Sơn"), unexplained=("en", "Lạng Sơn")),
    # a figure added to one version
    changing(
        "en-figure-added",
        E("en", "he said.", "he said. Exports rose 12 per cent."),
        unexplained=("en", "12 per cent"),
    ),
    changing(
        "vi-figure-added",
        E("vi", "02 văn kiện hợp tác", "02 văn kiện hợp tác trị giá 5 tỷ USD"),
        unexplained=("vi", "5 tỷ USD"),
    ),
    # a figure deleted
    changing(
        "en-duration-deleted",
        E(
            "en",
            " Việt Nam has been Guangxi’s largest trading partner for 26 consecutive years, he said.",
            "",
        ),
        claim="top-partner-years",
    ),
    changing("vi-percent-deleted", E("vi", "khoảng 39,1% ", ""), claim="guangxi-trade-share"),
    changing("vi-money-deleted-once", E("vi", " đạt 41,6 tỷ USD", "", 1), claim="trade-2024"),
    # two figures of one version swapped between their facts
    changing(
        "en-swap-percents",
        E("en", "a 15.4 per cent", "a 39.1 per cent"),
        E("en", "approximately 39.1 per cent", "approximately 15.4 per cent"),
        claim="trade-growth",
    ),
    changing(
        "vi-swap-percents",
        E(
            "vi",
            "tăng 15,4% so với cùng kỳ năm 2023. Việt Nam",
            "tăng 41,3% so với cùng kỳ năm 2023. Việt Nam",
        ),
        E("vi", "tăng trưởng 41,3%", "tăng trưởng 15,4%"),
        claim="trade-growth",
    ),
    changing(
        "en-swap-years",
        E(
            "en",
            "the 2024-26 action plan and the 2025 priority",
            "the 2025 action plan and the 2024-26 priority",
        ),
        claim="task-list-year",
    ),
    # a unit, a currency, or points for per cent
    changing(
        "en-percentage-points", E("en", "15.4 per cent", "15.4 percentage points"), claim="trade-growth"
    ),
    changing("vi-diem-phan-tram", E("vi", "15,4%", "15,4 điểm phần trăm"), claim="trade-growth"),
    changing("en-currency", E("en", "US$41.6", "£41.6"), claim="trade-2024"),
    changing("vi-currency", E("vi", "41,6 tỷ USD", "41,6 tỷ đồng"), claim="trade-2024"),
    changing(
        "vi-duration-unit", E("vi", "26 năm liên tiếp", "26 tháng liên tiếp"), claim="top-partner-years"
    ),
    # a qualifier added or dropped
    changing("en-qualifier-added", E("en", "reached US$41.6", "reached about US$41.6"), claim="trade-2024"),
    changing("vi-qualifier-dropped", E("vi", "trên 95%", "95%"), claim="land-border-share"),
    # an ordinal word
    changing("en-first-to-second", E("en", "his first overseas", "his second overseas"), claim="first-trip"),
    changing(
        "vi-dau-tien-to-thu-hai", E("vi", "nước ngoài đầu tiên", "nước ngoài thứ hai"), claim="first-trip"
    ),
    changing("en-period-start", E("en", "2024-26", "2023-26"), claim="action-plan-period"),
    changing("vi-date-other-year", E("vi", "Ngày 19/2", "Ngày 19/2/2024"), claim="talks-date"),
    changing("vi-border-growth", E("vi", "41,3%", "41,8%"), claim="border-gate-growth"),
    # a count
    changing(
        "en-count",
        E("en", "two cooperation documents", "three cooperation documents"),
        claim="documents-signed",
    ),
    changing("vi-count", E("vi", "02 văn kiện", "03 văn kiện"), claim="documents-signed"),
    # a duration
    changing(
        "en-duration", E("en", "26 consecutive years", "25 consecutive years"), claim="top-partner-years"
    ),
    changing("vi-duration", E("vi", "26 năm liên tiếp", "25 năm liên tiếp"), claim="top-partner-years"),
]


@pytest.mark.parametrize("changes", [verdict for verdict, _ in CHANGING])
def test_meaning_changing_edit_fails(
    story_copy: Callable[..., tuple[Report, dict[str, str]]], changes: tuple[Change, ...]
) -> None:
    report, _ = story_copy(*changes)
    assert report.ok is False, "the check passed an edit that changes the story"


@pytest.mark.parametrize(("changes", "expect"), [blame for _, blame in CHANGING])
def test_meaning_changing_edit_is_blamed_on_the_edit(
    story_copy: Callable[..., tuple[Report, dict[str, str]]], changes: tuple[Change, ...], expect: Expect
) -> None:
    """The failing claim is the one the edit touched; an added name or figure is listed
    as unexplained, with its text and the line it is on."""
    report, texts = story_copy(*changes)
    if expect.claim is not None:
        failed = {r.claim.id for r in report.results if r.failed}
        assert expect.claim in failed, describe(report)
    if expect.text is not None:
        assert expect.lang is not None
        line = line_of(texts[expect.lang], expect.text)
        hits = [u for u in report.unexplained[expect.lang] if expect.text in u.text]
        assert hits, describe(report)
        assert {u.line for u in hits} == {line}, describe(report)
    if expect.nearest is not None:
        lang, text = expect.nearest
        result = next(r for r in report.results if r.claim.id == expect.claim)
        where = f"{lang} line {line_of(texts[lang], text)}: "
        assert (result.sides[lang].nearest or "").startswith(where), result.message
        assert text in (result.sides[lang].nearest or ""), result.message


# --- the gate only reads -------------------------------------------------------------


def _snapshot(root: Path) -> dict[Path, tuple[int, bytes]]:
    return {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(root.rglob("*")) if p.is_file()}


def test_check_never_writes(tmp_path: Path) -> None:
    """Neither loading nor checking touches a seed or a claims file, nor adds a file."""
    claims = make_repo(tmp_path, {lang: (SEEDS / f"{lang}.txt").read_bytes() for lang in ("en", "vi")})
    before = _snapshot(tmp_path)
    report = check(load(claims))
    assert report.ok, describe(report)
    failing = make_repo(
        tmp_path / "bad",
        {"en": seed_text("en").replace("41.6", "41.7").encode(), "vi": (SEEDS / "vi.txt").read_bytes()},
    )
    bad_before = _snapshot(tmp_path / "bad")
    assert not check(load(failing)).ok
    assert _snapshot(tmp_path / "bad") == bad_before
    del bad_before
    after = {p: v for p, v in _snapshot(tmp_path).items() if not p.is_relative_to(tmp_path / "bad")}
    assert after == before


def test_check_never_writes_the_real_seeds() -> None:
    watched = [CLAIMS, SEEDS / "en.txt", SEEDS / "vi.txt"]
    before = [(p.stat().st_mtime_ns, p.read_bytes()) for p in watched]
    check(load(CLAIMS))
    assert [(p.stat().st_mtime_ns, p.read_bytes()) for p in watched] == before
