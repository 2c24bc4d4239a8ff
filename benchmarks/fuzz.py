"""Fuzz every parser and the claims loader with hypothesis.

    python benchmarks/fuzz.py --inputs 100000      # `make fuzz`
    python benchmarks/fuzz.py --inputs 2000 --seed 1

Each target gets an equal share of the inputs. The parse contract: `claims.load` (and the
check of what it loads) may raise only `crosscheck.errors.CrosscheckError`; a kind's
`parse` may raise only `ValueError` (with a hint); every other reader raises nothing. Any
other exception is a bug: it is counted, the first few of each target are printed with
the input that raised them, and the exit code is 1.

`run(inputs, seed)` is what `tests/test_fuzz_short.py` calls with about 2,000 inputs.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from crosscheck import kinds
from crosscheck.claims import load
from crosscheck.engine import check
from crosscheck.errors import CrosscheckError
from crosscheck.extract import extract
from crosscheck.figures import find_phrases, read_digits
from crosscheck.lang import get as get_language
from crosscheck.lang import zh
from crosscheck.names import NameIndex, near_misses
from crosscheck.strategies import cardinals, dates, decimals, money, ordinals, percentages, periods
from crosscheck.text import Document, clean

ROOT = Path(__file__).resolve().parents[1]
DATELINE = date(2025, 2, 19)

# Words and marks the readers care about, so that random text often looks like a figure.
VOCAB = [
    "US$", "$", "€", "£", "¥", "41.6", "41,6", "1,234.5", "1.234,5", "10 000", "10\u00a0000", "0", "007",
    "billion", "bn", "m", "k", "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "USD", "đồng", "VND", "yuan", "per cent",
    "percent", "%", "phần trăm", "percentage points", "điểm phần trăm", "about", "approximately", "nearly",
    "khoảng", "gần", "trên", "hơn", "dưới", "over", "under", "more than", "less than", "year on year",
    "so với cùng kỳ", "năm", "năm nay", "Năm", "ngày", "Ngày", "tháng", "thứ", "Thứ", "Tư", "hai", "ba",
    "một", "mười", "mươi", "lăm", "mốt", "tư", "first", "22nd", "twenty-second", "lần thứ", "đầu tiên",
    "one", "two", "third", "thirds", "half", "halves", "một phần ba", "quarter", "2024", "2024-26",
    "2024–2026", "2024 – 2026", "từ", "đến", "19/2", "19/2/2025", "February", "Feb.", "Sept.", "19th",
    "Wednesday", "Monday", "km", "miles", "mile", "tấn", "tonnes", "ha", "hectares", "years", "năm liên tiếp",
    "consecutive", "decade", "1990s", "thập niên", "giờ", "sáng", "a.m.", "p.m.", "8:30", "8h30", "Mr.",
    "Dr.", "U.S.", "Chen", "Gang", "Trần", "Cương", "Cường", "Nguyễn", "Hồng", "Diên", "Diện", "Dien",
    "Việt", "Nam", "Quảng", "Tây", "Guangxi", "ASEAN", "–", "-", "/", ".", ",", ";", ":", "…", "!", "?",
    "\n", "\n\n", " ", "\u00a0", "\u200b", "\u00ad", "\ufeff", "\r\n", "\x00", "(", ")", "“", "”", "'",
    "١٢٣", "٣", "½", "¼", "²", "Ⅻ", "𝟙𝟚", "１２３", "ǅ", "İ", "ß", "ﬁ",
]  # fmt: skip

CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",))
RAW = st.text(CHARS, max_size=60)
NUMBERISH = st.text(st.sampled_from("0123456789.,\u00a0 -/%١٢٣٤"), max_size=40)
WORDISH = st.lists(st.one_of(st.sampled_from(VOCAB), st.text(CHARS, max_size=4)), max_size=24).map(
    lambda parts: " ".join(parts) if len(parts) % 3 else "".join(parts)
)
TEXT = st.one_of(RAW, NUMBERISH, WORDISH, WORDISH)
LANG = st.sampled_from(["en", "vi"])
DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
# Values as the languages write them (from crosscheck.strategies), so parsing also succeeds.
WRITTEN = st.one_of(
    *(
        strategy.map(lambda pair: pair[0])
        for lang in ("en", "vi")
        for strategy in (money(lang), percentages(lang), decimals(lang), periods(lang), ordinals(lang),
                         cardinals(lang), dates(lang, DATELINE))
    )
)  # fmt: skip
RAW_VALUES = st.one_of(
    TEXT, WRITTEN, WRITTEN, st.integers(), st.integers(min_value=0, max_value=3000), st.dates()
)


@dataclass
class Target:
    name: str
    strategy: st.SearchStrategy[Any]
    call: Callable[[Any], object]
    allowed: tuple[type[BaseException], ...] = ()
    inputs: int = 0
    allowed_raised: int = 0
    bugs: list[tuple[str, str, str]] = field(default_factory=list)  # (input, exception, where)
    seconds: float = 0.0


def _extract(args: tuple[str, str, date | None]) -> object:
    text, lang, dateline = args
    return extract(Document.from_text(text, lang), dateline)


def _names(args: tuple[str, str, list[str]]) -> object:
    text, lang, forms = args
    index = NameIndex(Document.from_text(text, lang))
    for form in forms:
        index.find(form)
    ignore = frozenset(get_language(lang).function_words)
    return near_misses(index, forms, forms, ignore), [index.is_name_word(i) for i in range(len(index.tokens))]


def _kind_target(kind: str) -> Target:
    return Target(f"kinds.{kind}.parse", st.tuples(RAW_VALUES, DATES),
                  lambda args: kinds.parse(kind, args[0], args[1]), (ValueError,))  # fmt: skip


# --- claims files ---------------------------------------------------------------------

KEYS = ["id", "kind", "value", "en", "vi", "only", "reason", "waived", "context", "hanzi", "origin", "note",
        "valeu", "kinds", "lang", "text"]  # fmt: skip
TOML_VALUES = st.one_of(
    st.sampled_from(
        [
            '"trade"',
            '"money"',
            '"monney"',
            '"US$41.6 billion"',
            '"trade reached US$41.6 billion"',
            '"đạt 41,6 tỷ USD"',
            '"en"',
            '"vi"',
            '"zh"',
            "2024",
            "2025-02-19",
            '"19/2"',
            "true",
            "1.5",
            '["a", "b"]',
            "[]",
            '{ en = "trade", vi = "thương mại" }',
            '""',
            '"Chen Gang"',
            '"Trần Cương"',
            '"陳剛"',
            '"2024-2026"',
            '"Wednesday"',
            '"1/3"',
            '"22nd"',
        ]
    ),
    st.sampled_from(kinds.KINDS).map(lambda k: f'"{k}"'),
    TEXT.map(lambda t: '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'),
    st.text(CHARS, max_size=12),  # not TOML at all
)
LINE = st.one_of(
    st.tuples(st.sampled_from(KEYS), TOML_VALUES).map(lambda kv: f"{kv[0]} = {kv[1]}"),
    st.sampled_from(
        ["[[claim]]", "[[waiver]]", "[story]", "[[claims]]", "[claim]", "", "# comment", "[[claim]"]
    ),
)
STORY_HEADER = st.sampled_from([
    '[story]\nid = "s"\nen = "../seeds/s/en.txt"\nvi = "../seeds/s/vi.txt"\ndateline = 2025-02-19\n',
    '[story]\nen = "../seeds/s/en.txt"\nvi = "../seeds/s/vi.txt"\n',
    '[story]\nid = "s"\nen = "../seeds/s/en.txt"\nvi = "../../../etc/passwd"\n',
    '[story]\nid = "s"\nen = "/etc/hostname"\nvi = "../seeds/s/vi.txt"\ndateline = "19/2"\n',
    '[story]\nid = "s"\nen = "../seeds/s"\nvi = "../seeds/s/empty.txt"\n',
    '[story]\nid = "s"\nen = "../seeds/s/cp1258.txt"\nvi = "../seeds/s/utf16.txt"\n',
    "",
])  # fmt: skip
GOOD_CLAIM = ('[[claim]]\nid = "trade"\nkind = "money"\nvalue = "US$41.6 billion"\n'
              'en = "trade reached US$41.6 billion"\nvi = "đạt 41,6 tỷ USD"\n')  # fmt: skip
GOOD_FILE = (
    '[story]\nid = "s"\nen = "../seeds/s/en.txt"\nvi = "../seeds/s/vi.txt"\ndateline = 2025-02-19\n\n'
    + GOOD_CLAIM
    + '\n[[claim]]\nid = "y"\nkind = "year"\nvalue = 2024\nen = "in 2024"\nvi = "Năm 2024"\n'
    + '\n[[waiver]]\nlang = "en"\ntext = "Guangxi"\nreason = "place"\n'
)  # fmt: skip


def _mutated(args: tuple[int, str, str, int]) -> str:
    """The good file with one value changed, one line replaced, or one line inserted."""
    lines = GOOD_FILE.splitlines()
    at, line, value, how = args
    at %= len(lines)
    if how == 0 and " = " in lines[at]:
        lines[at] = lines[at].split(" = ")[0] + " = " + value
    else:
        lines[at : at + (how - 1)] = [line]
    return "\n".join(lines) + "\n"


MUTATED_FILE = st.tuples(st.integers(min_value=0), LINE, TOML_VALUES, st.sampled_from([0, 0, 0, 1, 2])).map(
    _mutated
)
CLAIMS_FILE = st.tuples(STORY_HEADER, st.lists(st.one_of(LINE, st.just(GOOD_CLAIM)), max_size=20)).map(
    lambda parts: parts[0] + "\n".join(parts[1])
)


class Repo:
    """A scratch repository with seeds (good and bad) that generated claims files point at."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="crosscheck-fuzz-"))
        (self.root / "pyproject.toml").write_text("")
        seeds = self.root / "seeds" / "s"
        seeds.mkdir(parents=True)
        (seeds / "en.txt").write_text("Việt Nam-Guangxi trade reached US$41.6 billion in 2024.\n")
        (seeds / "vi.txt").write_text("Năm 2024, thương mại đạt 41,6 tỷ USD.\n")
        (seeds / "empty.txt").write_bytes(b"")
        (seeds / "cp1258.txt").write_bytes("Ha\u0300 N\u00f4\u0323i".encode("cp1258"))
        (seeds / "utf16.txt").write_bytes("Hà Nội".encode("utf-16"))
        (self.root / "claims").mkdir()
        self.path = self.root / "claims" / "s.toml"

    def load_and_check(self, source: str | bytes) -> object:
        if isinstance(source, str):
            self.path.write_text(source, encoding="utf-8")
        else:
            self.path.write_bytes(source)
        return check(load(self.path, "claims/s.toml"))

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def targets(repo: Repo) -> list[Target]:
    found = [
        Target("text.clean", TEXT, clean),
        Target("figures.read_digits", st.tuples(st.one_of(NUMBERISH, TEXT), LANG),
               lambda a: read_digits(a[0], get_language(a[1]))),
        Target("figures.find_phrases", st.tuples(TEXT, LANG), lambda a: find_phrases(a[0], a[1])),
        Target("extract.extract[en]", st.tuples(TEXT, st.just("en"), DATES), _extract),
        Target("extract.extract[vi]", st.tuples(TEXT, st.just("vi"), DATES), _extract),
        Target("names.NameIndex/near_misses", st.tuples(TEXT, LANG, st.lists(TEXT, max_size=3)), _names),
        Target("zh.split_pinyin", TEXT, zh.split_pinyin),
        Target("zh.is_hanviet_reading", st.tuples(TEXT, TEXT), lambda a: zh.is_hanviet_reading(a[0], a[1])),
        Target("claims.load+check", st.one_of(MUTATED_FILE, MUTATED_FILE, CLAIMS_FILE,
                                              CLAIMS_FILE.map(lambda s: s.encode("utf-8")[:-3]),
                                              st.binary(max_size=80)),
               repo.load_and_check, (CrosscheckError,)),
    ]  # fmt: skip
    return found + [_kind_target(kind) for kind in kinds.KINDS]


