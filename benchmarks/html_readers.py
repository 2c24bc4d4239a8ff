"""Which library reads the article out of a saved web page: the measurement behind inputs/html.py.

Four saved pages with their boilerplate (menus, tickers, cookie notices, related and
most-read links, comments, footers; one page minified onto a single line), and for each
the article as a reader should return it. Every figure crosscheck finds in a reader's
text is counted: article figures kept (recall) and figures from the rest of the page
let in (leaks; each one would be an `only_en` or `only_vi` row of its own). Readers:
trafilatura with `favor_precision` (what crosscheck uses), trafilatura's defaults,
jusText (stop-list paragraphs) and the page's whole text through lxml (no boilerplate
removal). readability-lxml is not among the project's locked packages, so it is not here.

    python benchmarks/html_readers.py --readme benchmarks/README.md
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from crosscheck.extract import extract
from crosscheck.text import Document
from readme_section import write_run

ROOT = Path(__file__).resolve().parents[1]
PAGES = Path(__file__).parent / "pages"
SAMPLES = ROOT / "tests" / "inputs"

# The article of each page, headline and body, as a careful reader would cut it. Bylines and time
# stamps are the page's furniture, not facts of the story: a translation need not repeat them, and
# the publication date comes from the page's metadata (it becomes the dateline).
ARTICLES: dict[str, tuple[Path, str, str]] = {
    "story.en.html": (
        SAMPLES / "story.en.html",
        "en",
        """
Việt Nam and Guangxi agree to expand trade
HÀ NỘI — Vietnamese Minister of Industry and Trade Nguyễn Hồng Diên on February 19 held talks with Chen Gang,
Secretary of the Party Committee of the Guangxi Zhuang Autonomous Region.
The minister noted that trade between Việt Nam and Guangxi reached US$41.6 billion in 2024, a 15.4 per cent
increase year on year.
Việt Nam has been Guangxi’s largest trading partner for 26 consecutive years, he said.
The two sides also discussed a high-voltage power link and the upgrade of 2 border gates.""",
    ),
    "story.vi.html": (
        SAMPLES / "story.vi.html",
        "vi",
        """
Việt Nam và Quảng Tây nhất trí mở rộng thương mại
Ngày 19/2, tại Hà Nội, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã hội đàm với ông Trần Cương, Bí thư Khu ủy
Khu tự trị dân tộc Choang Quảng Tây.
Bộ trưởng cho biết kim ngạch thương mại giữa Việt Nam và Quảng Tây năm 2024 đạt 41,6 tỷ USD,
tăng 15,4% so với năm 2023.
Việt Nam đã là đối tác thương mại lớn nhất của Quảng Tây 26 năm liên tiếp.
Hai bên cũng trao đổi về đường dây điện một chiều siêu cao áp và việc nâng cấp 2 cửa khẩu.""",
    ),
    "vn-minified.html": (
        PAGES / "vn-minified.html",
        "vi",
        """
Giá lúa gạo tăng mạnh sau 3 tháng
Giá lúa tại Đồng bằng sông Cửu Long đã tăng 12% so với tháng 5, theo Hiệp hội Lương thực Việt Nam.
Theo số liệu của hiệp hội, trong 7 tháng đầu năm, Việt Nam đã xuất khẩu khoảng 5,4 triệu tấn gạo,
thu về 3,3 tỷ USD, tăng 22,5% về lượng và 31,4% về giá trị so với cùng kỳ năm 2023.
Giá gạo 5% tấm xuất khẩu ở mức 568 USD/tấn, cao hơn gạo cùng loại của Thái Lan khoảng 20 USD.
Thị trường Sản lượng (tấn) Philippines 2.500.000 Indonesia 750.000
Ông Đỗ Hà Nam, Phó Chủ tịch hiệp hội, cho biết giá sẽ ổn định đến cuối quý III.""",
    ),
    "en-sidebar.html": (
        PAGES / "en-sidebar.html",
        "en",
        """
