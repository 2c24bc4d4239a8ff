"""A long text read in pieces (`chunked_reading`) gives the figures of one whole reading:
cut at every cut of generated text, through a worker process, and back to one whole
reading when a cut falls inside a figure."""

from __future__ import annotations

import time
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import chunked_reading, scanning
from crosscheck.chunked_reading import Piece, cuts, plan, read_figures_of, read_in_pieces, read_piece
from crosscheck.extract import extract, read_figures
from crosscheck.kinds import Mention
from crosscheck.text import Document

DATELINE = date(2025, 2, 19)
SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "vietnam-guangxi"

# Words and figures of both languages, and the marks around a line's end that a cut needs
# or that look like one ("Jan.", "Mr.", "2024.", a closing quote).
PIECES = [
    "about ", "nearly ", "khoảng ", "hơn ", "US$", "$", "41", "41.6", "41,6", "2024", "1\u00a0000",
    " billion", " tỷ", " per cent", "%", " năm ", "hai ", "mười ", "twenty-one", "one ", "a ",
    "half ", "a third", "quarter", "dozen", "G7", " ", "\n", "\n\n", ".", ",", "-", "–", "/", "(",
    ")", "'", '"', "”", "ngày ", "tháng ", "19", "2", "12", "30", "/2", ":", "30am", " pm", "giờ ",
    "February ", "Feb.", "Jan.", "Mr.", "May ", "March", "the ", "of ", "Wednesday", "thứ Tư",
    "first", "1st", "second", "quý ", "II", "years", " tuổi", "từ ", " đến ", "–2026", " km",
    " triệu", "gấp đôi", "twice", "year on year", "so với cùng kỳ", "'80s", "90+3", "Q1", "point",
    "6-foot-6", "in ", "by ", "!", "?", "market", "shares", "statement", "Thursday", "tháng",
]  # fmt: skip
ENDS = [".\n", '."\n', "!\n", "?”\n", ". \n", ".\n\n", "\n"]
# (a line opening with what could end a figure begun on the line before: "Jan.\n19")
OPENERS = ["", "19 ", "2024 ", "41.6", "% ", "The ", "“We ", "Đà Nẵng ", "Twenty ", "Q1 "]
sentences = st.tuples(
    st.sampled_from(OPENERS),
    st.lists(st.sampled_from(PIECES), max_size=14).map("".join),
    st.sampled_from(
        ["market", "shares", "tháng", "Việt Nam", "Jan", "2024", "March", "million", "September"]
    ),
    st.sampled_from(ENDS),
).map("".join)
texts = st.lists(sentences, min_size=2, max_size=12).map("".join)


def _pieces_read(doc: Document, at: list[int]) -> list[list[Mention] | None]:
    return [read_piece(doc.text, doc.lang, DATELINE, p) for p in plan(doc.text, 2, at)]


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["en", "vi"]))
def test_pieces_cut_at_every_cut_read_as_the_whole_text(text: str, lang: str) -> None:
    doc = Document.from_text(text, lang)
    whole = extract(doc, DATELINE)
    at = cuts(doc.text)
    parts = _pieces_read(doc, at)
    # (no fall back to the whole reading: every piece was read on its own)
    assert all(part is not None for part in parts)
    assert read_in_pieces(doc, DATELINE, plan(doc.text, 2, at), 0, lambda: None) == (whole, None)
    # (and before the readings across figures, the finders' own figures are the same)
    assert [m for part in parts for m in part or ()] == read_figures(doc.text, lang, DATELINE)


def test_a_cut_is_a_sentences_end_after_a_word_no_abbreviation() -> None:
    text = (
        "It rose in the market.\nBy Jan.\n5 left early.\n\n“We left,” he replied.”\nThen Mr.\nX.\n"
        "Said.\nIn March.\n2024 was a year.\nIn September.\nIt rose by 5 million.\n19 left.\n"
    )
    # (the word before each cut, and the cut at the next line's start)
    assert [(text[:c].split()[-1], text[c]) for c in cuts(text)] == [("market.", "B"), ("early.", "“"),
                                                                    ("replied.”", "T")]  # fmt: skip


def test_a_cut_inside_a_figure_sends_the_text_back_to_one_reading() -> None:
    text = "The economy grew by 41.6 percent in March.\nExports rose by 5.2 percent.\n"
    doc = Document.from_text(text, "en")
    whole = extract(doc, DATELINE)
    inside = text.index("41.6") + 2
    assert read_piece(doc.text, "en", DATELINE, plan(doc.text, 2, [inside])[0]) is None
    assert read_piece(doc.text, "en", DATELINE, plan(doc.text, 2, [inside])[1]) is None
    assert read_in_pieces(doc, DATELINE, plan(doc.text, 2, [inside]), 0, lambda: 7) == (whole, 7)
    assert [m.text for m in whole] == ["41.6 percent", "March", "5.2 percent"]


