"""The engine: every claim of a story checked against both versions, and every figure
and name of both versions accounted for.

A figure claim lists how each version words it, once per time that version states it.
Each wording is a slot; each slot must be filled by its own mention in the document,
of the claim's kind, with an equal value, in a sentence holding the wording's other
words (its context). Slots and mentions are paired by maximum bipartite matching, so
two figures swapped between facts, a figure said once too often or once too few, and a
figure no claim explains all show. A name claim holds where each of its forms occurs
and no near miss of them does.
"""

from __future__ import annotations

import bisect
import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from itertools import chain, compress, starmap
from operator import not_
from typing import Any

from crosscheck import kinds, review, waivers
from crosscheck.buckets import ByValue
from crosscheck.chunked_reading import read_figures_of
from crosscheck.claims import Claim, Story
from crosscheck.errors import ClaimsError
from crosscheck.extract import extract, on_evidence
from crosscheck.inputs import read_version
from crosscheck.kinds import Mention
from crosscheck.lang import LANGS
from crosscheck.lang import get as get_language
from crosscheck.name_grammar import grammar
from crosscheck.names import NameIndex, Occurrence, name_keys, near_misses, unexplained_runs, words
from crosscheck.text import Document, word_key

STATUSES = ("consistent", "discrepancy", "missing", "one-sided", "waived", "unreviewed", "stale")
FAILING = ("discrepancy", "missing", "stale")


@dataclass(frozen=True)
class Side:
    """What one version says of one claim."""

    found: tuple[str, ...] = ()  # wordings found, as written
    lines: tuple[int, ...] = ()
    expected: int = 0  # how many times the claim says this version states it
    nearest: str | None = None  # the closest thing seen where it failed
    named: tuple[int, int] | None = None  # a name's occurrences: (found, the claim's `occurs`)
    nearest_at: tuple[int, str] | None = None  # the nearest thing's line and text, for the outputs

    @property
    def holds(self) -> bool:
        return len(self.found) >= self.expected and self.nearest is None and _named_right(self)


@dataclass(frozen=True)
class Result:
    claim: Claim
    status: str
    sides: dict[str, Side]
    message: str = ""

    @property
    def failed(self) -> bool:
        return self.status in FAILING and self.claim.severity != "warning"


@dataclass(frozen=True)
class Unexplained:
    lang: str
    line: int
    text: str
    kind: str
    value: str


@dataclass
class Report:
    story: Story
    results: list[Result]
    unexplained: dict[str, list[Unexplained]] = field(default_factory=dict)
    stale: list[waivers.Stale] = field(default_factory=list)  # waivers whose words are gone
    docs: dict[str, Document] = field(default_factory=dict)  # to name units and paragraphs in outputs

    @property
    def ok(self) -> bool:
        fresh = all(s.waiver.severity == "warning" for s in self.stale)
        return not any(r.failed for r in self.results) and not any(self.unexplained.values()) and fresh


# How many extra words may come between a figure and a context word than in the wording.
SLACK = 2


@dataclass(frozen=True)
class Slot:
    """One wording of a figure claim: a mention it expects, and what must surround it."""

    claim: Claim
    lang: str
    wording: str
    before: tuple[tuple[str, int], ...]  # (word, distance) to the figure's left in the wording
    after: tuple[tuple[str, int], ...]  # (word, distance) to its right
    companions: tuple[tuple[str, Any], ...]  # the wording's other figures: (kind, value)
    sentence: frozenset[str]  # the claim's explicit context: anywhere in the sentence


def _plain_words(index: NameIndex, mentions: Iterable[Mention]) -> tuple[list[int], list[str]]:
    """Starts and keys of the words outside every figure (the figures' own words vary)."""
    plain = _outside_figures(index, mentions)
    return list(compress(index.starts, plain)), list(compress(index.keys, plain))


