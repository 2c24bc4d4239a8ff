"""The last reading of a draft's name claims, all of them together, before they are written.

`propose` drafts a name claim from each pair of runs and each lone run it keeps. Read one
by one, some are not names; read against the others and both texts, they show it (issue
12, the eighth round; each class in its own module, each tested in tests/test_names_s8.py):

1. a piece of a longer name the document writes whole (`name_pieces`): the whole is kept;
2. two names joined, or an institution's head word in front of a name the English writes
   bare (`name_heads`): the names are drafted as both versions write them;
3. a unit after its figure or a common thing's initials (`common_capitals`): waived with
   why, in each version, not claimed;
4. capitals of a title-case line or a quotation's first word, paired by place or by
   nothing (`headline_words`): left to a reader as a REVIEW waiver.

The ninth round (tests/test_names_s9.py) adds to class 1 a piece both versions write only
inside longer runs of capitals that no drafted whole holds (`_held_pieces`), and

5. a person's honorific or a party's head in front of the name (`honorifics`): cut off,
   waived inside its wording, the person drafted.

The tenth round (tests/test_names_s10.py) adds

6. the proper part of a phrase whose Vietnamese head is lower case (`lower_heads`): a
   place's whole name is drafted ("sân vận động Etihad" = "Etihad Stadium"), a term's
   part ("Higgs" of "cơ chế Higgs") is left to a reader as a REVIEW waiver;
7. a run that swallowed the clause's verb after a known name (`name_verbs`: "Hoàng gia
   Anh hứa"): cut before the verb, the verb waived inside the run's wording;
8. a Vietnamese copy of an English word the English also writes in lower case
   and capitalises only inside longer runs or at a sentence's start (`written_lower`:
   "Weather" of "National Weather Service"): a REVIEW waiver in each version;
9. an office's firm or place joined to its holder (`joined_offices`: "Microsoft Satya
   Nadella" of "Microsoft CEO Satya Nadella", "Puntland Abdiweli Mohamed Ali" after
   "President of"): the person drafted, or the run left to a reader.

Nothing is hidden: what leaves the claims is a waiver the gate reads, or stays covered
by the longer claim that holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crosscheck.common_capitals import why_common
from crosscheck.headline_words import says_nothing
from crosscheck.honorifics import head_and_person, honorifics
from crosscheck.lone_evidence import known
from crosscheck.name_heads import head_and_name, joined_parts
from crosscheck.name_pieces import holders, piece_wholes
from crosscheck.names import NameIndex, Occurrence, name_key, near_misses
from crosscheck.text import Document

Fields = dict[str, Any]
REVIEW = "REVIEW"


def refine(
    names: list[Fields | None],
    docs: dict[str, Document],
    indexes: dict[str, NameIndex],
    waiver: Callable[[Fields], None],
    runs: dict[str, dict[str, list[Occurrence]]] | None = None,
) -> None:
    """Read the held name claims in place: a claim is edited, or set to None when left out.
    `runs` are `compare`'s name runs of each version, by key (the longer names a piece may
    sit inside)."""
    from crosscheck.engine import _times_named
    from crosscheck.lang import get as get_language

    texts = [docs["en"].text, docs["vi"].text]
    changed: set[int] = set()
    units = frozenset(get_language("en").units) | frozenset(get_language("vi").units)
    near = _near(names, indexes)
    officers: set[str] = set()
    for n, fields in enumerate(names):
        if fields is None or not fields.get("vi"):
            continue
        if any(name_key(f) in near for lang in ("en", "vi") for f in fields.get(lang, [])):
            continue  # the gate reads it as a near miss of a claimed name unless it is claimed
        if _common(fields, texts, units, docs, waiver):
            names[n] = None
            continue
        if _headline(fields, docs, indexes, waiver):
            changed.add(n)
        if _heads_and_joins(fields, docs, waiver):
            changed.add(n)
        if _honorific(fields, names, waiver):
            changed.add(n)
        if _verb_cut(fields, indexes["vi"], waiver):
            changed.add(n)
        if _office(fields, docs, indexes, waiver):
            if not fields.get("vi"):
                names[n] = None
                continue
            changed.add(n)
            # the person, cut from its firm, is no piece of the run it was cut from
            officers.update(name_key(f) for f in fields["vi"])
    _pieces(names, docs, indexes, changed, near)
    if runs is not None:
        _held_pieces(names, docs, indexes, runs, changed, near | officers, waiver)
    _lower_heads(names, docs, indexes, changed, near, waiver)
    for n, fields in enumerate(names):  # after the pieces: "Company" is "Three's Company" now
        if fields is None or not fields.get("vi"):
            continue
        if any(name_key(f) in near for lang in ("en", "vi") for f in fields.get(lang, [])):
            continue
        if runs is not None and _written_lower(fields, docs, indexes, runs, waiver):
            names[n] = None
    for n in changed:
        fields = names[n]
        if fields is None:
            continue
        others = {
            f for k, other in enumerate(names) if other is not None and k != n for f in other.get("en", [])
        }
        if not fields.get("vi") and set(fields.get("en", [])) <= others:
            names[n] = None  # its English is claimed by the whole it was a piece of
            continue
        if not fields.get("vi"):
            fields.pop("vi", None)
            fields["value"] = fields["en"][0]
            fields["only"] = "en"
            fields["reason"] = f"{REVIEW}: a name only in en; claim its translation or keep it one-sided"
            fields.pop("waived", None)
        else:
            fields["value"] = fields["vi"][0]
        fields["occurs"] = {
            lang: _times_named(indexes[lang], fields[lang]) for lang in ("en", "vi") if fields.get(lang)
        }


def _near(names: list[Fields | None], indexes: dict[str, NameIndex]) -> set[str]:
    """The keys of capitalised words one letter from a held claim's form ("DNA" beside
    "DNAs", "King" beside "Ying"): left as they are, never dropped."""
    from crosscheck.engine import _function_word_keys

    near: set[str] = set()
    for lang in ("en", "vi"):
        forms = sorted({f for fields in names if fields is not None for f in fields.get(lang, [])})
        # (no form counted as claimed: a word that is one of them may be about to leave)
        misses = near_misses(indexes[lang], forms, frozenset(), _function_word_keys(lang))
        near |= {name_key(m.occurrence.text) for m in misses}
    return near


def _where(doc: Document, spans: list[tuple[int, int]]) -> str:
    lines = sorted({doc.line_of(start) for start, _ in spans})
    return f"{doc.lang} line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines[:5]))}"


def _common(
    fields: Fields,
    texts: list[str],
    units: frozenset[str],
    docs: dict[str, Document],
    waiver: Callable[[Fields], None],
) -> bool:
    """Class 3: every form of the claim one token, a unit or a common thing's initials."""
    forms = {f for lang in ("en", "vi") for f in fields.get(lang, [])}
    stems = {f.removesuffix("s") if f[:-1].isupper() else f for f in forms}
    if len(stems) != 1:
        return False
    (form,) = stems
    why = why_common(form, texts, units, known(form))
    if why is None:
        return False
    for lang in ("en", "vi"):
        for text in sorted(set(fields.get(lang, []))):
            spans = [(i, i + len(text)) for i in _find_all(docs[lang].text, text)]
            where = _where(docs[lang], spans) if spans else lang
            waiver({"lang": lang, "text": text, "reason": f"{why} ({where}), not a name"})
    return True


