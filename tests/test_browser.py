"""The HTML report in a real browser: headless Chromium from the distribution's packages
(`chromium`, `chromium-driver`), driven by selenium. These tests never skip: `.ci/run`
installs the browser when it is missing, and a machine without it fails here, loudly."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select

from crosscheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
STORY = "vietnam-guangxi"
VI = f"seeds/{STORY}/vi.txt"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    for path in (CHROMIUM, CHROMEDRIVER):
        assert Path(path).exists(), f"{path} is missing: apt-get install -y chromium chromium-driver"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900"):  # fmt: skip
        options.add_argument(argument)
    # The system driver, named: selenium must not go looking for (or download) another.
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The story's report with one figure changed: 41,6 tỷ USD is 46,1 tỷ USD in the Vietnamese."""
    root = tmp_path_factory.mktemp("story")
    (root / "pyproject.toml").write_text("")
    for folder in ("seeds", "claims"):
        shutil.copytree(ROOT / folder, root / folder)
    seed = root / VI
    seed.write_bytes(seed.read_bytes().decode("utf-8").replace("41,6 tỷ USD", "46,1 tỷ USD").encode("utf-8"))
    out = root / "report.html"
    assert main(["report", str(root / "claims" / f"{STORY}.toml"), "-o", str(out)]) == 1
    return out


def selected(browser: WebDriver, lang: str) -> list[str]:
    return [m.text for m in browser.find_elements(By.CSS_SELECTOR, f".col-{lang} mark.sel")]


def test_clicking_a_discrepancy_highlights_the_discrepant_figures(browser: WebDriver, report: Path) -> None:
    browser.get(report.as_uri())
    row = browser.find_element(By.CSS_SELECTOR, 'tr[data-status="discrepancy"]')
    assert row.find_element(By.TAG_NAME, "td").text == "trade-2024"
    row.click()
    assert "sel" in row.get_attribute("class").split()
    assert selected(browser, "en") == ["US$41.6 billion"]
    assert selected(browser, "vi") == ["46,1 tỷ USD"]
    # And back: clicking another claim's highlight selects that claim's row instead.
    share = next(
        m for m in browser.find_elements(By.CSS_SELECTOR, ".col-vi mark") if m.text == "khoảng 39,1%"
    )
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", share)
    share.click()
    rows = browser.find_elements(By.CSS_SELECTOR, "#rows tr.sel")
    assert [r.find_element(By.TAG_NAME, "td").text for r in rows] == ["guangxi-trade-share"]
    assert selected(browser, "vi") == ["khoảng 39,1%"]
    assert selected(browser, "en") == ["approximately 39.1 per cent"]


def _visible(browser: WebDriver) -> list[tuple[str, str]]:
    rows = browser.find_elements(By.CSS_SELECTOR, "#rows tbody tr")
    return [(r.get_attribute("data-status"), r.get_attribute("data-kind")) for r in rows if r.is_displayed()]


def test_filters_by_status_and_kind(browser: WebDriver, report: Path) -> None:
    browser.get(report.as_uri())
    everything = _visible(browser)
    assert ("discrepancy", "money") in everything and ("one-sided", "ordinal") in everything
    kind = Select(browser.find_element(By.ID, "kind-filter"))
    kind.select_by_value("money")
    money = _visible(browser)
    assert money and {k for _, k in money} == {"money"} and ("discrepancy", "money") in money
    kind.select_by_value("")  # every kind again, then every status but consistent
    browser.find_element(By.CSS_SELECTOR, '#status-filter input[value="consistent"]').click()
    assert _visible(browser) == [r for r in everything if r[0] != "consistent"]
    assert ("discrepancy", "money") in _visible(browser) and len(_visible(browser)) < len(everything)
    # A highlight whose rows are all filtered out is dimmed; the discrepancy's is not.
    dim = {m.text for m in browser.find_elements(By.CSS_SELECTOR, ".col-vi mark.dim")}
    assert "Trần Cương" in dim and "46,1 tỷ USD" not in dim


def test_a_phone_reads_one_column(browser: WebDriver, report: Path) -> None:
    browser.set_window_size(390, 844)
    try:
        browser.get(report.as_uri())
        en = browser.find_element(By.CSS_SELECTOR, ".pair:not(.headrow) .col-en")
        vi = browser.find_element(By.CSS_SELECTOR, ".pair:not(.headrow) .col-vi")
        assert en.location["x"] == vi.location["x"]  # stacked, not side by side
        assert vi.location["y"] > en.location["y"]
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= 390  # nothing runs off the side of the screen
    finally:
        browser.set_window_size(1280, 900)


def test_printing_hides_the_filters_and_shows_every_row(browser: WebDriver, report: Path) -> None:
    browser.get(report.as_uri())
    browser.find_element(By.CSS_SELECTOR, '#status-filter input[value="consistent"]').click()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not browser.find_element(By.ID, "filters").is_displayed()
        rows = browser.find_elements(By.CSS_SELECTOR, "#rows tbody tr")
        assert rows and all(r.is_displayed() for r in rows)  # a printout hides nothing
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
