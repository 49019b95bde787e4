#!/usr/bin/env bash
# Issue 10 in a real browser (headless Chromium, Selenium) against the real server over a demo
# database: a firm shortlists three services on /imprese, opens its plan, sends «Richiedi
# informazioni»; then the operator of the first provider signs in and finds the request in
# /admin/richieste.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh browser
# A lower PBKDF2 work factor keeps the debug build quick; production uses the default (600 000).
export VETRINA_PASSWORD_ITERATIONS=20000
source scripts/live-server.sh
start_live_server
BIN="$(swift build --show-bin-path)/vetrina"
PASSWORD="cavallo batteria graffetta $$"

PYTHONPATH=scripts python3 - "$BASE" "$PASSWORD" "$BIN" "$LIVE_TMP/vetrina.sqlite" <<'PY'
import subprocess, sys
from browser_support import HEADING, Browser, Checks
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

base, password, binary, database = sys.argv[1:5]
browser = Browser("1200,2000", default_wait=60)
driver, waiting, navigate, open_page, main_text = (browser.driver, browser.waiting, browser.navigate,
                                                   browser.open_page, browser.main_text)
checks = Checks("check-enterprise-browser")
check = checks.check

try:
    open_page(base + "/imprese")
    for n in range(3):
        first_add = driver.find_element(By.XPATH, "(//form[@action='/imprese/piano/aggiungi']/button)[1]")
        navigate(first_add.click)
    check("Nel tuo piano welfare: 3 servizi." in main_text(), "the firm shortlists three services from /imprese")
    check(len(driver.find_elements(By.XPATH, "//form[@action='/imprese/piano/togli']")) == 3,
          "the three results now offer «Togli dal piano»")
    open_page(base + "/imprese/piano")
    items = driver.find_elements(By.CSS_SELECTOR, ".plan-item")
    check(len(items) == 3, "the plan page lists the three services")
    check("Come paga il piano welfare" in main_text(), "the plan says how each service is paid")
    provider = items[0].find_element(By.CSS_SELECTOR, ".meta a").get_attribute("href").rsplit("/", 1)[-1]
    navigate(driver.find_element(By.LINK_TEXT, "Richiedi informazioni agli enti").click, ready=(By.ID, "firm_name"))
    driver.find_element(By.ID, "firm_name").send_keys("Officina Browser srl")
    driver.find_element(By.XPATH, "//select[@id='size_band']/option[@value='micro']").click()
    driver.find_element(By.ID, "comune").send_keys("Pinerolo")
    driver.find_element(By.ID, "contact_name").send_keys("Carla Verdi")
    driver.find_element(By.ID, "contact_email").send_keys("carla@officina.example")
    driver.find_element(By.ID, "message").send_keys("Vorremmo un preventivo per 6 dipendenti.")
    driver.find_element(By.ID, "consent").click()
    navigate(driver.find_element(By.XPATH, "//button[normalize-space()='Invia la richiesta']").click)
    check(driver.find_element(By.TAG_NAME, "h1").text == "Richiesta inviata", "the firm sends the request")

    subprocess.run([binary, "user", "create", "--db", database, "--email", "operatore@ente.example",
                    "--role", "operatore_ente", "--organizations", provider, "--iterations", "20000"],
                   input=password + "\n", text=True, check=True, capture_output=True)
    driver.delete_all_cookies()
    open_page(base + "/admin/accedi", ready=(By.ID, "email"))
    driver.find_element(By.ID, "email").send_keys("operatore@ente.example")
    driver.find_element(By.ID, "password").send_keys(password)
    navigate(driver.find_element(By.XPATH, "//button[normalize-space()='Accedi']").click)
    open_page(base + "/admin/richieste")
    check("Officina Browser srl" in main_text(), "the provider's operator sees the request in their queue")
finally:
    driver.quit()

checks.finish()
PY
