"""Edits replayed in git: does `crosscheck drift` catch an edit made to one version only,
and keep quiet on the same edit made to both, or on a rewording?

    python benchmarks/drift_replay.py [--per-doc 2] [--seed 1] [--limit N] [--show 10]
                                      [--corpus-root ../shared/corpus] [--readme benchmarks/README.md]

For every document of ntrex-en-vi-dev, flores200-en-vi-devtest and xquad-en-vi, in one
scratch git repository (a temporary folder), the original pair is committed, then each
edit is committed on top of it and `drift.drift` is run on the two commits' texts, read
back with `git show` through `crosscheck.history` (the library, not a subprocess of the
command, per edit). The edits are made with this script's own regexes, never with
crosscheck's readers:

- one-sided: a standalone number (a digit run not part of a word, a code or a time) that
  the other version also writes, with the same digits whatever its separators, changed
  in one version only: a year by one, any other number in its last digit. Must be drift.
- two-sided: the same change made to a number written identically, and exactly once, in
  each version. Must not be drift.
- rewording: two adjacent words swapped in one version, words without digits, at least
  three tokens from any digit (a unit or scale word moved is no rewording), and neither a
  number, weekday, month or time word of this script's own short list (FIGURE_WORDS).
  Must not be drift.

Up to --per-doc edits of each sort per document and version (one draw for two-sided
edits, which touch both), drawn with --seed; counted apart for the tune and unseen parts
of `reach.split_of` too. Time per story: the `drift` call (four texts) and `compare` on
the edited pair, on CPU, summed over every edit of the run; their ratio.
The last line, for other tools, reads
`drift: caught X/Y one-sided (P %), false drift A/B (Q %), time per story R× compare`.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from corpus import ROOT, documents
from crosscheck.align import compare
from crosscheck.drift import DriftRow, drift
from crosscheck.history import Base, document, read_at
from reach import split_of
from readme_section import write_run

CORPORA = ("ntrex-en-vi-dev", "flores200-en-vi-devtest", "xquad-en-vi")
HEADING = "## The edit-aware gate: edits replayed in git"
LANGS = ("en", "vi")
SORTS = ("one-sided", "two-sided", "rewording")

# A standalone number: digits with optional separators, not glued to a letter, a hyphen,
# a slash, a colon or another digit group ("COVID-19", "15/2022", "12:30" are left alone).
NUMBER = re.compile(r"(?<![\w\-/:.,])\d+(?:[.,]\d+)*(?![\w\-/:]|[.,]\d)")
WORD = re.compile(r"\w+|[^\w\s]")
# Words that state a figure or a date by themselves: a rewording leaves them where they are.
FIGURE_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million billion trillion first second third half quarter dozen per cent percent
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december year years month months week weeks day days
    một hai ba bốn tư năm sáu bảy tám chín mười mươi trăm nghìn ngàn triệu tỷ tỉ nửa rưỡi phần
    thứ chủ nhật tháng ngày tuần giờ phút giêng chạp""".split()
)


@dataclass(frozen=True)
class Edit:
    sort: str
    lang: str  # the version edited ("both" for two-sided edits)
    texts: dict[str, str]  # the edited pair
    what: str  # "en '2024' → '2025'"


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def _changed(number: str) -> str:
    """A year moved by one; any other number with its last digit changed."""
    if re.fullmatch(r"(19|20)\d\d", number):
        return str(int(number) + 1)
    last = int(number[-1])
    return number[:-1] + str((last + 1) % 10 if last != 9 else 8)


def one_sided(texts: dict[str, str], lang: str, rng: random.Random, k: int) -> list[Edit]:
    other = texts["vi" if lang == "en" else "en"]
    stated = {_digits(m.group()) for m in NUMBER.finditer(other)}
    spots = [m for m in NUMBER.finditer(texts[lang]) if _digits(m.group()) in stated]
    out = []
    for m in rng.sample(spots, min(k, len(spots))):
        new = _changed(m.group())
        text = texts[lang][: m.start()] + new + texts[lang][m.end() :]
        out.append(Edit("one-sided", lang, {**texts, lang: text}, f"{lang} {m.group()!r} → {new!r}"))
    return out


