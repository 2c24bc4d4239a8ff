"""The side-by-side HTML report: both versions, paragraphs aligned, every figure and name
highlighted, and the table of rows that selects them.

One self-contained file (its CSS and script inline, no fonts, nothing fetched), drawn by
Jinja2 from ``templates/report.html.j2`` with autoescaping on, so a seed can hold any
markup and still shows as text. This module only works out what to draw: which spans to
highlight, which rows each belongs to, which paragraphs face each other.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from crosscheck.kinds import Mention
from crosscheck.lang import LANGS
from crosscheck.outputs.paragraphs import Paragraph, align, paragraphs
from crosscheck.text import Document

# How a row is marked; the worst status of a span's rows colours it.
TONE = {"discrepancy": "bad", "missing": "bad", "stale": "bad", "unexplained": "bad", "only_en": "bad",
        "only_vi": "bad", "unreviewed": "ask", "review": "ask", "one-sided": "one", "waived": "one",
        "consistent": "ok"}  # fmt: skip
RANK = {"bad": 0, "ask": 1, "one": 2, "ok": 3}


@dataclass
class ReportRow:
    """One row of the report's table, and the spans of each version it is about."""

    label: str  # the claim id, or what the row is (a kind)
    kind: str
    status: str
    en: str
    vi: str
    detail: str
    where: str = ""
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    failing: bool = False
    id: str = ""

    @property
    def tone(self) -> str:
        return TONE.get(self.status, "bad")


@dataclass
class Mark:
    start: int
    end: int
    what: str  # "figure" or "name"
    kind: str
    rows: list[str] = field(default_factory=list)
    tone: str = ""


