"""Reading a TOML input (a claims file or the gate file) safely, with one-line errors.

The bytes come through `crosscheck.files` (regular files of bounded size only). Before
tomllib sees the text, `crosscheck.toml_layout` measures how deeply it nests and looks
for numbers of thousands of digits: tomllib would recurse until Python's stack runs out,
or stop on Python's limit for converting long digit strings, and neither says where.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from crosscheck.errors import CrosscheckError
from crosscheck.files import read_bytes
from crosscheck.sniff import looks_binary, not_text
from crosscheck.toml_layout import layout

# A claims file nests three levels at most (a list of strings in a claim in the list of
# claims); 32 leaves room and stays far below Python's recursion limit.
MAX_DEPTH = 32


def read_toml(path: Path, shown: str, error: type[CrosscheckError], what: str, folder: str) -> str:
    """The text of a TOML file; `what` names it in messages ("a claims file")."""
    data = read_bytes(path, shown, error, missing=f"{what.removeprefix('a ').removeprefix('the ')} not found",
                      folder=folder)  # fmt: skip
    found = not_text(data)
    if found is not None:
        raise error(shown, found.fix(shown))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        if looks_binary(data):
            raise error(shown, f"is binary, not {what}; name the .toml file") from None
        line = data[: problem.start].count(b"\n") + 1
        raise error(shown, f"is not UTF-8 (byte offset {problem.start}); save it as UTF-8", line) from None


def parse_toml(source: str, shown: str, error: type[CrosscheckError]) -> dict[str, Any]:
    """The data of a TOML text, or `error` with the line where it cannot be read."""
    found = layout(source)
    if found.depth > MAX_DEPTH:
        raise error(shown, f"arrays or inline tables nested more than {MAX_DEPTH} deep; "
                    "flatten them (a claims file needs three levels)", found.deepest_line)  # fmt: skip
    if found.long_number_line is not None:
        raise error(shown, "a number of thousands of digits; no figure has that many, so check it",
                    found.long_number_line)  # fmt: skip
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as problem:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(problem))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(problem))
        line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        raise error(shown, f"TOML syntax error: {message}; fix the TOML there", line, col) from None
    except RecursionError:  # nesting the layout scan did not see (it is a best effort)
        raise error(shown, "nested too deeply to read; flatten its arrays and tables") from None
    except ValueError:  # Python's limit on converting long digit strings to int
        raise error(shown, "a number of thousands of digits; no figure has that many, so check it") from None
