#!/usr/bin/env bash
# A person's path through the portal in a real browser (headless Chromium driven by Selenium),
# against the real server on a free port over a temporary demo database:
# open the home page, pick a need, write a comune, apply the filters, open a card.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh browser
source scripts/live-server.sh
start_live_server

python3 - "$BASE" <<'PY'
import sys
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

base = sys.argv[1]
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,1800"):
    options.add_argument(flag)
# An Italian browser: "/" sends English-preferring browsers to /en.
options.add_experimental_option("prefs", {"intl.accept_languages": "it-IT,it"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_page_load_timeout(30)
HEADING = (By.TAG_NAME, "h1")

def waiting(seconds=30):
    """A wait for which any WebDriver error means "not yet": while a document is being replaced,
    Chromium may answer "stale element" or "Node ... does not belong to the document"."""
    return WebDriverWait(driver, seconds, poll_frequency=0.1, ignored_exceptions=(WebDriverException,))

def navigate(action, fragment, ready=HEADING):
    """Runs `action` (a click or submit that loads another page) and returns once the old
    document is gone, the new one has fully loaded at a URL containing `fragment`, and `ready`
    (a locator) is on it. Elements must be looked up again afterwards."""
    driver.execute_script("window.vetrinaPreviousPage = true;")
    old = driver.find_element(By.TAG_NAME, "html")
    action()
    def replaced(d):
        try:
            old.tag_name
            return False
        except WebDriverException:
            pass
        return fragment in d.current_url and d.execute_script(
            "return document.readyState === 'complete' && !window.vetrinaPreviousPage;")
    waiting().until(replaced)
    waiting().until(EC.presence_of_element_located(ready))

failures = []
passed = []

def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if condition:
        passed.append(message)
    else:
        failures.append(message)

try:
    driver.get(base + "/")
    waiting().until(EC.presence_of_element_located(HEADING))
    check(driver.find_element(By.TAG_NAME, "h1").text == "Trova un aiuto vicino a te", "home page heading")
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "it", "page language is Italian")
    navigate(lambda: driver.find_element(By.PARTIAL_LINK_TEXT, "Salute e prevenzione").click(),
             "/cerca?bisogno=salute", ready=(By.ID, "filtri-comune"))
    check("/cerca?bisogno=salute" in driver.current_url, "the need tile opens the search for that need")

    comune = driver.find_element(By.ID, "filtri-comune")
    comune.clear()
    comune.send_keys("pinero")            # the progressive script offers suggestions
    options = lambda d: d.find_elements(By.CSS_SELECTOR, "#filtri-comune-lista option")
    waiting().until(lambda d: len(options(d)) > 0)
    check(options(driver)[0].get_attribute("value") == "Pinerolo", "autocomplete suggests Pinerolo")
    comune.send_keys("lo")                # "pinerolo", lower case, as people type it
    navigate(lambda: driver.find_element(By.XPATH, "//form[@class='filters']//button[@type='submit']").click(),
             "comune=pinerolo", ready=(By.CSS_SELECTOR, "p.summary"))
    summary = driver.find_element(By.CSS_SELECTOR, "p.summary").text
    check("a Pinerolo" in summary and "per «salute e prevenzione»" in summary, "summary sentence: " + summary)
    results = driver.find_elements(By.CSS_SELECTOR, "li.result h2 a")
    check(len(results) > 0, "%d results for health services in Pinerolo" % len(results))

    title = results[0].text
    navigate(lambda: results[0].click(), "/servizi/", ready=(By.TAG_NAME, "main"))
    check(driver.find_element(By.TAG_NAME, "h1").text == title, "the card opens: " + title)
    body = driver.find_element(By.TAG_NAME, "main").text
    check("copre il comune di Pinerolo" in body, "the card says whether it covers Pinerolo")
    check("Come fare" in body and "Contatti" in body, "the card shows how to access and contacts")

    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    first = driver.switch_to.active_element
    check((first.get_attribute("href") or "").endswith("#contenuto"), "the first Tab reaches the skip link")
finally:
    driver.quit()

print("check-browser: %d passed, %d failed" % (len(passed), len(failures)))
sys.exit(1 if failures else 0)
PY
