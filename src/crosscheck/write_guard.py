"""The one way crosscheck writes a file: never onto an input, never through a link.

`safe_write(path, text)` is for every output: `propose -o`, `--crosscheck-json`, the
GitHub step summary, and any report added later (SARIF, HTML). `check_output(path)`
checks a path without writing, to refuse a bad one before a long run. Refused, with or
without ``--force``, and each with one line naming the path and the fix:

- a path that resolves to a seed, a claims file or the gate file: any existing file that
  a claims file of the repository names as a version, any file under ``seeds/``, any
  ``crosscheck.toml``, and any TOML file with a ``[story]`` table, unless it still begins
  with the header `propose` writes (an unreviewed draft may be replaced with --force);
- a symlink, dangling or not (the link would decide where the bytes go);
- a directory, a FIFO, a device (/dev/full) or a socket;
- a name that is not valid UTF-8 or holds a NUL, a parent that is a file, a folder one
  cannot write to (the operating system's errors, in plain words).

The file is opened with O_NOFOLLOW (and O_EXCL unless it may be replaced), so a link
swapped in after the check is not followed either. Text is written as UTF-8.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from crosscheck.errors import CrosscheckError
from crosscheck.files import MAX_BYTES, file_type, os_problem

DRAFT_HEADER = "# Draft claims written by `crosscheck propose`"
GATE_NAME = "crosscheck.toml"
_SKIP = {".git", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache", ".ruff_cache"}
_STORY = re.compile(r"^[ \t]*\[[ \t]*[\"']?story[\"']?[ \t]*\]", re.M)
_MAX_TOML = 2000  # claims files looked at for the seeds they name; a repository has a few dozen


class OutputError(CrosscheckError):
    """An output path crosscheck must not, or cannot, write."""


def check_output(
    path: Path, shown: str | None = None, *, force: bool = False, append: bool = False, parents: bool = True
) -> None:
    """Raise OutputError when writing `path` would touch an input or cannot work.

    `force` allows replacing an existing file that is no input; `append` adds to one;
    `parents` allows creating the missing folders above it.
    """
    shown = shown if shown is not None else str(path)
    _check_name(path, shown)
    try:
        info = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):  # the latter: a file where a folder should be
        _check_parent(path, shown, parents)
        return
    except (OSError, ValueError) as error:
        raise OutputError(shown, _write_problem(error)) from None
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(shown, "is a symlink; outputs are never written through links, name a real file")
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(shown, "is a directory; name a file in it")
    kind = file_type(info.st_mode)
    if kind is not None:
        raise OutputError(shown, f"is {kind}, not a regular file; name a file")
    what = input_kind(path, info)
    if what is not None:
        raise OutputError(shown, f"is {what}; crosscheck never writes its inputs, even with --force: "
                          "write elsewhere, e.g. claims/draft.toml")  # fmt: skip
    if not force and not append:
        raise OutputError(shown, "exists; choose another path or pass --force to overwrite it")


def safe_write(
    path: Path,
    text: str,
    shown: str | None = None,
    *,
    force: bool = False,
    append: bool = False,
    parents: bool = True,
) -> None:
    """Write (or append) `text` as UTF-8 to `path` after `check_output` (same options)."""
    shown = shown if shown is not None else str(path)
    check_output(path, shown, force=force, append=append, parents=parents)
    flags = os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    flags |= os.O_APPEND if append else (os.O_TRUNC if force else os.O_EXCL)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, flags, 0o644)
    except (OSError, ValueError) as error:
        raise OutputError(shown, _write_problem(error)) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else since the check
            raise OutputError(shown, "is not a regular file; name a file")
        data = text.encode("utf-8", "backslashreplace")
        while data:
            data = data[os.write(fd, data) :]
    except OSError as error:
        raise OutputError(shown, _write_problem(error)) from None
    finally:
        os.close(fd)


def input_kind(path: Path, info: os.stat_result | None = None) -> str | None:
    """What input of crosscheck an existing file is ("a seed", ...), or None."""
    info = info or os.stat(path)
    target = path.parent.resolve() / path.name
    if target.name == GATE_NAME:
        return "the gate file"
    if _is_claims_file(target):
        return "a claims file"
    root = _repository_root(target.parent)
    if root is not None and target.is_relative_to(root / "seeds"):
        return "a seed (it lies under seeds/)"
    if (info.st_dev, info.st_ino) in _seed_ids(root or target.parent, recursive=root is not None):
        return "a seed (a claims file names it)"
    return None


def _check_name(path: Path, shown: str) -> None:
    text = str(path)
    if "\0" in text:
        raise OutputError(shown, "the path holds a NUL character; remove it")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise OutputError(shown, "the name is not valid UTF-8; use a UTF-8 name") from None
    if not path.name:
        raise OutputError(shown, "names a folder, not a file; add a file name")


def _check_parent(path: Path, shown: str, parents: bool) -> None:
    """The nearest existing folder above `path` is a folder (not a file); its own, unless `parents`."""
    for folder in path.absolute().parents:
        try:
            info = os.stat(folder)
        except FileNotFoundError:
            if not parents:
                raise OutputError(
                    shown, f"folder {folder} does not exist; create it or name another"
                ) from None
            continue
        except OSError as error:
            raise OutputError(shown, _write_problem(error)) from None
        if not stat.S_ISDIR(info.st_mode):
            raise OutputError(shown, f"{folder} is a file, not a folder; choose another path")
        return


def _write_problem(error: OSError | ValueError) -> str:
    if isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied; choose a folder you can write to"
    if isinstance(error, OSError) and error.errno == errno.ELOOP:  # O_NOFOLLOW met a link
        return "is a symlink; outputs are never written through links, name a real file"
    return os_problem(error)


def _repository_root(folder: Path) -> Path | None:
    for parent in (folder, *folder.parents):
        try:
            if (parent / "pyproject.toml").exists() or (parent / ".git").exists():
                return parent
        except OSError:
            return None
    return None


def _head(path: Path, size: int = 1 << 16) -> str:
    try:
        with open(path, "rb") as handle:
            return handle.read(size).decode("utf-8-sig", "replace")
    except OSError:
        return ""


def _is_claims_file(path: Path, drafts: bool = False) -> bool:
    """A TOML file with a [story] table; an unreviewed draft of `propose` only if `drafts`."""
    if path.suffix != ".toml":
        return False
    head = _head(path)
    if head.startswith(DRAFT_HEADER) and not drafts:
        return False
    return _STORY.search(head) is not None  # even one quoted in a string: refusing too much is safe


def _toml_files(root: Path, recursive: bool) -> Iterator[Path]:
    """The TOML files under a repository's root; outside one, beside `root` and one level up."""
    count = 0
    walk = os.walk(root) if recursive else ((str(f), [], _names(f)) for f in _near(root))
    for folder, dirs, names in walk:
        dirs[:] = [d for d in dirs if d not in _SKIP and not d.startswith(".")]
        for name in names:
            if name.endswith(".toml"):
                count += 1
                if count > _MAX_TOML:
                    return
                yield Path(folder) / name


def _names(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


def _near(folder: Path) -> Iterator[Path]:
    """`folder` and its parent's other folders (claims/ beside seeds/), for a file outside a repository."""
    yield folder
    try:
        yield from (p for p in folder.parent.iterdir() if p.is_dir() and p != folder)
    except OSError:
        return


def _seed_ids(root: Path, recursive: bool) -> set[tuple[int, int]]:
    """(device, inode) of every seed that a claims file under `root` names: links and hard links too."""
    import tomllib

    ids: set[tuple[int, int]] = set()
    for toml in _toml_files(root, recursive):
        try:
            if not _is_claims_file(toml, drafts=True) or toml.stat().st_size > MAX_BYTES:
                continue
            story = tomllib.loads(toml.read_text(encoding="utf-8-sig")).get("story", {})
        except (OSError, ValueError, RecursionError):
            continue  # a broken claims file names no seed that can be read either
        for lang in ("en", "vi"):
            raw = story.get(lang) if isinstance(story, dict) else None
            if isinstance(raw, str):
                try:
                    seed = os.stat(toml.parent / raw)
                except (OSError, ValueError):
                    continue
                ids.add((seed.st_dev, seed.st_ino))
    return ids
