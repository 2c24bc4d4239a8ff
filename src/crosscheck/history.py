"""Reading the stories as they were at a git commit, for `crosscheck drift`.

The gate on claims catches a version that disagrees with its claims; an edit made to one
version only, in a story nobody re-claims, needs the history: what each version said at
the base commit. Git is only read (``rev-parse``, ``merge-base``, ``diff --name-only``,
``ls-files``, ``show``), with ``GIT_OPTIONAL_LOCKS=0`` so that not even the index's stat
cache is rewritten; seeds and claims are never written. Everything that can go wrong
(no git, not a repository, a bad ref, a version missing at the base) is one
`CrosscheckError` line naming the problem and the fix.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from crosscheck.drift import DriftRow, drift
from crosscheck.errors import CrosscheckError, SeedError
from crosscheck.inputs import format_of, parse_version, read_version
from crosscheck.text import Document

# Where the default base comes from: the fork point from the main line, else the last commit.
MAIN_LINES = ("origin/main", "origin/master", "main", "master")


class GitError(CrosscheckError):
    """Git missing, not a repository, or a base that names no commit."""


def git(root: Path, *args: str) -> bytes:
    """The output of a read-only git command run in `root`; a GitError if it fails."""
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, env=env, check=False)
    except FileNotFoundError:
        raise GitError(
            "git", "not found; install git (e.g. `apt-get install git`) to compare with a commit"
        ) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        command = next((a for a in args if not a.startswith("-") and "=" not in a), "")
        raise GitError(f"git {command}", message[-1] if message else f"failed (exit {done.returncode})")
    return done.stdout


def toplevel(cwd: Path) -> Path:
    try:
        return Path(git(cwd, "rev-parse", "--show-toplevel").decode().strip())
    except GitError as error:
        if error.path == "git":
            raise
        where = "is not inside a git repository; run drift from the repository's working tree"
        raise GitError(str(cwd), where) from None


@dataclass(frozen=True)
class Base:
    ref: str  # as named, or how it was chosen ("merge-base HEAD origin/main")
    commit: str

    @property
    def short(self) -> str:
        return self.commit[:7]

    def __str__(self) -> str:
        return f"{self.ref} ({self.short})" if self.ref != self.commit else self.short


def resolve_base(root: Path, ref: str | None) -> Base:
    """The commit to compare with: `ref`, or the fork point from the main line, or HEAD~1."""
    if ref is not None:
        if ref.startswith("-") or not ref.strip():
            raise GitError(ref or "''", "is not a ref; name a branch, tag or commit as the base")
        commit = _commit(root, ref)
        if commit is None:
            raise GitError(ref, "names no commit of this repository; "
                           "name a branch, tag or commit as the base (see `git log --oneline`)")  # fmt: skip
        return Base(ref, commit)
    for line in MAIN_LINES:
        if _commit(root, line) is not None:
            try:
                commit = git(root, "merge-base", "HEAD", line).decode().strip()
            except GitError:
                continue
            return Base(f"merge-base HEAD {line}", commit)
    commit = _commit(root, "HEAD~1")
    if commit is None:
        raise GitError(str(root), "has no base to compare with (no main line, no HEAD~1); pass --base REF")
    return Base("HEAD~1", commit)


def _commit(root: Path, ref: str) -> str | None:
    try:
        return (
            git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
            .decode()
            .strip()
        )
    except GitError:
        return None


def changed(root: Path, base: Base, paths: list[str]) -> set[str]:
    """Which of `paths` (relative to the root) differ between the base and the working
    tree, untracked files included."""
    if not paths:
        return set()
    quoted = ("-c", "core.quotepath=off")
    diff = git(root, *quoted, "diff", "--no-ext-diff", "--name-only", "-z", base.commit, "--", *paths)
    new = git(root, *quoted, "ls-files", "--others", "--exclude-standard", "-z", "--", *paths)
    return {p for p in (diff + new).decode("utf-8", "replace").split("\0") if p}


def read_at(root: Path, base: Base, path: str) -> bytes | None:
    """A file's bytes at the base commit, or None if it did not exist there."""
    listed = git(root, "ls-tree", "-z", "--name-only", base.commit, "--", path)
    if not listed.strip(b"\0"):
        return None
    return git(root, "show", f"{base.commit}:{path}")


def document(data: bytes, lang: str, shown: str) -> Document:
    """A version read from git, decoded as `seeds.read_seed` decodes a file."""
    try:
        return Document.from_text(data.decode("utf-8-sig"), lang, shown)
    except UnicodeDecodeError as error:
        raise SeedError(
            shown, f"is not UTF-8 (byte offset {error.start}); choose a base where it is"
        ) from None


