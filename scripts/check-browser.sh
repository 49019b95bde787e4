#!/usr/bin/env bash
# A person's path through the portal in a real browser (headless Chromium driven by Selenium),
# against the real server on a free port over a temporary demo database:
# open the home page, pick a need, write a comune, apply the filters, open a card.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh browser
source scripts/live-server.sh
start_live_server

PYTHONPATH=scripts python3 - "$BASE" <<'PY'
import sys
from browser_support import HEADING, Browser, Checks
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC

base = sys.argv[1]
browser = Browser("390,1800")
driver, waiting, navigate = browser.driver, browser.waiting, browser.navigate
checks = Checks("check-browser")
check = checks.check

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

checks.finish()
PY
