"""A person's name that the Vietnamese writes straight after another name, where the
English writes the two apart.

Vietnamese puts a person's origin, team or office in front of the name with nothing
between them: "Thống đốc Texas Rick Perry" (Texas Governor Rick Perry), "Chủ tịch
Nintendo Satoru Iwata", "huấn luyện viên Lakers Luke Walton". Read alone, "Texas Rick
Perry" is one capitalised run, and no rule of Vietnamese alone says where one name stops
and the next starts. The English says it: it writes the person's name as a run of its
own, spelled the same ("Rick Perry"), and the words before it in the Vietnamese end with
a name the English also writes as a run of its own, or one the project knows ("Texas",
"Canada"). Then the Vietnamese run is the person, that name, and what stands before the
name (a role: "Nhà lãnh đạo chính trị Canada Michael Ignatieff"), read again by the
grammar of names. Only a
person's name of two words or more that have no Vietnamese syllable's shape ("Rick Perry",
not "Tây Tạng" nor "Rhine") is split off: a place or an institution named after its head
("Bệnh viện Addenbrooke", "Thông tấn xã Associated Press", "Bang South Carolina") ends
with no person, and stays whole; so does a place after a compass point ("Quận Nam New
York", the Southern District of New York).
"""

from __future__ import annotations

import re
from collections import defaultdict

from crosscheck.lang.vi_names import DIRECTIONS, _known_name, is_syllable
from crosscheck.name_grammar import grammar
from crosscheck.names import NameIndex, Occurrence, Token, name_key

Runs = dict[str, list[Occurrence]]

# Lower-case English words that join the words of a name or a title ("Marks and Spencer",
# "Seven Keys to Doomsday", "Curse of the Daleks"), and what may stand between two runs.
JOINERS = frozenset("and of the to on for a an in".split())
_GAP = re.compile(r"(?: (?:&|and|of|the|to|on|for|a|an|in))* ")


def split_before_persons(runs: Runs, other: Runs, index: NameIndex, titles: frozenset[str]) -> Runs:
    """The Vietnamese runs, each that joins a name to a person's name the English writes
    apart split in two (see the module's docstring); the others as they were. `titles`:
    the name keys of the language's titles, no name alone."""
    tokens, text = index.tokens, index.doc.text
    cuts: dict[str, tuple[int, int]] = {}
    for key, occurrences in runs.items():
        o = occurrences[0]
        if o.last - o.first < 3 or not tokens[o.last - 1].capital or is_syllable(tokens[o.last - 1].text):
            continue  # most runs: no foreign person's name at the end
        # The person: the longest tail of two words or more the English writes as a run.
        for k in range(o.first + 1, o.last - 1):
            if (
                tokens[k - 1].capital
                and tokens[k - 1].key not in DIRECTIONS  # "Quận Nam New York": a place's part
                and all(t.capital and not is_syllable(t.text) for t in tokens[k : o.last])
                and text[tokens[k - 1].end : tokens[k].start] == " "
                and name_key(text[tokens[k].start : o.end]) in other
                and (start := _name_before(tokens, text, o.first, k, other)) >= 0
            ):
                cuts[key] = (k - o.first, start - o.first)
                break
    if not cuts:
        return runs
    tidy = grammar(index.doc.lang)
    out: Runs = defaultdict(list)
    for key, occurrences in runs.items():
        if key not in cuts:
            out[key].extend(occurrences)
            continue
        cut, named = cuts[key]
        for found in occurrences:
            person = index._occurrence(found.first + cut, found.last)
            out[name_key(person.text)].append(person)
            # The name before the person, and what stands before that name, read again.
            before = index._occurrence(found.first + named, found.first + cut)
            out[name_key(before.text)].append(before)
            if named:
                for name in tidy(index, index._occurrence(found.first, found.first + named)):
                    if not all(t.key in titles or not t.capital for t in tokens[name.first : name.last]):
                        out[name_key(name.text)].append(name)
    return dict(out)


def _name_before(tokens: list[Token], text: str, first: int, k: int, other: Runs) -> int:
    """Where the longest name ends the words before the person: a run of the English's, or
    a name the project knows ("Texas", "Hoa Kỳ"; "người Pháp" ends with Pháp); -1 if none."""
    found = -1
    for j in range(k - 1, first - 1, -1):
        if not tokens[j].capital:
            break
        stretch = text[tokens[j].start : tokens[k - 1].end]
        if name_key(stretch) in other or _known_name(stretch):
            found = j
    return found


