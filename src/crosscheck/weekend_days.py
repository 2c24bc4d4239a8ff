"""A weekend counted in days: "over its first weekend" is "trong hai ngày cuối tuần đầu tiên".

A weekend is two days, Saturday and Sunday, so a version may name its length ("hai ngày
cuối tuần", "the two-day weekend", "two weekend days") where the other only names the
weekend. The two days are that weekend's only when the weekend word follows them in their
own version; three days before "cuối tuần" is a long weekend, not what "weekend" says.
The words are each language's `weekend_words`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from crosscheck.figures import Amount
from crosscheck.kinds import Mention
from crosscheck.lang import alternation, words_pattern
from crosscheck.lang import get as get_language
from crosscheck.text import Document, Place

WEEKEND = "the two days of a weekend the other version names"
# (Saturday and Sunday: the days a weekend has, in both languages' press)
WEEKEND_DAYS = Decimal(2)


def weekend_places(doc: Document) -> list[Place]:
    """Where a version names a weekend ("last weekend", "cuối tuần")."""
    return [doc.place(m.start()) for m in words_pattern(doc.lang, "weekend_words").finditer(doc.text)]


def weekend_length(mention: Mention, text: str, lang: str) -> bool:
    """Whether a duration states a weekend's two days: two days, no qualifier, the weekend
    word right after them ("hai ngày cuối tuần", "2-day weekend", "two weekend days")."""
    value = mention.value
    if not (isinstance(value, Amount) and value.unit == "day" and value.qualifier is None):
        return False
    if value.value != WEEKEND_DAYS:
        return False
    words = get_language(lang).weekend_words
    after = re.compile(rf"[\s\u00a0-]*(?:{alternation(words)})(?!\w)", re.IGNORECASE)
    return after.match(text, mention.end) is not None
