"""Nothing silently ignored: waivers however the TOML wrote them, fields of the wrong type,
and the gate file's keys and globs. Each case was a silent pass before."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.claims import load
from crosscheck.engine import check
from crosscheck.errors import ClaimsError, CrosscheckError
from crosscheck.gate_file import claims_files
from test_hostile import Case, build
from test_hostile_files import cli, cli_says, gate, gate_says
from tiny_story import CLAIM

# The English seed names Reuters, which no claim explains: only a waiver lets it pass.
EN = "Việt Nam-Guangxi trade reached US$41.6 billion, Reuters reported.\n"
VI = "Thương mại đạt 41,6 tỷ USD.\n"


def story(root: Path, extra: str) -> Path:
    build(root, Case(claims=CLAIM + extra, en_bytes=EN.encode(), vi_bytes=VI.encode()))
    return root / "claims" / "s.toml"


def unexplained(path: Path) -> list[str]:
    return [u.text for u in check(load(path)).unexplained["en"]]


def test_without_a_waiver_reuters_is_unexplained(tmp_path: Path) -> None:
    assert "Reuters" in unexplained(story(tmp_path, ""))


def line_of(path: Path, fragment: str) -> int:
    return next(i + 1 for i, line in enumerate(path.read_text().splitlines()) if fragment in line)


def test_a_proper_waiver_lets_the_story_pass(tmp_path: Path) -> None:
    path = story(tmp_path, '\n[[waiver]]\nlang = "en"\ntext = "Reuters"\nreason = "agency credit"\n')
    assert "Reuters" not in unexplained(path)


def test_an_inline_array_of_waivers_is_read_like_waiver_tables(tmp_path: Path) -> None:
    # Top-level keys come before any table: the inline array goes above [story].
    build(tmp_path, Case(claims=CLAIM, en_bytes=EN.encode(), vi_bytes=VI.encode()))
    path = tmp_path / "claims" / "s.toml"
    inline = 'waiver = [{ lang = "en", text = "Reuters", reason = "agency credit" }]\n'
    path.write_text(inline + path.read_text())
    loaded = load(path)
    assert [w.text for w in loaded.waivers] == ["Reuters"]
    assert "Reuters" not in unexplained(path)


def test_a_single_waiver_table_is_an_error_not_dropped(tmp_path: Path) -> None:
    path = story(tmp_path, '\n[waiver]\nlang = "en"\ntext = "Reuters"\nreason = "agency credit"\n')
    with pytest.raises(ClaimsError) as info:
        load(path)
    assert info.value.line == line_of(path, "[waiver]")
    assert "[[waiver]]" in str(info.value)
    expected = rf"claims/s\.toml:{line_of(path, '[waiver]')}: write each waiver as a \[\[waiver\]\] .*"
    cli_says(cli(tmp_path, "check", "claims/s.toml"), expected)


@pytest.mark.parametrize(
    "inline",
    [
        'waiver = [{ lang = "klingon", text = 42 }, 7, "nonsense"]\n',
        'waiver = [{ lang = "en", text = "Reuters", reason = "credit" }, 7]\n',
        'waiver = [{ lang = "en", text = "Reuters", reason = "credit", colour = "red" }]\n',
    ],
    ids=["bad-fields", "junk-item", "unknown-field"],
)
def test_an_inline_waiver_array_with_junk_is_one_clear_error(tmp_path: Path, inline: str) -> None:
    build(tmp_path, Case(claims=CLAIM, en_bytes=EN.encode(), vi_bytes=VI.encode()))
    path = tmp_path / "claims" / "s.toml"
    path.write_text(inline + path.read_text())
    with pytest.raises(ClaimsError) as info:
        load(path)
    assert info.value.line == 1
    assert "waiver" in str(info.value)
    result = cli(tmp_path, "check", "claims/s.toml")
    assert result.returncode == 2 and result.stderr.decode().count("\n") == 1, result.stderr


@pytest.mark.parametrize(
    ("field", "toml"),
    [("hanzi", "hanzi = 42"), ("note", "note = true"), ("origin", "origin = 7"), ("reason", "reason = []")],
)
def test_a_field_of_the_wrong_type_is_an_error_naming_it(tmp_path: Path, field: str, toml: str) -> None:
    name = f'\n[[claim]]\nid = "chen"\nkind = "person"\nen = "Chen Gang"\nvi = "Trần Cương"\n{toml}\n'
    path = story(tmp_path, name)
    with pytest.raises(ClaimsError) as info:
        load(path)
    assert f"field {field!r}" in str(info.value)
    assert info.value.line == line_of(path, toml)


def test_a_story_title_of_the_wrong_type_is_an_error(tmp_path: Path) -> None:
    path = story(tmp_path, "")
    path.write_text(path.read_text().replace("[story]\n", "[story]\ntitle = 3\n"))
    with pytest.raises(ClaimsError, match="title in \\[story\\] must be a string"):
        load(path)


def test_a_single_claim_table_and_a_story_array_are_errors(tmp_path: Path) -> None:
    path = story(tmp_path, "")
    path.write_text(path.read_text().replace("[[claim]]", "[claim]"))
    with pytest.raises(ClaimsError, match=r"\[\[claim\]\] table") as info:
        load(path)
    assert info.value.line == line_of(path, "[claim]")
    path.write_text(path.read_text().replace("[claim]", "[[claim]]").replace("[story]", "[[story]]"))
    with pytest.raises(ClaimsError, match=r"write \[story\] once") as info:
        load(path)
    assert info.value.line == 1


# --- the gate file -------------------------------------------------------------------------


def gate_repo(root: Path, gate_toml: str) -> Path:
    build(root, Case())
    path = root / "checks" / "crosscheck.toml"
    path.write_text(gate_toml)
    return path


def test_a_typo_in_the_gate_file_is_an_error_naming_the_nearest_key(tmp_path: Path) -> None:
    path = gate_repo(tmp_path, 'clams = ["../nothing/*.toml"]\n')
    with pytest.raises(CrosscheckError, match="unknown key 'clams'; did you mean 'claims'"):
        claims_files({"clams": ["../nothing/*.toml"]}, path, "checks/crosscheck.toml")
    gate_says(gate(tmp_path), r"checks/crosscheck\.toml: unknown key 'clams'; did you mean 'claims'\? .*")


def test_a_glob_outside_the_repository_is_an_error(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    outside = tmp_path / "elsewhere.toml"
    outside.write_text((repo.parent / "x").as_posix())
    path = gate_repo(repo, 'claims = ["../claims/*.toml", "../../*.toml"]\n')
    with pytest.raises(CrosscheckError, match=r"glob '\.\./\.\./\*\.toml' reaches .* outside the repository"):
        claims_files({"claims": ["../claims/*.toml", "../../*.toml"]}, path, "checks/crosscheck.toml")
    expected = r"checks/crosscheck\.toml: glob '\.\./\.\./\*\.toml' reaches .*outside the repository.*"
    gate_says(gate(repo), expected)


def test_a_claims_file_two_globs_match_is_collected_once(tmp_path: Path) -> None:
    globs = ["../claims/*.toml", "../claims/s.toml", "../claims/../claims/s.toml"]
    path = gate_repo(tmp_path, f"claims = {globs!r}\n".replace("'", '"'))
    assert [p.resolve() for p in claims_files({"claims": globs}, path, "gate")] == [
        (tmp_path / "claims" / "s.toml").resolve()
    ]
    result = gate(tmp_path, "--collect-only", "-q")
    assert result.stdout.decode().count("::trade") == 1, result.stdout.decode()