def test_plan_covers_the_text_once_with_margins_around_each_piece() -> None:
    text = (SEEDS / "en.txt").read_text(encoding="utf-8") * 3
    pieces = plan(text, 3)
    assert len(pieces) == 3
    assert pieces[0][1] == 0 and pieces[-1][2] == len(text)
    assert all(a[2] == b[1] for a, b in pairwise(pieces))
    assert all(start <= first < end <= stop for start, first, end, stop in pieces)
    assert pieces[1][0] < pieces[1][1] and pieces[1][2] < pieces[1][3]  # (margins both sides)
    assert all(p[1] in cuts(text) for p in pieces[1:])


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_long_seed_read_by_a_worker_process_as_whole(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (SEEDS / f"{lang}.txt").read_text(encoding="utf-8") * 20
    doc = Document.from_text(text, lang)
    whole = extract(doc, DATELINE)
    pieces = plan(doc.text, 3)
    assert len(pieces) == 3 and len(whole) > 300
    assert read_in_pieces(doc, DATELINE, pieces, 2, lambda: len(text)) == (whole, len(text))
    monkeypatch.setattr(chunked_reading, "CHUNKED", 0)
    monkeypatch.setattr(chunked_reading, "cores", lambda: 2)
    assert read_figures_of(doc, DATELINE, lambda: 7) == (whole, 7)
    assert len(plan(doc.text, 2, first=chunked_reading.FIRST)) == 2


def _slowly(*args: object) -> object:
    time.sleep(1)  # (a worker on a busy core: this process takes over its pieces)
    return chunked_reading._read_slice_at_once(*args)  # type: ignore[attr-defined]


def test_pieces_no_worker_has_begun_are_read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document.from_text((SEEDS / "en.txt").read_text(encoding="utf-8") * 30, "en")
    whole = extract(doc, DATELINE)
    here: list[int] = []
    read = chunked_reading.read_piece

    def counted(text: str, code: str, dateline: date | None, piece: Piece) -> list[Mention] | None:
        here.append(piece[1])
        return read(text, code, dateline, piece)

    monkeypatch.setattr(chunked_reading, "read_piece", counted)
    monkeypatch.setattr(chunked_reading, "_read_slice_at_once", chunked_reading._read_slice, raising=False)
    monkeypatch.setattr(chunked_reading, "_read_slice", _slowly)
    pieces = plan(doc.text, 8)
    assert len(pieces) == 8
    assert read_in_pieces(doc, DATELINE, pieces, 1, lambda: "index") == (whole, "index")
    # The first piece and, from the last back, those the worker had not begun.
    assert here[0] == 0 and here[1:] == sorted(here[1:], reverse=True) and len(here) >= 3
    assert here[1] == pieces[-1][1]


@settings(max_examples=100, deadline=None)
@given(texts, st.integers(0, 400), st.integers(0, 400))
def test_a_pieces_words_shared_from_the_whole_text_are_its_own(text: str, skip: int, short: int) -> None:
    whole = text * ((scanning.LONG + 1000) // max(1, len(text)) + 1)  # (the part long enough)
    start, stop = min(skip, len(whole)), len(whole) - min(short, len(whole))
    part = whole[start:stop]
    scanning._last.clear()
    scanning.words(whole)  # (read once, as the name index does)
    scanning.share(whole, start, stop, part)
    seeded = scanning._last[0]
    shared = scanning.words(part)
    scanning._last.clear()
    alone = scanning.words(part)
    assert (shared.starts, shared.ends, shared.texts) == (alone.starts, alone.ends, alone.texts)
    if start == 0 or whole[start - 1] == "\n":  # (no word cut at the start: a slice of the lists)
        assert (shared is seeded and seeded.text is part) or whole[stop - 1 : stop + 1].isalpha()


def test_no_worker_process_to_read_in_reads_the_text_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(chunked_reading, "ProcessPoolExecutor", refused)
    doc = Document.from_text((SEEDS / "en.txt").read_text(encoding="utf-8") * 15, "en")
    whole = extract(doc, DATELINE)
    assert read_in_pieces(doc, DATELINE, plan(doc.text, 2), 1, lambda: "index") == (whole, "index")
