"""A person's honorific or a party's head in front of a drafted name (issue 12, ninth round).

Two shapes, each read from the words themselves:
- an English honorific the Vietnamese copies as written (`data/honorifics.txt`: "Madam
  Elizabeth", "Lord Byron"): the person's name is what follows it;
- "Đảng" and the lower-case words of a party's name, then a person's name of two
  capitalised words or more ("Đảng bảo thủ Andrea Jenkyns": the Conservative Andrea
  Jenkyns): the party is the head, the person the name. A party named alone ("Đảng Cộng
  hòa") or before a single word ("Đảng bảo thủ chống lại Brexit", a verb between) is not
  this shape.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "honorifics.txt"


@cache
def honorifics() -> frozenset[str]:
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def head_and_person(form: str) -> tuple[str, str] | None:
    """(head, name) when a form is an honorific or a party's head before a person's name."""
    first, _, rest = form.partition(" ")
    if first.rstrip(".") in honorifics() and rest[:1].isupper():
        return first, rest
    words = form.split()
    lower = next((i for i, w in enumerate(words[1:], 1) if not w[:1].islower()), len(words))
    person = words[lower:]
    if words[0] == "Đảng" and 2 <= lower <= 3 and len(person) >= 2 and all(w[:1].isupper() for w in person):
        return " ".join(words[:lower]), " ".join(words[lower:])
    return None