def join_as_other(runs: Runs, other: Runs, index: NameIndex) -> Runs:
    """One version's runs, two side by side joined where the other version writes the two
    as one run spelled the same: "Tokyo" and "Game Show" are the English's "Tokyo Game
    Show", which the Vietnamese grammar split after the known name "Tokyo" ("Leroy Sane",
    "Northern Arizona University" likewise); the English "Marks" and "Spencer" are the
    Vietnamese's "Marks and Spencer", "Seven Keys" and "Doomsday" its "Seven Keys to
    Doomsday". Between the two only spaces, "&" or up to three lower-case English words
    that join names ("and", "of the", "to"); a name also written whole elsewhere is
    joined there already."""
    text, keys = index.doc.text, index.keys
    by_first = {o.first: o for occurrences in runs.values() for o in occurrences}
    joined: dict[tuple[int, int], Occurrence] = {}
    n = len(keys)
    # Most runs are followed by neither another run nor a joining word: looked at first.
    lefts = [o for o in by_first.values() if o.last in by_first or (o.last < n and keys[o.last] in JOINERS)]
    for left in sorted(lefts):
        k = left.last
        while k < n and k - left.last < 3 and keys[k] in JOINERS and k not in by_first:
            k += 1
        right = by_first.get(k)
        if (
            right is None
            or not _GAP.fullmatch(text, left.end, right.start)
            or (left.first, left.end) in joined
        ):
            continue
        key = name_key(text[left.start : right.end])
        if key in other and key not in runs:
            joined[(left.first, left.end)] = joined[(right.first, right.end)] = index._occurrence(
                left.first, right.last
            )
    if not joined:
        return runs
    out: Runs = defaultdict(list)
    for key, occurrences in runs.items():
        for o in occurrences:
            whole = joined.get((o.first, o.end))
            if whole is None:
                out[key].append(o)
            elif whole.first == o.first:
                out[name_key(whole.text)].append(whole)
    return dict(out)


# English words that join an institution's or a work's name ("Institute for Advanced
# Study", "Treaty on European Union", "Bank of America", "Marks and Spencer").
CONNECTORS = frozenset({"for", "on", "of", "and"})


def split_at_connectors(runs: Runs, other: Runs, index: NameIndex) -> Runs:
    """The English runs, each joined across "for", "on", "of" or "and" split in two where
    the Vietnamese names both halves as runs of their own, spelled the same, and not the
    whole (or as the end of a longer run: "Arizona Jeff Flake"): "Jeff Flake for the FBI"
    is Jeff Flake and the FBI, "Coulibaly for Ryan Kent" two players. A work's title
    ("The Curse of the Daleks"), a name the Vietnamese translates ("Radcliffe Institute for
    Advanced Study") and one it keeps whole ("Fog on the Tyne") stay."""
    tokens, text = index.tokens, index.doc.text
    candidates = [
        (key, occurrences[0])
        for key, occurrences in runs.items()
        if occurrences[0].last - occurrences[0].first >= 3
        and key not in other
        and tokens[occurrences[0].first].key != "the"  # "The Curse of the Daleks": a work
        and any(tokens[c].key in CONNECTORS for c in range(occurrences[0].first + 1, occurrences[0].last - 1))
    ]
    if not candidates:
        return runs
    # The Vietnamese runs' keys and their ends: "Jeff Flake" of "Arizona Jeff Flake".
    named = set(other) | {
        " ".join(words[i:]) for words in map(str.split, other) for i in range(1, len(words))
    }
    cuts: dict[str, int] = {}
    for key, o in candidates:
        for c in range(o.first + 1, o.last - 1):
            if tokens[c].key not in CONNECTORS:
                continue
            after = c + 2 if tokens[c + 1].key == "the" and c + 2 < o.last else c + 1
            if (
                name_key(text[o.start : tokens[c - 1].end]) in named
                and name_key(text[tokens[after].start : o.end]) in named
            ):
                cuts[key] = c - o.first
                break
    if not cuts:
        return runs
    out: Runs = defaultdict(list)
    for key, occurrences in runs.items():
        cut = cuts.get(key, 0)
        if not cut:
            out[key].extend(occurrences)
            continue
        skip = tokens[occurrences[0].first + cut + 1].key == "the"
        for found in occurrences:
            before = index._occurrence(found.first, found.first + cut)
            after_ = index._occurrence(found.first + cut + 1 + skip, found.last)
            out[name_key(before.text)].append(before)
            out[name_key(after_.text)].append(after_)
    return dict(out)


def hyphen_halves(runs: Runs, other_text: str, index: NameIndex) -> Runs:
    """English runs run on over a lower-case half joined by a bare hyphen where the other
    version writes the same hyphenated word: "Mohenjo" + "-daro", "Ban Ki" + "-moon",
    "Moon Jae" + "-in". English reads "X-word" as a compound ("UK-wide", "Paris-based",
    "Kremlin-backed"), which a translation renders in its own words; a Vietnamese text
    that keeps "Mohenjo-daro" or "Ki-moon" as written shows it is the name's own word."""
    tokens, text = index.tokens, index.doc.text
    n = len(tokens)
    longer: dict[tuple[int, int], Occurrence] = {}
    for occurrences in runs.values():
        for o in occurrences:
            k = o.last
            # A bare hyphen after the run's last word, first: most runs have none.
            if k >= n or text[tokens[k - 1].end : tokens[k].start] != "-" or tokens[k].capital:
                continue
            after = text[tokens[k].end : tokens[k].end + 1]
            if after == "-" or after.isalpha():
                continue
            word = text[tokens[k - 1].start : tokens[k].end]
            at = other_text.find(word)
            if at >= 0 and not other_text[at - 1 : at].isalpha():
                longer[(o.first, o.end)] = index._occurrence(o.first, k + 1)
    if not longer:
        return runs
    out: Runs = defaultdict(list)
    for key, occurrences in runs.items():
        for o in occurrences:
            whole = longer.get((o.first, o.end))
            if whole is None:
                out[key].append(o)
            else:
                out[name_key(whole.text)].append(whole)
    return dict(out)