def _outside_figures(index: NameIndex, mentions: Iterable[Mention]) -> list[bool]:
    """For each word of the index, whether it starts outside every figure."""
    starts = index.starts
    plain = [True] * len(starts)
    for m in mentions:  # the words starting inside a figure
        first, last = bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)
        plain[first:last] = [False] * (last - first)
    return plain


@dataclass
class Version:
    """One language's document with everything found in it."""

    doc: Document
    mentions: list[Mention]
    names: NameIndex
    _sentence_words: dict[int, frozenset[str]] = field(default_factory=dict)
    plain_starts: list[int] = field(default_factory=list)
    plain_keys: list[str] = field(default_factory=list)
    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    # Where each mention sits among the plain words, by its start (`_place_all`: a mention
    # is tried for every slot of its value, in a long text thousands of times).
    _places: dict[int, tuple[int, int, int, int]] = field(default_factory=dict)

    # The words starting inside a figure ("Wednesday", "Ngày 19/2"): figures explain them.
    in_figures: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        plain = _outside_figures(self.names, self.mentions)
        self.plain_starts = list(compress(self.names.starts, plain))
        self.plain_keys = list(compress(self.names.keys, plain))
        self.in_figures = list(compress(range(len(plain)), map(not_, plain)))
        self.by_sentence = defaultdict(list)
        sentence_starts, right = self.doc.sentence_starts, bisect.bisect_right
        for m in self.mentions:  # (by the start of its sentence, as `Document.sentence_bounds`)
            self.by_sentence[sentence_starts[right(sentence_starts, m.start) - 1]].append(m)

    def fits(self, slot: Slot, candidates: Iterable[int]) -> dict[int, int]:
        """How well each candidate mention (by index) fits a slot: 0 not at all; 1 when the
        slot's words sit around it (same side, nearby, same sentence) and figures of its
        companions' kinds share the sentence; 2 when those companions have their values too.
        (One loop per slot, its words and the version's columns looked up once: a slot of
        a 10 MB text has thousands of candidates, and a call each cost a few µs.)"""
        mentions, keys, places = self.mentions, self.plain_keys, self._places
        candidates = list(candidates)
        self._place_all([mentions[i].start for i in candidates])
        size = len(keys)
        before, after, sentence, companions = slot.before, slot.after, slot.sentence, slot.companions
        fit = {}
        for i in candidates:
            mention = mentions[i]
            start, pos, first, stop = places[mention.start]
            if sentence and not sentence <= self.sentence_words(mention.start):
                fit[i] = 0  # (most slots name no context: their sentences' words are never read)
                continue
            for key, distance in before:
                if key not in keys[max(0, pos - distance - SLACK, first) : pos]:
                    fit[i] = 0
                    break
            else:
                for key, distance in after:
                    if key not in keys[pos : min(size, pos + distance + SLACK, stop)]:
                        fit[i] = 0
                        break
                else:
                    fit[i] = self._with_companions(mention, start, companions) if companions else 2
        return fit

    def _with_companions(self, mention: Mention, start: int, companions: tuple[tuple[str, Any], ...]) -> int:
        """The companions' test: 2 when figures of the companions' kinds and values share
        the mention's sentence, 1 when of their kinds only, else 0."""
        neighbours = [m for m in self.by_sentence.get(start, ()) if m is not mention]
        if all(any(m.kind == k and _equal(k, value, m) for m in neighbours) for k, value in companions):
            return 2
        return int(all(any(m.kind == k for m in neighbours) for k, _ in companions))

    def _place_all(self, offsets: list[int]) -> None:
        """Where each offset not placed yet sits, in one loop: each sentence's words are
        found once, and an offset's among them only (a slot of a 10 MB text has thousands
        of candidates, most sharing a sentence with others). A place is the start of the
        sentence holding the offset, and the indices among the plain words of the first word
        at or after the offset, of the sentence's first word and of the first word after the
        sentence (the words are in text order: those of the sentence are one slice, searched
        in C; the offset's index lies between the sentence's)."""
        places, starts = self._places, self.plain_starts
        sentence_starts, size = self.doc.sentence_starts, len(self.doc.text)
        count = len(sentence_starts)
        bounds: dict[int, tuple[int, int, int]] = {}  # a sentence's start, first and stop
        for offset in offsets:
            if offset in places:
                continue
            n = bisect.bisect_right(sentence_starts, offset) - 1  # (as `Document.sentence_bounds`)
            span = bounds.get(n)
            if span is None:
                start, end = sentence_starts[n], sentence_starts[n + 1] if n + 1 < count else size
                span = bounds[n] = (start, bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))
            start, first, stop = span
            places[offset] = (start, bisect.bisect_left(starts, offset, first, stop), first, stop)

    def sentence_words(self, offset: int) -> frozenset[str]:
        start, end = self.doc.sentence_bounds(offset)
        if start not in self._sentence_words:
            self._sentence_words[start] = frozenset(word_key(w) for w in words(self.doc.text[start:end]))
        return self._sentence_words[start]

    def where(self, mention_or_occurrence: Mention | Occurrence) -> str:
        return _where(self.doc, mention_or_occurrence)


