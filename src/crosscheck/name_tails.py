"""A Vietnamese name cut before the place or country that ends it, made whole again for
the draft where the English writes the whole as one name.

Vietnamese puts what an institution belongs to after its head: "Tòa án Tối cao
Pennsylvania" (Pennsylvania Supreme Court), "Ngôn ngữ Ký hiệu Mỹ" (American Sign
Language). The Vietnamese grammar of names reads a name it knows at the end of such a
run as a name of its own ("Pennsylvania", "Mỹ"), and the run before it is left lone and
cut ("Tòa án Tối cao"). The English says where the name ends: it writes the known name
inside one run of its own ("Pennsylvania Supreme Court"), and the two versions pair that
known name with each other. Then the Vietnamese run and the known name right after it
(one space between) are one name, and `propose` pairs it by part with the English run.
Only for the draft: `compare`'s rows are left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.align import Row
from crosscheck.names import Occurrence, name_key

Lone = dict[str, list[list[Occurrence]]]


def with_tails(rows: Sequence[Row], lone: Lone, vi_text: str, skip: set[int]) -> Lone:
    """`lone` with each Vietnamese lone occurrence that a paired name follows at once run
    on to that name's end, where an English lone run holds the same row's English name
    (rows in `skip` are not looked at)."""
    if not lone.get("en") or not lone.get("vi"):
        return lone
    # The English lone runs' stretches of whole words, by name key.
    stretches: set[str] = set()
    for runs in lone["en"]:
        words = runs[0].text.split()
        stretches.update(
            name_key(" ".join(words[a:b])) for a in range(len(words)) for b in range(a + 1, len(words))
        )
        stretches.update(name_key(" ".join(words[a:])) for a in range(1, len(words)))
    # The Vietnamese names of rows whose English name is a stretch of an English lone run
    # (not the whole of one), by where they start.
    tails: dict[int, Occurrence] = {}
    for i, row in enumerate(rows):
        if row.names is None or i in skip or not row.names[0]:
            continue
        en, vi = row.names
        if name_key(en[0].text) in stretches:
            tails.update((o.start, o) for o in vi)
    if not tails:
        return lone
    out = []
    for runs in lone["vi"]:
        grown = []
        for o in runs:
            tail = tails.get(o.end + 1)
            # The known name ends the Vietnamese name: no capital after it ("Hạ Viện" +
            # "Newt" of "Hạ Viện Newt Gingrich" is a title before a person).
            if tail is not None and vi_text[o.end] == " " and not _capital_next(vi_text, tail.end):
                o = Occurrence(o.first, tail.last, o.start, tail.end, vi_text[o.start : tail.end])
            grown.append(o)
        out.append(grown)
    return {**lone, "vi": out}


def _capital_next(text: str, end: int) -> bool:
    rest = text[end : end + 3].lstrip(" ")
    return bool(rest) and rest[0].isupper()
