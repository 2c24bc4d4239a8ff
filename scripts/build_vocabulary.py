"""Add the words the installed CLDR (through Babel) gives the readers to data/vocabulary.toml.

    .venv/bin/python scripts/build_vocabulary.py

The list only grows: a word CLDR stops providing stays, because texts still use it
(Vietnamese news writes "15 giờ" whatever CLDR 48 prefers). Removing a word is a
decision for a person, made by editing the file. A word whose meaning in CLDR differs
from the kept one is reported and left as kept; the test suite fails on it until a
person decides. Output is sorted, so running the script twice changes nothing.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

import babel

from crosscheck.lang import cldr, en, vi
from crosscheck.lang.vocabulary import FIELDS

TARGET = Path(__file__).resolve().parents[1] / "src" / "crosscheck" / "data" / "vocabulary.toml"

HEADER = """\
# Every word the language modules must know in six tables, whatever CLDR release Babel ships.
# Generated, then only ever added to, by scripts/build_vocabulary.py from Unicode CLDR
# through Babel (CLDR data: Unicode licence, see NOTICE.md). Words seen so far in:
# {seen}.
# The readers take these tables from CLDR first and supply from here what CLDR lacks.
"""


def from_cldr(code: str) -> dict[str, dict[str, object]]:
    """The words CLDR gives one language today, as its module keeps them."""
    dropped = en.FUNCTION_WORDS if code == "en" else vi.NOT_UNITS  # "in" is not inches, "mẫu" no acre
    return {
        "months": dict(cldr.month_names(code)),
        "weekdays": dict(cldr.weekday_names(code)),
        "scales": dict(cldr.scale_words(code)),
        "currencies": dict(cldr.currency_words(code)),
        "units": {w: u for w, u in cldr.unit_words(code).items() if w not in dropped},
        "durations": dict(cldr.duration_words(code)),
    }


def render(data: dict[str, dict[str, dict[str, object]]], seen: list[str]) -> str:
    lines = [HEADER.format(seen=", ".join(seen)).rstrip()]
    for code in sorted(data):
        for field in FIELDS:
            lines += ["", f"[{code}.{field}]"]
            for word, meaning in sorted(data[code][field].items()):
                lines.append(f"{json.dumps(word, ensure_ascii=False)} = {json.dumps(meaning)}")
    return "\n".join(lines) + "\n"


def main() -> int:
    old_text = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    old = tomllib.loads(old_text) if old_text else {}
    seen = []
    for line in old_text.splitlines():
        if line.startswith("# ") and "Babel " in line and line.rstrip().endswith("."):
            seen = [s.strip() for s in line[2:].rstrip(".").split(",")]
    release = f"Babel {babel.__version__}"
    seen = sorted(set(seen) | {release})
    conflicts = 0
    data: dict[str, dict[str, dict[str, object]]] = {}
    for module in (en, vi):
        code = module.__name__.rsplit(".", 1)[-1]
        now = from_cldr(code)
        data[code] = {}
        for field in FIELDS:
            table = dict(old.get(code, {}).get(field, {}))
            for word, meaning in now[field].items():
                if word in table and table[word] != meaning:
                    print(f"{code}.{field}: {word!r} kept as {table[word]!r}, CLDR says {meaning!r}")
                    conflicts += 1
                table.setdefault(word, meaning)
            data[code][field] = table
    TARGET.write_text(render(data, seen), encoding="utf-8")
    print(f"{TARGET.name}: {sum(len(t) for c in data.values() for t in c.values())} words ({release})")
    return 1 if conflicts else 0


if __name__ == "__main__":
    sys.exit(main())