def two_sided(texts: dict[str, str], rng: random.Random, k: int) -> list[Edit]:
    found = {lang: Counter(m.group() for m in NUMBER.finditer(texts[lang])) for lang in LANGS}
    once = sorted(n for n, c in found["en"].items() if c == 1 and found["vi"].get(n) == 1)
    out = []
    for number in rng.sample(once, min(k, len(once))):
        new = _changed(number)
        edited = {}
        for lang in LANGS:
            m = next(m for m in NUMBER.finditer(texts[lang]) if m.group() == number)
            edited[lang] = texts[lang][: m.start()] + new + texts[lang][m.end() :]
        out.append(Edit("two-sided", "both", edited, f"both {number!r} → {new!r}"))
    return out


def rewording(texts: dict[str, str], lang: str, rng: random.Random, k: int) -> list[Edit]:
    text = texts[lang]
    tokens = list(WORD.finditer(text))
    digit = [any(ch.isdigit() for ch in t.group()) for t in tokens]
    spots = []
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if not (a.group().isalpha() and b.group().isalpha()) or "\n" in text[a.end() : b.start()]:
            continue
        if a.group() == b.group() or any(digit[max(0, i - 3) : i + 5]):
            continue
        if {a.group().casefold(), b.group().casefold()} & FIGURE_WORDS:
            continue
        spots.append(i)
    out = []
    for i in rng.sample(spots, min(k, len(spots))):
        a, b = tokens[i], tokens[i + 1]
        new = text[: a.start()] + b.group() + text[a.end() : b.start()] + a.group() + text[b.end() :]
        out.append(Edit("rewording", lang, {**texts, lang: new}, f"{lang} {a.group()!r} ⇄ {b.group()!r}"))
    return out


def edits_of(texts: dict[str, str], rng: random.Random, k: int) -> list[Edit]:
    out: list[Edit] = []
    for lang in LANGS:
        out += one_sided(texts, lang, rng, k)
    out += two_sided(texts, rng, k)
    for lang in LANGS:
        out += rewording(texts, lang, rng, k)
    return out


# --- the replay --------------------------------------------------------------------------


@dataclass
class Tally:
    edits: Counter[str] = field(default_factory=Counter)  # sort -> edits
    drift: Counter[str] = field(default_factory=Counter)  # sort -> edits with a drift row
    by_split: Counter[tuple[str, str, bool]] = field(default_factory=Counter)  # (split, sort, drift)
    drift_seconds: float = 0.0
    compare_seconds: float = 0.0
    stories: int = 0
    misses: list[str] = field(default_factory=list)  # one-sided edits not caught
    false: list[str] = field(default_factory=list)  # other edits with a drift row


