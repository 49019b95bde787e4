#!/usr/bin/env bash
# An operator's path through /admin in a real browser (headless Chromium driven by Selenium),
# against the real server on a free port over a temporary demo database: sign in, edit a card
# (first with an error, then correctly), take it back to draft, publish it, and check that the
# public card shows the change.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh browser
# A lower PBKDF2 work factor keeps the debug build quick; production uses the default (600 000).
export VETRINA_PASSWORD_ITERATIONS=20000
source scripts/live-server.sh
start_live_server

BIN="$(swift build --show-bin-path)/vetrina"
PASSWORD="cavallo batteria graffetta $$"
printf '%s\n' "$PASSWORD" | "$BIN" user create --db "$LIVE_TMP/vetrina.sqlite" --email redazione@example.it \
  --role redattore --name "Redazione" --iterations "$VETRINA_PASSWORD_ITERATIONS" >/dev/null

PYTHONPATH=scripts python3 - "$BASE" "$PASSWORD" <<'PY'
import sys, time
from browser_support import HEADING, Browser, Checks
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

base, password = sys.argv[1], sys.argv[2]
browser = Browser("1200,2000", default_wait=60)
driver, waiting, navigate, open_page, main_text = (browser.driver, browser.waiting, browser.navigate,
                                                   browser.open_page, browser.main_text)
checks = Checks("check-admin-browser")
check = checks.check

def button(label):
    return driver.find_element(By.XPATH, "//button[normalize-space()=\"%s\"]" % label)

def submit(label, ready=HEADING):
    """Clicks a submit button and waits for the page the server answers with."""
    navigate(lambda: button(label).click(), ready=ready)


try:
    open_page(base + "/admin", ready=(By.ID, "email"))
    check(driver.current_url.endswith("/admin/accedi"), "signed-out visitor is sent to the sign-in page")
    driver.find_element(By.ID, "email").send_keys("redazione@example.it")
    driver.find_element(By.ID, "password").send_keys("sbagliata")
    submit("Accedi", ready=(By.ID, "password"))
    check("non sono corretti" in main_text(), "a wrong password is refused with a clear message")
    driver.find_element(By.ID, "password").send_keys(password)
    submit("Accedi")
    heading = driver.find_element(By.TAG_NAME, "h1").text
    check(heading == "Cruscotto", "the operator signs in and sees the dashboard (" + heading + ")")
    cookie = driver.get_cookie("vw_sessione") or {}
    check(cookie.get("httpOnly") is True and cookie.get("sameSite") == "Lax", "session cookie is HttpOnly and SameSite=Lax")

    open_page(base + "/admin/schede?stato=published&ordina=titolo", ready=(By.CSS_SELECTOR, "table tbody tr td a"))
    navigate(lambda: driver.find_element(By.CSS_SELECTOR, "table tbody tr td a").click(), ready=(By.ID, "title"))
    edit_page = driver.current_url
    public = driver.find_element(By.LINK_TEXT, "Pagina pubblica").get_attribute("href")
    check("/servizi/" in public, "the card's edit page links to its public page")

    title = driver.find_element(By.ID, "title")
    original_title = title.get_attribute("value")
    title.clear()
    submit("Salva la scheda", ready=(By.ID, "title"))
    check(driver.title.startswith("Errore: "), "an empty title is refused: the page title starts with 'Errore:'")
    check("C'è un problema" in main_text() and "Inserisci il titolo del servizio" in main_text(), "error summary and inline message")
    summary_value = driver.find_element(By.ID, "summary").get_attribute("value")
    check(len(summary_value) > 0, "the other fields keep what was there")

    new_summary = "Aggiornata dal controllo nel browser %d." % int(time.time())
    driver.find_element(By.ID, "title").send_keys(original_title)
    summary = driver.find_element(By.ID, "summary")
    summary.clear()
    summary.send_keys(new_summary)
    submit("Salva la scheda", ready=(By.ID, "title"))
    check("Modifiche salvate." in main_text(), "the corrected card is saved")

    submit("Riporta in bozza", ready=(By.ID, "title"))
    check("Stato: Bozza" in main_text(), "the card goes back to draft")
    open_page(public)
    check("Pagina non trovata" in driver.find_element(By.TAG_NAME, "h1").text or "Non troviamo" in main_text(),
          "a draft card is not public")
    open_page(edit_page, ready=(By.XPATH, "//button[normalize-space()=\"Pubblica\"]"))
    submit("Pubblica", ready=(By.ID, "title"))
    check("Stato: Pubblicata" in main_text(), "the operator publishes the card")

    open_page(public)
    check(new_summary in main_text(), "the public card shows the change")
finally:
    driver.quit()

checks.finish()
PY
