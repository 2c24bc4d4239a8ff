"""One error class for everything a user can get wrong, with the place and the fix.

`str(error)` is one line: ``claims/story.toml:14:9: unknown kind 'monney'; did you mean
'money'?``. The CLI prints it and exits 2; the pytest plugin shows it as a failed
collection item. Nothing else of crosscheck's is meant to escape to the user.
"""

from __future__ import annotations


class CrosscheckError(ValueError):
    """Bad input: a claims file or a seed that cannot be used as it is."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None):
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        place = self.path
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return f"{place}: {self.message}"


class ClaimsError(CrosscheckError):
    """A claims file that does not parse or does not make sense."""


class SeedError(CrosscheckError):
    """A seed file that is missing or cannot be read as text."""