def _where(doc: Document, mention_or_occurrence: Mention | Occurrence) -> str:
    line = doc.line_of(mention_or_occurrence.start)
    where = getattr(doc, "where", None)  # a paragraph of a Word file, a translation unit
    place = where(line) if where is not None else f"line {line}"
    return f"{doc.lang} {place}: {mention_or_occurrence.text.replace(chr(10), ' ')}"


@dataclass
class _Named:
    """The name claims' sides in one version (by the claim's place in the story), and the
    words their near misses explain: they need the name index only, not the figures."""

    sides: dict[int, Side]
    explained: set[int]
    covered: set[int] = field(default_factory=set)  # words the claims, titles and waivers explain


def load_version(story: Story, lang: str) -> Version:
    return _load_version(story, lang)[0]


def _load_version(story: Story, lang: str) -> tuple[Version, _Named]:
    # Any input format (HTML, Word, a translation file): positions stay those of the file.
    doc = read_version(story.seeds[lang], lang, story.seeds_shown[lang], story.input_format)

    def names() -> tuple[NameIndex, _Named]:
        index = NameIndex(doc)
        return index, _name_sides(story, lang, doc, index)

    # (a long text's figures are read in worker processes while this one builds the name
    # index and checks the name claims)
    mentions, (index, named) = read_figures_of(doc, story.dateline, names)
    return Version(doc, mentions, index), named


