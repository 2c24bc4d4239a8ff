"""A Vietnamese name run that swallowed the verb after it: "Quốc hội Anh thông (qua)".

Vietnamese writes the later syllables of many names in lower case ("Cộng hòa", "Tòa án
Tối cao"), so the grammar of names lets a run go on with one lower-case syllable; after a
name that ends in a country's name the syllable is as often the clause's verb: "Hoàng gia
Anh hứa cấp đất" (the English Crown promised land), "Quốc hội Anh thông qua" (the UK
Parliament passed), "Người Mỹ gốc Phi sống tại Mỹ" (African Americans live in the US).
The draft claimed the run with its verb (issue 12, the tenth round).

The evidence, all of it needed: the run's last word is one lower-case syllable; the words
before it end with a name the project knows (CLDR, the glossary, the claims: "Anh", "Phi");
that known name and the syllable are never written together in lower case in the document
(they are then one word: "lao động" of "Đảng Lao động", "Trung cổ"); and at every
occurrence the text from the syllable on reads as one of the verbs below (a verb of saying
from `lang.vi`, or a verb of what a state, a court or a people does). Then the run is cut
before the syllable.

The verbs are a closed list written by the project: the language's verbs of saying
(`SAYING_VERBS`) and the verbs found after such runs in the development corpora (hứa,
thông qua, sống), with the acts of institutions that the press writes right after their
names (ký, phê chuẩn, ban hành, bác bỏ ...). A verb not listed leaves the run as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from crosscheck.names import NameIndex

VERBS = (
    "hứa", "thông qua", "sống", "ký", "ký kết", "phê chuẩn", "phê duyệt", "ban hành", "bác bỏ",
    "từ chối", "đồng ý", "chấp thuận", "quyết định", "yêu cầu", "kêu gọi", "cam kết", "đề xuất",
    "cáo buộc", "tuyên chiến", "xâm lược", "chiếm", "giành", "trao", "cấp", "bổ nhiệm",
)  # fmt: skip


@cache
def _verb_start() -> re.Pattern[str]:
    from crosscheck.lang.vi import SAYING_VERBS

    verbs = sorted({*VERBS, *SAYING_VERBS}, key=len, reverse=True)
    alternatives = "|".join(re.escape(v).replace(r"\ ", r"[ \u00a0]+") for v in verbs)
    return re.compile(rf"(?:{alternatives})(?!\w)")


def without_verb(form: str, vi: NameIndex, known: Callable[[str], bool]) -> str | None:
    """The run before its last syllable where that syllable is a verb by the evidence above
    ("Quốc hội Anh" of "Quốc hội Anh thông"); None otherwise."""
    words = form.split()
    if len(words) < 2 or not words[-1][:1].islower() or not words[-2][:1].isupper() or known(form):
        return None
    rest = " ".join(words[:-1])
    if not any(known(" ".join(words[i:-1])) for i in range(len(words) - 1)):
        return None
    text = vi.doc.text
    together = re.compile(rf"(?<!\w){re.escape(words[-2].lower())}[ \u00a0]+{re.escape(words[-1])}(?!\w)")
    if together.search(text):
        return None
    occurrences = vi.find(form)
    if not occurrences:
        return None
    for o in occurrences:
        syllable = text.rfind(words[-1], o.start, o.end)
        if syllable < 0 or _verb_start().match(text, syllable) is None:
            return None
    return rest
