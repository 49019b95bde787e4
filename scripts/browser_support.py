"""What every browser check shares: headless Chromium through Selenium, set up as an Italian
visitor's browser, waits that survive page replacement, and the ok/FAIL report.

Used by scripts/check-browser.sh, check-admin-browser.sh, check-enterprise-browser.sh,
check-quick-exit.sh (Python embedded in the shell script, run with PYTHONPATH=scripts) and by
scripts/check_axe.py. Chromium and its driver come from apt (scripts/ensure-deps.sh browser).
"""
import sys

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
HEADING = (By.TAG_NAME, "h1")


def start_chromium(window_size, page_load_timeout=30):
    """Headless Chromium with a `width,height` window, preferring Italian ("/" sends
    English-preferring browsers to /en, and the checks read Italian pages)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=" + window_size):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "it-IT,it"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(page_load_timeout)
    return driver


class Browser:
    """A driver with the waits the checks use. `default_wait` is in seconds."""

    def __init__(self, window_size, default_wait=30):
        self.driver = start_chromium(window_size)
        self.default_wait = default_wait

    def waiting(self, seconds=None):
        """A wait for which any WebDriver error means "not yet": while a document is being
        replaced, Chromium may answer "stale element" or "Node ... does not belong to the document"."""
        return WebDriverWait(self.driver, seconds or self.default_wait, poll_frequency=0.1,
                             ignored_exceptions=(WebDriverException,))

    def navigate(self, action, fragment="", ready=HEADING):
        """Runs `action` (a click or submit that loads another page) and returns once the old
        document is gone, the new one has fully loaded at a URL containing `fragment`, and
        `ready` (a locator) is on it. Elements must be looked up again afterwards: references
        into the old page are dead."""
        driver = self.driver
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
        self.waiting().until(replaced)
        self.waiting().until(EC.presence_of_element_located(ready))

    def open_page(self, url, ready=HEADING):
        """Loads `url` and waits for `ready` on it."""
        self.driver.get(url)
        self.waiting().until(EC.presence_of_element_located(ready))

    def main_text(self):
        return self.driver.find_element(By.TAG_NAME, "main").text

    def quit(self):
        self.driver.quit()


class Checks:
    """Prints each expectation as `ok` or `FAIL` and ends the run with the count."""

    def __init__(self, name):
        self.name = name
        self.passed = []
        self.failures = []

    def check(self, condition, message):
        print(("ok   " if condition else "FAIL ") + message)
        (self.passed if condition else self.failures).append(message)

    def finish(self):
        """Prints the summary line and exits 1 when anything failed."""
        print("%s: %d passed, %d failed" % (self.name, len(self.passed), len(self.failures)))
        sys.exit(1 if self.failures else 0)