def _version_at(data: bytes, story: Story, lang: str, shown: str) -> Document:
    path = story.seeds[lang]
    if format_of(path, story.input_format) == "text":
        return document(data, lang, shown)
    return parse_version(data, path, lang, shown, story.input_format)


# --- stories ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Story:
    id: str
    seeds: dict[str, Path]  # lang -> the seed file in the working tree
    dateline: date | None = None
    claims: tuple[Any, ...] = ()  # crosscheck.claims.Claim, to name the claim a change touches
    input_format: str | None = None  # [story] format; else each seed's extension says it


def stories(root: Path, paths: list[Path]) -> list[Story]:
    """The stories named by claims files, folders of them, seed folders (en.txt + vi.txt)
    or folders of seed folders; by default those in claims/ and seeds/ at the root."""
    named = bool(paths)
    if not named:
        paths = [p for p in (root / "claims", root / "seeds") if p.is_dir()]
    found: dict[tuple[Path, Path], Story] = {}
    for path in paths:
        listed = _stories_at(path)
        if named and not listed:
            raise CrosscheckError(
                str(path), "holds no claims file (*.toml) and no seed folder (en.txt + vi.txt); name one"
            )
        for story in listed:
            found.setdefault((story.seeds["en"].resolve(), story.seeds["vi"].resolve()), story)
    if not found:
        raise CrosscheckError(
            str(root), "has no story in claims/ or seeds/; name claims files or seed folders"
        )
    return list(found.values())


def _stories_at(path: Path) -> list[Story]:
    from crosscheck.claims import load

    if path.is_file():
        story = load(path, str(path))
        return [Story(story.id, dict(story.seeds), story.dateline, story.claims, story.input_format)]
    if not path.is_dir():
        raise CrosscheckError(str(path), "not found; name a claims file, a seed folder or a folder of them")
    if (path / "en.txt").exists() and (path / "vi.txt").exists():
        return [Story(path.name, {"en": path / "en.txt", "vi": path / "vi.txt"})]
    out = [s for claims in sorted(path.glob("*.toml")) for s in _stories_at(claims)]
    for folder in sorted(p for p in path.iterdir() if p.is_dir()):
        if (folder / "en.txt").exists() and (folder / "vi.txt").exists():
            out += _stories_at(folder)
    return out


# --- the check ----------------------------------------------------------------------------


@dataclass
class Report:
    base: Base
    checked: list[str] = field(default_factory=list)  # stories whose seeds changed
    rows: list[DriftRow] = field(default_factory=list)

    @property
    def drifted(self) -> bool:
        return any(r.status == "drift" for r in self.rows)


def check(paths: list[Path], ref: str | None, cwd: Path) -> Report:
    """Every story with seed changes since the base, its changes judged by `drift.drift`."""
    root = toplevel(cwd)
    base = resolve_base(root, ref)
    listed = stories(root, paths)
    relative = {s.id: {lang: _relative(seed, root) for lang, seed in s.seeds.items()} for s in listed}
    touched = changed(root, base, sorted({p for seeds in relative.values() for p in seeds.values()}))
    report = Report(base)
    for story in listed:
        seeds = relative[story.id]
        if not touched & set(seeds.values()):
            continue
        report.checked.append(story.id)
        report.rows += story_drift(root, base, story, seeds)
    return report


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise CrosscheckError(
            str(path), f"is outside the repository ({root}); keep seeds inside it"
        ) from None


def story_drift(root: Path, base: Base, story: Story, seeds: dict[str, str]) -> list[DriftRow]:
    """One story's drift rows; one "new" row when its versions did not exist at the base."""
    before = {lang: read_at(root, base, path) for lang, path in seeds.items()}
    if all(data is None for data in before.values()):
        note = f"new story: {seeds['en']} and {seeds['vi']} are not at {base}; nothing to compare"
        return [DriftRow(story.id, "", "", None, None, None, None, None, None, "new", None, note)]
    for lang, data in before.items():
        if data is None:
            other = seeds["vi" if lang == "en" else "en"]
            fix = "drift compares both versions' edits: pass --base REF naming a commit that has both"
            raise CrosscheckError(seeds[lang], f"is not at {base} while {other} is; {fix}")
    # Each version read as the gate reads it (a web page, a Word file, a translation file),
    # then and now, so an edit is a change of the text a reader sees, not of its markup.
    old = {lang: _version_at(data or b"", story, lang, f"{seeds[lang]} at {base.short}")
           for lang, data in before.items()}  # fmt: skip
    new = {lang: read_version(story.seeds[lang], lang, seeds[lang], story.input_format) for lang in seeds}
    dateline = story.dateline
    if dateline is None:
        from crosscheck.propose import find_dateline

        dateline = find_dateline(new["en"])
    return drift(old["en"], new["en"], old["vi"], new["vi"], dateline, story=story.id, claims=story.claims)
