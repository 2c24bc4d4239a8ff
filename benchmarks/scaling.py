"""Inputs that grow in one dimension at a time, for the scaling cases of `hostile.py`.

Each builder takes a size n and returns what one command needs: a story of n name claims,
n figure claims, two versions stating n distinct figures, or an adversarial text of n
characters. Names and figures are made distinct without digits in the names (a name
with digits is a name of its own) and with digits only in the figures.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from crosscheck.claims import Story, load

DATELINE = date(2025, 2, 19)
_CONSONANTS = "bdklmnprstv"
_VOWELS = "aeiou"


def name(i: int) -> str:
    """A distinct two-word name for every i, letters only ("Divosela Lunakate"), spread
    out so that two names are almost never one letter apart: near misses of claimed
    names are a case of their own, and a crowd of them would measure the crowd."""
    i = i * 2_654_435_761 % (len(_CONSONANTS) * len(_VOWELS)) ** 8  # a permutation: the factor is prime
    syllables = []
    for _ in range(8):
        i, c = divmod(i, len(_CONSONANTS))
        i, v = divmod(i, len(_VOWELS))
        syllables.append(_CONSONANTS[c] + _VOWELS[v])
    word = "".join(syllables)
    return f"{word[:8].capitalize()} {word[8:].capitalize()}"


def figure(i: int) -> int:
    """A distinct four-to-seven-digit number for every i, never a year."""
    return 3_001 + 7 * i


def name_texts(n: int) -> tuple[str, str]:
    en = "\n\n".join(f"Officials said {name(i)} attended the meeting." for i in range(n))
    vi = "\n\n".join(f"Các quan chức cho biết {name(i)} đã dự cuộc họp." for i in range(n))
    return en + "\n", vi + "\n"


def name_claims(n: int) -> str:
    return "".join(
        f'\n[[claim]]\nid = "n{i}"\nkind = "person"\nen = "{name(i)}"\nvi = "{name(i)}"\n' for i in range(n)
    )


def _grouped(value: int, separator: str) -> str:
    return f"{value:,}".replace(",", separator)


def figure_texts(n: int) -> tuple[str, str]:
    en = "\n\n".join(f"The depot holds {_grouped(figure(i), ',')} crates." for i in range(n))
    vi = "\n\n".join(f"Kho chứa {_grouped(figure(i), '.')} thùng hàng." for i in range(n))
    return en + "\n", vi + "\n"


def figure_claims(n: int) -> str:
    return "".join(
        f'\n[[claim]]\nid = "f{i}"\nkind = "count"\nvalue = "{figure(i)}"\n'
        f'en = "holds {_grouped(figure(i), ",")} crates"\nvi = "chứa {_grouped(figure(i), ".")} thùng"\n'
        for i in range(n)
    )


# Texts that made `propose` run for minutes (issue 13): many mentions of one value.
ADVERSARIAL_TEXTS: dict[str, Callable[[int], str]] = {
    "$1 $1 $1": lambda n: "$1 " * (n // 3),
    "lines of 1": lambda n: "1\n" * (n // 2),
    "ngày 19/ngày 19/": lambda n: "ngày 19/" * (n // 8),
    "1st 1st 1st": lambda n: "1st " * (n // 4),
    "twenty twenty": lambda n: "twenty " * (n // 7),
}

_HEADER = """[story]
id = "scale"
en = "../seeds/scale/en.txt"
vi = "../seeds/scale/vi.txt"
dateline = 2025-02-19
"""


@contextmanager
def story(en: str, vi: str, claims: str = "") -> Iterator[Story]:
    """A story in a throwaway repository, loaded (loading is not timed by the callers)."""
    root = Path(tempfile.mkdtemp(prefix="crosscheck-scaling-"))
    try:
        (root / "pyproject.toml").write_text("")
        (root / "claims").mkdir()
        (root / "seeds" / "scale").mkdir(parents=True)
        (root / "seeds" / "scale" / "en.txt").write_text(en, encoding="utf-8")
        (root / "seeds" / "scale" / "vi.txt").write_text(vi, encoding="utf-8")
        (root / "claims" / "scale.toml").write_text(_HEADER + claims, encoding="utf-8")
        yield load(root / "claims" / "scale.toml")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


# --- the scaling cases: time per item as the input grows --------------------------------


def _check(en: str, vi: str, claims: str = "") -> Callable[[], float]:
    from crosscheck.engine import check

    def run() -> float:
        with story(en, vi, claims) as loaded:
            return timed(lambda: check(loaded))

    return run


def _pair(command: str, en: str, vi: str) -> Callable[[], float]:
    from crosscheck.align import compare
    from crosscheck.propose import propose
    from crosscheck.text import Document

    def run() -> float:
        e, v = Document.from_text(en, "en"), Document.from_text(vi, "vi")
        if command == "compare":
            return timed(lambda: compare(e, v, DATELINE))
        return timed(lambda: propose(e, v, DATELINE, Path("claims/draft.toml")))

    return run


def case_runs(case: str, command: str, n: int) -> Callable[[], float]:
    """A run of one case at size n, timing only the command (never the set-up)."""
    if case == "name claims":
        return _check(*name_texts(n), name_claims(n))
    if case == "figure claims":
        return _check(*figure_texts(n), figure_claims(n))
    if case == "distinct figures":
        return _pair(command, *figure_texts(n))
    text = ADVERSARIAL_TEXTS[case](n)
    return _check(text, text) if command == "check" else _pair(command, text, text)


def scaling_cases(
    counts: list[int], claims: list[int], sizes: list[int]
) -> list[tuple[str, str, str, list[int]]]:
    """(case, command, unit, sizes): what grows, which command reads it, per what."""
    cases = [
        ("name claims", "check", "claim", counts),
        ("figure claims", "check", "claim", claims),
        ("distinct figures", "compare", "figure", counts),
        ("distinct figures", "propose", "figure", counts),
    ]
    for name in ADVERSARIAL_TEXTS:
        for command in ("check", "compare", "propose"):
            cases.append((name, command, "MB", sizes))
    return cases


def scaling(
    counts: list[int], claims: list[int], sizes: list[int], bound: float
) -> tuple[list[str], list[str]]:
    """Every case at every size: the printed lines, and the cases whose time per item grew
    more than `bound` times from the smallest size to the largest."""
    lines = [f"{'case':18} {'command':8} {'size':>9} {'seconds':>8} {'per item':>14} {'ratio':>6}"]
    print(lines[0], flush=True)
    failures = []
    for case, command, unit, ns in scaling_cases(counts, claims, sizes):
        first: float | None = None
        for n in ns:
            seconds = case_runs(case, command, n)()
            items = n / 1_000_000 if unit == "MB" else n
            per = seconds / items
            first = per if first is None else first
            ratio = per / first
            shown = f"{n / 1_000_000:g} MB" if unit == "MB" else f"{n:,}"
            per_shown = f"{per:.2f} s/MB" if unit == "MB" else f"{per * 1000:.2f} ms/{unit}"
            line = f"{case:18} {command:8} {shown:>9} {seconds:8.2f} {per_shown:>14} {ratio:6.2f}"
            if ratio > bound:
                failures.append(line)
                line += "  <-- grew"
            lines.append(line)
            print(line, flush=True)
    return lines, failures
