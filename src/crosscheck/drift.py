"""The edit-aware gate: what an edit changed in one version, and whether the other followed.

Comparing two languages has to guess which figure answers which; comparing a version
with its own previous text does not. An edit is a diff within one language, so
`changes` reads it almost exactly: the text that did not change is found by a diff of
lines, then of tokens, and a figure inside an unchanged stretch is never reported (even
when a neighbour's edit makes the extractor read it differently). Only the figures the
diff touched are aligned, first by equal value (a moved sentence changes nothing), then
by kind within the same changed stretch (a changed value).

`drift` then asks, for each change in one language, what the other language's new text
says: still the old value (drift, exit 1), the new value too (consistent), or a value it
never stated (review, shown and never failing).
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from crosscheck import kinds
from crosscheck.extract import extract, on_evidence
from crosscheck.kinds import Mention
from crosscheck.text import Document

STATUSES = ("drift", "consistent", "review", "new")
FAILING = frozenset({"drift"})
# How far apart (as a share of each document) a mention of the other version may sit from
# a changed one and still be taken as stating that fact, at the place of the edit.
NEARBY = 0.12
_TOKEN = re.compile(r"\w+|[^\w\s]")
_LANG_NAMES = {"en": "EN", "vi": "VI"}


@dataclass(frozen=True)
class Change:
    """A fact an edit added (old is None), removed (new is None) or changed in value."""

    kind: str
    old: Mention | None
    new: Mention | None
    old_line: int | None
    new_line: int | None

    @property
    def what(self) -> str:
        return "added" if self.old is None else "removed" if self.new is None else "changed"


@dataclass(frozen=True)
class DriftRow:
    """One change of one language, judged against the other language's new text."""

    story: str
    lang: str
    kind: str
    old: str | None
    new: str | None
    old_line: int | None
    new_line: int | None
    other: str | None
    other_line: int | None
    status: str
    claim: str | None = None
    note: str = ""  # what the other version says, in words

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("story", "lang", "kind", "old", "new", "old_line", "new_line",
                                              "other", "other_line", "status", "claim")}  # fmt: skip

    def message(self) -> str:
        """The row as a sentence: "EN line 5: US$41.6 billion → US$46.1 billion; VI line 7
        still says 41,6 tỷ USD"."""
        if self.status == "new":
            return self.note
        lang = _LANG_NAMES.get(self.lang, self.lang.upper())
        if self.old is not None and self.new is not None:
            head = f"{lang} line {self.new_line}: {self.old} → {self.new}"
        elif self.old is not None:
            head = f"{lang} line {self.old_line} (before): {self.old} removed"
        else:
            head = f"{lang} line {self.new_line}: {self.new} added"
        return f"{head}; {self.note}" if self.note else head


# --- one language: what the edit changed ----------------------------------------------


@dataclass
class _Diff:
    """Where an edit changed a text: blocks of lines, and the tokens within them."""

    blocks: list[tuple[int, int, int, int]]  # changed blocks of lines: old start, end, new start, end
    regions: list[tuple[int, int, int, int, int]]  # changed tokens: old start, end, new start, end, block


@dataclass
class _Side:
    """The mentions of one text of an edit, with where the edit touched each."""

    doc: Document
    mentions: list[Mention]
    touched: list[set[int]]  # per mention: the changed token regions it touches
    blocks: list[set[int]]  # per mention: the changed blocks of lines it lies in

    def place(self, i: int) -> float:
        return self.mentions[i].start / max(len(self.doc.text), 1)


def _tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text, start, end))


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _diff(old: str, new: str) -> _Diff:
    """A diff of lines, then of tokens inside each changed block of lines: a long document
    costs little, and a changed line keeps its unchanged words. An empty range is an
    insertion point."""
    old_lines, new_lines = _line_spans(old), _line_spans(new)
    lines = difflib.SequenceMatcher(
        None, [old[s:e] for s, e in old_lines], [new[s:e] for s, e in new_lines], autojunk=False
    )
    diff = _Diff([], [])
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        if tag == "equal":
            continue
        o_start = old_lines[i1][0] if i1 < len(old_lines) else len(old)
        o_end = old_lines[i2 - 1][1] if i2 > i1 else o_start
        n_start = new_lines[j1][0] if j1 < len(new_lines) else len(new)
        n_end = new_lines[j2 - 1][1] if j2 > j1 else n_start
        block = len(diff.blocks)
        diff.blocks.append((o_start, o_end, n_start, n_end))
        a, b = _tokens(old, o_start, o_end), _tokens(new, n_start, n_end)
        words = difflib.SequenceMatcher(None, [t.group() for t in a], [t.group() for t in b], autojunk=False)
        for wtag, k1, k2, l1, l2 in words.get_opcodes():
            if wtag != "equal":
                diff.regions.append((*_span(a, k1, k2, o_start), *_span(b, l1, l2, n_start), block))
    return diff


