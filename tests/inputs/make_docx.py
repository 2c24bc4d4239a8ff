"""Writes story.en.docx and story.vi.docx, the Word samples the input tests open.

Run from the repository root: `.venv/bin/python tests/inputs/make_docx.py`. The files are
committed; this script says how they were made (python-docx, a heading, a styled run, an
empty paragraph, a line break inside a paragraph and a two-column table).
"""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).parent

STORY = {
    "en": {
        "title": "Việt Nam and Guangxi agree to expand trade",
        "dateline": "Hà Nội, February 19, 2025",
        "lead": (
            "Vietnamese Minister of Industry and Trade ",
            "Nguyễn Hồng Diên",
            " held talks with Chen Gang, Secretary of the Party Committee of Guangxi.",
        ),
        "trade": (
            "Trade between Việt Nam and Guangxi reached US$41.6 billion in 2024,",
            "a 15.4 per cent increase year on year.",
        ),
        "table": (("Trading partner", "Years"), ("Việt Nam", "26 consecutive years")),
    },
    "vi": {
        "title": "Việt Nam và Quảng Tây nhất trí mở rộng thương mại",
        "dateline": "Hà Nội, ngày 19/2/2025",
        "lead": (
            "Bộ trưởng Bộ Công Thương ",
            "Nguyễn Hồng Diên",
            " đã hội đàm với Trần Cương, Bí thư Khu ủy Quảng Tây.",
        ),
        "trade": (
            "Kim ngạch thương mại giữa Việt Nam và Quảng Tây năm 2024 đạt 41,6 tỷ USD,",
            "tăng 15,4% so với năm 2023.",
        ),
        "table": (("Đối tác thương mại", "Số năm"), ("Việt Nam", "26 năm liên tiếp")),
    },
}


def write(lang: str) -> Path:
    parts = STORY[lang]
    document = docx.Document()
    document.core_properties.author = "Example News desk"
    document.add_heading(str(parts["title"]), level=1)  # paragraph 1
    document.add_paragraph(str(parts["dateline"]), style="Subtitle")  # 2
    document.add_paragraph()  # 3: an empty paragraph, still counted
    before, name, after = parts["lead"]
    lead = document.add_paragraph(before)  # 4
    lead.add_run(name).bold = True
    lead.add_run(after)
    first, second = parts["trade"]
    trade = document.add_paragraph(first)  # 5, with a line break inside
    trade.add_run().add_break()
    trade.add_run(second)
    rows = parts["table"]
    table = document.add_table(rows=len(rows), cols=2)  # paragraphs 6 to 9, cell by cell
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.sections[0].footer.paragraphs[0].text = "© 2025 Example News, 1900 1234"  # not the story
    out = HERE / f"story.{lang}.docx"
    document.save(str(out))
    return out


if __name__ == "__main__":
    for lang in STORY:
        print(write(lang))
