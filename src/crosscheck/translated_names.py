"""Names translated between English and Vietnamese, not spelled alike: where they come from.

`compare` pairs a name of one version with a name of the other when their keys agree,
when one is the Hán-Việt reading of the other, or when one is a known translation of
the other (`forms`). The translations come from four sources, each with provenance:

- CLDR through Babel (Unicode licence): territory, language, currency and city names.
  A language name also pairs its people's adjective with the country ("Turkish" with
  "Thổ Nhĩ Kỳ", from "tiếng Thổ Nhĩ Kỳ"), since the Vietnamese says "người Thổ Nhĩ Kỳ";
- `data/glossary.toml`, kept by the project, each entry citing its source;
- the claims files of the repository (`claims/*.toml` under the working directory's
  repository): a pair a newsroom has confirmed in a name claim once is known from then on;
- word-by-word rules for institutions: Ministry of X = Bộ X, Department of X = Sở X (or
  Bộ X, a federal department), University of X and X University = Đại học X, National X
  Center = Trung tâm X Quốc gia, ... where X is a field of the glossary or a name kept or
  translated itself.

Everything is read on first use: importing this module loads nothing.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections import defaultdict
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

from crosscheck.text import word_key


def _key(name: str) -> str:
    return " ".join(word_key(w) for w in re.findall(r"[^\W_]+", name))


def forms(name: str) -> frozenset[str]:
    """The other language's forms of a name, from every source.

    >>> sorted(forms("Ministry of Industry and Trade"))
    ['Bộ Công Thương']
    >>> "Sức mạnh Dinh dưỡng" in forms("The Power of Nutrition")
    True
    """
    return _forms(name, os.getcwd())


@lru_cache(maxsize=1 << 16)  # compare asks for each run of each document; bounded for archives
def _forms(name: str, cwd: str) -> frozenset[str]:
    key = _key(name)
    found = set(_table().get(key, ()))
    if not found and name.endswith("s") and name[:1].isupper():  # Americans, Canadians
        found = set(_table().get(_key(name[:-1]), ())) | _demonym(name[:-1])
    found |= _repository_table(cwd).get(key, set())
    found |= _institution(name)
    found |= _demonym(name)
    return frozenset(found)


# English adjectives of peoples and places, by their endings: Canadian, Afghan, Nepalese,
# Argentine, Swiss. The Vietnamese writes the place ("người Canada", "Afghanistan").
_DEMONYM = re.compile(r"(?:ian|an|ese|ine|ish|i|ic)$")


def _demonym(name: str) -> set[str]:
    """The Vietnamese names of the place an English adjective of origin points to:
    the territories and names whose English name starts with the adjective's stem."""
    if " " in name or not name[:1].isupper() or not _DEMONYM.search(name):
        return set()
    stem = _DEMONYM.sub("", name)
    if len(stem) < 4:
        return set()
    return set(_places_by_stem().get(stem[:4].casefold(), {}).get(stem.casefold(), ()))


@cache
def _places_by_stem() -> dict[str, dict[str, frozenset[str]]]:
    """Place names of CLDR, in English, by their first four letters; each with every
    prefix of five letters or more of its name (a stem looks its place up)."""
    from babel import Locale

    en, vi = Locale("en"), Locale("vi")
    index: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for code, vi_name in vi.territories.items():
        en_name = en.territories.get(code)
        if not en_name or " " in en_name or not code.isalpha():
            continue
        folded = en_name.casefold()
        for end in range(4, len(folded) + 1):
            index[folded[:4]][folded[:end]].add(vi_name)
    return {k: {p: frozenset(v) for p, v in d.items()} for k, d in index.items()}


@cache
def _table() -> dict[str, frozenset[str]]:
    """CLDR and the glossary, both directions."""
    pairs = _cldr_pairs() + _glossary_pairs()
    table: dict[str, set[str]] = defaultdict(set)
    for en, vi in pairs:
        if _key(en) != _key(vi):
            table[_key(en)].add(vi)
            table[_key(vi)].add(en)
    return {k: frozenset(v) for k, v in table.items()}


def _cldr_pairs() -> list[tuple[str, str]]:
    from babel import Locale

    en, vi = Locale("en"), Locale("vi")
    pairs: list[tuple[str, str]] = []
    for code, vi_name in vi.territories.items():
        if code in en.territories:
            pairs.append((en.territories[code], vi_name))
    for code, vi_name in vi.languages.items():
        en_name = en.languages.get(code)
        if en_name:
            pairs.append((en_name, vi_name))
            # The people's adjective names the country in Vietnamese: Turkish, Thổ Nhĩ Kỳ.
            country = re.sub(r"^[Tt]iếng\s+", "", vi_name)
            if country != vi_name:
                pairs.append((en_name, country))
    for code, vi_name in vi.currencies.items():
        if code in en.currencies:
            pairs.append((en.currencies[code], vi_name))
    for zone, names in vi.time_zones.items():
        city = names.get("city")
        if city and "/" in zone:
            pairs.append((zone.rsplit("/", 1)[1].replace("_", " "), city))
    return pairs


