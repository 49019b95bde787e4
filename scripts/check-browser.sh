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
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

base = sys.argv[1]
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,1800"):
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_page_load_timeout(30)
driver.implicitly_wait(5)

def arrived(fragment):
    """Waits until the browser is on a fully loaded page whose URL contains `fragment`."""
    WebDriverWait(driver, 15).until(
        lambda d: fragment in d.current_url and d.execute_script("return document.readyState") == "complete")
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
    check(driver.find_element(By.TAG_NAME, "h1").text == "Trova un aiuto vicino a te", "home page heading")
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "it", "page language is Italian")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Salute e prevenzione").click()
    arrived("/cerca?bisogno=salute")
    check("/cerca?bisogno=salute" in driver.current_url, "the need tile opens the search for that need")

    comune = driver.find_element(By.ID, "filtri-comune")
    comune.clear()
    comune.send_keys("pinero")            # the progressive script offers suggestions
    options = lambda d: d.find_elements(By.CSS_SELECTOR, "#filtri-comune-lista option")
    WebDriverWait(driver, 5).until(lambda d: len(options(d)) > 0)
    check(options(driver)[0].get_attribute("value") == "Pinerolo", "autocomplete suggests Pinerolo")
    comune.send_keys("lo")                # "pinerolo", lower case, as people type it
    driver.find_element(By.XPATH, "//form[@class='filters']//button[@type='submit']").click()
    arrived("comune=pinerolo")
    summary = driver.find_element(By.CSS_SELECTOR, "p.summary").text
    check("a Pinerolo" in summary and "per «salute e prevenzione»" in summary, "summary sentence: " + summary)
    results = driver.find_elements(By.CSS_SELECTOR, "li.result h2 a")
    check(len(results) > 0, "%d results for health services in Pinerolo" % len(results))

    title = results[0].text
    results[0].click()
    arrived("/servizi/")
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
