"""Bad claims files and bad seeds: each stops with one CrosscheckError naming the file,
the line and the fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crosscheck.claims import load
from crosscheck.engine import check
from crosscheck.errors import ClaimsError, CrosscheckError, SeedError
from tiny_story import CLAIM as GOOD_CLAIM
from tiny_story import HEADER

EN_SEED = "Việt Nam-Guangxi trade reached US$41.6 billion in 2024.\n"
VI_SEED = "Năm 2024, thương mại đạt 41,6 tỷ USD.\n"


def make_repo(
    tmp_path: Path,
    claims: str,
    *,
    en: str = "../seeds/s/en.txt",
    vi: str = "../seeds/s/vi.txt",
    en_bytes: bytes | None = None,
    vi_bytes: bytes | None = None,
) -> Path:
    """tmp_path/{pyproject.toml, seeds/s/{en,vi}.txt, claims/s.toml}; the claims path."""
    (tmp_path / "pyproject.toml").write_text("")
    seeds = tmp_path / "seeds" / "s"
    seeds.mkdir(parents=True)
    (seeds / "en.txt").write_bytes(en_bytes if en_bytes is not None else EN_SEED.encode())
    (seeds / "vi.txt").write_bytes(vi_bytes if vi_bytes is not None else VI_SEED.encode())
    (tmp_path / "claims").mkdir()
    path = tmp_path / "claims" / "s.toml"
    path.write_text(HEADER.format(en=en, vi=vi) + claims, encoding="utf-8")
    return path


def line_of(path: Path, fragment: str, occurrence: int = 1) -> int:
    """1-based line of the n-th line of the claims file containing `fragment`."""
    hits = [i + 1 for i, line in enumerate(path.read_text().splitlines()) if fragment in line]
    return hits[occurrence - 1]


def failure(path: Path) -> CrosscheckError:
    """Load and check a story; it must stop with exactly one CrosscheckError."""
    with pytest.raises(CrosscheckError) as info:
        check(load(path))
    return info.value


def test_good_repo_checks(tmp_path: Path) -> None:
    path = make_repo(tmp_path, GOOD_CLAIM + '\n[[claim]]\nid = "y"\nkind = "year"\nvalue = 2024\n'
                     'en = "in 2024"\nvi = "Năm 2024"\n')  # fmt: skip
    report = check(load(path))
    assert [r.status for r in report.results] == ["consistent", "consistent"]


def test_error_is_one_line(tmp_path: Path) -> None:
    path = make_repo(tmp_path, GOOD_CLAIM.replace('"money"', '"monney"'))
    error = failure(path)
    assert "\n" not in str(error)
    assert str(error).startswith(f"{path}:")


# (claims text, fragment of the line the error must name (None: no line), occurrence,
#  regexes the message must match)
CASES = [
    pytest.param(
        GOOD_CLAIM.replace('value = "US$41.6 billion"', 'value = "US$41.6 billion"\noccurs = { en = 1 }'),
        "occurs =", 1, [r"occurs is for names", r"occurs = \{ en = 9, vi = 15 \}"], id="occurs-on-a-figure",
    ),
    pytest.param(
        GOOD_CLAIM.replace('kind = "money"', 'kind = "money'), 'kind = "money', 1,
        [r"TOML syntax error", r"fix the TOML"], id="bad-toml",
    ),
    pytest.param(
        GOOD_CLAIM.replace('"money"', '"monney"'), 'kind = "monney"', 1,
        [r"unknown kind 'monney'", r"did you mean 'money'\?"], id="unknown-kind",
    ),
    pytest.param(
        GOOD_CLAIM.replace('value = "US$41.6 billion"\n', ""), "[[claim]]", 1,
        [r"'trade' needs a value", r"money"], id="missing-value",
    ),
    pytest.param(
        GOOD_CLAIM.replace('id = "trade"\n', ""), "[[claim]]", 1,
        [r"needs an id", r'id = "'], id="missing-id",
    ),
    pytest.param(
        GOOD_CLAIM.replace('kind = "money"\n', ""), "[[claim]]", 1,
        [r"'trade' needs a kind", r"money"], id="missing-kind",
    ),
    pytest.param(
        GOOD_CLAIM.replace('vi = "đạt 41,6 tỷ USD"\n', ""), "[[claim]]", 1,
        [r"no vi wording", r'only = "en"'], id="missing-wording",
    ),
    pytest.param(
        GOOD_CLAIM.replace("value =", "valeu ="), "valeu =", 1,
        [r"unknown field 'valeu'", r"did you mean 'value'\?"], id="unknown-field",
    ),
    pytest.param(
        GOOD_CLAIM + GOOD_CLAIM, 'id = "trade"', 2,
        [r"duplicate claim id 'trade'", r"first at line \d+", r"own id"], id="duplicate-id",
    ),
    pytest.param(
        GOOD_CLAIM.replace('"US$41.6 billion"\n', '"lots of money"\n', 1), "value =", 1,
        [r"value of 'trade'", r"US\$41\.6 billion"], id="value-does-not-parse",
    ),
    pytest.param(
        GOOD_CLAIM.replace('"US$41.6 billion"\n', '"15%"\n', 1), "value =", 1,
        [r"reads as a percent, not a money"], id="value-of-another-kind",
    ),
    pytest.param(
        GOOD_CLAIM.replace('"US$41.6 billion"\n', '["US$41.6 billion"]\n', 1), "value =", 1,
        [r"wrong type \(list\)", r"as a string"], id="value-is-list",
    ),
    pytest.param(
        GOOD_CLAIM.replace('"US$41.6 billion"\n', "true\n", 1), "value =", 1,
        [r"wrong type \(bool\)", r"as a string"], id="value-is-bool",
    ),
    pytest.param(
        '\n[[claim]]\nid = "w"\nkind = "weekday"\nvalue = "Wednesday"\nen = "on Wednesday"\n'
        'only = "en"\n', "[[claim]]", 1,
        [r"'w' is one-sided", r'add reason = "'], id="one-sided-without-reason",
    ),
    pytest.param(
        '\n[[claim]]\nid = "d"\nkind = "date"\nvalue = "2025-02-30"\nen = "x"\nvi = "y"\n',
        "value =", 1, [r"not a date", r"2025-02-19"], id="impossible-date",
    ),
    pytest.param(
        '\n[[claim]]\nid = "p"\nkind = "period"\nvalue = "2026-2024"\nen = "x"\nvi = "y"\n',
        "value =", 1, [r"not a period", r"2024-2026"], id="backward-period",
    ),
    pytest.param(
        GOOD_CLAIM.replace('kind = "money"', 'kind = "money"\nonly = "fr"'), "only =", 1,
        [r'only must be "en" or "vi"'], id="only-unknown-language",
    ),
    pytest.param(
        GOOD_CLAIM.replace('id = "trade"', 'id = "trade 2024"'), "[[claim]]", 1,
        [r"id of letters, digits"], id="bad-id",
    ),
    pytest.param(
        GOOD_CLAIM.replace("[[claim]]", "[[claims]]"), "[[claims]]", 1,
        [r"unknown table \[claims\]", r"did you mean 'claim'\?"], id="unknown-table",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("claims", "fragment", "occurrence", "patterns"), CASES)
def test_bad_claims(tmp_path: Path, claims: str, fragment: str, occurrence: int, patterns: list[str]) -> None:
    path = make_repo(tmp_path, claims)
    with pytest.raises(ClaimsError) as info:
        load(path)
    error = info.value
    message = str(error)
    assert error.path == str(path)
    assert error.line == line_of(path, fragment, occurrence), message
    assert message.startswith(f"{path}:{error.line}:"), message
    for pattern in patterns:
        assert re.search(pattern, message), (pattern, message)


def test_bad_toml_names_line_and_column(tmp_path: Path) -> None:
    path = make_repo(tmp_path, GOOD_CLAIM.replace('kind = "money"', 'kind = "money'))
    with pytest.raises(ClaimsError) as info:
        load(path)
    line = line_of(path, 'kind = "money')
    assert info.value.line == line
    assert info.value.column is not None
    assert re.match(rf"{re.escape(str(path))}:{line}:\d+: TOML syntax error", str(info.value))


def test_story_without_dateline_date(tmp_path: Path) -> None:
    path = make_repo(tmp_path, GOOD_CLAIM)
    path.write_text(path.read_text().replace("dateline = 2025-02-19", 'dateline = "19/2"'))
    with pytest.raises(ClaimsError) as info:
        load(path)
    assert info.value.line == line_of(path, "dateline =")
    assert "TOML date such as 2025-02-19" in str(info.value)


def test_unknown_story_field(tmp_path: Path) -> None:
    path = make_repo(tmp_path, GOOD_CLAIM)
    path.write_text(path.read_text().replace("dateline =", "dateLine ="))
    with pytest.raises(ClaimsError) as info:
        load(path)
    assert info.value.line == line_of(path, "dateLine =")
    assert "did you mean 'dateline'?" in str(info.value)


def test_seed_outside_repository(tmp_path: Path) -> None:
    path = make_repo(tmp_path, GOOD_CLAIM, en="../../etc/passwd")
    with pytest.raises(ClaimsError) as info:
        load(path)
    assert info.value.line == line_of(path, "en = ")
    assert "'../../etc/passwd' is outside the repository" in str(info.value)
    assert "keep seeds inside it" in str(info.value)


def test_seed_absolute_outside_repository(tmp_path: Path) -> None:
    path = make_repo(tmp_path, GOOD_CLAIM, vi="/etc/passwd")
    with pytest.raises(ClaimsError) as info:
        load(path)
    assert info.value.line == line_of(path, "vi = ")
    assert "outside the repository" in str(info.value)


def test_seed_missing_is_named(tmp_path: Path) -> None:
    path = make_repo(tmp_path, GOOD_CLAIM, en="../seeds/s/missing.txt")
    error = failure(path)
    assert isinstance(error, ClaimsError)  # the fix goes in the claims file
    assert "missing.txt" in str(error)
    assert "not found; fix the path" in str(error)


def test_seed_missing_names_the_claims_line(tmp_path: Path) -> None:
    path = make_repo(tmp_path, GOOD_CLAIM, en="../seeds/s/missing.txt")
    error = failure(path)
    assert str(error).startswith(f"{path}:{line_of(path, 'en = ')}:")


def test_seed_is_a_directory(tmp_path: Path) -> None:
    path = make_repo(tmp_path, GOOD_CLAIM, vi="../seeds/s")
    error = failure(path)
    assert isinstance(error, SeedError)
    assert re.search(r"seeds/s: is a directory; name the seed file itself", str(error))


@pytest.mark.parametrize("encoding", ["cp1258", "latin-1"])
def test_seed_not_utf8(tmp_path: Path, encoding: str) -> None:
    text = "Dòng một\nHà Nội, ngày 19/2\n" if encoding == "cp1258" else "Line one\nCafé in Hà\n"
    data = text.encode(encoding, errors="replace")
    offset = next(i for i, b in enumerate(data) if b >= 0x80)
    path = make_repo(tmp_path, GOOD_CLAIM, vi_bytes=data)
    error = failure(path)
    assert isinstance(error, SeedError)
    message = str(error)
    line = data[:offset].count(b"\n") + 1
    assert re.search(rf"vi\.txt:{line}: is not UTF-8", message), message
    assert f"offset {offset}" in message
    assert f"0x{data[offset]:02x}" in message
    assert "re-encode" in message and "iconv -f WINDOWS-1258 -t UTF-8" in message


def test_seed_utf16_with_bom(tmp_path: Path) -> None:
    path = make_repo(tmp_path, GOOD_CLAIM, en_bytes=EN_SEED.encode("utf-16"))
    error = failure(path)
    assert isinstance(error, SeedError)
    assert "en.txt: is UTF-16" in str(error)
    assert "iconv -f UTF-16 -t UTF-8" in str(error)


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t", b"\xef\xbb\xbf"], ids=["empty", "blank", "bom"])
def test_seed_empty(tmp_path: Path, content: bytes) -> None:
    path = make_repo(tmp_path, GOOD_CLAIM, en_bytes=content)
    error = failure(path)
    assert isinstance(error, SeedError)
    assert "en.txt: is empty" in str(error)


def test_seed_with_bom_and_crlf_is_fine(tmp_path: Path) -> None:
    data = ("\ufeff" + EN_SEED.replace("\n", "\r\n")).encode()
    path = make_repo(tmp_path, GOOD_CLAIM, en_bytes=data)
    report = check(load(path))
    assert report.results[0].status == "consistent"


@pytest.mark.parametrize(
    ("vi_wording", "patterns"),
    [
        ("đạt 41,7 tỷ USD", [r"vi wording 'đạt 41,7 tỷ USD' of 'trade' reads as 41\.7 billion USD",
                             r"value is 41\.6 billion USD", r"correct one of them"]),
        ("đạt 41,6 triệu USD", [r"reads as 41\.6 million USD", r"correct one of them"]),
        ("thương mại tăng mạnh", [r"has no money in it", r"quote the figure"]),
    ],
)  # fmt: skip
def test_wording_disagrees_with_value(tmp_path: Path, vi_wording: str, patterns: list[str]) -> None:
    path = make_repo(tmp_path, GOOD_CLAIM.replace("đạt 41,6 tỷ USD", vi_wording))
    story = load(path)  # the value and the wording are each fine alone
    with pytest.raises(ClaimsError) as info:
        check(story)
    message = str(info.value)
    assert message.startswith(f"{path}:{line_of(path, 'id = ' + chr(34) + 'trade')}:"), message
    for pattern in patterns:
        assert re.search(pattern, message), (pattern, message)


def test_claims_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(ClaimsError, match="claims file not found"):
        load(tmp_path / "nope.toml")


def test_claims_file_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(ClaimsError, match="is a directory"):
        load(tmp_path)


def test_claims_file_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("")
    path = tmp_path / "s.toml"
    path.write_bytes('[story]\nid = "Hà"\n'.encode("cp1258"))
    with pytest.raises(ClaimsError) as info:
        load(path)
    assert "is not UTF-8 (byte offset" in str(info.value)
    assert "save it as UTF-8" in str(info.value)
