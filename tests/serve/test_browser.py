"""``finkg serve`` in a real browser: headless Chromium (Debian's chromium + chromium-driver)
driven by selenium against the demo corpus. Each page is loaded, its rendered DOM checked, and a
screenshot saved under tests/artifacts/serve/ (gitignored) for a person to look at.

Skips, saying why, when chromium or chromedriver is missing (.ci/run installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.servers import free_port, stop, wait_for

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
)
ARTIFACTS = ROOT / "tests" / "artifacts" / "serve"
FINKG = str(Path(sys.executable).with_name("finkg"))
ARTICLE = "000_0f49195ad08e850a"

if CHROMIUM is None or CHROMEDRIVER is None:
    pytest.skip(
        "headless Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does it)",
        allow_module_level=True,
    )

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`finkg serve` on a free loopback port, over a store holding the demo corpus."""
    store = tmp_path_factory.mktemp("serve-store") / "store"
    subprocess.run(
        [FINKG, "ingest", str(ROOT / "corpus" / "articles"), "--store", str(store)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    port = free_port()
    process = subprocess.Popen(
        [FINKG, "serve", "--store", str(store), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(
            base + "/sparql?query=ASK%7B%7D",
            process,
            60,
            lambda: f"finkg serve did not start: {process.stderr.read().decode() if process.stderr else ''}",
        )
        yield base
    finally:
        stop(process)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM  # type: ignore[assignment]
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(driver: WebDriver, name: str) -> Path:
    """The first screen as ARTIFACTS/<name>-top.png, and the whole page (the window grown to the
    document's height) as ARTIFACTS/<name>.png."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.execute_script("window.scrollTo(0, 0)")
    assert driver.save_screenshot(str(ARTIFACTS / f"{name}-top.png"))
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1400, min(max(int(height), 800), 6000))
    path = ARTIFACTS / f"{name}.png"
    assert driver.save_screenshot(str(path))
    driver.set_window_size(1400, 1000)
    return path


def wait(driver: WebDriver, seconds: float = 20) -> WebDriverWait:  # type: ignore[type-arg]
    return WebDriverWait(driver, seconds)


def test_article_page_highlights_mentions_and_lists_deals(server: str, browser: WebDriver) -> None:
    browser.get(f"{server}/article/{ARTICLE}")
    wait(browser).until(ec.presence_of_element_located((By.ID, "article-text")))
    text = browser.find_element(By.ID, "article-text")
    classes: dict[str, int] = {}
    for mark in text.find_elements(By.CSS_SELECTOR, "mark.hl"):
        for cls in (mark.get_attribute("class") or "").split():
            classes[cls] = classes.get(cls, 0) + 1
    for kind in ("hl-money", "hl-org", "hl-person", "hl-place", "hl-percent"):
        assert classes.get(kind, 0) > 0, (kind, classes)
    # the text shown is the article's own text
    source = (ROOT / "corpus" / "articles" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    assert text.text.replace("\n", "")[:40] in source.replace("\n", "")
    rows = browser.find_elements(By.CSS_SELECTOR, "#deals-table tbody tr.deal-row")
    assert len(rows) >= 5
    assert rows[0].find_elements(By.CSS_SELECTOR, ".evidence-sentence mark.deal-part")
    assert browser.find_elements(By.CSS_SELECTOR, "#rates-table tbody tr")

    # hovering a money span fills the side panel with its parsed value and US$ figure
    money = text.find_element(By.CSS_SELECTOR, "mark.hl-money")
    webdriver.ActionChains(browser).move_to_element(money).perform()
    panel = browser.find_element(By.ID, "panel")
    wait(browser, 5).until(lambda d: "US$" in panel.text)
    assert money.text in panel.text
    # a deal row lights its evidence sentence in the text
    webdriver.ActionChains(browser).move_to_element(rows[0]).perform()
    wait(browser, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#article-text span.evidence.active"))
    screenshot(browser, "article")
    assert browser.find_element(By.ID, "deals-table").screenshot(str(ARTIFACTS / "article-deals.png"))

    # an organisation's panel links to its entity page
    org = text.find_element(By.CSS_SELECTOR, "mark.hl-org")
    webdriver.ActionChains(browser).move_to_element(org).perform()
    link = wait(browser, 5).until(ec.presence_of_element_located((By.ID, "panel-entity-link")))
    assert "/entity/" in (link.get_attribute("href") or "")


def test_entity_page_draws_the_deal_graph(server: str, browser: WebDriver) -> None:
    browser.get(f"{server}/entity/org/nvidia")
    graph = wait(browser).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "#graph[data-ready='true']"))
    )
    assert int(graph.get_attribute("data-edges") or 0) >= 3
    assert int(graph.get_attribute("data-nodes") or 0) >= 4
    canvases = graph.find_elements(By.TAG_NAME, "canvas")
    assert canvases and all(int(c.get_attribute("width") or 0) > 0 for c in canvases)
    # something was painted: the canvas is not blank
    painted = browser.execute_script(
        """const c = [...document.querySelectorAll('#graph canvas')];
           return c.some(cv => { const ctx = cv.getContext('2d');
             const d = ctx.getImageData(0, 0, cv.width, cv.height).data;
             for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true; return false; });"""
    )
    assert painted
    names = browser.find_element(By.ID, "names").text
    assert "輝達" in names and "NVIDIA" in names
    deals = browser.find_elements(By.CSS_SELECTOR, "#entity-deals tbody tr")
    assert {r.get_attribute("class") for r in deals} >= {"dir-out", "dir-in"}
    assert "US$" in browser.find_element(By.ID, "entity-deals").text
    assert browser.find_elements(By.CSS_SELECTOR, "#entity-articles tbody tr a")
    screenshot(browser, "entity")


def test_search_finds_an_entity_in_the_other_script(server: str, browser: WebDriver) -> None:
    browser.get(server + "/")
    box = browser.find_element(By.CSS_SELECTOR, "form.search input[name=q]")
    box.send_keys("辉达")  # Simplified; the store's labels are Traditional and English
    box.submit()
    wait(browser).until(ec.presence_of_element_located((By.ID, "entity-label")))
    assert urllib.parse.unquote(browser.current_url).endswith("/entity/org/nvidia")


def test_query_page_runs_a_named_query_and_the_editor(server: str, browser: WebDriver) -> None:
    browser.get(server + "/query")
    details = browser.find_element(By.ID, "q-deals-of-company")
    details.find_element(By.TAG_NAME, "summary").click()
    field = details.find_element(By.NAME, "p.company")
    field.clear()
    field.send_keys("OpenAI")
    details.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    table = wait(browser).until(ec.presence_of_element_located((By.ID, "results")))
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) >= 3
    assert "OpenAI" in table.text
    screenshot(browser, "query-named")

    area = browser.find_element(By.ID, "sparql-text")
    area.clear()
    area.send_keys(
        "SELECT ?key ?title WHERE { ?a a fin:Article ; fin:articleKey ?key "
        "OPTIONAL { ?a fin:title ?title } } ORDER BY ?key"
    )
    browser.find_element(By.CSS_SELECTOR, "#sparql-form button[type=submit]").click()
    wait(browser).until(ec.staleness_of(table))
    table = wait(browser).until(ec.presence_of_element_located((By.ID, "results")))
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == len(list((ROOT / "corpus" / "articles").glob("*.txt")))
    assert rows[0].find_elements(By.TAG_NAME, "td")[0].text == ARTICLE
    screenshot(browser, "query-editor")


def test_home_page_lists_the_articles(server: str, browser: WebDriver) -> None:
    browser.get(server + "/")
    rows = browser.find_elements(By.CSS_SELECTOR, "#articles tbody tr")
    assert len(rows) == len(list((ROOT / "corpus" / "articles").glob("*.txt")))
    screenshot(browser, "home")
    assert os.path.getsize(ARTIFACTS / "home.png") > 10_000


def test_query_page_pages_a_listing_by_next_and_previous(server: str, browser: WebDriver) -> None:
    articles = len(list((ROOT / "corpus" / "articles").glob("*.txt")))
    assert articles > 10, "the demo corpus fills more than one page of 10"
    browser.get(server + "/query?name=articles&limit=10")
    table = wait(browser).until(ec.presence_of_element_located((By.ID, "results")))
    first = [r.text for r in table.find_elements(By.CSS_SELECTOR, "tbody tr")]
    assert len(first) == 10
    assert browser.find_element(By.ID, "page-rows").text == "rows 1–10, more follow"
    browser.find_element(By.ID, "page-next").click()
    wait(browser).until(ec.staleness_of(table))
    table = wait(browser).until(ec.presence_of_element_located((By.ID, "results")))
    second = [r.text for r in table.find_elements(By.CSS_SELECTOR, "tbody tr")]
    assert len(second) == min(10, articles - 10) and not set(first) & set(second)
    assert browser.find_element(By.ID, "page-rows").text.startswith("rows 11–")
    assert "offset=10" in browser.current_url and "limit=10" in browser.current_url
    screenshot(browser, "query-next-page")
    browser.find_element(By.ID, "page-previous").click()
    wait(browser).until(ec.staleness_of(table))
    table = wait(browser).until(ec.presence_of_element_located((By.ID, "results")))
    assert [r.text for r in table.find_elements(By.CSS_SELECTOR, "tbody tr")] == first