def _span(tokens: list[re.Match[str]], first: int, last: int, default: int) -> tuple[int, int]:
    """The characters of tokens[first:last]; for none, the gap where they would go (the
    start of the next token)."""
    if last > first:
        return tokens[first].start(), tokens[last - 1].end()
    at = tokens[first].start() if first < len(tokens) else (tokens[-1].end() if tokens else default)
    return at, at


def _touches(m: Mention, start: int, end: int) -> bool:
    if end > start:
        return m.start < end and m.end > start
    # Words put in at the mention's start ("about" before "US$41.6 billion") or inside it;
    # a clause cut just after it ("in 2024[, a 15.4 per cent increase]") leaves it alone.
    return m.start <= start < m.end


def _overlapping(m: Mention, ranges: list[tuple[int, int]], touches: Callable[..., bool]) -> set[int]:
    """The ranges (in text order, apart) that touch a mention."""
    starts = [s for s, _ in ranges]
    found = set()
    for i in range(bisect.bisect_right(starts, m.end) - 1, -1, -1):
        s, e = ranges[i]
        if e < m.start:
            break  # this range and all before it end before the mention starts
        if touches(m, s, e):
            found.add(i)
    return found


def _side(doc: Document, mentions: list[Mention], diff: _Diff, new: bool) -> _Side:
    k = 2 if new else 0
    regions = [(r[k], r[k + 1]) for r in diff.regions]
    blocks = [(b[k], b[k + 1]) for b in diff.blocks]
    side = _Side(doc, mentions, [], [])
    for m in mentions:
        touched = _overlapping(m, regions, _touches)
        side.touched.append(touched)
        inside = _overlapping(m, blocks, lambda m, s, e: m.start < e and m.end > s)
        side.blocks.append(inside | {diff.regions[r][4] for r in touched})
    return side


def _same_value(a: Mention, b: Mention) -> bool:
    """Two mentions of one version stating one value (any of their readings)."""
    return a.kind == b.kind and any(kinds.equal(a.kind, x, y) for x in a.readings() for y in b.readings())


