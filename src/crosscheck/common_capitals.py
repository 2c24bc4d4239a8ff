"""Capitals of common things drafted as names: units after their figures, common nouns'
initials.

A run of capitals both versions copy is paired as one name, and "DNA", "HD", "Mbit" are
drafted beside "FBI" and "NASA". What says a capitalised token is a common thing and no
name, from the document and a list the project keeps:

- the document writes it as a unit: glued to a figure or before a slash ("600Mbit/giây",
  "10 Gbit/s"), or after a figure at every mention ("50 Hertz", "2.4 Ghz"), or it is a
  unit word either language's reader knows;
- it is a member of Congress's party and state in brackets ("(R-Arizona)");
- it is the initials of a common thing the project lists (data/common_capitals.txt:
  "DNA", "HIV", "GDP", "HD", "TV", a firm's legal suffix "Inc"), two or more of them
  joined by slashes ("HIV/AIDS"), or the initials of lower-case words the text writes
  just before it ("personal online data ... or PODs").

A form the project knows as a name (CLDR, the glossary, the claims files) stays a name
whatever stands around it, and so does a run of more than one word.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9+&-]{1,6}")
_SLASHED = re.compile(r"[A-Za-z][A-Za-z0-9-]{1,6}(?:/[A-Za-z][A-Za-z0-9-]{1,6})+")
_UNIT_SHAPE = re.compile(r"[A-Za-z]{1,5}")
# "(R-Arizona)", "D-Calif.": the party and state after a member of Congress's name.
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][a-z.]+(?: [A-Z][a-z]+)?")


@cache
def _listed() -> frozenset[str]:
    text = resources.files("crosscheck").joinpath("data/common_capitals.txt").read_text(encoding="utf-8")
    return frozenset(
        line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _mentions(form: str, text: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"(?<![\w&+-]){re.escape(form)}s?(?![\w&+-])", text))


def _as_unit(form: str, texts: list[str], unit_words: frozenset[str]) -> bool:
    if not _UNIT_SHAPE.fullmatch(form):
        return False
    if form in unit_words:
        return True
    mentions = [
        (text, m) for text in texts for m in re.finditer(rf"(?<![A-Za-z]){re.escape(form)}(?![\w&+-])", text)
    ]
    glued = any(
        text[max(0, m.start() - 1) : m.start()].isdigit() or text[m.end() : m.end() + 1] == "/"
        for text, m in mentions
    )
    after_figure = bool(mentions) and all(
        re.search(r"\d[\s\u00a0]$", text[max(0, m.start() - 2) : m.start()]) for text, m in mentions
    )
    return glued or after_figure


def _spelled_before(form: str, texts: list[str]) -> bool:
    """Lower-case words whose initials spell the form, just before one of its mentions."""
    letters = [c.lower() for c in form if c.isalpha()]
    if len(letters) < 3:
        return False
    pattern = re.compile(
        r"(?<![\w-])"
        + r"[\s\u00a0,-]+".join(rf"{c}[a-z]*" if c.isalpha() else c for c in letters)
        + r"(?![\w-])"
    )
    for text in texts:
        for m in _mentions(form, text):
            window = text[max(0, m.start() - 120) : m.start()]
            if pattern.search(window):
                return True
    return False


def why_common(form: str, texts: list[str], unit_words: frozenset[str], known: bool) -> str | None:
    """Why a drafted name's form is a common thing and no name, or None (`texts`: the
    English first, then the Vietnamese)."""
    if known:
        return None
    if _PARTY_STATE.fullmatch(form) and all(
        text[max(0, m.start() - 1) : m.start()] in ("(", ",")
        or text[max(0, m.start() - 2) : m.start()] == ", "
        for text in texts[:1]  # the English's, where the brackets are the press's convention
        for m in _mentions(form, text)
    ):
        return "a member of Congress's party and state"
    if not (_TOKEN.fullmatch(form) or _SLASHED.fullmatch(form)):
        return None
    if _as_unit(form, texts, unit_words):
        return "a unit after its figure"
    if form in _listed():
        return "the initials of a common thing (data/common_capitals.txt)"
    if "/" in form and all(part in _listed() for part in form.split("/")):  # "HIV/AIDS"
        return "the initials of common things joined by a slash (data/common_capitals.txt)"
    if form.isupper() and _spelled_before(form, texts):
        return "the initials of the lower-case words before it"
    return None