@contextmanager
def _without_cycle_collector() -> Iterator[None]:
    """Pause Python's cyclic garbage collector.

    A 10 MB seed makes millions of small objects (words, figures) that form no cycles:
    reference counting frees them, and every full pass of the cyclic collector would only
    traverse them all again (seconds on a big seed). Cycles made meanwhile are collected
    once it is back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def check(story: Story, versions: dict[str, Version] | None = None) -> Report:
    """Check every claim of a story and account for every figure and name."""
    with _without_cycle_collector():
        return _check(story, versions)


def _check(story: Story, versions: dict[str, Version] | None) -> Report:
    for claim in story.claims:
        _check_chinese_name(story, claim)
    if versions is None:
        loaded = {lang: _load_version(story, lang) for lang in LANGS}
        versions = {lang: version for lang, (version, _) in loaded.items()}
        named = {lang: found for lang, (_, found) in loaded.items()}
    else:
        named = {lang: _name_sides(story, lang, v.doc, v.names) for lang, v in versions.items()}
    slots = {lang: _slots(story, lang) for lang in LANGS}
    assigned = {lang: _assign(slots[lang], versions[lang]) for lang in LANGS}
    slots_of: dict[str, dict[str, list[int]]] = {lang: defaultdict(list) for lang in LANGS}
    for lang in LANGS:
        for i, slot in enumerate(slots[lang]):
            slots_of[lang][slot.claim.id].append(i)
    results: list[Result] = []
    cited: dict[str, set[int]] = {lang: set() for lang in LANGS}
    for n, claim in enumerate(story.claims):
        sides = {}
        for lang in LANGS:
            if claim.is_name:
                sides[lang] = named[lang].sides[n]
            else:
                sides[lang] = _figure_side(claim, lang, versions[lang], assigned[lang],
                                           slots_of[lang][claim.id], cited[lang])  # fmt: skip
        results.append(_verdict(claim, sides))
    unexplained = {
        lang: _uncovered_figures(versions[lang], assigned[lang], cited[lang], story)
        + _uncovered_names(versions[lang], named[lang].covered)
        for lang in LANGS
    }
    for found in unexplained.values():
        found.sort(key=lambda u: u.line)
    stale = [s for w in story.waivers if (s := waivers.stale(w, versions[w.lang].doc)) is not None]
    return Report(story, results, unexplained, stale, {lang: v.doc for lang, v in versions.items()})


# --- figure claims -------------------------------------------------------------------


@lru_cache(maxsize=1 << 12)  # bounded: `propose` reads a snippet of every mention once
def _wording_mentions(wording: str, lang: str, dateline: date | None) -> tuple[Mention, ...]:
    return tuple(extract(Document.from_text(wording, lang), dateline))


@cache
def _wording_words(wording: str, lang: str, dateline: date | None) -> tuple[list[int], list[str]]:
    """The words of a wording outside its figures (an archive repeats its wordings)."""
    mentions = _wording_mentions(wording, lang, dateline)
    return _plain_words(NameIndex(Document.from_text(wording, lang)), mentions)


def _slots(story: Story, lang: str) -> list[Slot]:
    """One slot per wording of every figure claim, with the words around its figure."""
    slots = []
    for claim in story.claims:
        if claim.is_name:
            continue
        for wording in claim.wordings[lang]:
            mentions = _wording_mentions(wording, lang, story.dateline)
            own = [m for m in mentions if m.kind == claim.kind]
            if not own:
                seen = ", ".join(f"{m.kind} {m.text!r}" for m in mentions) or "no figure at all"
                raise ClaimsError(
                    story.shown,
                    f"{lang} wording {wording!r} of {claim.id!r} has no "
                    f"{claim.kind} in it (the reader sees {seen}); quote the figure as the text writes it",
                    claim.line,
                )
            if not any(_equal(claim.kind, claim.value, m) for m in own):
                raise ClaimsError(
                    story.shown,
                    f"{lang} wording {wording!r} of {claim.id!r} reads as "
                    f"{kinds.show(claim.kind, own[0].value)}, but the claim's value is "
                    f"{kinds.show(claim.kind, claim.value)}; correct one of them",
                    claim.line,
                )
            mine = next(m for m in own if _equal(claim.kind, claim.value, m))
            starts, keys = _wording_words(wording, lang, story.dateline)
            pos = bisect.bisect_left(starts, mine.start)
            before = tuple((keys[j], pos - j) for j in range(pos))
            after = tuple((keys[j], j - pos + 1) for j in range(pos, len(keys)))
            companions = tuple((m.kind, m.value) for m in mentions if m is not mine)
            extra = frozenset(word_key(w) for text in claim.context.get(lang, ()) for w in words(text))
            slots.append(Slot(claim, lang, wording, before, after, companions, extra))
    return slots


def _equal(kind: str, value: Any, mention: Mention) -> bool:
    return any(kinds.equal(kind, value, reading) for reading in mention.readings())


def _assign(slots: list[Slot], version: Version) -> dict[int, int]:
    """Pair slots with mentions; slot index -> mention index.

    First a maximum bipartite matching over the pairs that agree fully (context words and
    companion figures with their values); then slots still empty take a free mention whose
    companions agree in kind only, so one changed figure fails its own claim, not its
    neighbours'.
    """
    by_value = ByValue()  # only mentions under the claim value's key are tried, not all of them
    for i, m in enumerate(version.mentions):
        by_value.add(m.kind, m.readings(), i)
    # (the slots of one value share its equal mentions: a claim has a slot per wording,
    # and an archive's stories repeat values; repr tells apart values == confuses, 1 and 1.0)
    equal_ones: dict[tuple[str, type, str], list[int]] = {}
    fit = []
    for slot in slots:
        kind, value = slot.claim.kind, slot.claim.value
        ones = equal_ones.get(same := (kind, type(value), repr(value)))
        if ones is None:
            ones = equal_ones[same] = [i for i in by_value.candidates(kind, (value,))
                                       if _equal(kind, value, version.mentions[i])]  # fmt: skip
        fit.append(version.fits(slot, ones))
    strong = [[i for i, level in f.items() if level == 2] for f in fit]
    owner: dict[int, int] = {}  # mention -> slot

    def place(s: int, seen: set[int]) -> bool:
        for i in strong[s]:
            if i not in seen:
                seen.add(i)
                if i not in owner or place(owner[i], seen):
                    owner[i] = s
                    return True
        return False

    for s in range(len(slots)):
        place(s, set())
    filled = set(owner.values())
    for s, f in enumerate(fit):
        if s not in filled:
            free = [i for i, level in f.items() if level == 1 and i not in owner]
            if free:
                owner[free[0]] = s
    return {s: i for i, s in owner.items()}


def _figure_side(
    claim: Claim, lang: str, version: Version, assigned: dict[int, int], slots: list[int], cited: set[int]
) -> Side:
    filled = [version.mentions[assigned[s]] for s in slots if s in assigned]
    expected = len(claim.wordings[lang])
    nearest = nearest_at = None
    if len(filled) < expected:
        candidate = _nearest(claim, lang, version, set(assigned.values()))
        if candidate is not None:
            cited.add(candidate)
            nearest = version.where(version.mentions[candidate])
            seen = version.mentions[candidate]
            nearest_at = (version.doc.line_of(seen.start), seen.text)
    lines = tuple(version.doc.line_of(m.start) for m in filled)
    return Side(tuple(m.text for m in filled), lines, expected, nearest, nearest_at=nearest_at)


def _nearest(claim: Claim, lang: str, version: Version, used: set[int]) -> int | None:
    """The unexplained mention of the claim's kind most like the claim's value."""
    best: tuple[Decimal, int] | None = None
    context = {word_key(w) for wording in claim.wordings[lang] for w in words(wording)}
    for i, m in enumerate(version.mentions):
        if i in used or m.kind != claim.kind:
            continue
        overlap = len(context & version.sentence_words(m.start))
        score = _distance(claim.value, m.value) / (1 + overlap)
        if best is None or score < best[0]:
            best = (score, i)
    return best[1] if best else None


def _distance(a: Any, b: Any) -> Decimal:
    """A rough distance between two values of one kind, for ranking candidates."""
    try:
        x = Decimal(str(getattr(a, "value", a) if not isinstance(a, tuple) else a[1]))
        y = Decimal(str(getattr(b, "value", b) if not isinstance(b, tuple) else b[1]))
        return abs(x - y) / (abs(x) + abs(y) + 1)
    except (ArithmeticError, ValueError, TypeError):
        return Decimal(1)


# --- name claims ---------------------------------------------------------------------


def _name_forms(story: Story, lang: str) -> list[str]:
    return [f for c in story.claims if c.is_name for f in c.wordings[lang]]


def _name_sides(story: Story, lang: str, doc: Document, index: NameIndex) -> _Named:
    """Every name claim's side in one version, with the words their near misses explain."""
    claimed = name_keys(_name_forms(story, lang))
    named = _Named({}, set())
    for n, claim in enumerate(story.claims):
        if claim.is_name:
            named.sides[n] = _name_side(claim, lang, doc, index, claimed, named.explained)
    named.covered = _covered_by_names(story, doc, index, _name_forms(story, lang), named.explained)
    return named


