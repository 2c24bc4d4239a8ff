"""Which lone Vietnamese names `propose` drafts as claims, and which it leaves to a reader.

A Vietnamese name with no counterpart in the English is the weakest thing a draft holds:
on the hand-checked samples of issue 12 only about two thirds of them are real names
(a common noun capitalised, "Biên tập Âm thanh"; a piece or a cut, "Chiến tranh Thế
giới" of "... Thứ nhất"; a head in front, "Thông tấn xã Associated Press"), against
nine in ten of the names both versions hold. Capitals do not sort them: Vietnamese
capitalises a name's first syllables only, and the press capitalises common nouns too.

So a lone Vietnamese run is drafted as a name claim only when the project knows it as a
name from a source with provenance (CLDR, the glossary, the repository's claims files,
the institution rules, the Hán-Việt aliases: `translated_names.forms`). Every other one
is not hidden: `propose` writes it as a ``[[waiver]]`` whose reason starts with REVIEW, so
it is `unreviewed` (failing in CI) until a person either rewrites the reason (no claim
needed: not a name) or turns it into a one-sided claim (a name only in Vietnamese).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path


def known(form: str) -> bool:
    """Whether the project knows this Vietnamese run as a name, from a source it cites:
    a translation (`translated_names.forms`), a Hán-Việt alias, or a name claim of the
    repository's claims files, one-sided ones included (a newsroom confirmed it once).

    >>> known("Bồ Đào Nha"), known("Biên tập Âm thanh")
    (True, False)
    """
    from crosscheck.lang import zh
    from crosscheck.translated_names import _key, forms

    return bool(forms(form) or zh.alias_forms(form)) or _key(form) in _claimed(os.getcwd())


@lru_cache(maxsize=8)
def _claimed(cwd: str) -> frozenset[str]:
    """The keys of every form of every name claim in the claims files around `cwd`."""
    from crosscheck.claims import repository_root
    from crosscheck.kinds import NAME_KINDS
    from crosscheck.translated_names import _key, _strings

    folder = repository_root(Path(cwd)) / "claims"
    keys: set[str] = set()
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else ():
        try:
            claims = tomllib.loads(path.read_text(encoding="utf-8")).get("claim", [])
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue  # a broken claims file is the gate's to report
        for claim in claims if isinstance(claims, list) else ():
            if isinstance(claim, dict) and claim.get("kind") in NAME_KINDS:
                keys |= {_key(f) for lang in ("en", "vi") for f in _strings(claim.get(lang))}
    return frozenset(keys)


def drafted_alone(lang: str, forms: Sequence[str]) -> bool:
    """Whether a name run found only in one version is drafted as a one-sided claim.

    English runs are (English capitalises every word of a name, and its lone runs are
    read as before); a Vietnamese run only when one of its forms is known.

    >>> drafted_alone("en", ["Sound Editing"]), drafted_alone("vi", ["Biên tập Âm thanh"])
    (True, False)
    >>> drafted_alone("vi", ["Hy Lạp"])
    True
    """
    return lang != "vi" or any(known(form) for form in forms)
