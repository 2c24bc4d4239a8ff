"""Tests of the benchmark code itself: operators change what they claim to change, labels
are right on hand-checked edits, the pofilter adapter sees what pofilter sees, and the
speed helpers build what they say."""

from __future__ import annotations

import importlib.util
import random
import sys
import unicodedata
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from crosscheck.text import word_key

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _module(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    if str(BENCHMARKS) not in sys.path:  # the scripts import their shared readme_section
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


mutation_operators = _module("mutation_operators")
mutations = _module("mutations")
speed = _module("speed")
reach = _module("reach")
edit_operators = _module("edit_operators")
real_edits = _module("real_edits")


@cache
def seeds() -> object:
    return mutation_operators.Seeds.load()


@cache
def pool(op: str) -> list[object]:
    return list(mutation_operators.OPERATORS[op][1](seeds()))


def changed(edit: object) -> list[tuple[str, str]]:
    """(old, new) of each replacement of an edit."""
    text = seeds().text  # type: ignore[attr-defined]
    return [(text[r.lang][r.start : r.end], r.new) for r in edit.reps]  # type: ignore[attr-defined]


def find(op: str, lang: str, old: str, new: str) -> object:
    for edit in pool(op):
        if edit.reps[0].lang == lang and changed(edit)[0] == (old, new):  # type: ignore[attr-defined]
            return edit
    raise AssertionError(f"{op} has no edit {old!r} -> {new!r} in {lang}")


@pytest.fixture(scope="module")
def judged() -> ModuleType:
    mutations._init()
    return mutations


# --- operators change what they say they change ------------------------------------


def test_every_operator_yields_edits_that_change_the_text() -> None:
    for op in mutation_operators.OPERATORS:
        edits = pool(op)
        assert edits, f"{op} found nothing to edit"
        for edit in random.Random(0).sample(edits, min(20, len(edits))):
            assert edit.op == op and edit.label == mutation_operators.OPERATORS[op][0]
            texts = mutation_operators.edited_texts(seeds().text, edit)
            assert any(texts[lang] != seeds().text[lang] for lang in texts), f"{op}: {edit.note} is a no-op"


def test_digit_operators_touch_only_digits() -> None:
    for edit in pool("digit substitution"):
        ((old, new),) = changed(edit)
        assert old.isdigit() and new.isdigit() and old != new
    for edit in pool("digit transposition"):
        ((old, new),) = changed(edit)
        assert sorted(old) == sorted(new) and old != new


def test_decimal_shift_moves_the_point_by_one_place() -> None:
    edit = find("decimal shift", "en", "41.6", "4.16")
    assert changed(edit) == [("41.6", "4.16")]
    assert find("decimal shift", "vi", "15,4", "154")
    assert not [e for e in pool("decimal shift") if changed(e)[0][0] in ("2024", "2025", "2023")]


def test_name_operators_change_one_letter_or_one_tone() -> None:
    for edit in random.Random(1).sample(pool("name letter"), 300):
        ((old, new),) = changed(edit)
        assert len(old) == len(new) == 1 and old != new and new.isascii()
    for edit in pool("name tone mark"):
        ((old, new),) = changed(edit)
        strip = {ord(t): None for t in mutation_operators.TONES[1:]}
        bare = [unicodedata.normalize("NFD", w).translate(strip) for w in (old, new)]
        assert bare[0] == bare[1], "only the tone may change"
        assert word_key(old) != word_key(new), "tone placement alone is not a change"


def test_tone_placement_keeps_the_word() -> None:
    edits = pool("tone placement")
    assert {changed(e)[0] for e in edits} >= {("Ủy", "Uỷ")}
    for edit in edits:
        ((old, new),) = changed(edit)
        assert old != new and word_key(old) == word_key(new)


def test_figures_swapped_exchanges_two_values() -> None:
    edit = next(e for e in pool("figures swapped") if "15.4" in e.note and "39.1" in e.note)
    assert sorted(changed(edit)) == [("15.4", "39.1"), ("39.1", "15.4")]


def test_preserving_noise_changes_no_word() -> None:
    for op in ("NFC/NFD", "no-break spaces", "re-wrapped lines", "CRLF", "byte-order mark"):
        for edit in random.Random(2).sample(pool(op), min(30, len(pool(op)))):
            for old, new in changed(edit):
                folded = [unicodedata.normalize("NFC", s).replace("\r\n", " ").split() for s in (old, new)]
                assert folded[0] == folded[1] or not old.strip(), f"{op}: {old!r} -> {new!r}"


def test_draw_is_reproducible_and_fills_every_operator() -> None:
    a = mutation_operators.draw(seeds(), 620, 7)
    b = mutation_operators.draw(seeds(), 620, 7)
    assert a == b and len(a) >= 620
    assert {e.op for e in a} == set(mutation_operators.OPERATORS)
    assert mutation_operators.draw(seeds(), 620, 8) != a


def test_noise_never_overlaps_the_edit() -> None:
    for edit in mutation_operators.draw(seeds(), 620, 3):
        reps = edit.reps
        assert not any(x.overlaps(y) for i, x in enumerate(reps) for y in reps[i + 1 :])


# --- labels, hand-checked ----------------------------------------------------------

HAND_CHECKED = [
    ("digit substitution", "en", "6", "7", True),  # first '6' of the text: US$41.6 -> US$41.7
    ("scale word", "vi", " tỷ", " triệu", True),
    ("qualifier flip", "vi", "khoảng ", "trên ", True),
    ("ordinal", "en", "22nd", "122nd", True),
    ("period end", "en", "26", "27", True),
    ("weekday", "en", "Wednesday", "Thursday", True),
    ("name tone mark", "vi", "Cương", "Cường", True),
    ("percentages", "en", "15.4 per cent", "15.4%", False),
    ("money", "vi", "41,6 tỷ USD", "41,6 tỉ USD", False),
    ("dates", "vi", "19/2", "19 tháng 2", False),
    ("periods", "en", "2024-26", "2024–2026", False),
    ("number words", "vi", "02", "hai", False),
    ("qualifier synonym", "vi", "khoảng", "gần", False),
    ("tone placement", "vi", "Ủy", "Uỷ", False),
]


@pytest.mark.parametrize(("op", "lang", "old", "new", "changes"), HAND_CHECKED)
def test_label_and_verdict_on_hand_checked_edits(
    judged: ModuleType, op: str, lang: str, old: str, new: str, changes: bool
) -> None:
    edit = find(op, lang, old, new)
    assert (edit.label == mutation_operators.CHANGING) is changes  # type: ignore[attr-defined]
    failed, _, error = judged.judge(edit)
    assert not error
    assert failed is changes


def test_a_changed_figure_is_caught_under_noise(judged: ModuleType) -> None:
    Rep, Edit = mutation_operators.Rep, mutation_operators.Edit
    text = seeds().text
    at = text["en"].index("41.6")
    crlf = tuple(Rep("vi", i, i + 1, "\r\n") for i, ch in enumerate(text["vi"]) if ch == "\n")
    edit = Edit("digit substitution", "changing", (Rep("en", at + 3, at + 4, "7"), *crlf), "hand")
    assert judged.judge(edit)[0] is True
    clean = Edit("CRLF", "preserving", crlf, "hand")
    assert judged.judge(clean)[0] is False


# --- the pofilter adapter ------------------------------------------------------------


def test_pofilter_numbers_check_flags_the_vietnamese_decimal_comma(judged: ModuleType) -> None:
    checker, failure = judged._STATE["pofilter"], judged._STATE["failure"]
    with pytest.raises(failure):
        checker.numbers("trade reached US$41.6 billion", "đạt 41,6 tỷ USD")
    assert checker.numbers("trade reached US$41.6 billion", "đạt 41.6 tỷ USD")
    assert checker.numbers("the 22nd Expo", "lần thứ 122")  # the known blind spot


def test_alignment_pairs_every_sentence_and_the_figures_sentences(judged: ModuleType) -> None:
    pairs = judged._STATE["pairs"]
    text = seeds().text
    en = {text["en"][s:e] for (s, e), _ in pairs}
    vi = {text["vi"][s:e] for _, (s, e) in pairs}
    assert any("US$41.6 billion" in s for s in en) and any("41,6 tỷ USD" in s for s in vi)
    together = [(text["en"][a:b], text["vi"][c:d]) for (a, b), (c, d) in pairs]
    assert any("39.1 per cent" in x and "39,1%" in y for x, y in together)
    assert any("22nd" in x and "lần thứ 22" in y for x, y in together)


def test_pofilter_sees_the_edited_sentence(judged: ModuleType) -> None:
    """An English 41.6 -> 41.7 reaches pofilter inside its pair; an edit of a sentence
    with no digits on either side of its pair does not flag."""
    st = judged._STATE
    edit = find("digit transposition", "en", "15", "51")
    assert judged.pofilter_flags(st["pairs"], seeds().text, edit, st["pofilter"], st["failure"])
    at = seeds().text["en"].index("It is also necessary")
    quiet = mutation_operators.Edit(
        "dashes", "preserving", (mutation_operators.Rep("en", at, at + 2, "This"),), "hand"
    )
    assert not judged.pofilter_flags(st["pairs"], seeds().text, quiet, st["pofilter"], st["failure"])


def test_summary_line_has_the_promised_form() -> None:
    rows = {
        "a": mutations.Tally(mutation_operators.CHANGING, edits=10, ours=9, theirs=5),
        "b": mutations.Tally(mutation_operators.PRESERVING, edits=4, ours=0, theirs=3),
    }
    assert (
        mutations.summary(rows)
        == "mutations: caught 9/10, false alarms 0/4; pofilter: caught 5/10, false alarms 3/4"
    )


def test_readme_section_is_replaced_in_place(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# B\n\nbefore\n")
    mutations.write_readme(readme, "one")
    speed.write_readme(readme, "fast")
    mutations.write_readme(readme, "two")
    text = readme.read_text()
    assert "one" not in text and text.count("two") == 1 and "fast" in text and "before" in text


# --- speed helpers -------------------------------------------------------------------


def test_story_repo_copies_the_story_under_its_own_ids(tmp_path: Path) -> None:
    from crosscheck.claims import load
    from crosscheck.engine import check

    repo = speed.story_repo(tmp_path / "repo", 2)
    claims = sorted((repo / "claims").glob("*.toml"))
    assert [p.stem for p in claims] == ["vietnam-guangxi-0000", "vietnam-guangxi-0001"]
    story = load(claims[1])
    assert story.id == "vietnam-guangxi-0001"
    assert story.seeds["en"].resolve() == (repo / "seeds" / "vietnam-guangxi-0001" / "en.txt").resolve()
    assert check(story).ok
    assert (repo / "checks" / "crosscheck.toml").exists()


def test_trivial_suite_has_as_many_tests(tmp_path: Path) -> None:
    test = speed.trivial_suite(tmp_path, 52)
    assert "range(52)" in test.read_text()


# --- reach: the tune/unseen split and its report -----------------------------------


def test_split_is_fixed_and_about_a_third() -> None:
    assert [reach.split_of("alpha", d) for d in ("clean", "mismatch", "one")] == ["unseen", "tune", "tune"]
    assert reach.split_of("beta", "clean") == "tune" and reach.split_of("beta", "one") == "unseen"
    assert reach.split_of("alpha", "one") != reach.split_of("beta", "one")  # the corpus counts
    names = [(f"corpus{i % 3}", f"doc-{i}") for i in range(3000)]
    splits = [reach.split_of(c, d) for c, d in names]
    assert splits == [reach.split_of(c, d) for c, d in names]
    assert set(splits) == {"tune", "unseen"}
    assert 0.28 < splits.count("unseen") / len(splits) < 0.39


def test_only_flagging_statuses_flag() -> None:
    rows = [
        {"status": s, "kind": "count"} for s in ("consistent", "review", "discrepancy", "only_en", "only_vi")
    ]
    assert [r["status"] for r in reach.flags(rows)] == ["discrepancy", "only_en", "only_vi"]


def _tiny_corpus(root: Path) -> None:
    pairs = {"clean": "Nó có giá 5 triệu USD.", "mismatch": "Nó có giá 7 triệu USD."}
    docs = {"alpha": ("clean", "mismatch"), "beta": ("clean", "one")}  # unseen: alpha/clean, beta/one
    for corpus, names in docs.items():
        for name in names:
            folder = root / corpus / name
            folder.mkdir(parents=True)
            (folder / "en.txt").write_text("It cost $5 million.\n", encoding="utf-8")
            (folder / "vi.txt").write_text(pairs.get(name, pairs["clean"]) + "\n", encoding="utf-8")


def test_reach_counts_the_flagged_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _tiny_corpus(tmp_path / "corpus")
    monkeypatch.setattr(reach, "CORPORA", ("alpha", "beta"))
    readme = tmp_path / "README.md"
    args = ["--corpus-root", str(tmp_path / "corpus"), "--list", "all", "--readme", str(readme)]
    assert reach.main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "reach: unseen flagged 0/2 docs (0.0 %), tune flagged 1/2 docs (50.0 %)"
    assert (
        lines[0] == "tune   alpha/mismatch  discrepancy  money     en [1] '$5 million' | vi [1] '7 triệu USD'"
    )
    assert lines[1] == ""  # the one flagged row, then the summary
    summary = lines[2:]
    alpha = summary.index(next(line for line in summary if line.startswith("alpha: 2 documents")))
    assert summary[alpha + 1 : alpha + 4] == [
        "  tune    flagged 1/1 docs (100.0 %)",
        "    discrepancy  money 1",
        "  unseen  flagged 0/1 docs (0.0 %)",
    ]
    assert any(line.startswith("all 2 sets: 4 documents, ") for line in summary)
    assert "  tune    flagged 0/1 docs (0.0 %)" in summary  # beta
    written = readme.read_text(encoding="utf-8")
    assert reach.HEADING in written and "<!-- reach:start -->" in written
    assert lines[-1] in written and "alpha/mismatch" not in written  # the summary, not the list
    assert reach.main(args[:2]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("split: ")  # no --list, no rows


def test_reach_refuses_a_missing_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert reach.main(["--corpus-root", str(tmp_path)]) == 2
    assert "no ntrex-en-vi-dev, flores200-en-vi-devtest, xquad-en-vi" in capsys.readouterr().err


# --- edits injected into real text (real_edits.py, edit_operators.py) -----------------

OPERATOR_CASES = [  # (operator, lang, text, one of its edits)
    ("digit substitution", "en", "It cost $45 million.", "It cost $46 million."),
    ("digit substitution", "vi", "lúc 05:30 sáng", "lúc 05:50 sáng"),
    ("digit transposition", "vi", "có 1.250 người", "có 1.520 người"),
    ("scale word swap", "en", "It cost $45 million.", "It cost $45 billion."),
    ("scale word swap", "vi", "giá 5 triệu đồng", "giá 5 tỷ đồng"),
    ("month swap", "en", "on June 5, 2019", "on July 5, 2019"),
    ("month swap", "vi", "ngày 5 tháng 6 năm 2019", "ngày 5 tháng 7 năm 2019"),
    ("weekday swap", "en", "said on Monday.", "said on Tuesday."),
    ("weekday swap", "vi", "vào thứ Hai, ngày 5", "vào thứ Ba, ngày 5"),
    ("year ±1", "en", "in 1973.", "in 1974."),
    ("qualifier flip", "en", "About 50 people came.", "Over 50 people came."),
    ("qualifier flip", "vi", "có khoảng 50 người", "có trên 50 người"),
    ("percentage dropped", "en", "rose 14 per cent in May", "rose in May"),
    ("percentage dropped", "vi", "tăng 14% trong năm", "tăng trong năm"),
    ("tỷ ↔ tỉ", "vi", "đạt 41,6 tỷ USD", "đạt 41,6 tỉ USD"),
    ("tỷ ↔ tỉ", "vi", "hàng tỉ người", "hàng tỷ người"),
    ("nghìn ↔ ngàn", "vi", "5 nghìn người", "5 ngàn người"),
    ("percent spelled", "vi", "tăng 14%", "tăng 14 phần trăm"),
    ("percent spelled", "en", "rose 14 per cent", "rose 14 percent"),
    ("percent spelled", "en", "rose 14 per cent", "rose 14%"),
    ("tháng N → word month", "vi", "ngày 5 tháng 6", "ngày 5 tháng Sáu"),
    ("tháng N → word month", "vi", "tháng 11 năm 2019", "tháng Mười Một năm 2019"),
    ("no-break space", "vi", "5 triệu USD", "5\u00a0triệu USD"),
    ("no-break space", "en", "5 million", "5\u00a0million"),
    ("NFD", "vi", "Việt Nam\n5 tỷ", unicodedata.normalize("NFD", "Việt Nam\n5 tỷ")),
    ("number word ↔ digits", "en", "three people", "3 people"),
    ("number word ↔ digits", "en", "for 3 days", "for three days"),
]
VALUE_WORDS = {  # a figure's value, for the test: every spelling reduced to one
    "\u00a0": " ",
    "tỉ": "tỷ",
    "ngàn": "nghìn",
    " per cent": "%",
    " percent": "%",
    " phần trăm": "%",
    "tháng Sáu": "tháng 6",
    "tháng Mười Một": "tháng 11",
    "three": "3",
}


def _edited(op: str, lang: str, text: str) -> list[str]:
    return [mutation_operators.apply(text, list(e.reps)) for e in edit_operators.OPERATORS[op][1](text, lang)]


def _value(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for old, new in VALUE_WORDS.items():
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize(("op", "lang", "text", "expected"), OPERATOR_CASES)
def test_operator_makes_the_expected_edit(op: str, lang: str, text: str, expected: str) -> None:
    edits = _edited(op, lang, text)
    assert expected in edits
    changing = edit_operators.OPERATORS[op][0] == mutation_operators.CHANGING
    for edited in edits:
        assert edited != text
        assert (_value(edited) != _value(text)) is changing, f"{op}: {text!r} -> {edited!r}"


def test_every_operator_has_a_case() -> None:
    assert {op for op, *_ in OPERATOR_CASES} == set(edit_operators.OPERATORS)


@pytest.mark.parametrize(
    ("op", "lang", "text"),
    [
        ("digit substitution", "en", "COVID-19 and the G7"),  # no figure glued to a word
        ("month swap", "en", "you may go"),  # the modal verb
        ("weekday swap", "en", "The Sunday Times said"),  # a title
        ("number word ↔ digits", "en", "The Seven Sisters and Apollo 8 at 5 p.m."),  # names, times
        ("tháng N → word month", "vi", "trong tháng 6 vừa qua"),  # no day or year beside it
        ("tỷ ↔ tỉ", "vi", "tỷ lệ thất nghiệp"),  # a rate, not a billion
        ("weekday swap", "vi", "đứng thứ hai"),  # an ordinal
        ("weekday swap", "vi", "nói với Thời báo Chủ nhật"),  # a title
        ("qualifier flip", "en", "at about 10:15 BST, in about 1455"),  # a time, a year
        ("qualifier flip", "vi", "trong khoảng trên dưới 48 phút"),  # already hedged twice
        ("digit substitution", "en", "(1) flow, (2) density"),  # enumerators
    ],
)
def test_operator_leaves_what_is_no_figure(op: str, lang: str, text: str) -> None:
    assert _edited(op, lang, text) == []


def test_digit_edits_keep_times_and_leading_digits_valid() -> None:
    edits = _edited("digit substitution", "en", "at 05:30 and 250")
    assert "at 65:30 and 250" not in edits and "at 05:60 and 250" not in edits
    assert "at 05:30 and 050" not in edits and "at 05:30 and 350" in edits
    assert _edited("digit transposition", "en", "10 and 11") == []  # "01" would be a leading zero


def _doc(corpus: str, name: str, en: str, vi: str) -> Any:
    return real_edits.Doc(corpus, name, {"en": en, "vi": vi})


def test_pairs_are_lines_or_xquad_paragraphs() -> None:
    lines = _doc("ntrex-en-vi-dev", "d", "a\nbb\n", "x\nyy\n")
    assert lines.pairs() == [((0, 1), (0, 1)), ((2, 4), (2, 4)), ((5, 5), (5, 5))]
    paras = _doc("xquad-en-vi", "d", "a b\n\ncc", "x\n\nyy")
    assert paras.pairs() == [((0, 3), (0, 1)), ((5, 7), (3, 5))]


def test_candidates_skip_the_pairs_the_baseline_flags() -> None:
    doc = _doc("ntrex-en-vi-dev", "d", "It cost 5 dollars.\nIt cost 7 dollars.", "Giá 5 đô.\nGiá 8 đô.")
    flagged = real_edits.Baseline(lines={"en": set(), "vi": {2}})
    edits = real_edits.candidates(doc, flagged)["digit substitution"]
    assert edits["en"] and edits["vi"]
    for lang, found in edits.items():
        first_line_end = doc.text[lang].index("\n")
        assert all(e.reps[0].start < first_line_end for e in found), "nothing on the flagged line 2"
    assert real_edits.candidates(doc, flagged)["NFD"]["vi"]  # the whole version, never skipped


def test_draw_caps_every_pool_alike_and_is_reproducible() -> None:
    edit = mutation_operators.Edit("x", mutation_operators.CHANGING, (), "")
    pools = {(0, "a"): [edit] * 10, (1, "a"): [edit] * 2, (1, "b"): [edit] * 10}
    drawn = real_edits.draw(pools, 12, seed=3)
    assert len(drawn) == 12 and [i for i, _ in drawn].count(1) >= 7  # caps 5, 5, 2
    assert drawn == real_edits.draw(pools, 12, seed=3)
    assert len(real_edits.draw(pools, 100, seed=3)) == 22  # every edit there is


def test_summary_line_of_real_edits() -> None:
    Tally = mutations.Tally
    rows = [Tally(mutation_operators.CHANGING, 10, 9, 5), Tally(mutation_operators.PRESERVING, 4, 1, 3)]
    assert real_edits.summary(rows) == (
        "real edits: caught 9/10 (90.0 %), false alarms 1/4 (25.0 %); pofilter: caught 5/10, false alarms 3/4"
    )


EN_DOC = "Trade reached US$41.6 billion in 2023.\nThe fair opens on Monday, June 5, with about 300 stands.\n"
VI_DOC = (
    "Thương mại đạt 41,6 tỷ USD vào năm 2023.\n"
    "Hội chợ khai mạc vào thứ Hai, ngày 5 tháng 6, với khoảng 300 gian hàng.\n"
)


def test_judge_catches_a_digit_and_not_ty_spelled_ti() -> None:
    doc = _doc("ntrex-en-vi-dev", "trade", EN_DOC, VI_DOC)
    base = real_edits.baseline(doc)
    assert not base.keys
    at = EN_DOC.index("41.6") + 3
    digit = mutation_operators.Edit(
        "digit substitution",
        mutation_operators.CHANGING,
        (mutation_operators.Rep("en", at, at + 1, "7"),),
        "",
    )
    out = real_edits.judge(doc, base, digit)
    assert out.flagged and not out.error
    assert (out.row["kind"], out.row["status"], out.row["en"]) == ("money", "discrepancy", "US$41.7 billion")
    assert out.pofilter and out.pofilter_before  # pofilter already fails on the decimal comma
    at = VI_DOC.index("tỷ")
    ti = mutation_operators.Edit(
        "tỷ ↔ tỉ", mutation_operators.PRESERVING, (mutation_operators.Rep("vi", at, at + 2, "tỉ"),), ""
    )
    assert real_edits.judge(doc, base, ti) == real_edits.Outcome(False, None, "", True, True)


def test_real_edits_runner_on_a_tiny_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "corpus"
    docs = {
        "alpha": ("trade", EN_DOC, VI_DOC),
        "beta": ("prices", "Prices rose 14% in 1973.\n", "Giá tăng 14% vào năm 1973.\n"),
    }
    for corpus, (name, en, vi) in docs.items():
        (root / corpus / name).mkdir(parents=True)
        (root / corpus / name / "en.txt").write_text(en, encoding="utf-8")
        (root / corpus / name / "vi.txt").write_text(vi, encoding="utf-8")
    monkeypatch.setattr(real_edits, "CORPORA", ("alpha", "beta"))
    result = real_edits.run(real_edits.load(root), 80, seed=1, jobs=1)
    assert len(result.edits) == 80 and {i for i, _ in result.edits} == {0, 1}
    ops, splits = real_edits.tallies(result)
    assert ops["digit substitution"].edits > 0
    assert ops["digit substitution"].ours == ops["digit substitution"].edits  # every digit change caught
    assert (ops["tỷ ↔ tỉ"].edits, ops["tỷ ↔ tỉ"].ours) == (1, 0)  # no false alarm
    # all of beta's "14%" rewrites: " percent" and " per cent" in English, " phần trăm" in Vietnamese
    assert (ops["percent spelled"].edits, ops["percent spelled"].ours) == (3, 0)
    assert sum(t.edits for s in splits.values() for t in s.values()) == 80
    readme = tmp_path / "README.md"
    args = [
        "--corpus-root",
        str(root),
        "--edits",
        "80",
        "--jobs",
        "1",
        "--show",
        "3",
        "--readme",
        str(readme),
    ]
    assert real_edits.main(args) == 0
    out = capsys.readouterr().out.splitlines()
    line = real_edits.summary(ops.values())
    assert out[-1] == line and line.startswith("real edits: caught ")
    written = readme.read_text(encoding="utf-8")
    assert real_edits.HEADING in written and "<!-- real-edits:start -->" in written and line in written
    assert "| tỷ ↔ tỉ " in written and "| tune " in written