def _name_side(
    claim: Claim, lang: str, doc: Document, index: NameIndex, claimed: frozenset[str], explained: set[int]
) -> Side:
    forms = claim.wordings[lang]
    found: list[Occurrence] = []
    missing = []
    for form in forms:
        spans = index.spans(form)
        if spans:
            found.append(index._occurrence(*spans[0], form))
        else:
            missing.append(form)
    misses = near_misses(index, forms, claimed, _function_word_keys(lang))
    for miss in misses:
        explained.update(range(miss.occurrence.first, miss.occurrence.last))
    nearest = _where(doc, misses[0].occurrence) if misses else None
    seen = misses[0].occurrence if misses else None
    nearest_at = (doc.line_of(seen.start), seen.text) if seen else None
    lines = tuple(doc.line_of(o.start) for o in found)
    named = None
    if lang in claim.occurs:
        named = (_times_named(index, forms), claim.occurs[lang])
    return Side(tuple(o.text for o in found), lines, len(forms), nearest, named, nearest_at)


def _named_right(side: Side) -> bool:
    return side.named is None or side.named[0] == side.named[1]


@cache
def _function_word_keys(lang: str) -> frozenset[str]:
    return frozenset(word_key(w) for w in get_language(lang).function_words)


def _times_named(index: NameIndex, forms: Iterable[str]) -> int:
    """How often a version names something: its forms' occurrences, longest form first,
    so that "Chen" inside "Chen Gang" is one mention, not two."""
    taken: set[int] = set()
    count = 0
    for form in sorted(set(forms), key=lambda f: -len(words(f))):
        for first, last in index.spans(form):
            if taken.isdisjoint(range(first, last)):
                taken.update(range(first, last))
                count += 1
    return count