def _find_all(text: str, form: str) -> list[int]:
    out, at = [], text.find(form)
    while at >= 0:
        out.append(at)
        at = text.find(form, at + 1)
    return out


def _paired_weakly(fields: Fields) -> bool:
    """Drafted from a pairing by place or by part, or from one version only."""
    return "only" in fields or str(fields.get("reason", "")).startswith(f"{REVIEW}: paired by")


def _headline(
    fields: Fields, docs: dict[str, Document], indexes: dict[str, NameIndex], waiver: Callable[[Fields], None]
) -> bool:
    """Class 4: Vietnamese forms found only in title-case lines or opening a quotation."""
    if not _paired_weakly(fields):
        return False
    vi = docs["vi"]
    empty = [
        form
        for form in fields["vi"]
        if not known(form)
        and says_nothing(vi.text, [(o.start, o.end) for o in indexes["vi"].find(form)], form)
    ]
    if not empty:
        return False
    for form in empty:
        spans = [(o.start, o.end) for o in indexes["vi"].find(form)]
        waiver(
            {
                "lang": "vi",
                "text": form,
                "reason": f"{REVIEW}: capitals of a title-case line or a quotation's first word "
                f"({_where(vi, spans)}), no evidence of a name; a name: make it a one-sided claim; "
                "not a name: say so here",
            }
        )
    fields["vi"] = [f for f in fields["vi"] if f not in empty]
    if fields.get("only") == "vi" and not fields["vi"]:
        fields.pop("en", None)
    return True


