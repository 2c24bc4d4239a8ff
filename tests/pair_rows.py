"""What `compare` says of one EN-VI pair, for the tests of reading classes: its rows, the
rows that flag, and what a version reads. Each class's test module asks these instead of
writing them again."""

from __future__ import annotations

from decimal import Decimal

from crosscheck.align import PASSING, compare
from crosscheck.extract import extract
from crosscheck.text import Document


def rows(en: str, vi: str) -> list[dict[str, object]]:
    result = compare(Document.from_text(en, "en"), Document.from_text(vi, "vi"))
    return [r.as_dict() for r in result.rows]


def flags(en: str, vi: str) -> list[dict[str, object]]:
    """The rows that fail: a discrepancy or a figure in one version only."""
    return [r for r in rows(en, vi) if r["status"] not in PASSING]


def read(text: str, lang: str) -> list[tuple[str, object]]:
    """Each mention a version reads, as (kind, value)."""
    return [(m.kind, m.value) for m in extract(Document.from_text(text, lang), None)]


def vi_decimal(value: Decimal) -> str:
    """A decimal written the Vietnamese way: "2,5"."""
    return str(value).replace(".", ",")
