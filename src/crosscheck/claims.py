"""Reading a claims file: one story, its two seeds, its dateline and its typed claims.

Claims files are data (TOML), never executed. Everything that can be wrong in one is
reported as a `ClaimsError` naming the file, the line and the fix; reading never writes.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from crosscheck import kinds
from crosscheck.errors import ClaimsError
from crosscheck.files import os_problem
from crosscheck.inputs import BILINGUAL, FORMATS
from crosscheck.lang import LANGS
from crosscheck.toml_file import parse_toml, read_toml
from crosscheck.toml_layout import key_line, layout

STORY_KEYS = {"id", "en", "vi", "bilingual", "format", "dateline", "title"}
CLAIM_KEYS = {"id", "kind", "value", "en", "vi", "only", "reason", "waived", "context",
              "hanzi", "origin", "note", "occurs", "severity"}  # fmt: skip
WAIVER_KEYS = {"lang", "text", "reason", "wording", "severity"}
SEVERITIES = ("error", "warning")  # a warning is shown in every output and never fails
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class Claim:
    id: str
    kind: str
    value: Any
    wordings: dict[str, tuple[str, ...]]  # lang -> how that version states it
    line: int
    only: str | None = None  # the one version that states it
    reason: str | None = None  # why only one version states it
    waived: str | None = None  # why a difference is accepted
    context: dict[str, tuple[str, ...]] = field(default_factory=dict)
    hanzi: str | None = None
    origin: str | None = None  # "zh": a Chinese name, pinyin in English, Hán-Việt in Vietnamese
    occurs: dict[str, int] = field(default_factory=dict)  # how often each version names it
    severity: str = "error"

    @property
    def is_name(self) -> bool:
        return self.kind in kinds.NAME_KINDS


@dataclass(frozen=True)
class Waiver:
    """A name or figure that the extractor finds and that no claim needs to explain."""

    lang: str
    text: str
    reason: str
    line: int
    # The words around `text` as the version writes them: when they change, the waiver is
    # stale and fails, so it never goes on covering a sentence nobody re-read.
    wording: str | None = None
    severity: str = "error"


@dataclass(frozen=True)
class Story:
    id: str
    path: Path  # the claims file
    shown: str  # the claims file as the user named it
    seeds: dict[str, Path]
    seeds_shown: dict[str, str]
    dateline: date | None
    claims: tuple[Claim, ...]
    waivers: tuple[Waiver, ...]
    # `format = "html"` in [story]: how the seeds are read when their extension does not
    # say it (a CMS export saved as .txt); None: from each file's extension.
    input_format: str | None = None


def _suggest(word: str, choices: set[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else f"; expected one of: {', '.join(sorted(choices))}"


def _table_lines(source: str, header: str) -> list[int]:
    """1-based line numbers of each ``[[header]]`` table, in order (none inside strings)."""
    return layout(source).table_lines(header)


def _key_line(source: str, start: int, key: str) -> int:
    """The line of ``key =`` at or after line `start` (the table's own line if absent)."""
    return key_line(source, start, key)


def repository_root(start: Path) -> Path:
    """The nearest folder above `start` holding pyproject.toml or .git (seeds stay inside)."""
    for folder in (start, *start.parents):
        if (folder / "pyproject.toml").exists() or (folder / ".git").exists():
            return folder
    return start


def _seed_path(folder: Path, raw: str, root: Path, shown: str, line: int) -> Path:
    """The seed a claims file names, inside the repository; its OS errors in plain words."""
    try:
        seed = (folder / raw).resolve()
        inside = seed.is_relative_to(root)
        exists = inside and os.stat(seed) is not None  # stat: its errors are the ones to name
    except FileNotFoundError:  # missing, or a dangling symlink
        exists = False
    except (OSError, ValueError, RuntimeError) as error:  # NUL, too long, a loop, no permission
        raise ClaimsError(shown, f"seed {raw!r}: {os_problem(error)}", line) from None
    if not inside:
        raise ClaimsError(shown, f"seed {raw!r} is outside the repository ({root}); keep seeds inside it",
                          line)  # fmt: skip
    if not exists:
        raise ClaimsError(shown, f"seed {raw!r} not found; fix the path (relative to this claims file)", line)
    return seed


def load(path: Path, shown: str | None = None) -> Story:
    """Read and validate one claims file."""
    shown = shown or str(path)
    source = read_toml(path, shown, ClaimsError, "a claims file", "name a .toml claims file")
    data = parse_toml(source, shown, ClaimsError)
    return _story(data, source, path, shown)


def _story(data: dict[str, Any], source: str, path: Path, shown: str) -> Story:
    for key in data:
        if key not in {"story", "claim", "waiver"}:
            line = next((n for n, name, _ in layout(source).headers if name == key), None)
            if not isinstance(data[key], dict | list):  # a field above every table header
                raise ClaimsError(shown, f"field {key!r} is outside any table; move it under [story] "
                                  "or a [[claim]]", _key_line(source, 1, key))  # fmt: skip
            suggestion = _suggest(key, {"story", "claim", "waiver"})
            raise ClaimsError(shown, f"unknown table [{key}]{suggestion}", line or _key_line(source, 1, key))
    story = data.get("story")
    if isinstance(story, list):
        header = next(iter(layout(source).table_lines("story", array=True)), 1)
        raise ClaimsError(shown, "write [story] once, with single brackets: a claims file holds one story",
                          header)  # fmt: skip
    if not isinstance(story, dict):
        raise ClaimsError(shown, "missing [story] table; add one with id, en, vi and dateline", 1)
    story_line = next(iter(layout(source).table_lines("story", array=False)), 1)
    for key in story:
        if key not in STORY_KEYS:
            raise ClaimsError(shown, f"unknown field {key!r} in [story]" + _suggest(key, STORY_KEYS),
                              _key_line(source, story_line, key))  # fmt: skip
    root = repository_root(path.resolve().parent)
    seeds: dict[str, Path] = {}
    seeds_shown: dict[str, str] = {}
    both = story.get("bilingual")  # one translation file (XLIFF, TMX, PO) holding both versions
    if both is not None and (not isinstance(both, str) or not both or any(lang in story for lang in LANGS)):
        raise ClaimsError(shown, 'bilingual = "path/to/story.xlf" names one file holding both versions; '
                          "give it alone, without en and vi",
                          _key_line(source, story_line, "bilingual"))  # fmt: skip
    for lang in LANGS:
        raw = story.get(lang) if both is None else both
        if not isinstance(raw, str) or not raw:
            raise ClaimsError(shown, f"[story] needs {lang} = \"path/to/{lang}.txt\" (relative to this file)",
                              story_line)  # fmt: skip
        key = lang if both is None else "bilingual"
        seeds[lang] = _seed_path(path.parent, raw, root, shown, _key_line(source, story_line, key))
        # As the user would type it from where they stand: "seeds/s/en.txt", not "claims/../seeds/s/en.txt".
        seeds_shown[lang] = os.path.normpath(Path(shown).parent / raw) if not Path(raw).is_absolute() else raw
    dateline = story.get("dateline")
    if dateline is not None and not (isinstance(dateline, date) and not hasattr(dateline, "hour")):
        raise ClaimsError(shown, "dateline must be a TOML date such as 2025-02-19 (no quotes)",
                          _key_line(source, story_line, "dateline"))  # fmt: skip
    if "title" in story and not isinstance(story["title"], str):
        raise ClaimsError(shown, f'title in [story] must be a string, e.g. title = "Trade talks"; it is '
                          f"{_what(story['title'])}", _key_line(source, story_line, "title"))  # fmt: skip
    input_format = _input_format(story, both is not None, source, story_line, shown)
    story_id = story.get("id", path.stem)
    if not isinstance(story_id, str) or not _ID.match(story_id):
        raise ClaimsError(shown, "story id must be letters, digits, '-', '_' or '.'", story_line)
    claim_lines = _table_lines(source, "claim")
    raw_claims = data.get("claim", [])
    if not isinstance(raw_claims, list):
        at = next(iter(layout(source).table_lines("claim", array=False)), _key_line(source, 1, "claim"))
        raise ClaimsError(shown, "write each claim as a [[claim]] table (double brackets); a single [claim] "
                          "table is not a list of claims", at)  # fmt: skip
    claims: list[Claim] = []
    seen: dict[str, int] = {}
    for n, raw_claim in enumerate(raw_claims):
        line = claim_lines[n] if n < len(claim_lines) else 1
        claim = _claim(raw_claim, source, line, shown, dateline)
        if claim.id in seen:
            raise ClaimsError(shown, f"duplicate claim id {claim.id!r} (first at line {seen[claim.id]}); "
                              "give each claim its own id", claim.line)  # fmt: skip
        seen[claim.id] = claim.line
        claims.append(claim)
    waivers = _waivers(data, source, shown)
    return Story(story_id, path, shown, seeds, seeds_shown, dateline, tuple(claims), waivers, input_format)


def _input_format(story: dict[str, Any], bilingual: bool, source: str, at: int, shown: str) -> str | None:
    """`format` in [story]: one of the input formats, and one that fits how the seeds are named."""
    if "format" not in story:
        return None
    fmt, line = story["format"], _key_line(source, at, "format")
    if not isinstance(fmt, str) or fmt not in FORMATS:
        close = difflib.get_close_matches(fmt, FORMATS, n=1, cutoff=0.6) if isinstance(fmt, str) else []
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise ClaimsError(shown, f"format in [story] must be one of {', '.join(FORMATS)}, not {fmt!r}{hint}",
                          line)  # fmt: skip
    if bilingual and fmt not in BILINGUAL:
        raise ClaimsError(shown, f'format = "{fmt}" holds one version, but bilingual names one file for '
                          "both; use en and vi, or a translation format (xliff, tmx, po)", line)  # fmt: skip
    if not bilingual and fmt in BILINGUAL:
        example = "xlf" if fmt == "xliff" else fmt
        raise ClaimsError(shown, f'format = "{fmt}" is a translation file holding both versions; name it '
                          f'once, bilingual = "path/to/story.{example}", without en and vi',
                          line)  # fmt: skip
    return fmt


def _waivers(data: dict[str, Any], source: str, shown: str) -> tuple[Waiver, ...]:
    """Every waiver, however the TOML wrote it: [[waiver]] tables, or an inline array
    (``waiver = [...]``); a single [waiver] table is an error, never silently dropped."""
    raw = data.get("waiver", [])
    header = next(iter(layout(source).table_lines("waiver", array=False)), None)
    if not isinstance(raw, list):
        raise ClaimsError(shown, "write each waiver as a [[waiver]] table (double brackets); "
                          "a single [waiver] table is not a list of waivers", header or 1)  # fmt: skip
    lines = _table_lines(source, "waiver")
    inline = _key_line(source, 1, "waiver")  # `waiver = [...]` sits above every table
    return tuple(_waiver(w, source, lines[n] if n < len(lines) else inline, shown) for n, w in enumerate(raw))


def _strings(value: object, what: str, shown: str, line: int | Callable[[], int]) -> tuple[str, ...]:
    """A wording or a list of them; `line` may be found only when it is wrong (a gate of
    thousands of stories reads every wording, and looking a key's line up costs a scan)."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) and v.strip() for v in items):
        where = line if isinstance(line, int) else line()
        raise ClaimsError(shown, f"{what} must be a non-empty string or a list of them", where)
    return tuple(items)


MAX_DIGITS = 100  # a googol; anything longer in a value is a slip, not a figure
_DIGIT_RUN = re.compile(r"\d[\d,._\u00a0]*")


def _longest_digits(text: object) -> int:
    """The most digits in one run of `text` (separators between them included)."""
    runs = _DIGIT_RUN.findall(text) if isinstance(text, str) else []
    return max((sum(ch.isdigit() for ch in run) for run in runs), default=0)


def _claim(raw: object, source: str, line: int, shown: str, dateline: date | None) -> Claim:
    if not isinstance(raw, dict):
        raise ClaimsError(shown, "a [[claim]] must be a table of fields", line)
    for key in raw:
        if key not in CLAIM_KEYS:
            raise ClaimsError(
                shown, f"unknown field {key!r}" + _suggest(key, CLAIM_KEYS), _key_line(source, line, key)
            )
    claim_id = raw.get("id")
    if not isinstance(claim_id, str) or not _ID.match(claim_id):
        raise ClaimsError(
            shown,
            "every claim needs an id of letters, digits, '-', '_' or '.', e.g. id = \"trade-2024\"",
            line,
        )
    kind = raw.get("kind")
    if not isinstance(kind, str):
        raise ClaimsError(shown, f"claim {claim_id!r} needs a kind, one of: {', '.join(kinds.KINDS)}", line)
    if kind not in kinds.KINDS:
        raise ClaimsError(
            shown, f"unknown kind {kind!r}" + _suggest(kind, kinds.KINDS), _key_line(source, line, "kind")
        )
    wordings = {
        lang: _strings(raw.get(lang), lang, shown, partial(_key_line, source, line, lang)) for lang in LANGS
    }
    only = raw.get("only")
    if only is not None and only not in LANGS:
        raise ClaimsError(shown, f'only must be "en" or "vi", not {only!r}', _key_line(source, line, "only"))
    reason, waived = raw.get("reason"), raw.get("waived")
    if only is not None and not (isinstance(reason, str) and reason.strip()):
        raise ClaimsError(
            shown, f'claim {claim_id!r} is one-sided: add reason = "why only {only} states it"', line
        )
    if waived is not None and not (isinstance(waived, str) and waived.strip()):
        raise ClaimsError(
            shown, "waived must be the reason the difference is accepted", _key_line(source, line, "waived")
        )
    for lang in LANGS:
        if not wordings[lang] and only != (LANGS[1] if lang == LANGS[0] else LANGS[0]):
            raise ClaimsError(
                shown,
                f'claim {claim_id!r} has no {lang} wording; add {lang} = "..." '
                f'or mark it one-sided (only = "{"vi" if lang == "en" else "en"}")',
                line,
            )
    if only is not None and wordings["en" if only == "vi" else "vi"]:
        other = "en" if only == "vi" else "vi"
        raise ClaimsError(shown, f"claim {claim_id!r} is only = \"{only}\" but has {other} wording; "
                          "drop one of them", line)  # fmt: skip
    value_line = partial(_key_line, source, line, "value")  # looked up for an error only
    raw_value = raw.get("value")
    if raw_value is None:
        if kind not in kinds.NAME_KINDS:
            raise ClaimsError(shown, f"claim {claim_id!r} needs a value for its kind {kind}", line)
        raw_value = (wordings["vi"] or wordings["en"])[0]
    if isinstance(raw_value, (list, dict, bool, float)):
        raise ClaimsError(shown, f"value of {claim_id!r} has the wrong type ({type(raw_value).__name__}); "
                          'write it as a string, e.g. value = "41.6 billion USD"', value_line())  # fmt: skip
    digits = raw_value.bit_length() * 0.302 if isinstance(raw_value, int) else _longest_digits(raw_value)
    if digits > MAX_DIGITS:  # no figure is that long; Python's own limit would leak its hint
        raise ClaimsError(shown, f"value of {claim_id!r} has a number of about {int(digits):,} digits; "
                          f"no figure needs more than {MAX_DIGITS}, so check it", value_line())  # fmt: skip
    try:
        value = kinds.parse(kind, raw_value, dateline)
    except ValueError as error:
        raise ClaimsError(shown, f"value of {claim_id!r}: {error}", value_line()) from None
    context_raw = raw.get("context", {})
    if isinstance(context_raw, str):
        context_raw = dict.fromkeys(LANGS, context_raw)
    if not isinstance(context_raw, dict) or any(k not in LANGS for k in context_raw):
        raise ClaimsError(
            shown,
            'context must be a table such as context = { en = "trade", vi = "thương mại" }',
            _key_line(source, line, "context"),
        )
    context = {k: _strings(v, f"context.{k}", shown, line) for k, v in context_raw.items()}
    occurs = raw.get("occurs", {})
    valid = isinstance(occurs, dict) and all(
        k in LANGS and isinstance(v, int) and not isinstance(v, bool) and v > 0 for k, v in occurs.items()
    )
    if occurs and kind not in kinds.NAME_KINDS:
        raise ClaimsError(shown, "occurs is for names: a table of how often each version names it, "
                          "e.g. occurs = { en = 9, vi = 15 }", _key_line(source, line, "occurs"))  # fmt: skip
    if not valid:  # a name claim: say what the counts must be, nothing about figures
        raise ClaimsError(shown, f"occurs of {claim_id!r} must count the mentions of the name in each "
                          "version, a whole number above 0 per language, e.g. occurs = { en = 9, vi = 15 }",
                          _key_line(source, line, "occurs"))  # fmt: skip
    for key, example in _TEXT_FIELDS.items():  # a field of the wrong type is never ignored
        if key in raw and not (isinstance(raw[key], str) and raw[key].strip()):
            raise ClaimsError(shown, f"field {key!r} of claim {claim_id!r} must be a string, e.g. "
                              f"{key} = {example}; it is {_what(raw[key])}",
                              _key_line(source, line, key))  # fmt: skip
    hanzi, origin = raw.get("hanzi"), raw.get("origin")
    if origin is not None and origin != "zh":
        raise ClaimsError(
            shown, 'origin may only be "zh" (a Chinese name)', _key_line(source, line, "origin")
        )
    severity = _severity(raw, source, line, shown)
    return Claim(claim_id, kind, value, wordings, _key_line(source, line, "id"), only,
                 reason if isinstance(reason, str) else None, waived, context,
                 hanzi if isinstance(hanzi, str) else None, origin, dict(occurs), severity)  # fmt: skip


# Claim fields that hold text, with an example of each.
_TEXT_FIELDS = {"hanzi": '"陳剛"', "note": '"checked with the desk"',
                "reason": '"why only one version states it"', "origin": '"zh"'}  # fmt: skip


def _what(value: object) -> str:
    """A TOML value's type in the words of a TOML user: "the number 42", "a table"."""
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, float) or (isinstance(value, int) and value.bit_length() < 100):
        return f"the number {value}"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, str):
        return "an empty string"
    if isinstance(value, list):
        return "a list"
    return "a table" if isinstance(value, dict) else f"a {type(value).__name__}"


