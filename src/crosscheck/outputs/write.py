"""Writing a report file (SARIF, HTML, JSON) without ever touching the inputs.

The gate reads seeds and claims and never writes them: an output path that names one, by
mistake or through a symlink, is refused with one line saying so. What counts as an
input: the seeds and claims files of the stories at hand, and any existing file that is
a claims or gate file (``*.toml``) or a version (``en.txt``, ``vi.txt``) or lies in a
``seeds/``, ``claims/`` or ``checks/`` folder (or a story's folder under ``seeds/``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from crosscheck.errors import CrosscheckError

INPUT_NAMES = ("en.txt", "vi.txt")
INPUT_FOLDERS = ("seeds", "claims", "checks")


def refuse_input(path: Path, inputs: Iterable[Path] = ()) -> None:
    """Raise a CrosscheckError when `path` resolves to an input of crosscheck's."""
    target = path.resolve()
    known = {p.resolve() for p in inputs}
    looks_like_input = target.exists() and (
        target.suffix == ".toml"
        or target.name in INPUT_NAMES
        or target.parent.name in INPUT_FOLDERS
        or target.parent.parent.name == "seeds"  # seeds/<story>/...
    )
    if target in known or looks_like_input:
        raise CrosscheckError(str(path), "is an input of crosscheck (a seed, claims or gate file); "
                              "write the report elsewhere, e.g. -o crosscheck-report.html")  # fmt: skip


def write(path: Path, text: str, inputs: Iterable[Path] = ()) -> None:
    """Write an output file, refusing inputs; an OS error is one line, not a traceback."""
    refuse_input(path, inputs)
    try:
        if path.parent != Path(""):
            path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CrosscheckError(str(path), f"cannot write the report here ({error.strerror}); "
                              "choose another path") from None  # fmt: skip
