"""Take the README's screenshot of the HTML report: the story with one figure changed in the
Vietnamese, its discrepancy selected, in headless Chromium.

    .venv/bin/python scripts/screenshot_report.py docs/report.png

Nothing is written to seeds/ or claims/: the story is copied to a scratch folder first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from crosscheck.cli import main as crosscheck

ROOT = Path(__file__).resolve().parents[1]
STORY = "vietnam-guangxi"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the PNG to write, e.g. docs/report.png")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1180)
    args = parser.parse_args()
    output = args.output.resolve()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        (root / "pyproject.toml").write_text("")
        for folder in ("seeds", "claims"):
            shutil.copytree(ROOT / folder, root / folder)
        seed = root / "seeds" / STORY / "vi.txt"
        text = seed.read_bytes().decode("utf-8")
        seed.write_bytes(text.replace("41,6 tỷ USD", "46,1 tỷ USD", 1).encode("utf-8"))
        report = root / "report.html"
        os.chdir(root)  # the paths in the report read as in a repository: claims/..., seeds/...
        crosscheck(["report", f"claims/{STORY}.toml", "-o", str(report)])
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                         f"--window-size={args.width},{args.height}"):  # fmt: skip
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
        try:
            driver.get(report.as_uri())
            driver.find_element(By.CSS_SELECTOR, 'tr[data-status="discrepancy"]').click()
            driver.execute_script("window.scrollTo(0, 0)")
            output.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(output))
        finally:
            driver.quit()
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
