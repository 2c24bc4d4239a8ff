"""The number that names a legal document: "Nghị định 100", "Decree 100", "Thông tư 22".

"Beer consumption has fallen since a decree that took effect in 2020 banned driving with
any alcohol" against "kể từ khi Nghị định 100 có hiệu lực từ năm 2020": the number says
which decree, as a name does; the English names the decree by what it does. A version
that leaves the number out says less and contradicts nothing, so alone it is shown for
review; against another document's number at that place it still flags ("Decree 100"
against "Nghị định 110"). The kinds of document are each language's `document_words`.

A full identifier, "Decree 354/2025/ND-CP" ("Nghị định 354/2025/NĐ-CP"), is read here as
its number, so that "Nghị định 345/2025/NĐ-CP" against it is a discrepancy.
"""

from __future__ import annotations

import re
from functools import cache

from crosscheck.lang import alternation
from crosscheck.lang import get as get_language
from crosscheck.regex_starts import skipping
from crosscheck.scanning import finditer

DOCUMENT_NUMBER = "the number of a legal document (Nghị định 100)"


@cache
def _before(code: str) -> re.Pattern[str] | None:
    words = get_language(code).document_words
    if not words:
        return None
    # (English capitalises the kind of a document it names: "Decree 100", not "a decree 100")
    flags = re.IGNORECASE if code != "en" else 0
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?:[\s\u00a0]+(?:số|No\.?))?[\s\u00a0]+$", flags)


@cache
def _identifier(code: str) -> re.Pattern[str] | None:
    words = get_language(code).document_words
    if not words:
        return None
    flags = re.IGNORECASE if code != "en" else 0
    # (`skipping`, scanned by words: read over a whole text, tried only at a document's kind)
    return skipping(
        rf"(?<!\w)(?:{alternation(words)})(?:[\s\u00a0]+(?:số|No\.?))?[\s\u00a0]+"
        r"(?P<number>\d{1,4})/(?:\d{4})(?:/[^\W\d_]+(?:-[^\W\d_]+)*)?(?![\w/])",
        flags,
    )


def identifiers(text: str, code: str) -> list[tuple[int, int, int]]:
    """Each full identifier of a document a text writes after its kind ("354/2025/ND-CP"),
    as (start, end, the document's number)."""
    pattern = _identifier(code)
    if pattern is None or "/" not in text:
        return []
    return [(m.start("number"), m.end(), int(m.group("number"))) for m in finditer(pattern, text)]


def numbers_a_document(text: str, start: int, code: str) -> bool:
    """Whether the digits at `start` follow the kind of a legal document ("Nghị định 100",
    "Decree No. 100")."""
    pattern = _before(code)
    return pattern is not None and pattern.search(text, max(0, start - 24), start) is not None