def _severity(raw: dict[str, Any], source: str, line: int, shown: str) -> str:
    severity = raw.get("severity", "error")
    if severity not in SEVERITIES:
        raise ClaimsError(shown, f'severity must be "error" or "warning", not {severity!r}',
                          _key_line(source, line, "severity"))  # fmt: skip
    return str(severity)


def _waiver(raw: object, source: str, line: int, shown: str) -> Waiver:
    if not isinstance(raw, dict):
        raise ClaimsError(shown, "a [[waiver]] must be a table with lang, text and reason", line)
    for key in raw:
        if key not in WAIVER_KEYS:
            raise ClaimsError(shown, f"unknown field {key!r} in [[waiver]]" + _suggest(key, WAIVER_KEYS),
                              _key_line(source, line, key))  # fmt: skip
    lang, text, reason = raw.get("lang"), raw.get("text"), raw.get("reason")
    if lang not in LANGS or not isinstance(text, str) or not isinstance(reason, str) or not reason.strip():
        raise ClaimsError(
            shown, 'a [[waiver]] needs lang = "en" or "vi", text = "..." and reason = "..."', line
        )
    wording = raw.get("wording")
    if wording is not None and not (isinstance(wording, str) and text in wording):
        raise ClaimsError(shown, f"a waiver's wording must be the words around its text {text!r}, quoted "
                          "as the version writes them", _key_line(source, line, "wording"))  # fmt: skip
    return Waiver(lang, text, reason, line, wording, _severity(raw, source, line, shown))