def _check_chinese_name(story: Story, claim: Claim) -> None:
    """A Chinese name's two wordings must read as each other: pinyin against Hán-Việt,
    syllable by syllable, or exactly through its characters when the claim gives them."""
    if claim.origin != "zh" and claim.hanzi is None:
        return
    from crosscheck.lang import zh

    en, vi = claim.wordings["en"][:1], claim.wordings["vi"][:1]
    if not en or not vi:
        return
    if claim.hanzi is not None:
        ok = zh.hanzi_reads_as(claim.hanzi, en[0], vi[0])
        how = f"through its characters {claim.hanzi}"
    else:
        ok = zh.is_hanviet_reading(en[0], vi[0]) or vi[0] in zh.alias_forms(en[0])
        how = "syllable by syllable"
    if not ok:
        raise ClaimsError(story.shown, f"{claim.id!r}: {en[0]!r} and {vi[0]!r} are not the same Chinese name "
                          f"read {how}; check both spellings", claim.line)  # fmt: skip


# --- verdicts ------------------------------------------------------------------------


def _verdict(claim: Claim, sides: dict[str, Side]) -> Result:
    langs = [claim.only] if claim.only else list(LANGS)
    broken = [lang for lang in langs if not sides[lang].holds]
    # A waiver or reason left as `propose` wrote it ("REVIEW: ...") is no decision yet: the
    # claim is unreviewed, and a REVIEW waiver does not hide a discrepancy.
    gone = [lang for lang in langs if len(sides[lang].found) < sides[lang].expected]
    if gone and (claim.only or (claim.waived and not review.is_marked(claim.waived))):
        return _stale(claim, sides, gone)
    if claim.waived and not review.is_marked(claim.waived):
        return Result(claim, "waived", sides, claim.waived)
    if not broken:
        marked = next((t for t in (claim.waived, claim.reason) if review.is_marked(t)), None)
        if marked is not None:
            return Result(claim, review.STATUS, sides, marked)
        return Result(claim, "one-sided" if claim.only else "consistent", sides,
                      claim.reason or "")  # fmt: skip
    details = []
    for lang in broken:
        side = sides[lang]
        if not _named_right(side) and side.named is not None:
            details.append(f"{lang}: named {side.named[0]} times, the claim says {side.named[1]}")
            continue
        short = side.expected - len(side.found)
        what = (
            f"{lang}: expected {side.expected}, found {len(side.found)}"
            if short > 0
            else f"{lang}: near miss"
        )
        details.append(what + (f"; nearest {side.nearest}" if side.nearest else ""))
    counted_wrong = any(sides[lang].named is not None and not _named_right(sides[lang]) for lang in broken)
    status = "discrepancy" if counted_wrong or any(sides[lang].nearest for lang in broken) else "missing"
    return Result(claim, status, sides, "; ".join(details))