def _spans_of(text: str, needle: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where `needle` stands between offsets lo and hi (a line), as (start, end)."""
    if not needle:
        return []
    return [(lo + m.start(), lo + m.end()) for m in re.finditer(re.escape(needle), text[lo:hi])]


def _line_bounds(starts: Sequence[int], text: str, line: int) -> tuple[int, int]:
    """Offsets of a 1-based line, given where each line starts."""
    if not 0 < line <= len(starts):
        return 0, 0
    end = starts[line] - 1 if line < len(starts) else len(text)
    return starts[line - 1], end


def _marks(doc: Document, mentions: Sequence[Mention], names: Iterable[tuple[int, int]],
           rows: Sequence[ReportRow], lang: str) -> list[Mark]:  # fmt: skip
    """Non-overlapping highlights: every figure, every name, and whatever a row points at."""
    candidates = [(m.start, m.end, "figure", m.kind) for m in mentions]
    candidates += [(s, e, "name", "name") for s, e in names]
    candidates += [(s, e, "figure", r.kind) for r in rows for s, e in r.spans.get(lang, ())]
    kept: list[Mark] = []
    reach = -1  # the end of the last span kept (spans go by start, the longest first)
    for start, end, what, kind in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):
        if start < end and start >= reach:  # a span overlapping a kept one can only overlap the last
            kept.append(Mark(start, end, what, kind))
            reach = end
    starts = [mark.start for mark in kept]
    for row in rows:
        for s, e in row.spans.get(lang, ()):
            # Marks overlapping [s, e): the one before s may reach into it, then those inside.
            for mark in kept[max(0, bisect.bisect_right(starts, s) - 1) : bisect.bisect_left(starts, e)]:
                if mark.start < e and s < mark.end and row.id not in mark.rows:
                    mark.rows.append(row.id)
    tones = {r.id: r.tone for r in rows}
    for mark in kept:
        mark.tone = min((tones[r] for r in mark.rows), key=RANK.__getitem__, default="plain")
    return kept


def _segments(
    text: str, start: int, end: int, marks: Sequence[Mark], starts: Sequence[int]
) -> list[tuple[str, Mark | None]]:
    """A paragraph as plain stretches and highlighted ones, for the template (`starts`:
    where each mark starts, in order)."""
    out: list[tuple[str, Mark | None]] = []
    at = start
    first = max(0, bisect.bisect_right(starts, start) - 1)
    for mark in marks[first:]:
        if mark.start >= end:
            break
        if mark.end <= start:
            continue
        if mark.start > at:
            out.append((text[at : mark.start], None))
        out.append((text[max(at, mark.start) : min(end, mark.end)], mark))
        at = min(end, mark.end)
    if at < end:
        out.append((text[at:end], None))
    return out


def render(title: str, docs: dict[str, Document], mentions: Mapping[str, Sequence[Mention]],
           names: dict[str, list[tuple[int, int]]], rows: Sequence[ReportRow],
           dateline: date | None = None, source: str = "") -> str:  # fmt: skip
    """The whole report as one HTML document."""
    import jinja2

    for i, row in enumerate(rows):
        row.id = row.id or f"r{i}"
    marks = {lang: _marks(docs[lang], mentions[lang], names[lang], rows, lang) for lang in LANGS}
    mark_starts = {lang: [m.start for m in marks[lang]] for lang in LANGS}
    paras = {lang: paragraphs(docs[lang]) for lang in LANGS}
    keys = {lang: _keys(paras[lang], mentions[lang]) for lang in LANGS}
    pairs = []
    for en_idx, vi_idx in align(paras["en"], paras["vi"], keys["en"], keys["vi"]):
        pairs.append({lang: [{"line": paras[lang][i].line,
                              "segments": _segments(docs[lang].text, paras[lang][i].start, paras[lang][i].end,
                                                    marks[lang], mark_starts[lang])} for i in idx]
                      for lang, idx in (("en", en_idx), ("vi", vi_idx))})  # fmt: skip
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("crosscheck.outputs", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    counts = Counter(r.status for r in rows)
    return env.get_template("report.html.j2").render(
        title=title,
        source=source,
        dateline=dateline.isoformat() if dateline else "",
        docs=docs,
        pairs=pairs,
        rows=rows,
        counts=[(status, n, TONE.get(status, "bad")) for status, n in sorted(counts.items(), key=_worst)],
        kinds=sorted({r.kind for r in rows}),
        failing=sum(1 for r in rows if r.failing),
    )


def _keys(paras: Sequence[Paragraph], mentions: Sequence[Mention]) -> list[set[str]]:
    """What each paragraph states: the values of the figures in it."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    spans = [(bisect.bisect_left(starts, p.start), bisect.bisect_left(starts, p.end)) for p in paras]
    return [{str(m.value) for m in ordered[lo:hi]} for lo, hi in spans]


def _worst(item: tuple[str, int]) -> tuple[int, str]:
    return RANK[TONE.get(item[0], "bad")], item[0]


# --- what each command gives -------------------------------------------------------------


def name_spans(doc: Document, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Every name the reader finds in a version (see `align.name_runs`)."""
    from crosscheck.align import name_runs

    return [(o.start, o.end) for found in name_runs(doc, mentions).values() for o in found]


def from_report(report: Any, table_rows: Sequence[dict[str, Any]], failing: Sequence[dict[str, Any]]) -> str:
    """The report of a checked story (`crosscheck report claims/<story>.toml`)."""
    from crosscheck.engine import load_version

    story = report.story
    versions = {lang: load_version(story, lang) for lang in LANGS}
    docs = {lang: v.doc for lang, v in versions.items()}
    starts = {lang: [0] + [m.end() for m in re.finditer("\n", doc.text)] for lang, doc in docs.items()}
    bad = {id(r) for r in failing}
    rows = []
    for r in table_rows:
        spans: dict[str, list[tuple[int, int]]] = {lang: [] for lang in LANGS}
        seen: Counter[tuple[str, int, str]] = Counter()  # a wording twice on one line: its 2nd
        for loc in r.get("locations", ()):
            lang, text, said = loc["lang"], docs[loc["lang"]].text, str(loc["text"] or "")
            lo, hi = _line_bounds(starts[lang], text, int(loc["line"]))
            places = _spans_of(text, said, lo, hi)
            nth = seen[lang, int(loc["line"]), said]
            seen[lang, int(loc["line"]), said] += 1
            spans[lang] += places[nth : nth + 1] or places[:1]
        rows.append(ReportRow(r["claim"], r["kind"], r["status"], r["en"] or "", r["vi"] or "",
                              r["detail"] or "", r["where"], spans, id(r) in bad))  # fmt: skip
    mentions = {lang: v.mentions for lang, v in versions.items()}
    names = {lang: name_spans(docs[lang], v.mentions) for lang, v in versions.items()}
    return render(story.id, docs, mentions, names, rows, story.dateline, story.shown)


def from_comparison(result: Any, docs: dict[str, Document], dateline: date | None) -> str:
    """The report of `crosscheck compare … --format html`: no claims, the alignment's rows."""
    from crosscheck.extract import extract

    rows = []
    for r in result.rows:
        data = r.as_dict()
        spans: dict[str, list[tuple[int, int]]] = {lang: [] for lang in LANGS}
        for i, lang in enumerate(LANGS):
            group = getattr(r, lang)
            if group is not None:
                spans[lang] = [(m.start, m.end) for m in group.mentions]
            elif r.names is not None:
                spans[lang] = [(o.start, o.end) for o in r.names[i]]
        rows.append(ReportRow(data.get("en") or data.get("vi") or r.kind, r.kind, r.status, data["en"] or "",
                              data["vi"] or "", data.get("note", ""), "", spans,
                              r.status not in ("consistent", "review")))  # fmt: skip
    mentions = {lang: extract(docs[lang], dateline) for lang in LANGS}
    names = {lang: [(o.start, o.end) for found in result.runs.get(lang, {}).values() for o in found]
             for lang in LANGS}  # fmt: skip
    return render(f"{docs['en'].path} · {docs['vi'].path}", docs, mentions, names, rows, dateline)