def changes(
    old: Document, new: Document, dateline: date | None = None, *, mentions: tuple[list[Mention], ...] = ()
) -> list[Change]:
    """What an edit changed in one language: facts added, removed or changed in value.

    Only mentions whose own words the edit touched are reported. A mention in a changed
    line but outside the changed words may still be read differently (a neighbour's edit
    changed its context): it is paired, never reported alone. `mentions` may pass the
    two documents' mentions when they are already extracted."""
    old_mentions, new_mentions = mentions or (extract(old, dateline), extract(new, dateline))
    diff = _diff(old.text, new.text)
    a, b = _side(old, old_mentions, diff, new=False), _side(new, new_mentions, diff, new=True)
    # Mentions in a changed block of lines, touched or not; unchanged lines are left out.
    lone_a = [i for i, blocks in enumerate(a.blocks) if blocks]
    lone_b = [j for j, blocks in enumerate(b.blocks) if blocks]
    pairs: list[tuple[int, int]] = []

    def pair(test: Callable[[int, int], bool], both: bool) -> int:
        """Pair what passes `test` and has a touched side (both sides if `both`): the same
        changed tokens first, then the nearest; returns how many pairs were made."""
        candidates = sorted(
            ((0 if a.touched[i] & b.touched[j] else 1, abs(a.place(i) - b.place(j))), i, j)
            for i in lone_a
            for j in lone_b
            if ((a.touched[i] and b.touched[j]) if both else (a.touched[i] or b.touched[j])) and test(i, j)
        )
        used_a, used_b = set(), set()
        for _, i, j in candidates:
            if i not in used_a and j not in used_b:
                used_a.add(i)
                used_b.add(j)
                pairs.append((i, j))
        lone_a[:] = [i for i in lone_a if i not in used_a]
        lone_b[:] = [j for j in lone_b if j not in used_b]
        return len(used_a)

    # Untouched words read alike on both sides are the same mention.
    for i in [i for i in lone_a if not a.touched[i]]:
        m = a.mentions[i]
        twin = next((j for j in lone_b if not b.touched[j] and b.mentions[j].text == m.text
                     and _same_value(m, b.mentions[j])), None)  # fmt: skip
        if twin is not None:
            lone_a.remove(i)
            lone_b.remove(twin)
    # An equal value that only moved is no change. (Both touched: "2024" made "2025" must
    # not pair with the untouched "year on year" that now reads as 2024.)
    unchanged = pair(lambda i, j: _same_value(a.mentions[i], b.mentions[j]), both=True)
    # One kind in one changed block: a changed value. One side may be untouched: cutting
    # " billion" off "US$41.6 billion" leaves "US$41.6" untouched and read anew.
    pair(
        lambda i, j: a.mentions[i].kind == b.mentions[j].kind and bool(a.blocks[i] & b.blocks[j]), both=False
    )
    out = [_change(a, i, b, j) for i, j in pairs[unchanged:]]
    out += [_change(a, i, b, None) for i in lone_a if a.touched[i]]
    out += [_change(a, None, b, j) for j in lone_b if b.touched[j]]
    return sorted(out, key=lambda c: (c.new_line or c.old_line or 0, c.old_line or 0))


def _change(a: _Side, i: int | None, b: _Side, j: int | None) -> Change:
    old = a.mentions[i] if i is not None else None
    new = b.mentions[j] if j is not None else None
    kind = (old or new).kind  # type: ignore[union-attr]
    return Change(kind, old, new, a.doc.line_of(old.start) if old else None,
                  b.doc.line_of(new.start) if new else None)  # fmt: skip


# --- two languages: did the other version follow? --------------------------------------


def _unqualified(value: Any) -> Any:
    return dataclasses.replace(value, qualifier=None) if getattr(value, "qualifier", None) else value


# Kinds that state a bare number: a translator may say one as another ("60 Minutes" is a
# programme's name, read as a duration in English and a count in Vietnamese).
_NUMERIC = frozenset({"count", "ordinal", "duration", "quantity", "year"})


def _number(value: Any) -> Any:
    return value if isinstance(value, int) else getattr(value, "value", None)


def agrees(a: Mention, b: Mention) -> bool:
    """Whether mentions of the two languages state one value: any readings equal, or equal
    but for a qualifier one version leaves out, or one day of which one gives the year, or
    the same bare number said as two numeric kinds, or pounds as money and as a weight
    (as `compare` accepts them)."""
    if a.kind != b.kind:
        numbers = {_number(x) for x in a.readings()} - {None}
        if {a.kind, b.kind} == {"money", "quantity"}:  # "1,000 pounds" is money or a weight
            pounds = {"GBP", "pound"}
            units = {getattr(x, "unit", None) for x in (*a.readings(), *b.readings())}
            return units <= pounds and any(_number(y) in numbers for y in b.readings())
        return {a.kind, b.kind} <= _NUMERIC and any(_number(y) in numbers for y in b.readings())
    for x in a.readings():
        for y in b.readings():
            if kinds.equal(a.kind, x, y):
                return True
            if a.kind == "date" and None in (x.year, y.year) and (x.month, x.day) == (y.month, y.day):
                return True
            one_sided = None in (getattr(x, "qualifier", 0), getattr(y, "qualifier", 0))
            if one_sided and kinds.equal(a.kind, _unqualified(x), _unqualified(y)):
                return True
    return False


def _place(doc: Document, m: Mention) -> float:
    """Where a mention sits, as a share of its document."""
    return m.start / max(len(doc.text), 1)


def _stating(mention: Mention, mentions: Sequence[Mention]) -> list[Mention]:
    return [m for m in mentions if agrees(mention, m)]


def _shown(m: Mention) -> str:
    return " ".join(m.text.split())