def _heads_and_joins(fields: Fields, docs: dict[str, Document], waiver: Callable[[Fields], None]) -> bool:
    """Class 2: "X thuộc Y" and cited "X & Y" as two names; a head word before a bare name."""
    vi = docs["vi"]
    out: list[str] = []
    edited = False
    for form in fields["vi"]:
        parts = None if known(form) else joined_parts(form, vi.text)  # "Guiana thuộc Pháp": one name
        if parts is not None:
            first, second = parts
            out.append(first)
            spans = [(i, i + len(form)) for i in _find_all(vi.text, form)]
            waiver(
                {
                    "lang": "vi",
                    "text": second,
                    "reason": f"{REVIEW}: the second of two names joined in '{form}' ({_where(vi, spans)}); "
                    "a name: make it a claim; not a name: say so here",
                }
            )
            edited = True
            continue
        headed = head_and_name(form, list(fields.get("en", [])))
        if headed is not None:
            head, name = headed
            out.append(name)
            waiver(
                {
                    "lang": "vi",
                    "text": head,
                    "wording": form,
                    "reason": f"the head word of '{form}', whose name the English writes bare, not a name",
                }
            )
            edited = True
            continue
        out.append(form)
    if edited:
        fields["vi"] = list(dict.fromkeys(out))
    return edited


def _pieces(
    names: list[Fields | None],
    docs: dict[str, Document],
    indexes: dict[str, NameIndex],
    changed: set[int],
    near: set[str],
) -> None:
    """Class 1: a Vietnamese form only ever written inside a longer name: the whole is kept."""
    from crosscheck.lang import get as get_language

    vi, en = indexes["vi"], indexes["en"]
    titles = (
        frozenset(
            w
            for lang in ("en", "vi")
            for w in (
                *get_language(lang).titles,
                *(t for p in get_language(lang).person_titles for t in p.split()),
            )
        )
        | honorifics()
    )  # "Lord Byron" is no whole of "Byron" (class 5)
    # The longer names a piece may be kept inside: those of claims paired row by row (a
    # run paired by place, by part or with nothing may itself carry a head or a title).
    drafted = {
        f
        for fields in names
        if fields is not None and not _paired_weakly(fields)
        for f in fields.get("vi", [])
    }
    for n, fields in enumerate(names):
        if fields is None or not fields.get("vi"):
            continue
        kept: list[str] = []
        if any(name_key(f) in near for lang in ("en", "vi") for f in fields.get(lang, [])):
            continue
        for form in fields["vi"]:
            longer = sorted(f for f in drafted if len(f) > len(form))
            wholes = piece_wholes(form, vi, docs["en"].text, longer, titles, known)
            if wholes is None:
                kept.append(form)
                continue
            changed.add(n)
            drafted.discard(form)
            fresh = [w for w in dict.fromkeys(wholes) if w not in drafted]
            kept += fresh
            drafted.update(fresh)
            _english_wholes(fields, form, wholes, en)
        fields["vi"] = list(dict.fromkeys(kept))


