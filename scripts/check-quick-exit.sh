#!/usr/bin/env bash
# Issue 11, safety: the "Esci subito" quick exit in a real browser (headless Chromium driven by
# Selenium) against the real server on a free port over a temporary demo database. On a search
# about violence the first Tab reaches the exit; a click, and Escape pressed twice, leave the
# page through location.replace, so Back does not return to it. The exit's destination is set
# to a page of the portal itself for the test (there is no network here).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh browser
source scripts/live-server.sh
start_live_server

PYTHONPATH=scripts python3 - "$BASE" <<'PY'
import sys
from browser_support import Browser, Checks
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

base = sys.argv[1]
browser = Browser("390,1200", default_wait=20)
driver, waiting = browser.driver, browser.waiting
checks = Checks("check-quick-exit")
check = checks.check
SENSITIVE = base + "/cerca?q=violenza+domestica"
NEUTRAL = base + "/privacy?uscita=1"


def open_sensitive_after_home():
    driver.get(base + "/")
    driver.get(SENSITIVE)
    waiting().until(lambda d: d.execute_script("return document.readyState === 'complete'"))
    # Point the exit at a page of our own (no network): the script reads the link when used.
    driver.execute_script("document.querySelector('a[data-quick-exit]').href = arguments[0];", NEUTRAL)
    return driver.execute_script("return history.length;")


def left_without_trace(how, length_before):
    waiting().until(lambda d: "uscita=1" in d.current_url)
    check(driver.execute_script("return history.length;") == length_before, how + ": the history did not grow")
    driver.back()
    waiting().until(lambda d: "uscita=1" not in d.current_url)
    check(driver.current_url.rstrip("/") == base.rstrip("/"), how + ": Back leads to the page before, not the search (%s)" % driver.current_url)


try:
    length = open_sensitive_after_home()
    hint = driver.find_element(By.CSS_SELECTOR, ".quick-exit-keys")
    check(hint.is_displayed(), "the Escape hint shows once the script runs")
    ActionChains(driver).send_keys(Keys.TAB).perform()
    active = driver.execute_script("return document.activeElement.className;")
    check(active == "quick-exit-link", "the first Tab focuses «Esci subito» (got %r)" % active)
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    left_without_trace("Enter on the exit", length)

    length = open_sensitive_after_home()
    ActionChains(driver).send_keys(Keys.ESCAPE).pause(0.2).send_keys(Keys.ESCAPE).perform()
    left_without_trace("Escape twice", length)

    driver.get(SENSITIVE)
    ActionChains(driver).send_keys(Keys.ESCAPE).pause(1.5).send_keys(Keys.ESCAPE).perform()
    check("violenza" in driver.current_url, "two Escapes more than a second apart do not leave")
    driver.get(base + "/cerca?q=nido")
    check(not driver.find_elements(By.CSS_SELECTOR, "a[data-quick-exit]"), "an ordinary search has no exit")
finally:
    driver.quit()

checks.finish()
PY
