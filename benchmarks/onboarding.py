"""What onboarding a story costs: REVIEW items per draft, names left lone, names drafted.

    python benchmarks/onboarding.py ../shared/corpus [--names names.tsv [--sample SEED]]
        [--seed-claims claims/x.toml] [--gate]

Over every document of the development sets (a folder of sets, or one set): `propose`'s
draft, counting its claims and those marked REVIEW; `compare`'s names, counting the name
runs left lone (no counterpart in the other version) against all name runs; and, with
``--names``, every Vietnamese name the draft writes (one a line: document, name), for a
hand-checked sample of drafted names (see benchmarks/README.md), and with ``--sample SEED``
the sample itself, drawn the same way every round. With ``--seed-claims``,
the share of a hand-written claims file's facts (kind and value, or a name's forms) that
the draft of the same story holds.
"""

from __future__ import annotations

import argparse
import tomllib
from collections import Counter
from pathlib import Path

from crosscheck.align import compare
from crosscheck.claims import load
from crosscheck.propose import find_dateline, propose
from crosscheck.seeds import read_seed
from crosscheck.text import Document

ROOT = Path(__file__).resolve().parents[1]


def folders(root: Path) -> list[Path]:
    if (root / "en.txt").exists():
        return [root]
    found = [d for d in sorted(root.iterdir()) if (d / "en.txt").exists() and (d / "vi.txt").exists()]
    return found or [d for sub in sorted(root.iterdir()) if sub.is_dir() for d in folders(sub)]


def draft_claims(en: Document, vi: Document) -> list[dict[str, object]]:
    return draft_tables(en, vi)[0]


def draft_tables(en: Document, vi: Document) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The draft's claims and its waivers (lone runs not known as names, marked REVIEW)."""
    text = propose(en, vi, find_dateline(en), ROOT / "claims" / "draft.toml")
    data = tomllib.loads(text)
    return data.get("claim", []), data.get("waiver", [])


def is_review(claim: dict[str, object]) -> bool:
    marked = any(str(claim.get(k, "")).startswith("REVIEW") for k in ("reason", "waived"))
    return marked or str(claim.get("note", "")).startswith("SUSPECTED")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--names", type=Path, help="write every drafted Vietnamese name here")
    parser.add_argument("--seed-claims", type=Path, help="a hand-written claims file to count facts against")
    parser.add_argument("--gate", action="store_true", help="also check each draft (fails only on suspects?)")
    parser.add_argument("--sample", type=int, metavar="SEED", help="with --names, write a sample to label")
    args = parser.parse_args()
    docs = folders(args.corpus)
    counts: Counter[str] = Counter()
    names: list[tuple[str, str]] = []
    for d in docs:
        en = Document.from_text((d / "en.txt").read_text(encoding="utf-8"), "en")
        vi = Document.from_text((d / "vi.txt").read_text(encoding="utf-8"), "vi")
        result = compare(en, vi, find_dateline(en))
        counts["runs"] += sum(len(r) for r in result.runs.values())
        counts["lone"] += sum(len(v) for v in result.lone_names.values())
        claims, waivers = draft_tables(en, vi)
        if args.gate:
            counts["drafts failing the gate"] += gate_fails(d)
        counts["claims"] += len(claims)
        counts["review"] += sum(1 for c in claims if is_review(c))
        # A lone run left out of the claims is still a REVIEW item: a waiver to confirm.
        marked = [w for w in waivers if str(w.get("reason", "")).startswith("REVIEW")]
        counts["review"] += len(marked)
        counts["why: lone run, not known as a name: REVIEW waiver"] += len(marked)
        counts["review waivers, vi"] += sum(1 for w in marked if w.get("lang") == "vi")
        for c in claims:
            if is_review(c):
                why = str(c.get("reason") or c.get("waived") or c.get("note"))
                counts["why: " + why.split("(")[0].split(",")[0].removeprefix("REVIEW: ")[:40]] += 1
        for c in claims:
            if (
                c["kind"] in ("person", "place", "organization", "term")
                and "vi" in c
                and not str(c["id"]).startswith("list-")
            ):
                names += [(f"{d.parent.name}/{d.name}", str(form)) for form in c["vi"]]  # type: ignore[attr-defined]
    n = len(docs)
    print(f"documents: {n}")
    print(f"draft claims: {counts['claims']} ({counts['claims'] / n:.2f} per document)")
    print(f"REVIEW items: {counts['review']} ({counts['review'] / n:.2f} per document)")
    print(f"name runs in compare: {counts['runs']}, left lone: {counts['lone']} "
          f"({100 * counts['lone'] / max(counts['runs'], 1):.1f} %)")  # fmt: skip
    print(f"Vietnamese names drafted: {len(names)}")
    print(f"Vietnamese runs left out of the claims as REVIEW waivers: {counts['review waivers, vi']}")
    if args.gate:
        print(f"drafts failing the gate (suspected discrepancies aside): {counts['drafts failing the gate']}")
    for key, value in sorted(counts.items()):
        if key.startswith("why: "):
            print(f"  {value / n:6.2f} per document  {key[5:]}")
    if args.names:
        args.names.write_text("".join(f"{doc}\t{name}\n" for doc, name in names), encoding="utf-8")
        if args.sample is not None:
            write_sample(names, args.sample, args.names.with_suffix(f".sample{args.sample}.tsv"))
    if args.seed_claims:
        seed_facts(args.seed_claims)


