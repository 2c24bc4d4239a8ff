"""Every reader pattern compiled with a start set (`regex_starts.skipping`) against the same
pattern compiled by `re.compile`, on every development document in both languages.

    python benchmarks/start_sets.py [SET ...]

Prints one line per pattern whose matches differ (there must be none) and a last line:
patterns checked, documents, matches compared, and the share of text positions where the
engine still enters its matcher (a position whose character is in the start set) against
every position before. The readers' patterns are collected by reading each document once,
so that every pattern built on first use is there.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from crosscheck.extract import extract
from crosscheck.regex_starts import made, sre, start_set
from crosscheck.text import Document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SETS = ("ntrex-en-vi-dev", "flores200-en-vi-devtest", "xquad-en-vi")
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_NOT_WORD: r"\W",
}  # fmt: skip


def as_class(items: list[tuple[Any, Any]]) -> re.Pattern[str]:
    """A start set as an ordinary character class, to count the positions it lets through."""
    parts: list[str] = []
    for op, av in items:
        if op is sre.NEGATE:
            parts.insert(0, "^")
        elif op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        else:
            parts.append(_CATEGORIES[av])
    return re.compile(f"[{''.join(parts)}]")


def spans(matches: Any) -> list[tuple[int, int, tuple[str | Any, ...]]]:
    """Matches as they compare: where each is and what its groups hold."""
    return [(*m.span(), m.groups()) for m in matches]


def corpus_documents(sets: list[str]) -> list[Document]:
    """Both versions of every document of the sets, each read once, so that every reader's
    pattern is built before the comparison."""
    docs = [
        Document.from_text((d / f"{lang}.txt").read_text(encoding="utf-8"), lang)
        for name in sets
        for d in sorted((CORPUS / name).iterdir())
        if (d / "en.txt").is_file()
        for lang in ("en", "vi")
    ]
    for doc in docs:
        extract(doc, None)
    return docs


def main(sets: list[str]) -> int:
    docs = corpus_documents(sets)
    patterns = made()
    differ = compared = tried = positions = 0
    for pattern in patterns:
        plain = re.compile(pattern.pattern, pattern.flags)
        items = start_set(pattern.pattern, pattern.flags)
        starts = as_class(items) if items is not None else None
        for doc in docs:
            found = spans(pattern.finditer(doc.text))
            if found != spans(plain.finditer(doc.text)):
                differ += 1
                print(f"differ: {pattern.pattern[:100]!r} on a {doc.lang} document")
            compared += len(found)
            positions += len(doc.text)
            tried += len(doc.text) if starts is None else len(starts.findall(doc.text))
    print(f"start sets: {len(patterns)} patterns on {len(docs)} documents, {compared} matches compared, "
          f"{differ} differ; the engine enters its matcher at {tried / max(positions, 1):.1%} of positions "
          "(100% before)")  # fmt: skip
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(SETS)))
