"""End to end in Debian's headless Chromium (Selenium + chromedriver, never a downloaded browser), against
`bilateral serve` started as a subprocess: the dyad page's card, the timeline filter, a timeline item's quote
highlighted on its source page, the two-way fact/highlight links, and article markup that never runs.

Writes docs/screenshots/dyad.png and docs/screenshots/source.png."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bilateral.store import Store

from .conftest import HOSTILE_NAME, REPO, source_id_of

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SHOTS = REPO / "docs" / "screenshots"

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (/usr/bin/chromium)"),
    pytest.mark.skipif(not CHROMEDRIVER.exists(), reason="chromedriver is not installed (/usr/bin/chromedriver)"),
]

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (the test extra)")
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(db_path: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bilateral.cli", "serve", "--db", str(db_path), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/api/sources", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    _, err = proc.communicate(timeout=5)
                    pytest.fail(f"bilateral serve did not start: {err}")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--hide-scrollbars",
    ):
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(options.arguments[-1].split("=", 1)[1], ignore_errors=True)


def api(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=10) as r:
        return json.load(r)


def card(driver: Any, field: str) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, f'#card tr[data-field="{field}"] td.value').text)


def console_errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def wait(driver: Any) -> Any:
    return WebDriverWait(driver, 10)


def test_dyad_card_timeline_and_source_highlight(server: str, browser: Any) -> None:
    show = api(server, "/api/dyads/EE-FI")
    browser.get(server + "/dyads/EE-FI")
    assert browser.title.startswith("Estonia – Finland")
    # the card says what the store says, as the article words it
    assert "embassy in Helsinki" in card(browser, "missions-EE")
    assert "embassy in Tallinn" in card(browser, "missions-FI")
    restored = next(f for f in show["relations"] if f["event"] == "restored")
    assert card(browser, "relations-restored") == restored["date"]
    assert card(browser, "established") == "not stated"
    for m in show["memberships_in_common"]:
        assert m["organization"] in card(browser, "memberships")
    assert card(browser, "facts").startswith(f"{show['facts']} from 1 article")
    chart = browser.find_element(By.CSS_SELECTOR, "svg.chart")
    assert chart.get_attribute("data-unit") == "million EUR" and chart.is_displayed()

    # the timeline filter hides a type and shows it again
    items = browser.find_elements(By.CSS_SELECTOR, "li.tl-item")
    kinds = {i.get_attribute("data-type") for i in items if i.is_displayed()}
    assert "membership" in kinds and "trade" not in kinds
    browser.find_element(By.CSS_SELECTOR, 'input[name="type"][value="membership"]').click()
    assert not any(
        i.is_displayed() for i in browser.find_elements(By.CSS_SELECTOR, 'li.tl-item[data-type="membership"]')
    )
    assert "type=" in browser.current_url
    browser.find_element(By.CSS_SELECTOR, 'input[name="type"][value="membership"]').click()
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser.execute_script("window.scrollTo(0, 0)")
    browser.set_window_size(1280, 1350)
    browser.save_screenshot(str(SHOTS / "dyad.png"))
    browser.set_window_size(1280, 1000)

    # pick the restored-relations item: its quote is highlighted on the source page
    item = browser.find_element(By.CSS_SELECTOR, f'li.tl-item[data-fact="{restored["id"]}"]')
    quote = item.find_element(By.CSS_SELECTOR, "q.quote").text
    item.find_element(By.CSS_SELECTOR, "a.tl-link").click()
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "mark.ev.active")))
    assert "/sources/" in browser.current_url and f"fact={restored['id']}" in browser.current_url
    active = browser.find_elements(By.CSS_SELECTOR, "mark.ev.active")
    assert " ".join(m.text for m in active) == quote == restored["evidence"][0]["quote"]
    assert all(str(restored["id"]) in m.get_attribute("data-facts").split() for m in active)
    plain = browser.find_element(By.CSS_SELECTOR, "mark.ev:not(.active)")
    assert active[0].value_of_css_property("background-color") != plain.value_of_css_property("background-color")
    assert browser.find_element(By.ID, f"fact-{restored['id']}").get_attribute("class").split() == ["fact", "selected"]
    browser.save_screenshot(str(SHOTS / "source.png"))

    # choosing another fact moves the highlight to its quote
    mission = next(f for f in show["missions"] if f["sender"] == "FI")
    browser.find_element(By.CSS_SELECTOR, f'button.fact-button[data-fact="{mission["id"]}"]').click()
    active = browser.find_elements(By.CSS_SELECTOR, "mark.ev.active")
    assert {m.text for m in active} <= {e["quote"] for e in mission["evidence"]} and active
    assert f"fact={mission['id']}" in browser.current_url

    # choosing a highlight lists the facts it supports
    mark = active[0]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    panel = browser.find_element(By.ID, "mark-facts")
    assert panel.is_displayed()
    listed = [b.get_attribute("data-fact") for b in panel.find_elements(By.CSS_SELECTOR, "button.fact-button")]
    assert listed == mark.get_attribute("data-facts").split() and str(mission["id"]) in listed
    assert console_errors(browser) == []


def test_injected_markup_does_not_run(server: str, browser: Any, store: Store) -> None:
    sid = source_id_of(store, HOSTILE_NAME)
    for url in ("/dyads/AD-MC", f"/sources/{sid}"):
        browser.get(server + url)
        wait(browser).until(lambda d: d.execute_script("return document.readyState") == "complete")
        time.sleep(0.3)  # give an injected onerror handler every chance to fire
        assert browser.execute_script("return window.__pwned === undefined") is True, url
        assert browser.title != "pwned", url
        body = browser.find_element(By.TAG_NAME, "body").text
        assert "<script>window.__pwned = 1;" in body, url  # shown as text
        assert not browser.find_elements(By.CSS_SELECTOR, "main img, main script"), url
    assert '<img src=x onerror="window.__pwned = 2">' in browser.find_element(By.TAG_NAME, "body").text
    assert console_errors(browser) == []


def test_country_page_network_links(server: str, browser: Any) -> None:
    browser.get(server + "/countries/IS")
    nodes = browser.find_elements(By.CSS_SELECTOR, "svg.network a.node")
    codes = {n.find_element(By.TAG_NAME, "text").text for n in nodes}
    assert {"IS", "LT", "NO"} <= codes
    lt = next(n for n in nodes if n.find_element(By.TAG_NAME, "text").text == "LT")
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", lt)
    wait(browser).until(lambda d: d.current_url.endswith("/countries/LT"))
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Lithuania")