@dataclass
class _Lang:
    code: str
    old: Document
    new: Document
    old_mentions: list[Mention]
    new_mentions: list[Mention]
    changes: list[Change]


def drift(
    en_old: Document,
    en_new: Document,
    vi_old: Document,
    vi_new: Document,
    dateline: date | None = None,
    *,
    story: str = "",
    claims: Sequence[Any] = (),
) -> list[DriftRow]:
    """Each change of each language against the other language's new text.

    `claims` (crosscheck.claims.Claim) name the claim whose value a changed fact had."""
    langs = []
    for code, old, new in (("en", en_old, en_new), ("vi", vi_old, vi_new)):
        found = (extract(old, dateline), extract(new, dateline))
        langs.append(_Lang(code, old, new, *found, changes(old, new, dateline, mentions=found)))
    rows: list[DriftRow] = []
    done: set[int] = set()  # the other language's changes already shown with one of this one's
    for this, other in ((langs[0], langs[1]), (langs[1], langs[0])):
        for change in this.changes:
            if id(change) in done:
                continue
            verdict = _Judge(change, this, other, done).verdict()
            if verdict is not None:
                rows.append(_row(story, this.code, change, verdict, claims))
    order = {status: n for n, status in enumerate(STATUSES)}
    return sorted(rows, key=lambda r: (order[r.status], r.lang, r.new_line or r.old_line or 0))


@dataclass
class _Verdict:
    status: str
    note: str  # what the other version says, in words
    other: Mention | None = None  # the other version's mention that decides it
    other_line: int | None = None


class _Judge:
    """One change of one language (`this`) against the other language's texts."""

    def __init__(self, change: Change, this: _Lang, other: _Lang, done: set[int]) -> None:
        self.c, self.this, self.other, self.done = change, this, other, done
        self.name = _LANG_NAMES.get(other.code, other.code.upper())

    def says(self, m: Mention, doc: Document, how: str) -> _Verdict:
        line = doc.line_of(m.start)
        return _Verdict("", f"{self.name} line {line} {how} {_shown(m)}", m, line)

    def verdict(self) -> _Verdict | None:
        c = self.c
        if c.new is None:
            return self.removed()
        if c.old is None:
            return self.added()
        return self.changed()

    def removed(self) -> _Verdict | None:
        other, gone = self.other, self.c.old
        assert gone is not None
        if _stating_same(gone, self.this.new_mentions):
            return None  # the value is still stated elsewhere: a repeat dropped is style
        partner = self.partner(lambda d: d.new is None and d.old is not None and agrees(gone, d.old))
        if partner is not None and partner.old is not None:
            return _status("consistent", self.says(partner.old, other.old, "removed"))
        still = _stating(gone, other.new_mentions)
        if still and _stating(gone, other.old_mentions):
            where = _place(self.this.old, gone)
            nearest = min(still, key=lambda m: abs(_place(other.new, m) - where))
            return self.drift(self.says(nearest, other.new, "still says"))
        return _Verdict("review", f"{self.name} never stated it")

    def added(self) -> _Verdict | None:
        other, added = self.other, self.c.new
        assert added is not None
        if _stating_same(added, self.this.old_mentions):
            return None  # the value was already stated: a repeat added is style
        partner = self.partner(lambda d: d.new is not None and agrees(added, d.new))
        if partner is not None and partner.new is not None:
            return _status("consistent", self.says(partner.new, other.new, "too:"))
        same = _stating(added, other.new_mentions)
        if same:
            return _status("consistent", self.says(same[0], other.new, "states it:"))
        return _Verdict("review", f"{self.name} states nothing equal")

    def changed(self) -> _Verdict:
        this, other, was, now = self.this, self.other, self.c.old, self.c.new
        assert was is not None and now is not None
        partner = self.partner(lambda d: d.new is not None and agrees(now, d.new))
        if partner is not None and partner.new is not None:
            return _status("consistent", self.says(partner.new, other.new, "too:"))
        # The other version changed the same fact to another value: the edits disagree.
        differs = self.partner(
            lambda d: d.old is not None and d.new is not None and agrees(was, d.old), same_edit=False
        )
        if differs is not None and differs.new is not None:
            return self.drift(self.says(differs.new, other.new, "now says"))
        states_new = _stating(now, other.new_mentions)
        if not _stating(was, other.old_mentions):
            if states_new:  # the edit brings this version to what the other says
                return _status("consistent", self.says(states_new[0], other.new, "states it:"))
            return _Verdict("review", f"{self.name} never stated {_shown(was)}")
        # What the other version still says of the old value, and only of it: "45 miles"
        # agrees with 72 km and with 73 km alike, so it cannot tell that an edit was missed.
        says_old = _stating(was, other.new_mentions)
        still = [m for m in says_old if not agrees(now, m)]
        if not still:
            if says_old:
                return _status("review", self.says(says_old[0], other.new, "agrees with both values:"))
            return _Verdict("review", f"{self.name} no longer states {_shown(was)}")
        # Both values may be stated, for two facts ("from 2024 to 2025"). The old value at
        # the place of the edit is drift; else the new value there is the other version
        # already saying what this one now says (a fix), and the old one elsewhere is another fact.
        where = _place(this.new, now)
        distance = {id(m): abs(_place(other.new, m) - where) for m in still + states_new}
        nearest = min(still, key=lambda m: distance[id(m)])
        near_new = [m for m in states_new if distance[id(m)] <= NEARBY]
        if distance[id(nearest)] > NEARBY and near_new:
            return _status("review", self.says(near_new[0], other.new, "already states the new value:"))
        return self.drift(self.says(nearest, other.new, "still says"))

    def partner(self, test: Callable[[Change], bool], same_edit: bool = True) -> Change | None:
        """The other language's first change, not yet shown, that passes `test`. With
        `same_edit`, its repeats (the same values changed again elsewhere in the other
        version, "41,6 tỷ USD" twice made "46,1 tỷ USD") are shown with it, not apart."""
        first = next((d for d in self.other.changes if id(d) not in self.done and test(d)), None)
        if first is None:
            return None
        self.done.add(id(first))
        if same_edit:
            for d in self.other.changes:
                if id(d) not in self.done and test(d) and _same_change(first, d):
                    self.done.add(id(d))
        return first

    def drift(self, verdict: _Verdict) -> _Verdict:
        """Drift, unless it rests on a spelled number with nothing it counts ("the first"):
        alone, such a reading is too weak to flag (as in compare), so it is for review."""
        c, this = self.c, self.this
        mention, doc = (c.new, this.new) if c.new is not None else (c.old, this.old)
        if mention is not None and not on_evidence(mention, doc):
            return _status("review", dataclasses.replace(verdict, note=verdict.note + " (a spelled number)"))
        return _status("drift", verdict)