def _english_wholes(fields: Fields, form: str, wholes: list[str], en: NameIndex) -> None:
    """The English form spelled as the piece gives way to the wholes it writes, where every
    English occurrence of it sits inside one of them ("Nord Stream" of "Nord Stream 2")."""
    english = list(fields.get("en", []))
    if form not in english:
        return
    inside = [(o.start, o.end) for w in set(wholes) for o in en.find(w) if w != form]
    occurrences = en.find(form)
    if not occurrences or not all(any(a <= o.start and o.end <= b for a, b in inside) for o in occurrences):
        return
    written = [w for w in dict.fromkeys(wholes) if en.find(w)]
    at = english.index(form)
    fields["en"] = list(dict.fromkeys(english[:at] + written + english[at + 1 :]))


def _held_pieces(
    names: list[Fields | None],
    docs: dict[str, Document],
    indexes: dict[str, NameIndex],
    runs: dict[str, dict[str, list[Occurrence]]],
    changed: set[int],
    near: set[str],
    waiver: Callable[[Fields], None],
) -> None:
    """Class 1, the rest: a claim whose English forms are only ever written inside longer
    runs of capitals of the English ("United States" of "United States Strategic Command")
    names a piece, not a name, when its Vietnamese form too sits only inside longer runs
    ("Hoa Kỳ" of "Bộ Tư Lệnh Chiến Lược Hoa Kỳ"): `_pieces` could not draft a whole for it
    (a run paired only by place or by part, the second of two joined names, a whole the
    English writes in other words), so the Vietnamese form leaves the claim as a REVIEW
    waiver naming the runs it sits in. Both versions are asked because one alone is often
    the grammar's miss: where the English writes the form alone, the longer Vietnamese run
    is ("Bộ Nội vụ Hoa Kỳ Ryan Zinke"), and the form stays; a run with a person's title
    before the form holds nothing ("Tổng thư ký Liên Hợp Quốc Ban Ki-Moon")."""
    spans = {
        lang: sorted(
            span for occ in runs[lang].values() for o in occ for span in _run_spans(o, docs[lang].text)
        )
        for lang in ("en", "vi")
    }
    vi = docs["vi"]
    titles = _title_phrases()
    for n, fields in enumerate(names):
        if fields is None or not fields.get("vi"):
            continue
        if any(name_key(f) in near for lang in ("en", "vi") for f in fields.get(lang, [])):
            continue
        english = list(fields.get("en", []))
        if not all(holders(f, indexes["en"], spans["en"], titles) is not None for f in english):
            continue
        kept = []
        for form in fields["vi"]:
            wholes = holders(form, indexes["vi"], spans["vi"], titles)
            if wholes is None:
                kept.append(form)
                continue
            where = _where(vi, [(o.start, o.end) for o in indexes["vi"].find(form)])
            inside = ", ".join(map(repr, dict.fromkeys(wholes)))
            waiver(
                {
                    "lang": "vi",
                    "text": form,
                    "reason": f"{REVIEW}: written only inside longer names ({inside}; {where}); "
                    "a name of its own: make it a claim; a piece: say so here",
                }
            )
        if len(kept) < len(fields["vi"]):
            fields["vi"] = kept
            changed.add(n)


def _lower_heads(
    names: list[Fields | None],
    docs: dict[str, Document],
    indexes: dict[str, NameIndex],
    changed: set[int],
    near: set[str],
    waiver: Callable[[Fields], None],
) -> None:
    """Class 6 (tenth round, `lower_heads`): a claim every Vietnamese mention of which
    stands after a lower-case head ("sân vận động Etihad", "cơ chế Higgs") and every
    English one before that head's English ("Etihad Stadium", "Higgs mechanism") is the
    proper part of a longer phrase: a place's whole name is drafted instead; a term's
    part ("Higgs", "Mersenne") leaves the claims as a REVIEW waiver in each version."""
    from crosscheck.lower_heads import english_wholes, named_place, vietnamese_wholes

    placed: set[str] = set()
    for n, fields in enumerate(names):
        if fields is None or not fields.get("vi") or not fields.get("en"):
            continue
        if any(name_key(f) in near for lang in ("en", "vi") for f in fields.get(lang, [])):
            continue
        found = [vietnamese_wholes(form, indexes["vi"]) for form in fields["vi"]]
        if any(f is None for f in found):
            continue
        wholes = [pair for f in found if f is not None for pair in f]
        heads = {head for _, head in wholes}
        english = english_wholes(fields["en"], indexes["en"], heads)
        if english is None:
            continue
        if named_place(heads, english):
            fields["vi"] = list(dict.fromkeys(whole for whole, _ in wholes))
            fields["en"] = list(dict.fromkeys(english))
            changed.add(n)
            placed.update(fields["en"])
            continue
        phrases = {"vi": [whole for whole, _ in wholes], "en": english}
        for lang in ("vi", "en"):
            for form in dict.fromkeys(fields[lang]):
                where = _where(docs[lang], [(o.start, o.end) for o in indexes[lang].find(form)])
                waiver(
                    {
                        "lang": lang,
                        "text": form,
                        "reason": f"{REVIEW}: written only as the proper part of a term with a common head "
                        f"({', '.join(map(repr, dict.fromkeys(phrases[lang])))}; {where}), no name of its "
                        "own; a name: make it a claim; not a name: say so here",
                    }
                )
        names[n] = None
    for n, fields in enumerate(names):  # "Etihad Stadium", lone in English: now claimed whole
        if fields is not None and not fields.get("vi") and fields.get("en") and set(fields["en"]) <= placed:
            names[n] = None