def write_sample(names: list[tuple[str, str]], seed: int, path: Path) -> None:
    """240 drafted names drawn as the hand-checked samples were (`random.seed(seed)`, then
    `random.sample` of the list), each with its part: "held" for the third of documents
    whose sha256("corpus/document") % 3 == 0 (labelled last, once), else "dev"; the label
    column is left empty for the reader (see benchmarks/names_checked_r4.tsv)."""
    import hashlib
    import random

    random.seed(seed)
    lines = []
    for i, (doc, name) in enumerate(random.sample(names, 240)):
        held = int(hashlib.sha256(doc.encode()).hexdigest(), 16) % 3 == 0
        lines.append(f"{i}\t{'held' if held else 'dev'}\t\t{doc}\t{name}\n")
    path.write_text("".join(lines), encoding="utf-8")


def gate_fails(folder: Path) -> int:
    """1 when the draft of a document fails the gate other than on a suspected discrepancy:
    a draft must pass on the texts it came from, its suspects aside (unreviewed claims warn)."""
    import os
    import shutil
    import tempfile

    from crosscheck.engine import check

    os.environ["CROSSCHECK_UNREVIEWED"] = "warn"
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        (root / "pyproject.toml").write_text("")
        for lang in ("en", "vi"):
            shutil.copy(folder / f"{lang}.txt", root / f"{lang}.txt")
        en, vi = (read_seed(root / f"{lang}.txt", lang, str(root / f"{lang}.txt")) for lang in ("en", "vi"))
        out = root / "draft.toml"
        text = propose(en, vi, find_dateline(en), out)
        out.write_text(text, encoding="utf-8")
        suspects = {c["id"] for c in tomllib.loads(text).get("claim", []) if "SUSPECTED" in c.get("note", "")}
        try:
            report = check(load(out))
        except Exception as error:  # a benchmark reports every kind of failure and goes on
            print(f"  {folder.name}: {error}")
            return 1
    bad = [r.claim.id for r in report.results if r.failed and r.claim.id not in suspects]
    unexplained = sum(len(v) for v in report.unexplained.values())
    if bad or unexplained:
        print(f"  {folder.name}: failing {bad}, {unexplained} unexplained")
    return int(bool(bad or unexplained))


def seed_facts(path: Path) -> None:
    """How many of a hand-written file's claims the draft of its story holds."""
    story = load(path)
    en, vi = (read_seed(story.seeds[lang], lang, str(story.seeds[lang])) for lang in ("en", "vi"))
    drafted = load_draft(en, vi, story.dateline, path)
    held = [c for c in story.claims if any(_same(c, d) for d in drafted)]
    print(f"hand-written claims held by the draft: {len(held)} of {len(story.claims)}")
    for c in story.claims:
        if c not in held:
            print(f"  not drafted: {c.id} [{c.kind}]")


def load_draft(en: Document, vi: Document, dateline: object, path: Path) -> list[object]:
    """The draft, read back as claims, written in a scratch repository (never in claims/)."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        (root / "pyproject.toml").write_text("")
        for lang, doc in (("en", en), ("vi", vi)):
            shutil.copy(doc.path, root / f"{lang}.txt")
        copies = [read_seed(root / f"{lang}.txt", lang, str(root / f"{lang}.txt")) for lang in ("en", "vi")]
        out = root / "draft.toml"
        out.write_text(propose(copies[0], copies[1], dateline, out), encoding="utf-8")  # type: ignore[arg-type]
        return list(load(out).claims)


def _same(hand: object, draft: object) -> bool:
    from crosscheck import kinds

    h, d = hand, draft
    if h.is_name:  # type: ignore[attr-defined]
        hand_forms = {f.casefold() for lang in ("en", "vi") for f in h.wordings[lang]}  # type: ignore[attr-defined]
        draft_forms = {f.casefold() for lang in ("en", "vi") for f in d.wordings[lang]}  # type: ignore[attr-defined]
        return d.is_name and bool(hand_forms & draft_forms)  # type: ignore[attr-defined]
    if h.kind != d.kind:  # type: ignore[attr-defined]
        return False
    try:
        return bool(kinds.equal(h.kind, h.value, d.value))  # type: ignore[attr-defined]
    except (TypeError, ValueError, AttributeError):
        return False


if __name__ == "__main__":
    main()
