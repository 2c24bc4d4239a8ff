"""Bilingual translation files (XLIFF 1.2 and 2.x, TMX, PO): both versions in one file.

translate-toolkit parses each format; this module only pairs its units up. A unit is one
block of each version, and its position is its number in the file (the first unit is 1),
which `SourceDocument.where` shows by the unit's own id: the XLIFF or TMX id, a PO entry's
msgctxt, else its number. An untranslated unit gives English and no Vietnamese, so the
figures it holds show as one-sided, as a sentence left out of a translation would.
"""

from __future__ import annotations

from typing import Any

from crosscheck.errors import SeedError
from crosscheck.inputs.positions import Block, SourceDocument, assemble

# The file types translate-toolkit knows each format by, and how to fix a broken one.
_WHAT = {"xliff": "an XLIFF file", "tmx": "a TMX file", "po": "a PO file"}
_FIX = {"xliff": "check it with `xmllint --noout FILE` and save it again from the CAT tool",
        "tmx": "check it with `xmllint --noout FILE` and export it again from the translation memory",
        "po": "check it with `msgfmt --check-format -o /dev/null FILE`"}  # fmt: skip


def _store(data: bytes, fmt: str) -> Any:
    # translate-toolkit is heavy (lxml, its format registry): imported on first use only.
    if fmt == "po":
        from translate.storage import po

        return po.pofile.parsestring(data)  # type: ignore[no-untyped-call]
    if fmt == "tmx":
        from translate.storage import tmx

        return tmx.tmxfile.parsestring(data)  # type: ignore[no-untyped-call]
    if b"urn:oasis:names:tc:xliff:document:2." in data[:4096]:
        from translate.storage import xliff2

        return xliff2.Xliff2File.parsestring(data)  # type: ignore[no-untyped-call]
    from translate.storage import xliff

    return xliff.xlifffile.parsestring(data)  # type: ignore[no-untyped-call]


def _languages(store: Any, fmt: str) -> tuple[str, str]:
    """The languages of the units' source and target, lower case ('' when unstated)."""
    if fmt == "po":
        source, target = "en", store.gettargetlanguage() or ""
    elif fmt == "tmx":
        header = store.document.getroot().find(".//header")
        source = header.get("srclang", "") if header is not None else ""
        target = ""
    else:
        source, target = store.getsourcelanguage() or "", store.gettargetlanguage() or ""
    return source.lower(), target.lower()


def _label(unit: Any, fmt: str, number: int) -> str:
    if fmt == "po":
        context = unit.getcontext()
        return str(context) if context else str(number)
    # XLIFF 1.2 ids come as "file\x04id" (the file's name, then the unit's own id).
    found = str(unit.getid() or "").split("\x04")[-1]
    return found or str(number)


def _line(unit: Any) -> int:
    """The line of the file where a unit starts: lxml's for XLIFF and TMX, the PO parser's (0: unknown)."""
    element = getattr(unit, "xmlelement", None)
    if element is not None and str(element.tag).endswith("segment"):  # XLIFF 2: the <unit> holding it
        element = element.getparent()
    found = getattr(element, "sourceline", None) or getattr(unit, "line_number", None)
    return found if isinstance(found, int) else 0


def read_translation(data: bytes, fmt: str, shown: str) -> dict[str, SourceDocument]:
    """The English and the Vietnamese document of a bilingual file's bytes."""
    try:
        store = _store(data, fmt)
    except Exception as error:  # every parser error of every format is one bad input
        detail = " ".join(str(error).split())[:120] or type(error).__name__
        problem = f"is not {_WHAT[fmt]} translate-toolkit can read ({detail}); {_FIX[fmt]}"
        raise SeedError(shown, problem) from None
    source_lang, target_lang = _languages(store, fmt)
    swapped = source_lang.startswith("vi") or target_lang.startswith("en")
    if source_lang and not swapped and not source_lang.startswith("en"):
        raise SeedError(shown, f"translates from {source_lang!r}; crosscheck reads English and Vietnamese")
    if target_lang and not swapped and not target_lang.startswith("vi"):
        raise SeedError(shown, f"translates into {target_lang!r}; crosscheck reads English and Vietnamese")
    blocks: dict[str, list[Block]] = {"en": [], "vi": []}
    labels: list[str] = []
    lines: list[int] = []
    for unit in store.units:
        if unit.isheader() or getattr(unit, "isobsolete", lambda: False)():
            continue
        labels.append(_label(unit, fmt, len(labels) + 1))
        lines.append(_line(unit))
        source, target = str(unit.source or ""), str(unit.target or "")
        en, vi = (target, source) if swapped else (source, target)
        blocks["en"].append(Block(en, len(labels), per_line=False))
        blocks["vi"].append(Block(vi, len(labels), per_line=False))
    if not labels:
        raise SeedError(shown, f"holds no translation units; check that it is {_WHAT[fmt]} with its text")
    names, starts = tuple(labels), tuple(lines) if all(lines) else ()
    return {lang: assemble(blocks[lang], shown, lang, "unit", names, starts) for lang in ("en", "vi")}