def _glossary() -> dict[str, list[dict[str, object]]]:
    text = files("crosscheck").joinpath("data", "glossary.toml").read_text(encoding="utf-8")
    data: dict[str, list[dict[str, object]]] = tomllib.loads(text)
    return data


def _glossary_pairs() -> list[tuple[str, str]]:
    return [(str(e["en"]), str(vi)) for e in _glossary().get("name", []) for vi in e["vi"]]  # type: ignore[attr-defined]


@cache
def _fields() -> dict[str, tuple[str, ...]]:
    return {_key(str(e["en"])): tuple(e["vi"]) for e in _glossary().get("field", [])}  # type: ignore[arg-type]


@cache
def _repository_table(cwd: str) -> dict[str, set[str]]:
    """Name pairs confirmed in the claims files of the repository around `cwd`."""
    from crosscheck.claims import repository_root
    from crosscheck.kinds import NAME_KINDS

    table: dict[str, set[str]] = defaultdict(set)
    folder = repository_root(Path(cwd)) / "claims"
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else ():
        try:
            claims = tomllib.loads(path.read_text(encoding="utf-8")).get("claim", [])
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue  # a broken claims file is the gate's to report, not this table's
        for claim in claims if isinstance(claims, list) else ():
            if not isinstance(claim, dict) or claim.get("kind") not in NAME_KINDS:
                continue
            en, vi = _strings(claim.get("en")), _strings(claim.get("vi"))
            for e in en:
                for v in vi:
                    if _key(e) != _key(v):
                        table[_key(e)].add(v)
                        table[_key(v)].add(e)
    return table


def _strings(value: object) -> list[str]:
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [v for v in items if isinstance(v, str) and v.strip()]


# Heads of institutions' names: English written before its field ("Ministry of X") or
# after it ("X University"), and the Vietnamese head, always first.
_BEFORE = {
    "ministry": ("Bộ",),
    "minister": ("Bộ trưởng",),
    "department": ("Sở", "Bộ"),
    "university": ("Đại học", "Trường Đại học"),
    "institute": ("Viện",),
    "academy": ("Học viện", "Viện Hàn lâm"),
    "bank": ("Ngân hàng",),
    "college": ("Cao đẳng", "Trường Cao đẳng"),
    "museum": ("Bảo tàng",),
    "office": ("Văn phòng",),
    "committee": ("Ủy ban",),
    "council": ("Hội đồng",),
    "association": ("Hiệp hội",),
    "federation": ("Liên đoàn",),
    "organization": ("Tổ chức",),
    "organisation": ("Tổ chức",),
    "party": ("Đảng",),
    "centre": ("Trung tâm",),
    "center": ("Trung tâm",),
    "agency": ("Cơ quan",),
    "festival": ("Lễ hội",),
    "hospital": ("Bệnh viện",),
    "court": ("Tòa án",),
    "fund": ("Quỹ",),
    "union": ("Liên minh", "Liên đoàn", "Công đoàn"),
    "group": ("Tập đoàn", "Nhóm"),
    "company": ("Công ty",),
    "corporation": ("Tập đoàn", "Tổng công ty"),
}
_NATIONAL = ("Quốc gia",)


def _institution(name: str) -> set[str]:
    """Word-by-word forms: Ministry of Industry and Trade = Bộ Công Thương,
    Harvard University = Đại học Harvard, National Hurricane Center = Trung tâm ... Quốc gia."""
    words = name.split()
    if len(words) < 2:
        return set()
    if words[0].lower() == "the":
        words = words[1:]
    national = words[0].lower() == "national" and len(words) > 2
    if national:
        words = words[1:]
    out: set[str] = set()
    head = words[0].lower()
    if head in _BEFORE and len(words) > 2 and words[1].lower() == "of":
        field = " ".join(words[2:])
        for vi_head in _BEFORE[head]:
            out |= {f"{vi_head} {x}" for x in _field_forms(field)}
    tail = words[-1].lower()
    if tail in _BEFORE and len(words) > 1:
        field = " ".join(words[:-1])
        for vi_head in _BEFORE[tail]:
            out |= {f"{vi_head} {x}" for x in _field_forms(field)}
    if national:
        out = {f"{form} {_NATIONAL[0]}" for form in out}
    return out


def _field_forms(field: str) -> set[str]:
    """What X may be in Vietnamese: a field of the glossary, a known name, or X itself
    when it is a proper name kept as it is (Harvard, Tokyo)."""
    key = _key(field)
    found = set(_fields().get(key, ()))
    found |= set(_table().get(key, ()))
    if field[:1].isupper() and not found:
        found.add(field)
    return found