def _same_change(a: Change, b: Change) -> bool:
    """Two changes of one version from one value to one value."""
    return all((x is None) == (y is None) and (x is None or y is None or _same_value(x, y))
               for x, y in ((a.old, b.old), (a.new, b.new)))  # fmt: skip


def _status(status: str, verdict: _Verdict) -> _Verdict:
    return dataclasses.replace(verdict, status=status)


def _stating_same(mention: Mention, mentions: Sequence[Mention]) -> bool:
    return any(_same_value(mention, m) for m in mentions)


def _row(story: str, lang: str, c: Change, v: _Verdict, claims: Sequence[Any]) -> DriftRow:
    return DriftRow(
        story=story,
        lang=lang,
        kind=c.kind,
        old=_shown(c.old) if c.old else None,
        new=_shown(c.new) if c.new else None,
        old_line=c.old_line,
        new_line=c.new_line,
        other=_shown(v.other) if v.other else None,
        other_line=v.other_line,
        status=v.status,
        claim=_claim_of(c, claims),
        note=v.note,
    )


def _claim_of(c: Change, claims: Sequence[Any]) -> str | None:
    """The id of the claim whose value the changed fact had (or, if added, has)."""
    mention = c.old or c.new
    assert mention is not None
    for claim in claims:
        if claim.kind != mention.kind:
            continue
        try:
            if any(kinds.equal(claim.kind, claim.value, reading) for reading in mention.readings()):
                return str(claim.id)
        except (TypeError, AttributeError):
            continue
    return None


def failing(rows: Iterable[DriftRow]) -> list[DriftRow]:
    return [r for r in rows if r.status in FAILING]
