"""Names keep their digits: G7 is not G20, and a name with digits matches only itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crosscheck.align import compare
from crosscheck.claims import load
from crosscheck.engine import check
from crosscheck.names import NameIndex, name_key
from crosscheck.text import Document


@pytest.mark.parametrize(
    ("form", "text", "found"),
    [
        ("G20", "Leaders of the G7 met in Rome.", []),
        ("G7", "Leaders of the G7 met in Rome.", ["G7"]),
        ("G", "Leaders of the G7 met in Rome.", []),
        ("COVID-19", "The COVID-19 wave passed.", ["COVID-19"]),
        ("COVID-19", "The COVID wave passed.", []),
        ("COVID", "The COVID-19 wave passed.", []),
        ("F-16", "Two F-35 jets landed.", []),
        ("F-16", "Two F-16 jets landed.", ["F-16"]),
        ("A320", "An A321 took off.", []),
        ("A320", "An A320 took off, then an A320neo.", ["A320"]),
        ("Formula 1", "He raced in Formula 2 for years.", []),
        ("Formula 1", "He raced in Formula 1 for years.", ["Formula 1"]),
        ("Formula 1", "He raced in Formula 1,000 times.", []),
        ("Chen Gang", "Chen Gang met Li Qiang in 2024.", ["Chen Gang"]),
        ("Term000001", "Term000002 and Term000001", ["Term000001"]),
    ],
)
def test_a_name_with_digits_matches_only_itself(form: str, text: str, found: list[str]) -> None:
    index = NameIndex(Document.from_text(text, "en"))
    assert [o.text for o in index.find(form)] == found


def test_names_differing_only_in_digits_have_different_keys() -> None:
    assert name_key("Term000001") != name_key("Term000002")
    assert name_key("G7") != name_key("G20")
    assert name_key("AS-206") == name_key("AS206")  # the same name, hyphen or not


def story(tmp_path: Path, en: str, vi: str, claims: str) -> Path:
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "seeds" / "s").mkdir(parents=True)
    (tmp_path / "seeds" / "s" / "en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "seeds" / "s" / "vi.txt").write_text(vi, encoding="utf-8")
    (tmp_path / "claims").mkdir()
    path = tmp_path / "claims" / "s.toml"
    head = '[story]\nid = "s"\nen = "../seeds/s/en.txt"\nvi = "../seeds/s/vi.txt"\n'
    path.write_text(head + claims, encoding="utf-8")
    return path


def test_gate_fails_a_g20_claim_against_a_text_saying_g7(tmp_path: Path) -> None:
    claims = '\n[[claim]]\nid = "g"\nkind = "organization"\nen = "G20"\nvi = "G20"\n'
    report = check(load(story(tmp_path, "Leaders of the G7 met.\n", "Lãnh đạo G7 họp.\n", claims)))
    (result,) = report.results
    assert result.status == "missing"
    assert result.sides["en"].found == result.sides["vi"].found == ()  # not "G", found in "G7"


def test_gate_passes_a_claim_naming_what_the_text_says(tmp_path: Path) -> None:
    claims = '\n[[claim]]\nid = "g"\nkind = "organization"\nen = "G7"\nvi = "G7"\n'
    report = check(load(story(tmp_path, "Leaders of the G7 met.\n", "Lãnh đạo G7 họp.\n", claims)))
    (result,) = report.results
    assert result.status == "consistent"
    assert result.sides["en"].found == ("G7",)


def test_compare_does_not_pair_f16_with_f35() -> None:
    en = Document.from_text("The Typhoon F-16 flew over Rome.\n", "en")
    vi = Document.from_text("Chiếc Typhoon F-35 bay qua Rome.\n", "vi")
    rows = [r.as_dict() for r in compare(en, vi, date(2025, 2, 19)).rows]
    paired = [(r["en"], r["vi"]) for r in rows if r["status"] == "consistent"]
    assert ("Rome", "Rome") in paired
    assert not [pair for pair in paired if "F" in pair[0].split() + pair[1].split() or "-" in pair[0]], paired
