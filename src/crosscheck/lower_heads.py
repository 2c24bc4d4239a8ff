"""A name whose Vietnamese head noun is written in lower case: the whole phrase is the name.

Vietnamese puts the common noun of a term or a building before the proper part and writes
it in lower case: "cơ chế Higgs" (the Higgs mechanism), "số Mersenne" (Mersenne numbers),
"sân vận động Etihad" (Etihad Stadium), "bệnh viện James Paget" (the James Paget
Hospital). The grammar of names reads only the capitals, so the draft claimed "Higgs",
"Mersenne", "Etihad": pieces of a term or of a building's name, not names of their own
(issue 12, the tenth round). The English writes the same head after the proper part.

The evidence is both versions at once: every Vietnamese occurrence of the form stands
right after one of the heads below, and every English occurrence of the claim's English
form stands right before that head's English ("Higgs mechanism", "Mersenne numbers").
Then the draft claims the two whole phrases, as each version writes them. One mention
anywhere that is not so ("Higgs said", "ông Higgs") keeps the claim as it was: the person
Higgs is a name.

The heads are a closed class, written by the project, each with the English head the
English writes for it. Provenance: the lower-case words standing right before drafted
names over the 391 development documents (tenth round; cơ chế, số, lý thuyết, đồng bằng,
sân vận động, bệnh viện, khách sạn, sân bay were found there, each beside its English:
"Higgs mechanism", "Mersenne numbers", "Miasma theory", "Gangetic plain", "Etihad
Stadium", "James Paget Hospital", "Roa Roa Hotel", "Glasgow Airport"), and the usual
heads of named laws and effects of science that Vietnamese textbooks write the same way
(định lý, định luật, hiệu ứng, phương trình, hằng số, nguyên lý, giả thuyết, hội chứng,
hạt, nhà ga). Every name the list changed on the development documents is read by hand
in benchmarks/names_changed_r10.tsv. Heads of places and persons ("tỉnh", "sông", "ông")
are not here: "tỉnh Quảng Nam" is the province Quảng Nam, which the grammar of names
already reads, and a person is no piece.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from crosscheck.names import NameIndex

# Vietnamese head (lower case) -> the English heads written after the proper part.
HEADS: dict[str, tuple[str, ...]] = {
    "cơ chế": ("mechanism",),
    "số": ("number", "prime"),
    "định lý": ("theorem",),
    "định luật": ("law",),
    "hiệu ứng": ("effect",),
    "phương trình": ("equation",),
    "hằng số": ("constant",),
    "nguyên lý": ("principle",),
    "lý thuyết": ("theory",),
    "thuyết": ("theory",),
    "giả thuyết": ("hypothesis", "conjecture"),
    "hội chứng": ("syndrome",),
    "hạt": ("particle", "boson"),
    "sân vận động": ("stadium", "arena"),
    "bệnh viện": ("hospital", "infirmary"),
    "khách sạn": ("hotel",),
    "sân bay": ("airport",),
    "đồng bằng": ("plain", "delta"),
    "nhà ga": ("station",),
}

# Heads of places one can name (a building, a plain): where the English capitalises its
# head, the whole phrase is the place's name, drafted as a claim ("sân vận động Etihad" =
# "Etihad Stadium"); "the Mersey hospital" names no hospital "Mersey". The others head a term
# named after a person or a thing ("cơ chế Higgs", "số Mersenne", "lý thuyết Miasma"),
# which is no name: left to a reader as a REVIEW waiver in each version.
PLACES = frozenset({"sân vận động", "bệnh viện", "khách sạn", "sân bay", "đồng bằng", "nhà ga"})

_SPACE = r"[ \u00a0]+"
# The English head right after the proper part: "Higgs mechanism", "Mersenne numbers",
# "Etihad Stadium", "Addenbrooke's Hospital", "Rhine-Meuse Delta".
_ENGLISH_AFTER = re.compile(r"(?:'s|’s)?[ \u00a0]+([A-Za-z]+)")


@cache
def _before() -> re.Pattern[str]:
    """A head (longest first), then the space before the proper part, at the end of a text."""
    heads = "|".join(re.escape(h).replace(r"\ ", _SPACE) for h in sorted(HEADS, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({heads}){_SPACE}$", re.IGNORECASE)


def _singular(word: str) -> str:
    word = word.casefold()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def vietnamese_wholes(form: str, vi: NameIndex) -> list[tuple[str, str]] | None:
    """(whole, head) for every occurrence of a form, each right after a head ("cơ chế
    Higgs", "cơ chế"); None when one occurrence is not (or there is none)."""
    text = vi.doc.text
    found = []
    for o in vi.find(form):
        head = _before().search(text, max(0, o.start - 40), o.start)
        if head is None:
            return None
        found.append((text[head.start() : o.end], " ".join(head.group(1).casefold().split())))
    return found or None


def english_wholes(forms: Sequence[str], en: NameIndex, heads: set[str]) -> list[str] | None:
    """Every occurrence of the claim's English forms with the English of one of `heads`
    right after it ("Higgs mechanism"), as written; None when one occurrence stands
    without it (or there is none), or when a form already holds such a head ("Mutiara Sis
    Al Jufri Airport Palu": the name is whole, the Vietnamese head is in front of it)."""
    wanted = {w for h in heads for w in HEADS[h]}
    if any(_singular(w) in wanted for form in forms for w in re.findall(r"[A-Za-z]+", form)):
        return None
    text = en.doc.text
    found = []
    for form in forms:
        occurrences = en.find(form)
        if not occurrences:
            return None
        for o in occurrences:
            after = _ENGLISH_AFTER.match(text, o.end)
            if after is None or _singular(after.group(1)) not in wanted:
                return None
            found.append(text[o.start : after.end()])
    return found


def named_place(heads: set[str], english: Sequence[str]) -> bool:
    """Whether the wholes name a place: every head one of a place, and every English whole
    capitalising it ("Etihad Stadium", not "the Mersey hospital")."""
    return heads <= PLACES and all(w.split()[-1][:1].isupper() for w in english)
