"""Drafting a claims file from an article pair: what `crosscheck propose` writes.

Every aligned pair becomes a claim whose wordings quote each mention with a few words
of its sentence (the context the gate will check); every lone mention becomes a
one-sided claim whose reason starts with REVIEW, but a Vietnamese run of capitals the
project does not know as a name, which becomes a waiver marked REVIEW (`lone_evidence`);
each suspected discrepancy becomes one
claim that fails until a text is corrected (and is listed in a comment at the top).
Apart from its suspects the draft passes the gate on the texts it came from, its REVIEW
claims `unreviewed` (failing in CI, see `crosscheck.review`), so it cannot be merged
unread. Lists, lone names alone on the same lines and pairs read alike only leniently
are drafted so that there is less to read (see README, "Onboarding a new story").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from crosscheck import kinds
from crosscheck.align import Comparison, Group, Row, compare
from crosscheck.code_words import why_a_code
from crosscheck.drafted_names import refine
from crosscheck.engine import _function_word_keys, _times_named, _wording_mentions
from crosscheck.figures import SCALE_NAMES, Amount
from crosscheck.inner_parts import inner_parts, translated_pieces
from crosscheck.joined_names import written_apart
from crosscheck.kinds import Mention
from crosscheck.kinds.weekday import NAMES
from crosscheck.lang import get as get_language
from crosscheck.lone_evidence import drafted_alone
from crosscheck.name_tails import with_tails
from crosscheck.names import NameIndex, Occurrence, name_key, name_keys, near_misses
from crosscheck.spans import Placed, first_word_end, last_word_start, words_after, words_before
from crosscheck.text import Document, fold

REVIEW = "REVIEW"
_HELD = "\x00name "  # a held name claim's place in Draft.lines (never in a written line)
_STOP = frozenset(
    """the a an and or of in on at to for by with from as is are was were be been that
        this its his her their has have had will would said says also more than about over
        under""".split()
)


@dataclass
class Draft:
    """A claims file being written, claim by claim, with unique ids."""

    lines: list[str]
    ids: set[str]
    # The next number to try after each base: ids are never given back, so the numbers
    # below it are taken, and 4,000 claims of one base cost 4,000 tries, not 8 million.
    numbered: dict[str, int] = field(default_factory=dict)

    def new_id(self, base: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", fold(base).lower()).strip("-") or "claim"
        candidate = base
        if candidate in self.ids:
            n = self.numbered.get(base, 2)
            candidate, n = f"{base}-{n}", n + 1
            while candidate in self.ids:
                candidate, n = f"{base}-{n}", n + 1
            self.numbered[base] = n
        self.ids.add(candidate)
        return candidate

    # Lone runs not read as names with confidence (`lone_evidence`), written after the
    # claims as [[waiver]] tables marked REVIEW: out of the claims, never out of sight;
    # and codes read as such by every mention (`code_words`), each with why.
    waivers: list[str] = field(default_factory=list)

    # Name claims held back until every name is drafted (a marker line holds each one's
    # place): `drafted_names.refine` reads them all together before they are written.
    names: list[dict[str, Any] | None] = field(default_factory=list)

    def claim(self, fields: dict[str, Any]) -> None:
        if fields.get("kind") in kinds.NAME_KINDS and not str(fields["id"]).startswith("list-"):
            self.lines.append(f"{_HELD}{len(self.names)}")
            self.names.append(fields)
            return
        self._write(self.lines, fields)

    @staticmethod
    def _write(lines: list[str], fields: dict[str, Any]) -> None:
        lines.append("")
        lines.append("[[claim]]")
        for key, value in fields.items():
            lines.append(f"{key} = {_toml(value)}")

    def text_lines(self) -> list[str]:
        """The lines, each held name claim written at its place (or left out when dropped)."""
        out: list[str] = []
        for line in self.lines:
            if line.startswith(_HELD):
                fields = self.names[int(line.removeprefix(_HELD))]
                if fields is not None:
                    self._write(out, fields)
            else:
                out.append(line)
        return out

    def waiver(self, fields: dict[str, Any]) -> None:
        self.waivers.append("")
        self.waivers.append("[[waiver]]")
        for key, value in fields.items():
            self.waivers.append(f"{key} = {_toml(value)}")


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | date):
        return str(value) if not isinstance(value, date) else value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{text}"'


def _number(value: Any) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _word_for(unit: str, table: dict[str, str]) -> str | None:
    words = [w for w, u in table.items() if u == unit and w.isascii() and len(w) > 2]
    return max(words, key=len) if words else None


def canonical(kind: str, value: Any) -> str | int | None:
    """The value written the way a claims file writes it, or None if it cannot be."""
    if isinstance(value, Amount):
        en = get_language("en")
        parts = [value.qualifier or ""]
        number, scale = value.number, value.scale
        parts.append(_number(number))
        if scale != 1:
            if scale not in SCALE_NAMES:
                parts[-1] = _number(number * scale)
            else:
                parts.append(SCALE_NAMES[scale])
        if value.unit == "percent":
            parts[-1] += "%"
        elif value.unit == "point":
            parts.append("percentage points")
        elif value.unit:
            word = value.unit if kind == "money" else _word_for(value.unit, {**en.units, **en.durations})
            if word is None:
                return None
            parts.append(word)
        return " ".join(p for p in parts if p)
    if kind in ("year", "ordinal"):
        return int(value)
    if kind == "date":
        return value.show() if value.year is not None else None
    if kind == "weekday":
        return NAMES[value.index]
    shown: str = kinds.show(kind, value)
    return shown.replace("–", "-")


def _snippet(doc: Document, mention: Mention, mentions: list[Mention], dateline: date | None) -> str:
    """The mention with a few words of its sentence on each side, as the text has them.

    Two words each side, widened when that is not enough to read the same value ("year
    on year" needs the year it counts from) and never cutting another figure in half.
    """
    start, end = doc.sentence_bounds(mention.start)
    # Words and other mentions are looked up by bisection (`spans`), never by scanning the
    # sentence or every mention: one long line of figures would make that quadratic.
    placed = mentions if isinstance(mentions, Placed) else Placed(mentions)
    for reach in (2, 5, 12, 40):
        left = mention.start
        for _ in range(reach):
            word = last_word_start(doc.text, start, left)
            if word is None:
                break
            cut = placed.first_start_ending_after(word)  # a mention the word would cut in half
            left = word if cut is None else min(word, cut)
        right = mention.end
        for _ in range(reach):
            word = first_word_end(doc.text, right, end)
            if word is None:
                break
            cut = placed.furthest_end_starting_before(word)
            right = word if cut is None else max(word, cut)
        text = " ".join(doc.text[max(left, start) : min(right, end)].split())
        inside = _wording_mentions(text, doc.lang, dateline)
        if any(m.kind == mention.kind and kinds.equal(mention.kind, mention.value, m.value) for m in inside):
            return text
    return " ".join(mention.text.split())


def _context_word(doc: Document, mention: Mention) -> str:
    start, end = doc.sentence_bounds(mention.start)
    after = words_after(doc.text, mention.end, end, 3)
    before = words_before(doc.text, start, mention.start, 3)
    for word in after + before:
        if len(word) > 3 and word.lower() not in _STOP:
            return word
    return ""


def _guess_name_kind(en: str, vi: str) -> str:
    from crosscheck.lang.cldr import territory_names

    if en in territory_names("en") or vi in territory_names("vi"):
        return "place"
    words = en.split()
    org = {
        "ministry",
        "department",
        "committee",
        "party",
        "council",
        "agency",
        "bank",
        "university",
        "court",
        "association",
        "company",
        "group",
        "office",
        "police",
        "army",
        "union",
        "organization",
    }
    if any(w.lower() in org for w in words):
        return "organization"
    return "person" if 2 <= len(words) <= 4 else "term"


def propose(
    en_doc: Document, vi_doc: Document, dateline: date | None, out: Path, story_id: str | None = None
) -> str:
    """The text of a draft claims file for two versions."""
    comparison = compare(en_doc, vi_doc, dateline)
    docs = {"en": en_doc, "vi": vi_doc}
    extracted = {lang: _all_mentions(comparison, lang) for lang in ("en", "vi")}
    draft = Draft([], set())
    indexes = {lang: NameIndex(doc) for lang, doc in docs.items()}
    suspects: list[str] = []
    used: set[int] = set()
    # "Africa" paired with the "Phi" of "Nam Phi": left out, the English drafted as lone.
    pieces = translated_pieces(comparison.rows, comparison.runs.get("vi", {}))
    inner = _inner_parts(comparison, indexes, pieces) | pieces  # "Walter" of "Walter Netsch"
    for i, row in enumerate(comparison.rows):
        if row.status == "review":
            continue  # the same groups as comparison.weak, drafted below
        if row.names is not None:
            if i not in inner and not _code_waivers(draft, row.names, docs):
                _name_claim(draft, row, indexes)
        else:
            _figure_claims(draft, row, docs, extracted, dateline, used, suspects)
    for group in comparison.weak:
        lang = group.doc.lang
        _one_sided(
            draft,
            lang,
            group,
            docs,
            extracted,
            dateline,
            used,
            f"{REVIEW}: a spelled number with nothing it counts, only in {lang}",
        )
    _lone_names(draft, comparison, indexes, pieces)
    # Read every drafted Vietnamese name against the others and both texts (pieces, heads,
    # joined names, common capitals, headlines): see `crosscheck.drafted_names`.
    refine(draft.names, docs, indexes, draft.waiver, comparison.runs)
    _enumerations(draft, en_doc, vi_doc)
    if draft.waivers:
        n = sum(1 for line in draft.waivers if line.startswith(f'reason = "{REVIEW}'))
        codes = sum(1 for line in draft.waivers if line == "[[waiver]]") - n
        draft.lines += [""]
        if n:
            draft.lines += [
                f"# {n} run(s) of capitals found in one version only and not known as names are not",
                "# drafted as claims: each is a [[waiver]] marked REVIEW below. If it is a name, make",
                "# it a one-sided claim (only = ..., with a reason); if not, rewrite the reason.",
            ]
        if codes:
            draft.lines += [
                f"# {codes} run(s) of capitals are codes or common things by every mention (a time zone, a",
                "# unit after its figure, a currency's code, a common thing's initials, a head word):",
                "# waived below, each with why; a name after all: claim it.",
            ]
        draft.lines += draft.waivers
    return _header(en_doc, vi_doc, dateline, out, story_id, suspects) + "\n".join(draft.text_lines()) + "\n"


def _all_mentions(comparison: Comparison, lang: str) -> list[Mention]:
    groups = [getattr(r, lang) for r in comparison.rows if getattr(r, lang) is not None]
    groups += [g for g in comparison.weak if g.doc.lang == lang]
    seen: dict[int, Mention] = {}
    for g in groups:
        for m in g.mentions:
            seen[id(m)] = m
    return Placed(sorted(seen.values(), key=lambda m: m.start))  # placed once for every snippet


def _wordings(
    group: Group,
    docs: dict[str, Document],
    extracted: dict[str, list[Mention]],
    dateline: date | None,
    used: set[int],
) -> list[str]:
    fresh = [m for m in group.mentions if id(m) not in used]
    used.update(id(m) for m in fresh)
    lang = group.doc.lang
    return [_snippet(docs[lang], m, extracted[lang], dateline) for m in fresh]


def _figure_id(draft: Draft, doc: Document, group: Group, value: object) -> str:
    """An id from the figure's context ("trade-money"), or from its kind and value."""
    word = _context_word(doc, group.mentions[0])
    return draft.new_id(f"{word}-{group.kind}" if word else f"{group.kind}-{value}")


def _one_sided(
    draft: Draft,
    lang: str,
    group: Group,
    docs: dict[str, Document],
    extracted: dict[str, list[Mention]],
    dateline: date | None,
    used: set[int],
    reason: str,
) -> None:
    value = canonical(group.kind, group.value)
    wordings = _wordings(group, docs, extracted, dateline, used)
    if value is None or not wordings:
        return
    draft.claim(
        {
            "id": _figure_id(draft, docs[lang], group, value),
            "kind": group.kind,
            "value": value,
            lang: wordings,
            "only": lang,
            "reason": reason,
        }
    )


def _figure_claims(
    draft: Draft,
    row: Row,
    docs: dict[str, Document],
    extracted: dict[str, list[Mention]],
    dateline: date | None,
    used: set[int],
    suspects: list[str],
) -> None:
    en, vi = row.en, row.vi
    if (
        en is not None
        and vi is not None
        and row.status == "consistent"
        and en.kind == vi.kind
        and not row.note
    ):
        value = canonical(en.kind, en.value)
        en_words = _wordings(en, docs, extracted, dateline, used)
        vi_words = _wordings(vi, docs, extracted, dateline, used)
        if value is not None and en_words and vi_words:
            draft.claim(
                {
                    "id": _figure_id(draft, docs["en"], en, value),
                    "kind": en.kind,
                    "value": value,
                    "en": en_words,
                    "vi": vi_words,
                }
            )
            return
        if value is not None and (en_words or vi_words):  # the other side is claimed already
            lang, words = ("en", en_words) if en_words else ("vi", vi_words)
            draft.claim(
                {
                    "id": draft.new_id(f"{en.kind}-{value}-{lang}"),
                    "kind": en.kind,
                    "value": value,
                    lang: words,
                    "only": lang,
                    "reason": f"{REVIEW}: the other version states it once, claimed above",
                }
            )
            return
    if (
        row.status == "consistent"
        and row.note
        and en is not None
        and vi is not None
        and en.kind == vi.kind
        and _lenient_claim(draft, en, vi, docs, extracted, dateline, used, row.note)
    ):
        return
    if row.status == "discrepancy" and en is not None and vi is not None:
        suspect = (
            f"{row.kind}: en line {en.lines()[0]} {en.wording()!r} against "
            f"vi line {vi.lines()[0]} {vi.wording()!r}"
        )
        suspects.append(suspect)
        if _suspect_claim(draft, en, vi, docs, extracted, dateline, used, suspect):
            return
    why = {
        "consistent": f"{REVIEW}: the other version says it differently ({row.note}); check and merge",
        "discrepancy": f"{REVIEW}: suspected discrepancy, see the top of this file",
        "only_en": f"{REVIEW}: found only in en",
        "only_vi": f"{REVIEW}: found only in vi",
    }[row.status]
    for lang, group in (("en", en), ("vi", vi)):
        if group is not None:
            _one_sided(draft, lang, group, docs, extracted, dateline, used, why)


def _lenient_claim(
    draft: Draft,
    en: Group,
    vi: Group,
    docs: dict[str, Document],
    extracted: dict[str, list[Mention]],
    dateline: date | None,
    used: set[int],
    note: str,
) -> bool:
    """A pair `compare` accepted on a lenient reading ("3 p.m." and "15 giờ") as one claim,
    when the gate reads every wording of both versions as the claim's value: then nothing
    is left for a person to merge. Otherwise (False) the two one-sided claims for review."""
    value = canonical(en.kind, en.value)
    if value is None:
        return False
    try:
        parsed = kinds.parse(en.kind, value, dateline)
    except ValueError:
        return False
    snippets = {
        lang: [
            _snippet(docs[lang], m, extracted[lang], dateline) for m in group.mentions if id(m) not in used
        ]
        for lang, group in (("en", en), ("vi", vi))
    }
    if not snippets["en"] or not snippets["vi"]:
        return False
    for lang, texts in snippets.items():
        for text in texts:
            read = [m for m in _wording_mentions(text, lang, dateline) if m.kind == en.kind]
            if not any(kinds.equal(en.kind, parsed, r) for m in read for r in m.readings()):
                return False
    used.update(id(m) for m in (*en.mentions, *vi.mentions))
    draft.claim(
        {
            "id": _figure_id(draft, docs["en"], en, value),
            "kind": en.kind,
            "value": value,
            "en": snippets["en"],
            "vi": snippets["vi"],
            "note": f"the versions say it differently: {note}",
        }
    )
    return True


def _suspect_claim(
    draft: Draft,
    en: Group,
    vi: Group,
    docs: dict[str, Document],
    extracted: dict[str, list[Mention]],
    dateline: date | None,
    used: set[int],
    suspect: str,
) -> bool:
    """A suspected discrepancy as one claim holding the English value and both wordings.

    The Vietnamese wording then states another value, so the gate fails on this claim
    until a person corrects the text that is wrong or writes `waived` with a reason: a
    draft committed unread cannot pass over it (two one-sided claims would).
    """
    value = canonical(en.kind, en.value)
    if value is None or len(en.mentions) != len(vi.mentions):
        return False
    restated = [_restated(m.text, en.mentions[0], en.kind, en.value, dateline) for m in vi.mentions]
    if any(r is None for r in restated):
        return False
    en_words = _wordings(en, docs, extracted, dateline, used)
    vi_words = _wordings(vi, docs, extracted, dateline, used)
    if len(en_words) != len(en.mentions) or len(vi_words) != len(vi.mentions):
        return False
    vi_claimed = [
        w.replace(m.text, r, 1) for w, m, r in zip(vi_words, vi.mentions, restated, strict=True) if r
    ]
    draft.claim(
        {
            "id": _figure_id(draft, docs["en"], en, value),
            "kind": en.kind,
            "value": value,
            "en": en_words,
            "vi": vi_claimed,
            "note": f"SUSPECTED DISCREPANCY ({suspect}). The vi wording says what the Vietnamese "
            f"would say if it agreed; the text says {' · '.join(map(repr, vi_words))}. Correct the text "
            "that is wrong; if both are right as they stand, replace this claim with one claim per "
            'version, only = "en" and only = "vi", each with a reason saying why',
        }
    )
    return True


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _restated(vi_text: str, en_mention: Mention, kind: str, value: Any, dateline: date | None) -> str | None:
    """A Vietnamese figure with the English one's digits put in (None if it does not read
    as the English value then): "25 triệu USD" with $35 million is "35 triệu USD"."""
    en_numbers = _DIGITS.findall(en_mention.text)
    vi_numbers = list(_DIGITS.finditer(vi_text))
    if not en_numbers or len(en_numbers) != len(vi_numbers):
        return None
    # English separators to Vietnamese ones: 1,234.5 is 1.234,5.
    swapped = [n.translate(str.maketrans(",.", ".,")) for n in en_numbers]
    out, last = [], 0
    for found, number in zip(vi_numbers, swapped, strict=True):
        out += [vi_text[last : found.start()], number]
        last = found.end()
    text = "".join(out) + vi_text[last:]
    read = _wording_mentions(text, "vi", dateline)
    return text if any(m.kind == kind and kinds.equal(kind, value, m.value) for m in read) else None


def _forms(occurrences: Iterable[Occurrence]) -> list[str]:
    forms: list[str] = []
    for o in occurrences:
        text = " ".join(o.text.split())
        if text not in forms:
            forms.append(text)
    return forms


def _name_claim(draft: Draft, row: Row, indexes: dict[str, NameIndex]) -> None:
    assert row.names is not None
    en_forms, vi_forms = _forms(row.names[0]), _forms(row.names[1])
    if row.note == "translated name":
        # "American" paired with "Mỹ": "America" one letter away names the same place.
        misses = near_misses(indexes["en"], en_forms, name_keys(en_forms), frozenset())
        en_forms += [m.occurrence.text for m in misses if m.occurrence.text not in en_forms]
    occurs = {"en": _times_named(indexes["en"], en_forms), "vi": _times_named(indexes["vi"], vi_forms)}
    kind = _guess_name_kind(en_forms[0], vi_forms[0])
    fields: dict[str, Any] = {
        "id": draft.new_id(en_forms[0]),
        "kind": kind,
        "value": vi_forms[0],
        "en": en_forms,
        "vi": vi_forms,
        "occurs": occurs,
    }
    if row.note == "Sino-Vietnamese reading":
        fields["origin"] = "zh"
    if row.status == "discrepancy":
        fields = {**fields, "waived": f"{REVIEW}: the two versions spell this name differently"}
    draft.claim(fields)


def _inner_parts(comparison: Comparison, indexes: dict[str, NameIndex], pieces: set[int]) -> set[int]:
    """The part rows left out (`inner_parts`), but for one the gate would otherwise read as
    a near miss of a claimed name: "York" of "New York" stays claimed beside "Mork"."""
    rows, lone = comparison.rows, _lone(comparison, indexes, pieces)
    # (where the Vietnamese writes a form, for a translated name only ever inside longer ones)
    written = [[o for occ in lone[lang] for o in occ] for lang in ("en", "vi")]
    inner = inner_parts(rows, written, lambda form: [(o.start, o.end) for o in indexes["vi"].find(form)])
    if not inner:
        return inner
    kept = [row.names for i, row in enumerate(rows) if row.names is not None and i not in inner]
    kept += [(occ, []) for occ in lone["en"]] + [([], occ) for occ in lone["vi"]]
    near: set[str] = set()
    for side, lang in enumerate(("en", "vi")):
        forms = sorted({o.text for names in kept for o in names[side]})
        misses = near_misses(indexes[lang], forms, name_keys(forms), _function_word_keys(lang))
        near |= {name_key(m.occurrence.text) for m in misses}
    return {
        i for i in inner if not any(name_key(o.text) in near for side in rows[i].names or () for o in side)
    }


def _lone(
    comparison: Comparison, indexes: dict[str, NameIndex], pieces: set[int]
) -> dict[str, list[list[Occurrence]]]:
    """Each language's name runs that no row aligned, each as its occurrences, but for
    names joined in one version that the other writes apart (`joined_names`)."""
    # A run is aligned when one of its occurrences is, as itself or as a part of the same
    # extent ("Lindsey Graham" found inside "Senator Lindsey Graham" on the other side).
    aligned = {
        (o.start, o.end)
        for i, r in enumerate(comparison.rows)
        if r.names and i not in pieces
        for side in r.names
        for o in side
    }
    lone = {
        lang: [occ for occ in runs.values() if not any((o.start, o.end) in aligned for o in occ)]
        for lang, runs in comparison.runs.items()
    }
    apart = written_apart(comparison.rows, lone, comparison.runs, indexes)
    return {lang: [occ for occ in runs if id(occ) not in apart] for lang, runs in lone.items()}


def _lone_names(
    draft: Draft, comparison: Comparison, indexes: dict[str, NameIndex], pieces: set[int]
) -> None:
    original = _lone(comparison, indexes, pieces)
    # "Tòa án Tối cao" + "Pennsylvania": a Vietnamese run cut before the known name that
    # ends it, where the English writes both as one run (see `crosscheck.name_tails`).
    lone = with_tails(comparison.rows, original, indexes["vi"].doc.text, pieces)
    by_part = _paired_by_part(comparison, lone)
    left = {lang: [occ for occ in runs if not any(occ is p[i] for p in by_part for i in (0, 1))]
            for lang, runs in lone.items()}  # fmt: skip
    by_place = _paired_by_place(left, indexes)
    why_part = "both hold the same name (paired above); check they name the same thing"
    why_place = "the only names left on the same lines of both versions; check they name the same thing"
    paired = by_part + by_place
    for n, (en_occ, vi_occ) in enumerate(paired):
        en_forms, vi_forms = _forms(en_occ), _forms(vi_occ)
        why = why_part if n < len(by_part) else why_place
        draft.claim(
            {
                "id": draft.new_id(en_forms[0]),
                "kind": _guess_name_kind(en_forms[0], vi_forms[0]),
                "value": vi_forms[0],
                "en": en_forms,
                "vi": vi_forms,
                "occurs": {
                    "en": _times_named(indexes["en"], en_forms),
                    "vi": _times_named(indexes["vi"], vi_forms),
                },
                "reason": f"{REVIEW}: paired by {'part' if n < len(by_part) else 'place'}, {why}",
            }
        )
    taken = {id(occ) for pair in paired for occ in pair}
    near = _near_lone(comparison, original, indexes)
    for lang, runs in lone.items():
        for occurrences in runs:
            if id(occurrences) in taken:
                continue
            forms = _forms(occurrences)
            pair = (occurrences, []) if lang == "en" else ([], occurrences)
            if _code_waivers(draft, pair, {lang: indexes[lang].doc}):
                continue
            if not drafted_alone(lang, forms) and not any(name_key(f) in near for f in forms):
                _lone_waivers(draft, lang, forms, occurrences, indexes[lang].doc)
                continue
            draft.claim(
                {
                    "id": draft.new_id(forms[0]),
                    "kind": _guess_name_kind(forms[0], forms[0]),
                    "value": forms[0],
                    lang: forms,
                    "occurs": {lang: _times_named(indexes[lang], forms)},
                    "only": lang,
                    "reason": f"{REVIEW}: a name only in {lang}; claim its translation or keep it one-sided",
                }
            )


def _near_lone(
    comparison: Comparison, lone: dict[str, list[list[Occurrence]]], indexes: dict[str, NameIndex]
) -> set[str]:
    """The keys of Vietnamese lone runs one letter from another name of either version
    ("Ranger" beside "Rangers", "Versaille" beside "Versailles"): the gate reads them as
    that name's near miss, so they are drafted as claims, as before, never waived."""
    if not lone.get("vi"):
        return set()
    alone = {id(occ) for occ in lone["vi"]}
    forms = sorted(
        {
            o.text
            for runs in comparison.runs.values()
            for occ in runs.values()
            if id(occ) not in alone
            for o in occ
        }
    )
    misses = near_misses(indexes["vi"], forms, name_keys(forms), _function_word_keys("vi"))
    return {name_key(m.occurrence.text) for m in misses}


def _code_waivers(
    draft: Draft, names: tuple[list[Occurrence], list[Occurrence]], docs: dict[str, Document]
) -> bool:
    """A run of capitals that every mention shows to be a code, not a name ("09:30 BST",
    "British pound (GBP)"; see `crosscheck.code_words`), written as a waiver per version
    that says why, instead of a name claim; False, and nothing written, otherwise."""
    forms = {o.text for side in names for o in side}
    if len(forms) != 1:
        return False
    (form,) = forms
    english = docs["en"].text if "en" in docs and names[0] else ""
    why = why_a_code(form, [doc.text for doc in docs.values()], english)
    if why is None:
        return False
    for lang, side in zip(("en", "vi"), names, strict=True):
        if side:
            lines = sorted({docs[lang].line_of(o.start) for o in side})
            where = f"{lang} line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines[:5]))}"
            draft.waiver({"lang": lang, "text": form, "reason": f"{why} ({where}), not a name"})
    return True


def _lone_waivers(
    draft: Draft, lang: str, forms: list[str], occurrences: list[Occurrence], doc: Document
) -> None:
    """A lone run not known as a name, one REVIEW waiver per form it takes: the gate
    counts it `unreviewed` until a person decides (see `crosscheck.lone_evidence`)."""
    lines = sorted({doc.line_of(o.start) for o in occurrences})
    where = f"{lang} line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines[:5]))}"
    taken = {line for line in draft.waivers if line.startswith("text = ")}
    for form in forms:
        if f"text = {_toml(form)}" in taken:
            continue
        draft.waiver(
            {
                "lang": lang,
                "text": form,
                "reason": f"{REVIEW}: capitals only in {lang} ({where}), not known as a name; a name: "
                "make it a one-sided claim; not a name: say so here",
            }
        )


def _enumerations(draft: Draft, en_doc: Document, vi_doc: Document) -> None:
    """Lists both versions give item by item ("citrus fruits, avocados, ..." and "quả có
    múi, bơ, ..."), as one term claim whose forms pair the items in order, for review."""
    from crosscheck import enumerations

    for en, vi in enumerations.pairs(en_doc, vi_doc):
        draft.claim(
            {
                "id": draft.new_id(f"list-{en.items[0]}"),
                "kind": "term",
                "value": ", ".join(vi.items),
                "en": list(en.items),
                "vi": list(vi.items),
                "reason": f"{REVIEW}: a list of {len(en.items)} items in both versions (en line {en.line}, "
                f"vi line {vi.line}), paired in order; check each item is the other's",
            }
        )


def _paired_by_part(
    comparison: Comparison, lone: dict[str, list[list[Occurrence]]]
) -> list[tuple[list[Occurrence], list[Occurrence]]]:
    """Lone names of the two versions that hold the two halves of one aligned name, and no
    other lone name does: "Canadian Diabetes Association" and "Hiệp hội Bệnh Tiểu đường
    Canada" (Canadian = Canada), "Swedish Academy" and "Viện Hàn Lâm Thụy Điển"."""

    def holders(lang: str, occurrence: Occurrence) -> list[int]:
        return [
            k
            for k, runs in enumerate(lone.get(lang, []))
            if any(o.start <= occurrence.start and occurrence.end <= o.end for o in runs)
        ]

    shared: dict[tuple[int, int], int] = defaultdict(int)  # (en run, vi run) -> names shared
    for row in comparison.rows:
        if not row.names:
            continue
        en_runs = {k for o in row.names[0] for k in holders("en", o)}
        vi_runs = {k for o in row.names[1] for k in holders("vi", o)}
        for e in en_runs:
            for v in vi_runs:
                shared[(e, v)] += 1
    # Most names shared first; a run that shares as many with two others is left alone.
    best: dict[tuple[str, int], list[int]] = defaultdict(list)
    for (e, v), n in shared.items():
        best[("en", e)].append(n)
        best[("vi", v)].append(n)
    pairs, used_en, used_vi = [], set(), set()
    for (e, v), n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])):
        clear = best[("en", e)].count(n) == 1 and best[("vi", v)].count(n) == 1
        if e not in used_en and v not in used_vi and clear and n == max(best[("en", e)]):
            pairs.append((lone["en"][e], lone["vi"][v]))
            used_en.add(e)
            used_vi.add(v)
    return pairs


