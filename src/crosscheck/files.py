"""Opening an input file (a seed, a claims file, the gate file) without hanging or crashing.

Only regular files are read. A FIFO blocks `open()` until something writes to it and a
character device such as /dev/zero never ends, so the file type is checked before the
file is opened, and again on the open descriptor (the path may have changed in
between; the open itself is non-blocking so a FIFO swapped in cannot hang it). The size
is checked before reading: nothing larger than `MAX_BYTES` is read at all.

Operating-system errors are put in plain words with the fix, one line, by their class
(permission denied, name too long, a symlink loop...), never as a traceback.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from crosscheck.errors import CrosscheckError

# 32 MiB: a news story is a few hundred kilobytes; a whole book fits. The hostile
# benchmarks go to 10 MB, so the limit keeps them readable while /dev/zero-sized input
# is refused before a byte is read.
MAX_BYTES = 32 * 1024 * 1024

_TYPES = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_type(mode: int) -> str | None:
    """What a non-regular, non-directory file is, in words; None for a regular file."""
    for test, words in _TYPES:
        if test(mode):
            return words
    return None if stat.S_ISREG(mode) else "not a regular file"


def os_problem(error: OSError | ValueError | RuntimeError) -> str:
    """An error from the operating system (or from a path it cannot take) in plain words.

    >>> os_problem(PermissionError(errno.EACCES, "Permission denied"))
    'permission denied; give your user read access (chmod) or run as its owner'
    """
    if isinstance(error, ValueError):  # "embedded null byte"
        return "the path holds a NUL character; remove it from the path"
    if isinstance(error, RuntimeError):  # pathlib's "Symlink loop from ..."
        return "is a symlink loop; point the link at a real file"
    code = error.errno
    if code in (errno.EACCES, errno.EPERM):
        return "permission denied; give your user read access (chmod) or run as its owner"
    if code == errno.ENAMETOOLONG:
        return "the path or one of its names is longer than the system allows; shorten it"
    if code == errno.ELOOP:
        return "is a symlink loop; point the link at a real file"
    if code == errno.ENOENT:
        return "not found; check the path"
    if code == errno.ENOTDIR:
        return "a folder in the path is a file; check the path"
    if code == errno.EISDIR:
        return "is a directory; name a file"
    if code == errno.ENOSPC:
        return "no space left on the device; free some space or write elsewhere"
    if code == errno.EROFS:
        return "is on a read-only file system; write elsewhere"
    if code == errno.EILSEQ:
        return "the name is not valid on this file system; use another name"
    words = os.strerror(code) if code else str(error)
    return f"cannot be used ({words}); check the path"


def culprit(error: OSError | RuntimeError | ValueError) -> str | None:
    """The path an OS error (or pathlib's "Symlink loop from '...'") names, if it names one."""
    if isinstance(error, OSError) and error.filename is not None:
        return os.fsdecode(error.filename)
    found = re.search(r"from '(.*)'$", str(error)) if isinstance(error, RuntimeError) else None
    return found.group(1) if found else None


def read_bytes(
    path: Path,
    shown: str,
    error: type[CrosscheckError] = CrosscheckError,
    *,
    missing: str = "not found; check the path",
    folder: str = "name a file",
) -> bytes:
    """The bytes of a regular file of at most `MAX_BYTES`, or `error` naming `shown`.

    `missing` is the message for a path that does not exist, `folder` the fix given when
    the path is a directory.
    """
    try:
        before = os.stat(path)
    except FileNotFoundError:
        raise error(shown, missing) from None
    except (OSError, ValueError) as problem:
        raise error(shown, os_problem(problem)) from None
    _check_type(before.st_mode, shown, error, folder)
    _check_size(before.st_size, shown, error)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError) as problem:
        raise error(shown, os_problem(problem)) from None
    try:
        opened = os.fstat(fd)
        _check_type(opened.st_mode, shown, error, folder)
        _check_size(opened.st_size, shown, error)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as problem:
        raise error(shown, os_problem(problem)) from None
    finally:
        os.close(fd)
    _check_size(len(data), shown, error)  # a file that grew while it was read
    return data


def _check_type(mode: int, shown: str, error: type[CrosscheckError], folder: str) -> None:
    if stat.S_ISDIR(mode):
        raise error(shown, f"is a directory; {folder}")
    kind = file_type(mode)
    if kind is not None:
        raise error(shown, f"is {kind}, not a regular file; name a text file")


def _check_size(size: int, shown: str, error: type[CrosscheckError]) -> None:
    if size > MAX_BYTES:
        raise error(shown, f"is larger than {MAX_BYTES // (1024 * 1024)} MiB ({size:,} bytes); "
                    "split it, or check that it is the right file")  # fmt: skip
