"""Bad, hostile and big input, as a user meets it: `pytest checks/` and the `crosscheck` command.

Every bad input stops with one line naming the file, the line (and column where there is
one) and the fix: a failed collection item under pytest (exit 2), one line on stderr from
the CLI (exit 2), and no traceback either way. Text that is merely ugly (zero-width
characters, soft hyphens, control characters, other scripts, 100,000-character lines) is
no error at all: the gate gives the verdict it gives on the clean story.
"""

from __future__ import annotations

import ast
import contextlib
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from crosscheck import kinds
from crosscheck.claims import load
from crosscheck.engine import check
from crosscheck.extract import extract
from crosscheck.text import TONE_MARKS, Document
from tiny_story import CLAIM, HEADER

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
STORY = "vietnam-guangxi"


EN_SEED = "Việt Nam-Guangxi trade reached US$41.6 billion.\n"
VI_SEED = "Thương mại đạt 41,6 tỷ USD.\n"


@dataclass
class Case:
    """One bad input: what to write, and the one line the user must see."""

    claims: str = CLAIM
    en: str = "../seeds/s/en.txt"
    vi: str = "../seeds/s/vi.txt"
    en_bytes: bytes = EN_SEED.encode()
    vi_bytes: bytes = VI_SEED.encode()
    where: str = "claims/s.toml"  # the file the message names, as a regex
    fragment: str | None = None  # the claims line it names (None: no line)
    occurrence: int = 1
    column: bool = False
    message: str = ""  # regex of the message after "path:line[:col]: "


def build(root: Path, case: Case) -> None:
    """root/{pyproject.toml, checks/crosscheck.toml, claims/s.toml, seeds/s/{en,vi}.txt}."""
    (root / "pyproject.toml").write_text("")
    (root / "checks").mkdir(exist_ok=True)
    (root / "checks" / "crosscheck.toml").write_text('claims = ["../claims/*.toml"]\n')
    seeds = root / "seeds" / "s"
    seeds.mkdir(parents=True, exist_ok=True)
    (seeds / "en.txt").write_bytes(case.en_bytes)
    (seeds / "vi.txt").write_bytes(case.vi_bytes)
    (root / "claims").mkdir(exist_ok=True)
    text = HEADER.format(en=case.en, vi=case.vi) + case.claims
    (root / "claims" / "s.toml").write_text(text, encoding="utf-8")


def expected_line(root: Path, case: Case) -> str:
    """The regex of the whole one-line message."""
    place = case.where
    if case.fragment is not None:
        lines = (root / "claims" / "s.toml").read_text(encoding="utf-8").splitlines()
        hits = [i + 1 for i, line in enumerate(lines) if case.fragment in line]
        place += f":{hits[case.occurrence - 1]}"
    if case.column:
        place += r":\d+"
    return rf"{place}: {case.message}"


def run_cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crosscheck", *args], cwd=root, capture_output=True,
                          text=True, encoding="utf-8")  # fmt: skip


def assert_gate_and_cli_say(pytester: pytest.Pytester, root: Path, line: str) -> None:
    """`pytest checks/` fails one collection item with `line`; the CLI exits 2 printing it."""
    result = pytester.runpytest_subprocess("checks/")
    out = result.stdout.str() + result.stderr.str()
    assert result.ret == 2, out
    result.assert_outcomes(errors=1)
    assert re.search(rf"^{line}$", out, re.M), (line, out)
    assert "Traceback" not in out and "crosscheck/" not in out.replace("checks/crosscheck.toml", ""), out

    cli = run_cli(root, "check", "claims/s.toml")
    assert cli.returncode == 2, cli.stdout + cli.stderr
    assert cli.stdout == ""
    assert cli.stderr.count("\n") == 1, cli.stderr
    assert re.fullmatch(rf"crosscheck: {line}\n", cli.stderr), (line, cli.stderr)