def _paired_by_place(
    lone: dict[str, list[list[Occurrence]]], indexes: dict[str, NameIndex]
) -> list[tuple[list[Occurrence], list[Occurrence]]]:
    """Lone names of the two versions that are each the only one on the same lines.

    Only when the versions have as many lines as each other (a translation kept line by
    line, as wires and the development sets are): then a name translated word for word
    ("Global Citizen", "Công dân Toàn cầu") sits on the same lines in both. It is drafted
    as one claim for review, not as two one-sided claims.
    """
    docs = {lang: index.doc for lang, index in indexes.items()}
    counts = {lang: sum(1 for line in doc.text.splitlines() if line.strip()) for lang, doc in docs.items()}
    if counts["en"] != counts["vi"] or not lone.get("en") or not lone.get("vi"):
        return []
    numbering = {
        lang: _line_numbers(doc.text) for lang, doc in docs.items()
    }  # physical line -> non-empty line number, so blank lines do not shift the pairing

    def place(lang: str, occurrences: list[Occurrence]) -> frozenset[int]:
        return frozenset(numbering[lang][docs[lang].line_of(o.start)] for o in occurrences)

    by_place: dict[str, dict[frozenset[int], list[list[Occurrence]]]] = {"en": {}, "vi": {}}
    for lang in ("en", "vi"):
        for occurrences in lone[lang]:
            by_place[lang].setdefault(place(lang, occurrences), []).append(occurrences)
    return [
        (en[0], by_place["vi"][lines][0])
        for lines, en in by_place["en"].items()
        if len(en) == 1 and len(by_place["vi"].get(lines, [])) == 1
    ]


