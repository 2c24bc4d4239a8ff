"""Work that grows with the input, not with its square: what the keyed and bisected
lookups find is what the full scans found, and the number of comparisons stays linear.
(Times are measured in benchmarks/hostile.py, never here.)"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck import align, engine, kinds, spans
from crosscheck.buckets import key
from crosscheck.extract import extract
from crosscheck.figures import Amount
from crosscheck.kinds import Mention
from crosscheck.names import WORD
from crosscheck.text import Document

ROOT = Path(__file__).resolve().parents[1]
DATELINE = date(2025, 2, 19)


def seed(lang: str) -> Document:
    text = (ROOT / "seeds" / "vietnam-guangxi" / f"{lang}.txt").read_text(encoding="utf-8")
    return Document.from_text(text, lang)


def scanned_groups(mentions: list[Mention]) -> list[list[int]]:
    """Groups as the scan of every group found them: each mention in the first group
    whose value one of its readings equals."""
    groups: list[tuple[str, Any, list[int]]] = []
    for n, m in enumerate(mentions):
        for kind, value, members in groups:
            if kind == m.kind and any(kinds.equal(kind, value, r) for r in m.readings()):
                members.append(n)
                break
        else:
            groups.append((m.kind, m.value, [n]))
    return [members for _, _, members in groups]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_keyed_groups_are_the_scanned_groups(lang: str) -> None:
    doc = seed(lang)
    mentions = extract(doc, DATELINE)
    number = {id(m): n for n, m in enumerate(mentions)}
    keyed = [[number[id(m)] for m in g.mentions] for g in align._groups(mentions, doc)]
    assert keyed == scanned_groups(mentions)
    assert len(keyed) > 10  # the seed has many distinct values: the test compares something


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_equal_values_share_a_key(lang: str) -> None:
    mentions = extract(seed(lang), DATELINE)
    readings = [(m.kind, r) for m in mentions for r in m.readings()]
    for kind, a in readings:
        for other, b in readings:
            if other == kind and kinds.equal(kind, a, b):
                assert key(kind, a) == key(kind, b), (kind, a, b)


@given(
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from([1, 100, 10**3, 10**6, 10**9]),
    st.sampled_from([1, 100, 10**3, 10**6, 10**9]),
)
def test_a_figure_written_with_another_scale_keeps_its_key(number: int, scale: int, other: int) -> None:
    # 41,600 million and 41.6 billion: one value, written two ways.
    a = Amount(Decimal(number) * scale / other, scale=other, unit="USD")
    b = Amount(Decimal(number), scale=scale, unit="USD")
    assert kinds.equal("money", a, b)
    assert key("money", a) == key("money", b)


def counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls = [0]
    original: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any) -> Any:
        calls[0] += 1
        return original(*args)

    monkeypatch.setattr(module, name, counted)
    return calls


def distinct_figures(n: int) -> tuple[Document, Document]:
    en = "\n\n".join(f"The depot holds {3001 + 7 * i:,} crates." for i in range(n))
    vi = "\n\n".join(f"Kho chứa {3001 + 7 * i:,} thùng hàng.".replace(",", ".") for i in range(n))
    return Document.from_text(en, "en"), Document.from_text(vi, "vi")


def test_compare_compares_each_figure_with_a_few_groups_not_all(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = counting(monkeypatch, align, "_same")
    en, vi = distinct_figures(600)
    rows = align.compare(en, vi, DATELINE).rows
    assert sum(r.status == "consistent" for r in rows) == 600
    assert calls[0] <= 4 * 2 * 600, calls[0]  # the scan of every group made ~180,000


def test_figure_claims_are_paired_with_a_few_mentions_not_all(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from crosscheck.claims import load

    n = 300
    en, vi = distinct_figures(n)
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "en.txt").write_text(en.text, encoding="utf-8")
    (tmp_path / "vi.txt").write_text(vi.text, encoding="utf-8")
    claims = '[story]\nid = "s"\nen = "en.txt"\nvi = "vi.txt"\n' + "".join(
        f'\n[[claim]]\nid = "f{i}"\nkind = "count"\nvalue = "{3001 + 7 * i}"\n'
        f'en = "holds {3001 + 7 * i:,} crates"\nvi = "chứa {3001 + 7 * i:,} thùng"\n'.replace(",", ".", 1)
        for i in range(n)
    )
    (tmp_path / "s.toml").write_text(claims, encoding="utf-8")
    story = load(tmp_path / "s.toml")
    calls = counting(monkeypatch, engine, "_equal")
    report = engine.check(story)
    assert [r.status for r in report.results] == ["consistent"] * n
    assert calls[0] <= 4 * 2 * n, calls[0]  # the scan of every mention made 180,000


# --- bisection in place of scans: the same words and the same cuts ------------------------

TEXTS = st.text(alphabet="ab Cd1 2.\u00e0\u1ea1-", max_size=40)


@given(TEXTS, st.integers(0, 40), st.integers(0, 40))
def test_word_lookups_agree_with_the_regular_expression(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    found = list(WORD.finditer(text, start, end))
    assert spans.last_word_start(text, start, end) == (found[-1].start() if found else None)
    first = WORD.search(text, start, end)
    assert spans.first_word_end(text, start, end) == (first.end() if first else None)
    assert spans.words_after(text, start, end, 3) == [m.group() for m in found[:3]]
    assert spans.words_before(text, start, end, 3) == [m.group() for m in found[::-1][:3]]


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 8)), max_size=12), st.integers(0, 60))
def test_placed_mentions_agree_with_a_scan(raw: list[tuple[int, int]], point: int) -> None:
    mentions = [Mention("count", 1, s, s + n, "x") for s, n in raw]
    placed = spans.Placed(mentions)
    after = [m.start for m in mentions if m.end > point]
    assert placed.first_start_ending_after(point) == (min(after) if after else None)
    before = [m.end for m in mentions if m.start < point]
    assert placed.furthest_end_starting_before(point) == (max(before) if before else None)
    assert list(placed) == mentions


def test_propose_places_the_mentions_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from crosscheck import propose

    built = [0]
    place = spans.Placed.__init__

    def counted(self: spans.Placed, mentions: Any) -> None:
        built[0] += 1
        place(self, mentions)

    monkeypatch.setattr(spans.Placed, "__init__", counted)
    text = "$1 " * 400
    draft = propose.propose(
        Document.from_text(text, "en"), Document.from_text(text, "vi"), DATELINE, Path("x")
    )
    assert re.search(r"^kind = \"money\"$", draft, re.M)
    assert built[0] <= 2, built[0]  # once per version, not once per snippet


# --- the scaling benchmark's inputs say what they claim (no timing asserted) ---------------


def scaling_module() -> Any:
    import importlib.util
    import sys

    benchmarks = ROOT / "benchmarks"
    if str(benchmarks) not in sys.path:
        sys.path.insert(0, str(benchmarks))
    spec = importlib.util.spec_from_file_location("scaling", benchmarks / "scaling.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_scaling_inputs_are_what_they_claim() -> None:
    scaling = scaling_module()
    names = [scaling.name(i) for i in range(500)]
    assert len(set(names)) == 500 and not any(c.isdigit() for n in names for c in n)
    with scaling.story(*scaling.name_texts(40), scaling.name_claims(40)) as story:
        report = engine.check(story)
        assert [r.status for r in report.results] == ["consistent"] * 40
    with scaling.story(*scaling.figure_texts(40), scaling.figure_claims(40)) as story:
        assert [r.status for r in engine.check(story).results] == ["consistent"] * 40
    en, vi = scaling.figure_texts(40)
    rows = align.compare(Document.from_text(en, "en"), Document.from_text(vi, "vi"), DATELINE).rows
    assert [r.status for r in rows if r.kind == "count"] == ["consistent"] * 40


def test_every_scaling_case_runs() -> None:
    scaling = scaling_module()
    cases = scaling.scaling_cases([20], [20], [300])
    assert len(cases) == 4 + 3 * len(scaling.ADVERSARIAL_TEXTS)
    for case, command, _, sizes in cases:
        scaling.case_runs(case, command, sizes[0])()  # runs through, whatever it takes


def numbered_ids(bases: list[str]) -> list[str]:
    """Ids as the scan from 2 upwards gave them."""
    ids: set[str] = set()
    out = []
    for base in bases:
        candidate, n = base, 2
        while candidate in ids:
            candidate, n = f"{base}-{n}", n + 1
        ids.add(candidate)
        out.append(candidate)
    return out


@given(st.lists(st.sampled_from(["x", "x-2", "x-3", "y", "x-2-2"]), max_size=30))
def test_draft_ids_are_the_ids_the_scan_gave(bases: list[str]) -> None:
    from crosscheck.propose import Draft

    draft = Draft([], set())
    assert [draft.new_id(b) for b in bases] == numbered_ids(bases)