def _written_lower(
    fields: Fields,
    docs: dict[str, Document],
    indexes: dict[str, NameIndex],
    runs: dict[str, dict[str, list[Occurrence]]],
    waiver: Callable[[Fields], None],
) -> bool:
    """Class 8 (tenth round, `written_lower`): a Vietnamese copy of an English word that the
    English also writes in lower case, and capitalises only at a sentence's start or
    inside longer runs ("Weather" of "National Weather Service" beside "weather.com"), is
    a common word capitalised: left to a reader as a REVIEW waiver in each version."""
    from crosscheck.written_lower import lower_case_elsewhere, never_alone

    english = list(fields.get("en", []))
    if not set(fields["vi"]) <= set(english) or any(known(f) for f in fields["vi"]):
        return False
    text = docs["en"].text
    if not lower_case_elsewhere(english, text):
        return False
    longer = [(o.start, o.end) for occ in runs["en"].values() for o in occ]
    capitalised = {
        f: [(o.start, o.end) for o in indexes["en"].find(f) if text[o.start].isupper()] for f in english
    }
    if not all(never_alone(capitalised[f], longer, text) for f in english):
        return False
    for lang, forms in (("vi", fields["vi"]), ("en", english)):
        for form in dict.fromkeys(forms):
            lower = _where(docs["en"], [(i, i + len(form)) for i in _find_all(docs["en"].text, form.lower())])
            where = _where(docs[lang], [(o.start, o.end) for o in indexes[lang].find(form)])
            waiver(
                {
                    "lang": lang,
                    "text": form,
                    "reason": f"{REVIEW}: the English also writes '{form.lower()}' in lower case ({lower}), "
                    f"a common word capitalised ({where}); a name: make it a claim; not a name: say so here",
                }
            )
    return True


def _office(
    fields: Fields, docs: dict[str, Document], indexes: dict[str, NameIndex], waiver: Callable[[Fields], None]
) -> bool:
    """Class 9 (tenth round, `joined_offices`): "Microsoft Satya Nadella" (the English
    "Microsoft CEO Satya Nadella") drafts the person and waives the firm inside the run's
    wording, for a reader; "Puntland Abdiweli Mohamed Ali" after "President of" and
    "Tổng thống" leaves the claims (the fields emptied) as a REVIEW waiver in each version."""
    from crosscheck.joined_offices import office_and_person, officer_split

    english = list(fields.get("en", []))
    if len(fields["vi"]) == 1 and len(english) == 1:
        split = officer_split(english[0], fields["vi"][0])
        if split is not None:
            person = split[1]
            for lang, form in (("vi", fields["vi"][0]), ("en", english[0])):
                waiver(
                    {
                        "lang": lang,
                        "text": form.removesuffix(person).strip(),  # the English with its "CEO"
                        "wording": form,
                        "reason": f"{REVIEW}: the firm before its officer in '{form}', joined to the person; "
                        "a name: make it a claim; else say so here",
                    }
                )
            fields["vi"], fields["en"] = [person], [person]
            return True
    if any(known(f) for f in fields["vi"]) or not office_and_person(
        fields["vi"], english, indexes["vi"], indexes["en"]
    ):
        return False
    for lang, forms in (("vi", fields["vi"]), ("en", english)):
        for form in dict.fromkeys(forms):
            where = _where(docs[lang], [(o.start, o.end) for o in indexes[lang].find(form)])
            waiver(
                {
                    "lang": lang,
                    "text": form,
                    "reason": f"{REVIEW}: an office's place and the person holding it in one run ({where}); "
                    "claim the two apart, or say here why it is one name",
                }
            )
    fields["vi"] = []
    return True


