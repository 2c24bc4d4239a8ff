"""Hostile files and paths (issue 13) and wrong messages (issue 16), as a user meets them.

Each input stops with one line naming the file and the fix: a failed collection item
under `pytest checks/` (exit 2), one line on stderr from the CLI (exit 2), never a
traceback, never a hang (every command runs under a timeout: FIFOs and /dev/zero used to
block or eat memory). Output paths are refused before anything is written; a refused
output of the gate is a usage error (exit 4). Permission cases run with the privileges
that let root read anything dropped (`setpriv`), so they mean the same under CI's root.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.errors import CrosscheckError, SeedError
from crosscheck.files import MAX_BYTES
from crosscheck.seeds import read_seed
from crosscheck.sniff import not_text, wide_encoding
from crosscheck.toml_layout import layout
from crosscheck.write_guard import DRAFT_HEADER, OutputError, safe_write
from test_hostile import EN_SEED, VI_SEED, Case, assert_gate_and_cli_say, build, expected_line
from tiny_story import CLAIM

pytest_plugins = ["pytester"]

TIMEOUT = 120  # far above any honest run; a hang fails the test instead of blocking CI
DROP = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"]


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "GITHUB_"))}
    env.pop("PYTHONIOENCODING", None)
    env.update(extra)
    return env


def run(
    root: Path, argv: list[str | bytes], *, unprivileged: bool = False, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    if unprivileged and os.geteuid() == 0:  # root reads any file: drop the capabilities that let it
        argv = [*DROP, *argv]
    return subprocess.run(argv, cwd=root, capture_output=True, timeout=TIMEOUT, env=env or environment())


def cli(root: Path, *args: str | bytes, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return run(root, [sys.executable, "-m", "crosscheck", *args], **kwargs)  # type: ignore[arg-type]


def gate(root: Path, *args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    argv: list[str | bytes] = [sys.executable, "-m", "pytest", "checks/", "-p", "no:cacheprovider", *args]
    return run(root, argv, **kwargs)  # type: ignore[arg-type]


def cli_says(result: subprocess.CompletedProcess[bytes], line: str, code: int = 2) -> None:
    """The CLI printed nothing on stdout and exactly `line` (a regex) on stderr."""
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, (result.returncode, err, result.stdout[-2000:])
    assert result.stdout == b""
    assert re.fullmatch(rf"crosscheck: {line}\n", err), (line, err)


def gate_says(result: subprocess.CompletedProcess[bytes], line: str) -> None:
    """`pytest checks/` failed one collection item with exactly `line`, no traceback."""
    out = (result.stdout + result.stderr).decode("utf-8", "replace")
    assert result.returncode == 2, out
    assert re.search(r"\b1 error\b", out), out
    assert re.search(rf"^{line}$", out, re.M), (line, out)
    assert "Traceback" not in out and "site-packages" not in out, out


def usage_error(result: subprocess.CompletedProcess[bytes], line: str) -> None:
    """The gate stopped before running, as pytest does for a bad option: exit 4, one line."""
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 4, (err, result.stdout)
    assert re.fullmatch(rf"ERROR: crosscheck: {line}\n+", err), (line, err)


# --- claims and gate files that used to raise -------------------------------------------

DEEP = "deep = " + "[" * 1000 + "]" * 1000 + "\n"
HUGE = "huge = " + "7" * 5000 + "\n"


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            Case(
                claims=CLAIM + DEEP,
                fragment="deep = ",
                message=r"arrays or inline tables nested "
                r"more than 32 deep; flatten them \(a claims file needs three levels\)",
            ),
            id="nested-1000",
        ),
        pytest.param(
            Case(
                claims=CLAIM + HUGE,
                fragment="huge = ",
                message=r"a number of thousands of digits; "
                r"no figure has that many, so check it",
            ),
            id="integer-5000-digits",
        ),
        pytest.param(
            Case(
                en="../seeds/s/en\\u0000.txt",
                fragment="en = ",
                message=r"seed '\.\./seeds/s/en"
                r"\\x00\.txt': the path holds a NUL character; remove it from the path",
            ),
            id="nul-in-path",
        ),
        pytest.param(
            Case(
                en="../seeds/s/" + "n" * 300 + ".txt",
                fragment="en = ",
                message=r"seed '\.\./seeds/s/n+"
                r"\.txt': the path or one of its names is longer than the system allows; shorten it",
            ),
            id="name-too-long",
        ),
        pytest.param(
            Case(
                en="../" + "a/" * 2100 + "en.txt",
                fragment="en = ",
                message=r"seed '\.\./(a/)+en\.txt': "
                r"the path or one of its names is longer than the system allows; shorten it",
            ),
            id="path-too-long",
        ),
    ],
)
def test_claims_file_that_raised_is_one_line(pytester: pytest.Pytester, case: Case) -> None:
    root = pytester.path
    build(root, case)
    assert_gate_and_cli_say(pytester, root, expected_line(root, case))


def test_seed_symlink_loop_is_one_line(pytester: pytest.Pytester) -> None:
    root = pytester.path
    case = Case(
        en="../seeds/s/loop.txt",
        fragment="en = ",
        message=r"seed '\.\./seeds/s/loop\.txt': is a symlink loop; point the link at a real file",
    )
    build(root, case)
    (root / "seeds" / "s" / "loop.txt").symlink_to("loop2.txt")
    (root / "seeds" / "s" / "loop2.txt").symlink_to("loop.txt")
    assert_gate_and_cli_say(pytester, root, expected_line(root, case))


def test_gate_glob_hit_that_loops_is_one_line(tmp_path: Path) -> None:
    build(tmp_path, Case())
    (tmp_path / "claims" / "zz.toml").symlink_to("zz.toml")
    gate_says(gate(tmp_path), r"\S*claims/zz\.toml: is a symlink loop; point the link at a real file")


def test_claims_path_loop_and_too_long_from_the_cli(tmp_path: Path) -> None:
    build(tmp_path, Case())
    (tmp_path / "claims" / "loop.toml").symlink_to("loop.toml")
    cli_says(
        cli(tmp_path, "check", "claims/loop.toml"),
        r"claims/loop\.toml: is a symlink loop; point the link at a real file",
    )
    long = "claims/" + "c" * 300 + ".toml"
    cli_says(
        cli(tmp_path, "check", long),
        rf"{long}: the path or one of its names is longer than the system allows; shorten it",
    )


@pytest.mark.parametrize(
    ("gate_bytes", "line"),
    [
        (
            b'claims = ["../claims/\xff.toml"]\n',
            r"checks/crosscheck\.toml:1: is not UTF-8 \(byte offset 21\); "
            r"save it as UTF-8",
        ),
        (
            b"claims = " + b"[" * 1000 + b"]" * 1000 + b"\n",
            r"checks/crosscheck\.toml:1: arrays or inline tables "
            r"nested more than 32 deep; flatten them \(a claims file needs three levels\)",
        ),
        (
            b"depth = " + b"9" * 5000 + b"\n",
            r"checks/crosscheck\.toml:1: a number of thousands of digits; no figure "
            r"has that many, so check it",
        ),
        (
            "claims = ['../claims/*.toml']\n".encode("utf-16"),
            r"checks/crosscheck\.toml: is UTF-16; re-encode it as "
            r"UTF-8, e\.g\. `iconv -f UTF-16 -t UTF-8 .*crosscheck\.toml > fixed\.txt`",
        ),
    ],
    ids=["not-utf-8", "nested-1000", "integer-5000-digits", "utf-16"],
)
def test_gate_file_that_raised_is_one_line(tmp_path: Path, gate_bytes: bytes, line: str) -> None:
    build(tmp_path, Case())
    (tmp_path / "checks" / "crosscheck.toml").write_bytes(gate_bytes)
    gate_says(gate(tmp_path), line)


# --- FIFOs, devices and sizes: refused by type before opening ------------------------------

FIFO = r"is a FIFO \(named pipe\), not a regular file; name a text file"
DEVICE = r"is a character device, not a regular file; name a text file"


def test_fifo_seed_never_hangs(tmp_path: Path) -> None:
    build(tmp_path, Case())
    seed = tmp_path / "seeds" / "s" / "en.txt"
    seed.unlink()
    os.mkfifo(seed)
    gate_says(gate(tmp_path), rf"seeds/s/en\.txt: {FIFO}")
    cli_says(cli(tmp_path, "check", "claims/s.toml"), rf"seeds/s/en\.txt: {FIFO}")
    cli_says(cli(tmp_path, "compare", "seeds/s/en.txt", "seeds/s/vi.txt"), rf"seeds/s/en\.txt: {FIFO}")
    cli_says(cli(tmp_path, "propose", "seeds/s/vi.txt", "seeds/s/en.txt"), rf"seeds/s/en\.txt: {FIFO}")


def test_fifo_claims_file_and_glob_hit_never_hang(tmp_path: Path) -> None:
    build(tmp_path, Case())
    os.mkfifo(tmp_path / "claims" / "zz.toml")  # a hit of the gate's glob claims/*.toml
    gate_says(gate(tmp_path), rf"claims/zz\.toml: {FIFO}")
    cli_says(cli(tmp_path, "check", "claims/zz.toml"), rf"claims/zz\.toml: {FIFO}")
    cli_says(cli(tmp_path, "check", "claims/"), rf"claims/zz\.toml: {FIFO}")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_character_devices_are_refused_before_reading(tmp_path: Path, device: str) -> None:
    build(tmp_path, Case())
    (tmp_path / "link.txt").symlink_to(device)
    cli_says(cli(tmp_path, "compare", device, "seeds/s/vi.txt"), rf"{device}: {DEVICE}")
    cli_says(cli(tmp_path, "compare", "seeds/s/en.txt", "link.txt"), rf"link\.txt: {DEVICE}")
    cli_says(cli(tmp_path, "check", device), rf"{device}: {DEVICE}")


def test_size_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:  # sparse: no disk is used
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(SeedError, match=r"big\.txt: is larger than 32 MiB \(33,554,433 bytes\); split it"):
        read_seed(big, "en", str(big))
    exactly = tmp_path / "limit.txt"
    exactly.write_bytes(b"US$41.6 billion\n" + b" " * (MAX_BYTES - 16))
    assert "41.6" in read_seed(exactly, "en", "limit.txt").text  # the limit itself is allowed


# --- permission denied, as a user who is not root ---------------------------------------

DENIED = r"permission denied; give your user read access \(chmod\) or run as its owner"


@pytest.mark.parametrize(
    ("target", "line"),
    [
        ("seeds/s/en.txt", rf"seeds/s/en\.txt: {DENIED}"),
        ("claims/s.toml", rf"claims/s\.toml: {DENIED}"),
        ("seeds/s", rf"claims/s\.toml:3: seed '\.\./seeds/s/en\.txt': {DENIED}"),
    ],
)
def test_permission_denied_is_one_line(tmp_path: Path, target: str, line: str) -> None:
    build(tmp_path, Case())
    assert cli(tmp_path, "check", "claims/s.toml", unprivileged=True).returncode in (0, 1)  # readable
    os.chmod(tmp_path / target, 0)
    try:
        cli_says(cli(tmp_path, "check", "claims/s.toml", unprivileged=True), line)
        gate_says(gate(tmp_path, unprivileged=True), line)
    finally:
        os.chmod(tmp_path / target, stat.S_IRWXU)


def test_permission_denied_on_the_gate_file(tmp_path: Path) -> None:
    build(tmp_path, Case())
    os.chmod(tmp_path / "checks" / "crosscheck.toml", 0)
    gate_says(gate(tmp_path, unprivileged=True), rf"checks/crosscheck\.toml: {DENIED}")


# --- output that cannot crash on encoding -------------------------------------------------

LOCALES = {
    "ascii": {"PYTHONIOENCODING": "ascii"},
    "latin-1": {"PYTHONIOENCODING": "latin-1", "LANG": "en_US.ISO-8859-1"},
    "c-locale-utf8-mode-off": {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
}


@pytest.mark.parametrize("name", LOCALES)
def test_output_is_utf8_whatever_the_locale(tmp_path: Path, name: str) -> None:
    build(tmp_path, Case())
    env = environment(**LOCALES[name])
    table = cli(tmp_path, "table", "claims/s.toml", env=env)
    assert table.returncode in (0, 1), table.stderr  # the tiny story leaves names unexplained
    assert "41,6 tỷ USD" in table.stdout.decode("utf-8")
    compared = cli(tmp_path, "compare", "seeds/s/en.txt", "seeds/s/vi.txt", "--format", "json", env=env)
    assert compared.returncode in (0, 1), compared.stderr
    assert "tỷ" in compared.stdout.decode("utf-8")
    drafted = cli(tmp_path, "propose", "seeds/s/en.txt", "seeds/s/vi.txt", env=env)
    assert drafted.returncode == 0, drafted.stderr  # a draft is written whatever it finds
    assert "41,6 tỷ USD" in drafted.stdout.decode("utf-8")
    missing = cli(tmp_path, "compare", "seeds/s/bản.txt", "seeds/s/vi.txt", env=env)
    cli_says(missing, r"seeds/s/bản\.txt: (seed file )?not found; check the path.*")


# --- GITHUB_STEP_SUMMARY, --crosscheck-json: refused before the run ------------------------


@pytest.mark.parametrize(
    ("where", "line"),
    [
        ("{root}/checks", r"is a directory; name a file in it"),
        (
            "{root}/no-such-folder/summary.md",
            r"folder .*no-such-folder does not exist; create it or name another",
        ),
        ("/dev/full", r"is a character device, not a regular file; name a file"),
        ("/proc", r"is a directory; name a file in it"),
        (
            "{root}/seeds/s/en.txt",
            r"is a seed \(it lies under seeds/\); crosscheck never writes its inputs, .*",
        ),
    ],
    ids=["folder", "missing-folder", "dev-full", "proc", "seed"],
)
def test_step_summary_pointing_anywhere_bad(tmp_path: Path, where: str, line: str) -> None:
    build(tmp_path, Case())
    before = (tmp_path / "seeds" / "s" / "en.txt").read_bytes()
    summary = where.format(root=tmp_path)
    result = gate(tmp_path, env=environment(GITHUB_STEP_SUMMARY=summary))
    usage_error(result, rf"GITHUB_STEP_SUMMARY={re.escape(summary)}: {line}")
    assert (tmp_path / "seeds" / "s" / "en.txt").read_bytes() == before
    assert not (tmp_path / "no-such-folder").exists()


def test_step_summary_still_appends_to_a_file(tmp_path: Path) -> None:
    build(tmp_path, Case())
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n")
    result = gate(tmp_path, env=environment(GITHUB_STEP_SUMMARY=str(summary)))
    assert result.returncode == 1, result.stdout  # the tiny story leaves names unexplained
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n") and "| trade" in text


@pytest.mark.parametrize(
    ("target", "line"),
    [
        (
            "seeds/s/en.txt",
            r"is a seed \(it lies under seeds/\); crosscheck never writes its inputs, even with "
            r"--force: write elsewhere, e\.g\. claims/draft\.toml",
        ),
        ("claims/s.toml", r"is a claims file; crosscheck never writes its inputs, .*"),
        ("checks/crosscheck.toml", r"is the gate file; crosscheck never writes its inputs, .*"),
        ("claims", r"is a directory; name a file in it"),
    ],
)
@pytest.mark.parametrize("option", ["--crosscheck-json", "--crosscheck-sarif"])
def test_gate_outputs_never_overwrite_an_input(tmp_path: Path, target: str, line: str, option: str) -> None:
    build(tmp_path, Case())
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    usage_error(gate(tmp_path, option, target), rf"{option} {re.escape(target)}: {line}")
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize(
    "command",
    [
        ["check", "claims/s.toml", "--format", "sarif"],
        ["table", "claims/s.toml", "--format", "json"],
        ["report", "claims/s.toml"],
        ["compare", "seeds/s/en.txt", "seeds/s/vi.txt", "--format", "json"],
    ],
    ids=["check", "table", "report", "compare"],
)
def test_every_cli_output_is_guarded(tmp_path: Path, command: list[str]) -> None:
    """The reports other commands write go through the same guard as propose."""
    build(tmp_path, Case())
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    for target, what in (
        ("seeds/s/vi.txt", r"a seed \(it lies under seeds/\)"),
        ("claims/s.toml", "a claims file"),
    ):
        cli_says(cli(tmp_path, *command, "-o", target), rf"{re.escape(target)}: is {what}; {NEVER}")
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


# --- propose -o: the write guard -----------------------------------------------------------

NEVER = r"crosscheck never writes its inputs, even with --force: write elsewhere, e\.g\. claims/draft\.toml"


def story_with_outside_seed(root: Path) -> None:
    """A story whose English version lives in texts/, outside seeds/, plus a hard link to it."""
    build(root, Case(en="../texts/en.txt"))
    (root / "texts").mkdir()
    (root / "texts" / "en.txt").write_text(EN_SEED, encoding="utf-8")
    os.link(root / "texts" / "en.txt", root / "hardlink.txt")


@pytest.mark.parametrize(
    ("output", "line"),
    [
        ("seeds/s/en.txt", rf"is a seed \(it lies under seeds/\); {NEVER}"),
        ("texts/en.txt", rf"is a seed \(a claims file names it\); {NEVER}"),
        ("hardlink.txt", rf"is a seed \(a claims file names it\); {NEVER}"),
        ("claims/../texts/en.txt", rf"is a seed \(a claims file names it\); {NEVER}"),
        ("claims/s.toml", rf"is a claims file; {NEVER}"),
        ("checks/crosscheck.toml", rf"is the gate file; {NEVER}"),
        ("claims", r"is a directory; name a file in it"),
        ("seeds/s/en.txt/draft.toml", r".*seeds/s/en\.txt is a file, not a folder; choose another path"),
        ("/dev/full", r"is a character device, not a regular file; name a file"),
        (
            "claims/" + "d" * 300 + ".toml",
            r"the path or one of its names is longer than the system allows; shorten it",
        ),
    ],
    ids=[
        "seed",
        "seed-outside-seeds",
        "hard-link",
        "dotted-path",
        "claims",
        "gate",
        "folder",
        "parent-is-file",
        "dev-full",
        "name-too-long",
    ],
)
@pytest.mark.parametrize("force", [False, True], ids=["", "force"])
def test_propose_output_is_guarded(tmp_path: Path, output: str, line: str, force: bool) -> None:
    story_with_outside_seed(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    args = ["propose", "texts/en.txt", "seeds/s/vi.txt", "-o", output, *(["--force"] if force else [])]
    cli_says(cli(tmp_path, *args), rf"{re.escape(output)}: {line}")
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_propose_refuses_symlinks_and_bad_names(tmp_path: Path) -> None:
    build(tmp_path, Case())
    (tmp_path / "claims" / "dangling.toml").symlink_to("../elsewhere/draft.toml")
    (tmp_path / "claims" / "link.toml").symlink_to("../notes.toml")
    (tmp_path / "notes.toml").write_text("notes\n")
    for name in ("dangling.toml", "link.toml"):
        for force in ([], ["--force"]):
            cli_says(
                cli(tmp_path, "propose", "seeds/s/en.txt", "seeds/s/vi.txt", "-o", f"claims/{name}", *force),
                rf"claims/{name}: is a symlink; outputs are never written through links, name a real file",
            )
    assert not (tmp_path / "elsewhere").exists()
    assert (tmp_path / "notes.toml").read_text() == "notes\n"
    result = cli(tmp_path, "propose", "seeds/s/en.txt", "seeds/s/vi.txt", "-o", b"claims/dr\xffaft.toml")
    cli_says(result, r"claims/dr\ufffdaft\.toml: the name is not valid UTF-8; use a UTF-8 name")
    assert b"claims/dr\xffaft.toml" in result.stderr  # the name's own bytes, as the user typed them
    assert sorted(p.name for p in (tmp_path / "claims").iterdir()) == ["dangling.toml", "link.toml", "s.toml"]


def test_force_replaces_an_unreviewed_draft_only(tmp_path: Path) -> None:
    build(tmp_path, Case())
    args = ["propose", "seeds/s/en.txt", "seeds/s/vi.txt", "-o", "claims/draft.toml"]
    assert cli(tmp_path, *args).returncode == 0
    draft = tmp_path / "claims" / "draft.toml"
    assert draft.read_text(encoding="utf-8").startswith(DRAFT_HEADER)
    cli_says(
        cli(tmp_path, *args),
        r"claims/draft\.toml: exists; choose another path or pass --force to overwrite it",
    )
    draft.write_text(draft.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert cli(tmp_path, *args, "--force").returncode == 0
    assert "# edited" not in draft.read_text(encoding="utf-8")  # replaced
    reviewed = draft.read_text(encoding="utf-8").split("\n", 2)[2]  # its header deleted, as it asks
    draft.write_text(reviewed, encoding="utf-8")
    cli_says(cli(tmp_path, *args, "--force"), rf"claims/draft\.toml: is a claims file; {NEVER}")
    assert draft.read_text(encoding="utf-8") == reviewed


def test_safe_write_refuses_what_the_guard_refuses(tmp_path: Path) -> None:
    """The public guard, as other outputs call it: appends, replaces, refuses inputs."""
    build(tmp_path, Case())
    out = tmp_path / "report" / "out.sarif"
    safe_write(out, "{}\n")
    with pytest.raises(OutputError, match="exists; choose another path"):
        safe_write(out, "{}\n")
    safe_write(out, "[]\n", force=True)
    safe_write(out, "Hà Nội\n", append=True)
    assert out.read_text(encoding="utf-8") == "[]\nHà Nội\n"
    for seed in (tmp_path / "seeds" / "s" / "en.txt", tmp_path / "claims" / ".." / "seeds" / "s" / "vi.txt"):
        with pytest.raises(OutputError, match="is a seed"):
            safe_write(seed, "x", force=True)
        with pytest.raises(OutputError, match="is a seed"):
            safe_write(seed, "x", append=True)
    assert (tmp_path / "seeds" / "s" / "en.txt").read_text(encoding="utf-8") == EN_SEED
    assert isinstance(OutputError("x", "y"), CrosscheckError)


# --- issue 16: the right words for the wrong encoding, emptiness, lines ---------------------

ICONV = r"re-encode it as UTF-8, e\.g\. `iconv -f {enc} -t UTF-8 seeds/s/{lang}\.txt > fixed\.txt`"
BINARY = r"is {what}, not text; name the plain-text \(UTF-8\) version of the file"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)


def wide(lang: str, data: bytes, what: str, enc: str) -> Case:
    case = Case(where=rf"seeds/s/{lang}\.txt", message=rf"is {what}; " + ICONV.format(enc=enc, lang=lang))
    if lang == "en":
        case.en_bytes = data
    else:
        case.vi_bytes = data
    return case


ISSUE_16 = {
    "utf-16le-ascii-no-bom": wide(
        "en",
        b"Trade reached US$41.6 billion.\n".decode().encode("utf-16-le"),
        "UTF-16LE without a byte-order mark",
        "UTF-16LE",
    ),
    "utf-16le-vietnamese-no-bom": wide(
        "vi", VI_SEED.encode("utf-16-le"), "UTF-16LE without a byte-order mark", "UTF-16LE"
    ),
    "utf-16be-no-bom": wide(
        "vi", VI_SEED.encode("utf-16-be"), "UTF-16BE without a byte-order mark", "UTF-16BE"
    ),
    "utf-32le-no-bom": wide(
        "en", EN_SEED.encode("utf-32-le"), "UTF-32LE without a byte-order mark", "UTF-32LE"
    ),
    "utf-32be-no-bom": wide(
        "vi", VI_SEED.encode("utf-32-be"), "UTF-32BE without a byte-order mark", "UTF-32BE"
    ),
    "utf-32-bom": wide("vi", VI_SEED.encode("utf-32"), "UTF-32", "UTF-32"),
    "png": Case(en_bytes=PNG, where=r"seeds/s/en\.txt", message=BINARY.format(what="a PNG image")),
    "binary": Case(
        vi_bytes=bytes(range(256)) * 8, where=r"seeds/s/vi\.txt", message=BINARY.format(what="binary")
    ),
    "zero-width-only": Case(
        en_bytes="\u200b\u200c\u200d\ufeff\u2060\u00ad\n\u200b".encode(),
        where=r"seeds/s/en\.txt",
        message=r"is empty; a story needs its text",
    ),
    "nul-only": Case(
        vi_bytes=b"\x00" * 64, where=r"seeds/s/vi\.txt", message=r"is empty; a story needs its text"
    ),
    "claim-inside-multiline-string": Case(
        claims=CLAIM.replace('vi = "đạt', 'note = """\nSee:\n[[claim]]\nid = "quoted"\n"""\nvi = "đạt')
        + CLAIM.replace('"trade"', '"second"').replace('"money"', '"monney"'),
        fragment='kind = "monney"',
        message=r"unknown kind 'monney'; did you mean 'money'\?",
    ),
    "claim-inside-literal-string": Case(
        claims=CLAIM.replace('vi = "đạt', "note = '''\n[[claim]]\n'''\nvi = \"đạt")
        + CLAIM.replace('"trade"', '"second"').replace(
            'value = "US$41.6 billion"', 'value = "US$41.6 bilion"'
        ),
        fragment='"US$41.6 bilion"',
        message=r"value of 'second': .*",
    ),
    "occurs-on-a-name": Case(
        claims=CLAIM + '\n[[claim]]\nid = "chen"\nkind = "person"\nen = "Chen Gang"\nvi = "Trần Cương"\n'
        'occurs = { en = "twice", vi = 0 }\n',
        fragment="occurs = ",
        message=r"occurs of 'chen' must count the mentions of the name in each version, "
        r"a whole number above 0 per language, e\.g\. occurs = \{ en = 9, vi = 15 \}",
    ),
    "year-of-5000-digits": Case(
        claims=CLAIM + f'\n[[claim]]\nid = "y"\nkind = "year"\nvalue = "{"2" * 5000}"\nen = "in 2024"\n'
        'vi = "năm 2024"\n',
        fragment='value = "222',
        message=r"value of 'y' has a number of about 5,000 digits; no figure needs more "
        r"than 100, so check it",
    ),
    "integer-year-of-3000-digits": Case(
        claims=CLAIM + f'\n[[claim]]\nid = "y"\nkind = "year"\nvalue = {"2" * 3000}\nen = "in 2024"\n'
        'vi = "năm 2024"\n',
        fragment="value = 222",
        message=r"value of 'y' has a number of about 3,00\d digits; no figure needs more "
        r"than 100, so check it",
    ),
}


@pytest.mark.parametrize("name", ISSUE_16)
def test_wrong_message_is_now_right(pytester: pytest.Pytester, name: str) -> None:
    case = ISSUE_16[name]
    root = pytester.path
    build(root, case)
    assert_gate_and_cli_say(pytester, root, expected_line(root, case))


def test_no_windows_advice_for_utf16(pytester: pytest.Pytester) -> None:
    root = pytester.path
    build(root, ISSUE_16["utf-16le-vietnamese-no-bom"])
    result = cli(root, "check", "claims/s.toml")
    assert b"WINDOWS-1258" not in result.stderr and b"UTF-16LE" in result.stderr


# --- properties: the same text, written every way ------------------------------------------

INITIALS = [
    "",
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gi",
    "h",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "nh",
    "ph",
    "qu",
    "t",
    "th",
    "tr",
    "v",
    "x",
    "Đ",
    "Tr",
    "Ng",
    "H",
]
VOWELS = [
    "a",
    "à",
    "ạ",
    "ă",
    "ắ",
    "â",
    "ầ",
    "e",
    "ề",
    "ê",
    "ệ",
    "i",
    "ị",
    "o",
    "ô",
    "ố",
    "ơ",
    "ờ",
    "u",
    "ư",
    "ừ",
    "ươ",
    "uô",
    "uyê",
    "iế",
    "y",
    "ỷ",
]
FINALS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
syllables = st.builds(
    lambda i, v, f: i + v + f, st.sampled_from(INITIALS), st.sampled_from(VOWELS), st.sampled_from(FINALS)
)
texts = st.lists(
    st.tuples(syllables, st.sampled_from([" ", " ", ", ", ".\n", " 41,6 "])), min_size=1, max_size=60
).map(lambda parts: "".join(s + sep for s, sep in parts))
WIDE = {"utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE", "utf-32-le": "UTF-32LE", "utf-32-be": "UTF-32BE"}


@given(texts, st.sampled_from(sorted(WIDE)), st.booleans())
@settings(max_examples=300, deadline=None)
def test_wide_encodings_are_named_however_written(text: str, codec: str, bom: bool) -> None:
    data = ("\ufeff" + text if bom else text).encode(codec)
    found = wide_encoding(data)
    assert found is not None
    expected = WIDE[codec].split("LE")[0].split("BE")[0] if bom else WIDE[codec]
    assert found.encoding == expected
    assert not_text(text.encode("utf-8")) is None
    assert not_text(("\ufeff" + text.replace(" ", " \x00\u200b")).encode("utf-8")) is None  # junk, still text


claim_notes = st.sampled_from(
    [
        "",
        'note = """\n[[claim]]\nid = "x"\n"""\n',
        "note = '''\n[[claim]]\n'''\n",
        'note = "[[claim]]"\n',
        'en = [\n  "a",\n  ["b"],\n]\n',
        "# [[claim]]\n",
        'note = """a \\""" [[claim]]\n"""\n',
        "note = '''\n  [story]\nkind = \"x\"'''\n",
    ]
)


@given(st.lists(claim_notes, min_size=1, max_size=8))
@settings(max_examples=200, deadline=None)
def test_table_and_key_lines_ignore_strings_and_arrays(notes: list[str]) -> None:
    """However the quoted text and arrays are written, the lines found are where TOML reads them."""
    import tomllib

    parts, tables, kinds = ['[story]\nid = "s"\n'], [], []
    line = 3
    for n, note in enumerate(notes):
        tables.append(line)
        body = f'[[claim]]\nid = "c{n}"\n{note}kind = "money"\n'
        kinds.append(line + body.count("\n") - 1)
        parts.append(body)
        line += body.count("\n")
    source = "".join(parts)
    assert len(tomllib.loads(source)["claim"]) == len(notes)  # the documents are valid TOML
    found = layout(source)
    assert found.table_lines("claim") == tables
    assert found.table_lines("story", array=False) == [1]
    from crosscheck.toml_layout import key_line

    assert [key_line(source, start, "kind") for start in tables] == kinds
