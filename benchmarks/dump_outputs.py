"""Every development document's compare rows and propose draft, as JSON lines.

    PYTHONHASHSEED=0 python benchmarks/dump_outputs.py > after.jsonl

A speed change must not change a result on real text: run this at the commit before
the change (in a `git worktree`, with its own `src` first on PYTHONPATH) and after it,
with the same PYTHONHASHSEED, and diff the two files; they must be identical.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from crosscheck.align import compare
from crosscheck.propose import find_dateline, propose
from crosscheck.text import Document

CORPUS = Path("/work/shared/corpus")
SETS = ("ntrex-en-vi-dev", "flores200-en-vi-devtest", "xquad-en-vi")


def folders(sets: tuple[str, ...]) -> list[Path]:
    return [d for name in sets for d in sorted((CORPUS / name).iterdir()) if (d / "en.txt").is_file()]


def dump(folder: Path, with_propose: bool) -> dict[str, object]:
    texts = {lang: (folder / f"{lang}.txt").read_text(encoding="utf-8") for lang in ("en", "vi")}
    docs = [Document.from_text(text, lang) for lang, text in texts.items()]
    dateline = find_dateline(docs[0])
    result = compare(docs[0], docs[1], dateline)
    out: dict[str, object] = {
        "doc": f"{folder.parent.name}/{folder.name}",
        "rows": [r.as_dict() for r in result.rows],
        "mentions": result.mentions,
        "lone_names": result.lone_names,
    }
    if with_propose:
        out["propose"] = propose(docs[0], docs[1], dateline, Path("claims/draft.toml"), folder.name)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--no-propose", action="store_true")
    args = parser.parse_args()
    for folder in folders(tuple(args.sets.split(","))):
        print(json.dumps(dump(folder, not args.no_propose), ensure_ascii=False, default=str, sort_keys=True))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
