"""What money, percent, quantity, duration and count share: a claim value is written the
way an English text would write it ("US$41.6 billion", "about 39.1%", "26 years", "2"),
and read with the same figure reader the documents are read with."""

from __future__ import annotations

from crosscheck.figures import Amount, find_phrases


def parse_amount(raw: object, kind: str) -> Amount:
    from crosscheck.extract import classify

    text = str(raw).strip()
    phrases = find_phrases(text, "en")
    if len(phrases) != 1 or phrases[0].end - phrases[0].start != len(text):
        raise ValueError(
            f"{text!r} is not one {kind} figure; write it as English would, e.g. {EXAMPLES[kind]}"
        )
    amount = phrases[0].amounts[0]
    if classify(amount) != kind:
        raise ValueError(
            f"{text!r} reads as a {classify(amount)}, not a {kind}; write it like {EXAMPLES[kind]}"
        )
    return amount


def same_figure(a: Amount, b: Amount) -> bool:
    """Same qualifier, same unit and the same number once scale words are applied."""
    return a.qualifier == b.qualifier and a.unit == b.unit and a.value == b.value


EXAMPLES = {
    "money": '"US$41.6 billion"',
    "percent": '"about 39.1%"',
    "quantity": '"5 miles"',
    "duration": '"26 years"',
    "count": '"2" or "over 100"',
}
