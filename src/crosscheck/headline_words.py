"""Capitals that say nothing of a name: a line written all in title case, a quotation's
first word.

A headline in title case capitalises every word ("Tình Hình Rất Xấu", "Số Người Thiệt
Mạng Trong Sóng Thần Indonesia Tăng"), and a quotation capitalises its first word
("“Vâng, ...", yes). A run of capitals found only there, and paired by nothing but its
place or found in one version only, is no evidence of a name: it is left to a reader
(a REVIEW waiver), unless the project knows it as a name ("Indonesia").
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
_QUOTE_OPENS = re.compile(r"[\"“‘«][\s\u00a0]*$")


def title_case(line: str) -> bool:
    """A line of four words or more, every one capitalised."""
    words = _WORD.findall(line)
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def says_nothing(text: str, spans: list[tuple[int, int]], form: str) -> bool:
    """Whether every occurrence of a form sits in a title-case line or, for one word,
    opens a quotation."""
    if not spans:
        return False
    for start, _end in spans:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        opens_quote = " " not in form and bool(_QUOTE_OPENS.search(text, max(0, start - 3), start))
        if not (title_case(line) or opens_quote):
            return False
    return True
