"""Parts a version adds up to a total it states: "20 năm tù về tội giết người và 3 năm tù
về tội tàng trữ vũ khí, tổng hợp hình phạt là 23 năm tù" against "a combined 23 years in
prison". The English gives the total only; the parts restate it in detail.

The evidence: a word of total before the figure ("tổng", "tổng cộng", "tổng hợp hình phạt
là", "a combined", "in total", "a total of"), and two or more figures of the same kind and
unit just before it in the same sentence that add up to it exactly. Each part then restates
the total (`restated`): once the total found its counterpart, the parts are no facts of
their own. Parts that do not add up stay figures, and flag.
"""

from __future__ import annotations

import re
from decimal import Decimal

from crosscheck.figures import Amount
from crosscheck.kinds import Mention
from crosscheck.text import Document

PARTS_OF_TOTAL = "a part of a total stated beside it"

_S = r"[\s\u00a0]+"
_TOTAL_BEFORE = re.compile(
    rf"(?<!\w)(?i:tổng(?:{_S}(?:cộng|số|hợp(?:{_S}hình{_S}phạt)?))?(?:{_S}(?:là|lên{_S}tới|lên))?"
    rf"|a{_S}combined|a{_S}total{_S}of|totall?ing|in{_S}total)(?:{_S}|:{_S}?)$"
)
_SENTENCE_END = re.compile(r"[.!?;][\s\u00a0]")
_SUMMED = ("duration", "quantity", "money", "count")


def _amount(m: Mention) -> Amount | None:
    value = m.value
    return value if isinstance(value, Amount) and value.qualifier is None else None


def summed_parts(doc: Document, mentions: list[Mention]) -> dict[int, tuple[str, int | None]]:
    """Each part that adds up with the parts before it to a total the sentence states, by
    id, with the note and the id of the total."""
    found: dict[int, tuple[str, int | None]] = {}
    text = doc.text
    for i, total in enumerate(mentions):
        whole = _amount(total)
        if whole is None or total.kind not in _SUMMED:
            continue
        if not _TOTAL_BEFORE.search(text, max(0, total.start - 32), total.start):
            continue
        parts: list[Mention] = []
        for m in reversed(mentions[:i]):
            if _SENTENCE_END.search(text, m.end, total.start):
                break
            amount = _amount(m)
            if m.kind != total.kind or amount is None or amount.unit != whole.unit:
                continue
            parts.append(m)
            if len(parts) >= 2 and sum((_value(p) for p in parts), Decimal(0)) == whole.value:
                found.update({id(p): (PARTS_OF_TOTAL, id(total)) for p in parts})
                break
    return found


def _value(m: Mention) -> Decimal:
    amount = _amount(m)
    return amount.value if amount is not None else Decimal(0)