def _line_numbers(text: str) -> dict[int, int]:
    numbers, n = {}, 0
    for i, line in enumerate(text.splitlines(), 1):
        if line.strip():
            n += 1
        numbers[i] = n
    return numbers


def _header(
    en_doc: Document,
    vi_doc: Document,
    dateline: date | None,
    out: Path,
    story_id: str | None,
    suspects: list[str],
) -> str:
    import os

    base = out.parent
    rel = {
        lang: os.path.relpath(Path(doc.path).resolve(), base.resolve())
        for lang, doc in (("en", en_doc), ("vi", vi_doc))
    }
    lines = [
        "# Draft claims written by `crosscheck propose`: review every claim marked REVIEW,",
        "# then delete this comment. Each wording quotes its version with a little context.",
    ]
    for suspect in suspects:
        lines.append(f"# SUSPECTED DISCREPANCY: {suspect}")
    if dateline is None:
        lines.append("# No dateline was given or found: add dateline = YYYY-MM-DD to [story].")
    lines += [
        "",
        "[story]",
        f"id = {_toml(story_id or out.stem)}",
        f"en = {_toml(rel['en'])}",
        f"vi = {_toml(rel['vi'])}",
    ]
    if dateline is not None:
        lines.append(f"dateline = {dateline.isoformat()}")
    return "\n".join(lines) + "\n"


def find_dateline(en_doc: Document) -> date | None:
    """A full date near the top of the English version (wires open with one), if any."""
    for mention in _wording_mentions(en_doc.text[:300], "en", None):
        value = mention.value
        if mention.kind == "date" and value.year and value.day:
            return date(value.year, value.month, value.day)
    return None