def _verb_cut(fields: Fields, vi: NameIndex, waiver: Callable[[Fields], None]) -> bool:
    """Class 7 (tenth round, `name_verbs`): "Hoàng gia Anh hứa" is "Hoàng gia Anh" and the
    clause's verb; the name is drafted, the verb waived inside the run's wording (so the
    gate still accounts for the run as written)."""
    from crosscheck.name_verbs import without_verb

    out: list[str] = []
    for form in fields["vi"]:
        rest = without_verb(form, vi, known)
        if rest is None:
            out.append(form)
            continue
        out.append(rest)
        waiver(
            {
                "lang": "vi",
                "text": form[len(rest) :].strip(),
                "wording": form,
                "reason": f"the verb after the name in '{form}', not a syllable of the name",
            }
        )
    if out == fields["vi"]:
        return False
    fields["vi"] = list(dict.fromkeys(out))
    return True


def _run_spans(run: Occurrence, text: str) -> list[tuple[int, int, str]]:
    """A run as (start, end, text), or its two names where it joins two ("X thuộc Y"):
    class 2 drafts those apart, so neither holds the other; or only its person, after an
    honorific or a party's head (class 5)."""
    form = " ".join(run.text.split())
    parts = None if known(form) else joined_parts(form, text)
    honoured = None if known(form) else head_and_person(form)
    if honoured is not None:  # "Madam Elizabeth": class 5 drafts the person
        return [(run.start + run.text.rfind(honoured[1].split()[0]), run.end, honoured[1])]
    if parts is None:
        return [(run.start, run.end, form)]
    second = run.text.rfind(parts[1])
    return [(run.start, run.start + len(parts[0]), parts[0]), (run.start + second, run.end, parts[1])]


def _title_phrases() -> frozenset[str]:
    """Every title of a person either language's grammar of names knows, lower case ("thư
    ký", "sir"); not the heads of institutions ("Bộ"), which a longer name holds."""
    from crosscheck.lang import get as get_language
    from crosscheck.lang.vi_names import TITLES

    every = (*TITLES, *(t for lang in ("en", "vi") for t in get_language(lang).person_titles))
    return frozenset(" ".join(t.casefold().split()) for t in every)


def _honorific(fields: Fields, names: list[Fields | None], waiver: Callable[[Fields], None]) -> bool:
    """Class 5: "Madam Elizabeth", "Đảng bảo thủ Andrea Jenkyns": the person is drafted,
    the honorific or the party's head waived inside its wording (so the gate still
    accounts for it); a person another claim already holds is left to that claim. An
    English form is cut only with its Vietnamese ("Lord Protector", a title the
    Vietnamese translates, stays whole)."""
    others = {f for other in names if other is not None and other is not fields for f in other.get("vi", [])}
    heads: set[str] = set()
    for lang in ("vi", "en"):
        out: list[str] = []
        for form in fields.get(lang, []):
            cut = head_and_person(form)
            if cut is None or known(form) or (lang == "en" and cut[0] not in heads):
                out.append(form)
                continue
            head, person = cut
            heads.add(head)
            waiver(
                {
                    "lang": lang,
                    "text": head,
                    "wording": form,
                    "reason": f"the honorific or the party before the person named in '{form}', not a name",
                }
            )
            if not (lang == "vi" and person in others):
                out.append(person)
        if heads and lang in fields:
            fields[lang] = list(dict.fromkeys(out))
    return bool(heads)
