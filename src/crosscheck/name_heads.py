"""Drafted Vietnamese names with a head word in front, or two names joined in one run.

- "X thuộc Y" (X of Y: "Ủy Ban Nobel Văn Học thuộc Viện Hàn Lâm Thụy Điển") is two names,
  and so is "X & Y" where a year follows every mention (a citation of two authors:
  "Crowley & Lowery (2000)"); a firm's "Marks & Spencer" or "McKinsey & Company" is one.
- An institution's head word ("Công ty", "Tập đoàn", "Hãng", "Quỹ") in front of a name
  the English of the same claim writes without it ("Công ty Edison" against "Edison") is
  the head, not the name: the name is drafted as both versions write it, and the head
  word is waived inside its wording, so the gate still accounts for it.
"""

from __future__ import annotations

import re

# Head words of institutions that the Vietnamese puts in front of a name the English
# writes bare; "Đài" is left out ("Đài Loan" is Taiwan), as are places' heads.
HEADS = ("Công ty", "Tập đoàn", "Hãng", "Quỹ", "Khách sạn", "Nhà hát", "Tờ", "Báo")

_JOINED = re.compile(r"[ \u00a0]+thuộc[ \u00a0]+")
_AMPERSAND = re.compile(r"[ \u00a0]*&[ \u00a0]*")


def joined_parts(form: str, text: str) -> list[str] | None:
    """The two names of a joined run, or None when it is one name."""
    parts = _JOINED.split(form)
    if len(parts) == 2 and all(p[:1].isupper() for p in parts):
        return parts
    parts = _AMPERSAND.split(form)
    if len(parts) == 2 and all(" " not in p and p[:1].isupper() for p in parts):
        after = [text[m.end() : m.end() + 14] for m in re.finditer(re.escape(form), text)]
        if after and all(
            re.match(r"[\s\u00a0,(]*(?:năm[\s\u00a0]+)?(1[5-9]|20)\d\d(?!\d)", a) for a in after
        ):
            return parts
    return None


def head_and_name(form: str, english_forms: list[str]) -> tuple[str, str] | None:
    """(head, name) when the form is a head word before a name an English form writes bare."""
    for head in HEADS:
        rest = form.removeprefix(head + " ")
        if rest != form and rest in english_forms:
            return head, rest
    return None