def _stale(claim: Claim, sides: dict[str, Side], gone: list[str]) -> Result:
    """A waived or one-sided claim whose recorded wording is no longer in its version: the
    exemption was granted for words that changed, so it must be read again, not kept."""
    what = "one-sided" if claim.only else "waived"
    details = []
    for lang in gone:
        missing = [w for w in claim.wordings[lang] if w not in sides[lang].found] or [*claim.wordings[lang]]
        now = f"; it now reads {sides[lang].nearest}" if sides[lang].nearest else ""
        details.append(f"{lang} wording {missing[0]!r} is no longer found{now}")
    message = (f"{what} claim {claim.id!r} is stale: " + "; ".join(details)
               + "; re-read the text, then update the claim's wording or remove the claim")  # fmt: skip
    return Result(claim, "stale", sides, message)


# --- coverage ------------------------------------------------------------------------


def _uncovered_figures(
    version: Version, assigned: dict[int, int], cited: set[int], story: Story
) -> list[Unexplained]:
    used = set(assigned.values()) | cited
    waived = _waived_ranges(story, version.doc)
    out = []
    for i, m in enumerate(version.mentions):
        inside = any(a <= m.start and m.end <= b for a, b in waived.get(m.text, ()))
        if i in used or inside or not on_evidence(m, version.doc):
            continue  # a spelled number with nothing it counts needs no claim (see README)
        out.append(Unexplained(version.doc.lang, version.doc.line_of(m.start), m.text, m.kind,
                               kinds.show(m.kind, m.value)))  # fmt: skip
    return out


def _waived_ranges(story: Story, doc: Document) -> dict[str, list[tuple[int, int]]]:
    """Each waived text of this version, and the stretches where its waiver covers it."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for w in story.waivers:
        if w.lang == doc.lang:
            out[w.text] += waivers.covered_ranges(w, doc)
    return out


def _covered_words(index: NameIndex, forms: Iterable[str]) -> set[int]:
    covered: set[int] = set()
    for form in set(forms):  # a union: unlike counting, the order of the forms does not matter
        covered.update(chain.from_iterable(starmap(range, index.spans(form))))
    return covered


def _covered_by_names(
    story: Story, doc: Document, index: NameIndex, forms: list[str], explained: set[int]
) -> set[int]:
    """The words a version's name claims, near misses, titles and waivers explain."""
    starts_of = index.starts
    covered = set(explained)
    covered |= _covered_words(index, forms)
    covered |= _covered_words(index, get_language(doc.lang).titles)
    for text, ranges in _waived_ranges(story, doc).items():  # only inside the waiver's wording
        covered |= {i for i in _covered_words(index, [text])
                    if any(a <= starts_of[i] < b for a, b in ranges)}  # fmt: skip
    return covered


def _uncovered_names(version: Version, by_names: set[int]) -> list[Unexplained]:
    lang = version.doc.lang
    index = version.names
    # Words inside figures ("Wednesday", "Thứ nhất", "Ngày 19/2") are explained by them.
    covered = by_names | set(version.in_figures)
    out = []
    tidy = grammar(lang)
    # What the language's grammar of names calls a name (lang/<lang>_names.py).
    for run in (r for found in unexplained_runs(index, covered) for r in tidy(index, found)):
        out.append(Unexplained(lang, version.doc.line_of(run.start), run.text, "name", run.text))
    return out
