"""Every reader pattern scanned by words (`scanning.scan`) against the engine's own scan
(`pattern.finditer`), on every development document in both languages, and on all of
them joined into one long text.

    python benchmarks/word_scan.py [SET ...]

Prints one line per pattern whose matches differ (there must be none) and a last line:
patterns the word scan applies to (of all the readers compiled), documents, matches
compared, and the share of the text's positions where it tries a pattern (the words it
can open with) against the positions where the engine enters its matcher (the start
set's characters). The word scan is forced on every document here, however short
(`tries=0`); `crosscheck` itself uses it only on texts of `scanning.LONG` characters.
"""

from __future__ import annotations

import sys

from crosscheck.figures import _pattern as figure_pattern
from crosscheck.regex_starts import made, start_set
from crosscheck.scanning import openings, positions, scan
from start_sets import SETS, as_class, corpus_documents, spans


def main(sets: list[str]) -> int:
    docs = corpus_documents(sets)  # (every reader's pattern built)
    readers = list(dict.fromkeys([figure_pattern("en"), figure_pattern("vi"), *made()]))
    patterns = [p for p in readers if openings(p) is not None]
    texts = [doc.text for doc in docs]
    texts.append("\n\n".join(texts))  # one long text as well (the words shared by every pattern)
    differ = compared = tried = entered = 0
    for pattern in patterns:
        opening = openings(pattern)
        assert opening is not None
        starts = start_set(pattern.pattern, pattern.flags)
        chars = as_class(starts) if starts else None
        for text in texts:
            ours, theirs = spans(scan(pattern, text, opening, tries=0)), spans(pattern.finditer(text))
            compared += len(theirs)
            if ours != theirs:
                differ += 1
                print(f"differs: {pattern.pattern[:100]!r} on a text of {len(text)} characters")
            if text is texts[-1]:
                tried += len(positions(text, opening))
                entered += len(chars.findall(text)) if chars else len(text)
    share = tried / entered if entered else 0.0
    print(f"word scan: {len(patterns)} of {len(readers)} patterns, {len(docs)} documents and their join, "
          f"{compared} matches compared, {differ} differ; words tried at {share:.1%} of the positions "
          "the engine enters")  # fmt: skip
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(SETS)))