def drive(target: Target, n: int, base_seed: int) -> None:
    """Run `n` generated inputs through one target, recording what escapes."""

    @seed(base_seed)
    @settings(max_examples=n, database=None, deadline=None, derandomize=False,
              suppress_health_check=list(HealthCheck), report_multiple_bugs=False)  # fmt: skip
    @given(target.strategy)
    def one(value: Any) -> None:
        target.inputs += 1
        try:
            target.call(value)
        except target.allowed:
            target.allowed_raised += 1
        except Exception as error:
            if len(target.bugs) < 5:
                where = traceback.extract_tb(error.__traceback__)[-1]
                target.bugs.append((repr(value)[:300], f"{type(error).__name__}: {error}"[:300],
                                    f"{Path(where.filename).name}:{where.lineno}"))  # fmt: skip
            else:
                target.bugs.append(("", "", ""))

    start = time.perf_counter()
    one()
    target.seconds += time.perf_counter() - start


def run(inputs: int, base_seed: int = 0, out: Any = sys.stdout) -> list[Target]:
    repo = Repo()
    try:
        all_targets = targets(repo)
        share = max(1, inputs // len(all_targets))
        for target in all_targets:
            drive(target, share, base_seed)
    finally:
        repo.remove()
    total = sum(t.inputs for t in all_targets)
    seconds = sum(t.seconds for t in all_targets)
    print(f"{'target':32} {'inputs':>8} {'allowed':>8} {'bugs':>5} {'seconds':>8}", file=out)
    for t in all_targets:
        print(f"{t.name:32} {t.inputs:8d} {t.allowed_raised:8d} {len(t.bugs):5d} {t.seconds:8.1f}", file=out)
    bugs = sum(len(t.bugs) for t in all_targets)
    print(f"{'total':32} {total:8d} {sum(t.allowed_raised for t in all_targets):8d} {bugs:5d} {seconds:8.1f}",
          file=out)  # fmt: skip
    for t in all_targets:
        for value, error, where in t.bugs:
            if value:
                print(f"BUG {t.name}: {error} at {where}\n    input: {value}", file=out)
    return all_targets


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--inputs", type=int, default=100_000, help="inputs in all (default 100000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    found = run(args.inputs, args.seed)
    return 1 if any(t.bugs for t in found) else 0


if __name__ == "__main__":
    sys.exit(main())