def windows_1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: a letter (â, ư, ơ...), then its tone mark as a byte."""
    out = b""
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out += (
            unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS)) + tones
        ).encode("cp1258")
    return out


CP1258 = windows_1258("Thương mại\nHà Nội, ngày 19/2: đạt 41,6 tỷ USD\n")
CP1258_AT = next(i for i, b in enumerate(CP1258) if b >= 0x80)
LATIN1 = "Trade\nCafé talks: US$41.6 billion\n".encode("latin-1")

CASES = {
    "toml-syntax": Case(
        claims=CLAIM.replace('kind = "money"', 'kind = "money'), fragment='kind = "money', column=True,
        message=r"TOML syntax error: .*; fix the TOML there",
    ),
    "toml-syntax-unclosed-table": Case(
        claims=CLAIM.replace("[[claim]]", "[[claim]"), fragment="[[claim]", column=True,
        message=r"TOML syntax error: .*; fix the TOML there",
    ),
    "missing-field": Case(
        claims=CLAIM.replace('value = "US$41.6 billion"\n', ""), fragment="[[claim]]",
        message=r"claim 'trade' needs a value for its kind money",
    ),
    "missing-wording": Case(
        claims=CLAIM.replace('vi = "đạt 41,6 tỷ USD"\n', ""), fragment="[[claim]]",
        message=r"claim 'trade' has no vi wording; add vi = \"\.\.\.\" "
        r"or mark it one-sided \(only = \"en\"\)",
    ),
    "unknown-field": Case(
        claims=CLAIM.replace("value =", "valeu ="), fragment="valeu =",
        message=r"unknown field 'valeu'; did you mean 'value'\?",
    ),
    "unknown-kind": Case(
        claims=CLAIM.replace('"money"', '"monney"'), fragment='kind = "monney"',
        message=r"unknown kind 'monney'; did you mean 'money'\?",
    ),
    "duplicate-id": Case(
        claims=CLAIM + CLAIM, fragment='id = "trade"', occurrence=2,
        message=r"duplicate claim id 'trade' \(first at line \d+\); give each claim its own id",
    ),
    "value-does-not-parse": Case(
        claims=CLAIM.replace('"US$41.6 billion"\n', '"lots of money"\n', 1), fragment="value =",
        message=r"value of 'trade': 'lots of money' is not one money figure; write it as English would, "
        r"e\.g\. \"US\$41\.6 billion\"",
    ),
    "value-wrong-type": Case(
        claims=CLAIM.replace('"US$41.6 billion"\n', '["US$41.6 billion"]\n', 1), fragment="value =",
        message=r"value of 'trade' has the wrong type \(list\); write it as a string, .*",
    ),
    "wording-wrong-type": Case(
        claims=CLAIM.replace('en = "trade reached US$41.6 billion"', "en = 41.6"), fragment="en = 41.6",
        message=r"en must be a non-empty string or a list of them",
    ),
    "wording-disagrees-with-value": Case(
        claims=CLAIM.replace("đạt 41,6 tỷ USD", "đạt 41,7 tỷ USD"), fragment='id = "trade"',
        message=r"vi wording 'đạt 41,7 tỷ USD' of 'trade' reads as 41\.7 billion USD, but the claim's "
        r"value is 41\.6 billion USD; correct one of them",
    ),
    "seed-missing": Case(
        en="../seeds/s/missing.txt", fragment="en = ",
        message=r"seed '\.\./seeds/s/missing\.txt' not found; fix the path \(relative to this claims file\)",
    ),
    "seed-empty": Case(
        en_bytes=b"", where=r"seeds/s/en\.txt", message=r"is empty; a story needs its text",
    ),
    "seed-blank": Case(
        vi_bytes=b"\xef\xbb\xbf \r\n\t\n", where=r"seeds/s/vi\.txt",
        message=r"is empty; a story needs its text",
    ),
    "seed-directory": Case(
        vi="../seeds/s", where=r"seeds/s", message=r"is a directory; name the seed file itself",
    ),
    "seed-windows-1258": Case(
        vi_bytes=CP1258, where=r"seeds/s/vi\.txt:1",
        message=rf"is not UTF-8 \(byte 0x{CP1258[CP1258_AT]:02x} at offset {CP1258_AT}\); "
        r"if it came from Windows, re-encode it: "
        r"`iconv -f WINDOWS-1258 -t UTF-8 seeds/s/vi\.txt`",
    ),
    "seed-latin-1": Case(
        en_bytes=LATIN1, where=r"seeds/s/en\.txt:2",
        message=r"is not UTF-8 \(byte 0xe9 at offset "
        rf"{LATIN1.index(0xE9)}\); if it came from Windows, re-encode it: `iconv .*`",
    ),
    "seed-utf-16": Case(
        en_bytes=EN_SEED.encode("utf-16"), where=r"seeds/s/en\.txt",
        message=r"is UTF-16; re-encode it as UTF-8, e\.g\. `iconv -f UTF-16 -t UTF-8 .*en\.txt > fixed\.txt`",
    ),
    "seed-escapes-with-dotdot": Case(
        en="../../../../../../etc/passwd", fragment="en = ",
        message=r"seed '(\.\./)+etc/passwd' is outside the repository \(.*\); keep seeds inside it",
    ),
    "seed-absolute-outside": Case(
        vi="/etc/hostname", fragment="vi = ",
        message=r"seed '/etc/hostname' is outside the repository \(.*\); keep seeds inside it",
    ),
    "claims-never-executed": Case(
        claims=CLAIM.replace('"US$41.6 billion"\n', "\"__import__('os').system('touch pwned')\"\n", 1),
        fragment="value =", message=r"value of 'trade': .* is not one money figure; .*",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", CASES)
def test_bad_input_is_one_line_from_gate_and_cli(pytester: pytest.Pytester, name: str) -> None:
    case = CASES[name]
    root = pytester.path
    build(root, case)
    assert_gate_and_cli_say(pytester, root, expected_line(root, case))
    assert not (root / "pwned").exists()


def test_seed_symlink_out_of_the_repository_is_refused(pytester: pytest.Pytester, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(EN_SEED)
    root = pytester.path
    build(root, Case(en="../seeds/s/link.txt"))
    (root / "seeds" / "s" / "link.txt").symlink_to(outside)
    case = Case(fragment="en = ", message=r"seed '\.\./seeds/s/link\.txt' is outside the repository .*")
    assert_gate_and_cli_say(pytester, root, expected_line(root, case))


def test_library_never_evaluates_or_unpickles() -> None:
    """Claims files are data: nothing in the library executes text it reads."""
    banned = {"eval", "exec", "compile", "__import__"}
    for path in (ROOT / "src" / "crosscheck").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in banned, f"{path}:{node.lineno}: {node.func.id}()"
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = {a.name for a in node.names} | {getattr(node, "module", None) or ""}
                assert not names & {"pickle", "marshal", "shelve", "yaml"}, f"{path}:{node.lineno}"


# --- the gate never writes ----------------------------------------------------------


def snapshot(root: Path) -> dict[Path, tuple[bytes, int]]:
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(root.rglob("*"))
            if p.is_file() and p.parts[-2] in ("s", "claims", STORY)}  # fmt: skip


@pytest.mark.parametrize("name", ["good", "discrepancy", "unknown-kind", "seed-windows-1258"])
def test_gate_and_cli_never_write_to_seeds_or_claims(pytester: pytest.Pytester, name: str) -> None:
    root = pytester.path
    case = CASES.get(name, Case(vi_bytes=VI_SEED.replace("41,6", "46,1").encode()))
    build(root, case if name != "good" else Case())
    before = snapshot(root)
    assert len(before) == 3
    pytester.runpytest_subprocess("checks/")
    run_cli(root, "check", "claims/s.toml")
    run_cli(root, "table", "claims/s.toml", "--format", "json")
    assert snapshot(root) == before


# --- junk in the text: no error, the same verdict ---------------------------------


def _between_letters(junk: str) -> Callable[[str], str]:
    return lambda text: re.sub(r"(\w)(?=\w)", lambda m: m.group(1) + junk, text)


OTHER_SCRIPTS = "москва и пекин · 北京 河内 · ελλάδα · עברית · العربية · ภาษาไทย"
LONG_LINE = "filler " * (100_000 // 7)

JUNK: dict[str, Callable[[str], str]] = {
    "zero-width": _between_letters("\u200b"),
    "zero-width-joiners-and-bom": lambda t: t.replace(" ", " \u200d\u2060\ufeff").replace(".", "\u200c."),
    "soft-hyphens": _between_letters("\u00ad"),
    "control-characters": lambda t: t.replace("\n", "\x01\x1b\x7f\x85\n").replace(", ", ",\x0b\x0c "),
    "nul-bytes": lambda t: t.replace(" ", " \x00"),  # read as spaces: "year  on  year" must still be one
    "mixed-scripts": lambda t: t.replace("\n\n", f"\n\n{OTHER_SCRIPTS}\n\n", 1),
    "nbsp-and-narrow-spaces": lambda t: t.replace(" ", "\u00a0", 40).replace(" ", "\u202f", 40),
    "crlf-and-cr": lambda t: t.replace("\n", "\r\n"),
    "line-of-100k-words": lambda t: t.replace("\n\n", f"\n\n{LONG_LINE}\n\n", 1),
    "line-of-100k-letters": lambda t: t.replace("\n\n", "\n\n" + "x" * 100_000 + "\n\n", 1),
    "line-of-100k-dots": lambda t: t.replace("\n\n", "\n\n" + "." * 100_000 + "\n\n", 1),
    "decomposed-nfd": lambda t: unicodedata.normalize("NFD", t),
}  # fmt: skip


def story_copy(root: Path, junk: Callable[[str], str] | None = None) -> Path:
    (root / "pyproject.toml").write_text("")
    for folder in ("seeds", "claims", "checks"):
        shutil.copytree(ROOT / folder, root / folder, dirs_exist_ok=True)
    if junk is not None:
        for lang in ("en", "vi"):
            seed = root / "seeds" / STORY / f"{lang}.txt"
            seed.write_bytes(junk(seed.read_bytes().decode("utf-8")).encode("utf-8"))
    return root / "claims" / f"{STORY}.toml"


def verdict(path: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    report = check(load(path))
    return ({r.claim.id: r.status for r in report.results},
            {lang: [u.text for u in found] for lang, found in report.unexplained.items()})  # fmt: skip


@pytest.fixture(scope="module")
def clean_verdict(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], dict[str, list[str]]]:
    return verdict(story_copy(tmp_path_factory.mktemp("clean")))


@pytest.mark.parametrize("name", JUNK)
def test_junk_changes_no_verdict(tmp_path: Path, name: str, clean_verdict: tuple[object, object]) -> None:
    assert verdict(story_copy(tmp_path, JUNK[name])) == clean_verdict


@pytest.mark.parametrize("name", ["zero-width", "soft-hyphens", "control-characters", "line-of-100k-words"])
def test_junk_hides_no_discrepancy(tmp_path: Path, name: str) -> None:
    def changed(text: str) -> str:
        return JUNK[name](text.replace("41,6 tỷ USD", "46,1 tỷ USD", 1))

    statuses, _ = verdict(story_copy(tmp_path, changed))
    assert statuses["trade-2024"] == "discrepancy"
    assert [c for c, s in statuses.items() if s in ("discrepancy", "missing")] == ["trade-2024"]


def test_lookalike_letters_are_not_the_name(tmp_path: Path) -> None:
    """A Cyrillic С in "Сhen Gang" is another name, not Chen Gang with junk in it."""
    path = story_copy(tmp_path)
    seed = tmp_path / "seeds" / STORY / "en.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("Chen Gang", "\u0421hen Gang"), encoding="utf-8")
    statuses, _ = verdict(path)
    assert statuses["guangxi-secretary"] == "discrepancy"


def test_all_junk_at_once_from_gate_and_cli(pytester: pytest.Pytester) -> None:
    def everything(text: str) -> str:
        for name in ("line-of-100k-words", "line-of-100k-dots", "mixed-scripts", "zero-width",
                     "soft-hyphens", "control-characters", "nul-bytes"):  # fmt: skip
            text = JUNK[name](text)
        return text

    root = pytester.path
    story_copy(root, everything)
    result = pytester.runpytest_subprocess("checks/", "--crosscheck-only-failures")
    assert result.ret == 0, result.stdout.str()
    cli = run_cli(root, "check", f"claims/{STORY}.toml")
    assert cli.returncode == 0, cli.stdout + cli.stderr
    assert os.path.getsize(root / "seeds" / STORY / "en.txt") > 100_000


def test_field_above_every_table(pytester: pytest.Pytester) -> None:
    root = pytester.path
    build(root, Case())
    path = root / "claims" / "s.toml"
    path.write_text('kind = "money"\n' + path.read_text(encoding="utf-8"), encoding="utf-8")
    line = r"claims/s.toml:1: field 'kind' is outside any table; move it under \[story\] or a \[\[claim\]\]"
    assert_gate_and_cli_say(pytester, root, line)


# --- found by benchmarks/fuzz.py ------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "raw", "dateline"),
    [
        ("date", "19 January", date(1, 1, 11)),  # was OverflowError: a year before year 1
        ("date", "January 30", date(1, 1, 8)),
        ("date", "December 31", date(9999, 12, 30)),
        ("weekday", "Sunday", date(1, 1, 1)),  # was OverflowError: the Sunday before 0001-01-01
        ("weekday", "Wednesday", date(9999, 12, 31)),
    ],
)
def test_datelines_at_the_ends_of_the_calendar(kind: str, raw: str, dateline: date) -> None:
    with contextlib.suppress(ValueError):  # the documented parse contract
        kinds.parse(kind, raw, dateline)
    for lang in ("en", "vi"):
        extract(Document.from_text(f"on {raw}, 30 December, Chủ nhật 31/12", lang), dateline)
