"""REVIEW as a state the gate knows: a drafted claim nobody has read yet.

`crosscheck propose` marks what a person must decide with a reason (or a waiver) that
starts with ``REVIEW``. Such a claim is `unreviewed` in the table, whatever the texts say,
until someone rewrites the reason in their own words: a draft committed unread must not
give a green gate.

Where it fails: in CI (the ``CI`` environment variable set, as GitHub Actions, GitLab and
most CI services do) an unreviewed claim fails the gate, so a draft can never be merged
unread. A plain local run only warns: an editor working through a fresh draft wants to
see the real discrepancies fail while the review items are still being read, and a local
run merges nothing. ``CROSSCHECK_UNREVIEWED=fail`` (or ``warn``) overrides both.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

MARK = "REVIEW"
STATUS = "unreviewed"
POLICY_VARIABLE = "CROSSCHECK_UNREVIEWED"


def is_marked(text: str | None) -> bool:
    """A reason or waiver left as `propose` wrote it.

    >>> is_marked("REVIEW: found only in vi"), is_marked("The English leaves it out.")
    (True, False)
    """
    return text is not None and text.lstrip().startswith(MARK)


def fails(environ: Mapping[str, str] | None = None) -> bool:
    """Whether an unreviewed claim fails the gate here (see the module's docstring).

    >>> fails({"CI": "true"}), fails({}), fails({"CI": "true", "CROSSCHECK_UNREVIEWED": "warn"})
    (True, False, False)
    """
    env = os.environ if environ is None else environ
    chosen = env.get(POLICY_VARIABLE, "").strip().lower()
    if chosen in ("fail", "warn"):
        return chosen == "fail"
    return env.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def warning_line(where: str, claim_id: str, reason: str) -> str:
    """What a local run says of an unreviewed claim instead of failing."""
    return (
        f"{where}: {claim_id} is unreviewed ({reason}); read it, then rewrite the reason in your own "
        f"words (CI fails on it)"
    )
