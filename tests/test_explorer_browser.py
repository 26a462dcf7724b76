"""The explorer in a real browser: headless Chromium (Debian's, installed by `make services`) driven by Selenium.

The samples are built into a temporary store, `kg serve` runs on a free port of 127.0.0.1, and the
browser searches, opens an entity page, draws the network (Cytoscape's model is read from JS),
clicks a node, and loads a shipped query into the SPARQL editor and runs it. Screenshots are
written to out/screenshots/ (a test artefact; `out/` is not committed). Skips with a reason only
when Chromium, ChromeDriver or Selenium is missing.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
SCREENSHOTS = ROOT / "out" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
         "--window-size=1360,1000"]

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
                       reason="Debian's chromium and chromium-driver are not installed (`make services` as root)"),
]
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`kg serve` on the built samples; yields its base URL, stops it with SIGTERM at the end."""
    store = tmp_path_factory.mktemp("explorer") / "store"
    build = subprocess.run([sys.executable, "-m", "kg", "build", str(SAMPLES), "--store", str(store), "-q"],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0"],
                               stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
        assert match, f"kg serve said: {line!r}"
        yield match.group(1)
    finally:
        process.terminate()
        assert process.wait(timeout=30) == 0
        assert process.stderr is not None and "stopping" in process.stderr.read()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download anything
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(browser: webdriver.Chrome, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    assert browser.save_screenshot(str(path))
    assert path.stat().st_size > 10_000
    return path


def wait(browser: webdriver.Chrome, seconds: float = 20) -> WebDriverWait:
    return WebDriverWait(browser, seconds)


def test_search_finds_an_entity_and_its_page_lists_the_facts(server: str, browser: webdriver.Chrome) -> None:
    browser.get(server + "/")
    box = browser.find_element(By.CSS_SELECTOR, "form.bigsearch input[name=q]")
    box.send_keys("Macron")
    box.submit()
    wait(browser).until(ec.presence_of_element_located((By.ID, "search-results")))
    assert "/search?q=Macron" in browser.current_url  # a shareable URL
    link = browser.find_element(By.LINK_TEXT, "Emmanuel Macron")
    link.click()
    wait(browser).until(ec.text_to_be_present_in_element((By.ID, "entity-label"), "Emmanuel Macron"))
    assert browser.find_element(By.ID, "wikidata-link").text == "Q3052772"
    facts = {row.get_attribute("data-kind"): row.text for row in browser.find_elements(By.CSS_SELECTOR, "tr.fact")}
    assert {"Meeting", "Visit", "leaderOf"} <= set(facts)
    assert "Olaf Scholz" in facts["Meeting"]
    assert "Macron met German Chancellor Olaf Scholz at the Chancellery" in facts["Meeting"]
    assert "Berlin" in facts["Visit"] and "France" in facts["leaderOf"]
    screenshot(browser, "entity")
    browser.find_element(By.LINK_TEXT, "Olaf Scholz").click()  # the other party is a link to its page
    wait(browser).until(ec.text_to_be_present_in_element((By.ID, "entity-label"), "Olaf Scholz"))


def test_network_draws_the_meetings_and_a_click_opens_a_page(server: str, browser: webdriver.Chrome) -> None:
    browser.get(server + "/network?kind=Meeting&kind=Visit&kind=Sanction")
    wait(browser).until(lambda b: b.execute_script("return !!window.kgNetwork"))
    nodes = browser.execute_script("return window.kgNetwork.nodes().map(n => n.data('label'))")
    edges = browser.execute_script("return window.kgNetwork.edges().map("
                                   "e => [e.source().data('label'), e.target().data('label'), e.data('kind')])")
    assert {"Emmanuel Macron", "Olaf Scholz", "Berlin", "Myanmar"} <= set(nodes)
    pairs = {(frozenset((source, target)), kind) for source, target, kind in edges}
    assert (frozenset(("Emmanuel Macron", "Olaf Scholz")), "Meeting") in pairs
    assert ["Emmanuel Macron", "Berlin", "Visit"] in edges
    assert {kind for _, _, kind in edges} <= {"Meeting", "Visit", "Sanction"}
    screenshot(browser, "network")
    # a real click on the node where Cytoscape drew it
    position = browser.execute_script("""
        const node = window.kgNetwork.nodes().filter(n => n.data('label') === 'Olaf Scholz')[0];
        const box = document.getElementById('network').getBoundingClientRect();
        const p = node.renderedPosition();
        return [box.left + p.x, box.top + p.y];""")
    webdriver.ActionChains(browser).move_by_offset(*position).click().perform()
    webdriver.ActionChains(browser).move_by_offset(-position[0], -position[1]).perform()
    wait(browser).until(ec.text_to_be_present_in_element((By.ID, "entity-label"), "Olaf Scholz"))


def test_network_filters_by_kind_and_date(server: str, browser: webdriver.Chrome) -> None:
    browser.get(server + "/network?kind=Sanction")
    wait(browser).until(lambda b: b.execute_script("return !!window.kgNetwork"))
    kinds = browser.execute_script("return window.kgNetwork.edges().map(e => e.data('kind'))")
    assert kinds and set(kinds) == {"Sanction"}
    browser.get(server + "/network?kind=Meeting&from=2999")
    wait(browser).until(lambda b: b.execute_script("return !!window.kgNetwork"))
    assert browser.execute_script("return window.kgNetwork.elements().length") == 0


def test_timeline_lists_events_in_order(server: str, browser: webdriver.Chrome) -> None:
    browser.get(server + "/search?q=Macron")
    browser.find_element(By.LINK_TEXT, "Emmanuel Macron").click()
    browser.find_element(By.LINK_TEXT, "timeline").click()
    wait(browser).until(ec.presence_of_element_located((By.ID, "timeline")))
    events = browser.find_elements(By.CSS_SELECTOR, "#timeline li.event")
    assert len(events) >= 2
    assert any("Olaf Scholz" in e.text for e in events)


def test_sparql_editor_runs_a_shipped_query(server: str, browser: webdriver.Chrome) -> None:
    browser.get(server + "/sparql")
    wait(browser).until(lambda b: b.execute_script("return !!window.kgYasgui"))
    browser.find_element(By.CSS_SELECTOR, "button.load-query[data-name=leaders]").click()
    wait(browser).until(lambda b: "kg:leaderOf" in b.execute_script("return window.kgYasgui.getTab().getQuery()"))
    browser.execute_script("window.kgYasgui.getTab().query()")
    wait(browser, 30).until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".yasr"), "Emmanuel Macron"))
    screenshot(browser, "sparql")


def test_pages_escape_hostile_text(server: str, browser: webdriver.Chrome) -> None:
    browser.get(server + "/search?q=" + "%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E")
    time.sleep(0.2)
    assert browser.execute_script("return window.pwned === undefined")
    assert "<script>window.pwned=1</script>" in browser.find_element(By.TAG_NAME, "h1").text