class Repo:
    """A scratch repository: commit texts, read them back at a commit."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.git("init", "-q")
        for key, value in (("user.email", "bench@example.com"), ("user.name", "bench"),
                           ("commit.gpgsign", "false"), ("gc.auto", "0")):  # fmt: skip
            self.git("config", key, value)

    def git(self, *args: str) -> None:
        subprocess.run(["git", *args], cwd=self.root, check=True, capture_output=True)

    def commit(self, folder: str, texts: dict[str, str]) -> Base:
        for lang in LANGS:
            path = self.root / folder / f"{lang}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(texts[lang], encoding="utf-8")
        self.git("add", "--", folder)
        self.git("commit", "-q", "--allow-empty", "-m", folder)
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=self.root, check=True, capture_output=True)
        commit = head.stdout.decode().strip()
        return Base(commit, commit)

    def read(self, base: Base, folder: str) -> dict[str, object]:
        out: dict[str, object] = {}
        for lang in LANGS:
            data = read_at(self.root, base, f"{folder}/{lang}.txt")
            assert data is not None
            out[lang] = document(data, lang, f"{folder}/{lang}.txt")
        return out


def replay(root: Path, corpora: tuple[str, ...], k: int, seed: int, limit: int | None) -> Tally:
    rng = random.Random(seed)
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="drift-replay-") as scratch:
        repo = Repo(Path(scratch))
        for corpus in corpora:
            for name, en, vi in documents(root / corpus)[:limit]:
                folder = f"seeds/{corpus}/{name}"
                texts = {"en": en, "vi": vi}
                before = repo.commit(folder, texts)
                old = repo.read(before, folder)
                for edit in edits_of(texts, rng, k):
                    after = repo.commit(folder, edit.texts)
                    new = repo.read(after, folder)
                    rows = _timed_drift(tally, old, new)
                    _timed_compare(tally, new)
                    _count(tally, f"{corpus}/{name}", edit, rows)
                    tally.by_split[
                        split_of(corpus, name), edit.sort, any(r.status == "drift" for r in rows)
                    ] += 1
    return tally


def _timed_drift(tally: Tally, old: dict[str, object], new: dict[str, object]) -> list[DriftRow]:
    start = time.process_time()
    rows = drift(old["en"], new["en"], old["vi"], new["vi"])  # type: ignore[arg-type]
    tally.drift_seconds += time.process_time() - start
    tally.stories += 1
    return rows


def _timed_compare(tally: Tally, new: dict[str, object]) -> None:
    start = time.process_time()
    compare(new["en"], new["vi"])  # type: ignore[arg-type]
    tally.compare_seconds += time.process_time() - start


def _count(tally: Tally, where: str, edit: Edit, rows: list[DriftRow]) -> None:
    drifted = [r for r in rows if r.status == "drift"]
    tally.edits[edit.sort] += 1
    tally.drift[edit.sort] += bool(drifted)
    if edit.sort == "one-sided" and not drifted:
        seen = "; ".join(f"{r.status}: {r.message()}" for r in rows) or "no change read"
        tally.misses.append(f"{where}  {edit.what}  [{seen}]")
    elif edit.sort != "one-sided" and drifted:
        tally.false.append(f"{where}  {edit.what}  [{drifted[0].message()}]")


# --- reporting ---------------------------------------------------------------------------


def _share(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d if d else 0:.1f} %)"


def summary(t: Tally, show: int) -> list[str]:
    caught, one = t.drift["one-sided"], t.edits["one-sided"]
    false = t.drift["two-sided"] + t.drift["rewording"]
    others = t.edits["two-sided"] + t.edits["rewording"]
    ratio = t.drift_seconds / t.compare_seconds if t.compare_seconds else 0.0
    lines = [
        f"edits replayed: {sum(t.edits.values())} in {t.stories} commits",
        f"one-sided edits caught as drift: {_share(caught, one)}",
        f"two-sided edits flagged as drift: {_share(t.drift['two-sided'], t.edits['two-sided'])}",
        f"rewordings flagged as drift: {_share(t.drift['rewording'], t.edits['rewording'])}",
        f"time per story: drift {1000 * t.drift_seconds / max(t.stories, 1):.1f} ms, "
        f"compare {1000 * t.compare_seconds / max(t.stories, 1):.1f} ms (CPU, git reads excluded)",
    ]
    for split in ("tune", "unseen"):
        n = {(sort, hit): t.by_split[split, sort, hit] for sort in SORTS for hit in (False, True)}
        one_split = n["one-sided", True] + n["one-sided", False]
        rest = sum(n[sort, hit] for sort in SORTS[1:] for hit in (False, True))
        false_split = sum(n[sort, True] for sort in SORTS[1:])
        lines.append(f"  {split:6} part: caught {_share(n['one-sided', True], one_split)}, "
                     f"false drift {_share(false_split, rest)}")  # fmt: skip
    if t.misses:
        lines += [f"one-sided edits missed (first {min(show, len(t.misses))}):"]
        lines += [f"  {m}" for m in t.misses[:show]]
    if t.false:
        lines += [f"false drift (first {min(show, len(t.false))}):"] + [f"  {f}" for f in t.false[:show]]
    last = (
        f"drift: caught {caught}/{one} one-sided ({100 * caught / one if one else 0:.1f} %), "
        f"false drift {false}/{others} ({100 * false / others if others else 0:.1f} %), "
        f"time per story {ratio:.2f}× compare"
    )
    return [*lines, last]


def write_readme(path: Path, lines: list[str]) -> None:
    write_run(path, "drift", "bench-drift", lines, heading=HEADING)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--per-doc", type=int, default=2, help="edits of each sort per document and version")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents of each set")
    parser.add_argument("--show", type=int, default=10, help="list this many misses and false drifts")
    parser.add_argument("--corpus-root", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--readme", type=Path, help="write the summary into this Markdown file")
    args = parser.parse_args(argv)
    missing = [c for c in CORPORA if not (args.corpus_root / c).is_dir()]
    if missing:
        print(f"drift_replay.py: no {', '.join(missing)} in {args.corpus_root}", file=sys.stderr)
        return 2
    tally = replay(args.corpus_root, CORPORA, args.per_doc, args.seed, args.limit)
    lines = summary(tally, args.show)
    print("\n".join(lines))
    if args.readme:
        write_readme(args.readme, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