Typhoon Yagi leaves 59 dead in northern Việt Nam
Typhoon Yagi, the strongest storm to hit Việt Nam in decades, has killed at least 59 people and left
247 injured, the disaster management agency said on Monday.
The storm made landfall on Saturday with winds of up to 149 km/h, cutting power to about 3 million people in
Quảng Ninh and Hải Phòng.
“Around 116,192 hectares of rice have been flooded,” the agriculture ministry said.
A bridge over the Red River collapsed in Phú Thọ province, and 13 people are missing.
More than 1,500 houses lost their roofs.
Prime Minister Phạm Minh Chính asked ministries to restore power within 48 hours.""",
    ),
}


def _trafilatura(precise: bool) -> Callable[[str, str], str]:
    def read(html: str, lang: str) -> str:
        import trafilatura

        found = trafilatura.extract(
            html, include_comments=False, include_tables=True, favor_precision=precise
        )
        return found or ""

    return read


def _justext(html: str, lang: str) -> str:
    import justext

    stoplist = justext.get_stoplist("Vietnamese" if lang == "vi" else "English")
    return "\n".join(p.text for p in justext.justext(html.encode("utf-8"), stoplist) if not p.is_boilerplate)


def _whole(html: str, lang: str) -> str:
    from lxml import html as lxml_html  # type: ignore[import-untyped]

    root = lxml_html.document_fromstring(html)
    for bad in root.xpath("//script|//style|//title"):
        bad.drop_tree()
    return str(root.text_content())


READERS: dict[str, Callable[[str, str], str]] = {
    "trafilatura, favor_precision (chosen)": _trafilatura(True),
    "trafilatura, defaults": _trafilatura(False),
    "jusText": _justext,
    "lxml whole text (no removal)": _whole,
}


def figures(text: str, lang: str) -> list[str]:
    doc = Document.from_text(text, lang)
    return sorted(" ".join(m.text.split()) for m in extract(doc, None))


def pair_alarms(read: Callable[[str, str], str]) -> int:
    """Failing rows of `compare` on the one story's English and Vietnamese pages."""
    from crosscheck.align import compare

    pages = {lang: (SAMPLES / f"story.{lang}.html").read_text(encoding="utf-8") for lang in ("en", "vi")}
    docs = {lang: Document.from_text(read(page, lang), lang) for lang, page in pages.items()}
    result = compare(docs["en"], docs["vi"], None)
    return sum(1 for row in result.rows if row.status in ("discrepancy", "only_en", "only_vi"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readme", type=Path)
    args = parser.parse_args(argv)
    out: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        out.append(text)

    truth = {name: (path.read_text(encoding="utf-8"), lang, figures(article, lang))
             for name, (path, lang, article) in ARTICLES.items()}  # fmt: skip
    total_truth = sum(len(f) for _, _, f in truth.values())
    say(f"{len(truth)} pages, {total_truth} article figures in all")
    say()
    say(f"{'reader':<40}{'kept':>10}{'leaked':>8}{'ms/page':>9}{'pair rows failing':>19}  leaks")
    for reader_name, read in READERS.items():
        kept = leaked = 0
        leaks: list[str] = []
        times: list[float] = []
        for html, lang, wanted in truth.values():
            for _ in range(3):
                started = time.perf_counter()
                text = read(html, lang)
                times.append(time.perf_counter() - started)
            found = figures(text, lang)
            rest = list(found)
            for f in wanted:
                if f in rest:
                    rest.remove(f)
                    kept += 1
            leaked += len(rest)
            leaks += rest
        ms = statistics.median(times) * 1000
        shown = ", ".join(leaks[:4]) + (" …" if len(leaks) > 4 else "")
        failing = pair_alarms(read)
        say(f"{reader_name:<40}{kept:>5}/{total_truth:<4}{leaked:>8}{ms:>9.1f}{failing:>19}  {shown}")
    if args.readme:
        write_run(args.readme, "html-readers", "bench-inputs", out, heading="## Inputs: reading web pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
