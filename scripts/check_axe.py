"""Runs axe-core on every public and admin page type at 390 and 1280 px, and checks reflow at
320 px (no sideways scrolling of the page, WCAG 1.4.10). Called by scripts/check-axe.sh with the
live server's base URL and an admin's e-mail and password.

To add a page, add one line to PUBLIC_PAGES or ADMIN_PAGES:
    (label, path)                     the page at `path`, or
    (label, path, link_pattern)       the first link on `path` whose pathname matches the regex
                                      `link_pattern` (for pages whose address depends on data).
"""
import datetime
import importlib.util
import json
import os
import re
import sys
from urllib.parse import urljoin, urlparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_support import Browser  # noqa: E402 (scripts/ is not a package)

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

PUBLIC_PAGES = [
    ("home", "/"),
    ("search, no filters", "/cerca"),
    ("site map", "/mappa-del-sito"), ("accessibility", "/accessibilita"), ("privacy", "/privacy"), ("legal notes", "/note-legali"),
    ("home, English", "/en"), ("card, English", "/en", r"^/en/servizi/[^/]+$"),
    ("site map, English", "/en/mappa-del-sito"), ("accessibility, English", "/en/accessibilita"), ("privacy, English", "/en/privacy"), ("legal notes, English", "/en/note-legali"), ("not found (404), English", "/en/pagina-che-non-esiste"), ("search, bad filter (400), English", "/en/cerca?bisogno=inesistente"),
    ("address too long (414, engine refusal)", "/cerca?q=" + "a" * 9000), ("address too long (414), English", "/en/cerca?q=" + "a" * 9000),
    ("search with results", "/cerca?bisogno=salute&comune=Pinerolo"),
    ("search with no results", "/cerca?q=zzzzqqq&comune=Pinerolo"),
    ("search about violence (1522 panel, quick exit)", "/cerca?q=violenza%20domestica&comune=Pinerolo"),
    ("violence need", "/cerca?bisogno=violenza"),
    ("search, bad filter (400)", "/cerca?bisogno=inesistente"),
    ("service card", "/cerca?bisogno=salute&comune=Pinerolo", r"^/servizi/[^/]+$"),
    ("archived service card", "/servizi/mappatura-dei-servizi-di-welfare-del-territorio-progetto-www"),
    ("organisation", "/servizi/mappatura-dei-servizi-di-welfare-del-territorio-progetto-www", r"^/enti/[^/]+$"),
    ("comune", "/territori/pinerolo"),
    ("comune picker", "/territori?comune=Pinerollo"),
    ("comune picker, partial name", "/territori?comune=villanova"),
    ("search, unknown comune (error summary)", "/cerca?comune=Pinzzz"), ("search, unknown comune, English", "/en/cerca?comune=Pinzzz"), ("comune picker, English", "/en/territori?comune=Pinerollo"),
    ("enterprises", "/imprese"),
    ("enterprises, filtered", "/imprese?categoria=a_previdenza_sanita&comune=Pinerolo"),
    ("not found (404)", "/pagina-che-non-esiste"),
    ("admin sign-in", "/admin/accedi"),
    ("open data", "/dati"),
    ("needs observatory", "/osservatorio"),
    ("needs observatory, filtered", "/osservatorio?periodo=30&provincia=cn"),
    ("card change log", "/cerca?bisogno=salute&comune=Pinerolo", r"^/servizi/[^/]+$", "/cronologia"),
    ("corporate welfare explainer", "/imprese/welfare-aziendale"),
    ("enterprise plan, empty", "/imprese/piano"),
    ("needs questionnaire, create", "/imprese/questionario"),
]

ADMIN_PAGES = [
    ("admin dashboard", "/admin"),
    ("admin card list", "/admin/schede"),
    ("admin new card", "/admin/schede/nuova"),
    ("admin card editor", "/admin/schede?stato=published&ordina=titolo", r"^/admin/schede/[0-9]+$"),
    ("admin card preview", "/admin/schede?stato=published&ordina=titolo", r"^/admin/schede/[0-9]+$", "/anteprima"),
    ("admin card history", "/admin/schede?stato=published&ordina=titolo", r"^/admin/schede/[0-9]+$", "/storia"),
    ("admin card translation", "/admin/schede?stato=published&ordina=titolo", r"^/admin/schede/[0-9]+$", "/traduzione/en"),
    ("admin import", "/admin/importa"),
    ("admin organisations", "/admin/enti"),
    ("admin new organisation", "/admin/enti/nuovo"),
    ("admin organisation editor", "/admin/enti", r"^/admin/enti/[0-9]+$"),
    ("admin areas", "/admin/aree"),
    ("admin new area", "/admin/aree/nuova"),
    ("admin users", "/admin/utenti"),
    ("admin new user", "/admin/utenti/nuovo"),
    ("admin audit log", "/admin/registro"),
    ("admin password", "/admin/password"),
    ("admin observatory", "/admin/osservatorio"),
    ("admin cards to re-verify", "/admin/da-verificare"),
    ("admin citizens' reports", "/admin/segnalazioni"),
    ("admin contact requests", "/admin/richieste"),
    ("admin desk workbench", "/admin/sportello"),
]

# Pages of the read-only node (serve --replica), the fourth argument: the read-only page (503).
REPLICA_PAGES = [
    ("read-only node, admin sign-in (503)", "/admin/accedi"),
    ("read-only node, admin card list (503)", "/admin/schede?stato=draft"),
]

WIDTHS = (390, 1280)
REFLOW_WIDTH = 320


def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or spec.origin is None:
        sys.exit("check-axe: the PyPI package axe-playwright-python is not installed")
    with open(os.path.join(os.path.dirname(spec.origin), "axe.min.js"), encoding="utf-8") as handle:
        return handle.read()


base, email, password = sys.argv[1], sys.argv[2], sys.argv[3]
replica_base = sys.argv[4] if len(sys.argv) > 4 else None
AXE = axe_source()
browser = Browser("1280,1000")
driver, waiting = browser.driver, browser.waiting
driver.set_script_timeout(60)
failures, checked = [], []


def open_page(url):
    driver.get(url)
    waiting().until(EC.presence_of_element_located((By.TAG_NAME, "main")))


def set_width(width):
    # Chromium will not make a window narrower than 500 px: emulate the viewport instead.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 800})


def resolve(entry):
    """The absolute URL of a page entry (see the module docstring)."""
    path = entry[1]
    if len(entry) == 2:
        return urljoin(base, path)
    open_page(urljoin(base, path))
    pattern = re.compile(entry[2])
    for link in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
        href = link.get_attribute("href")
        if pattern.search(urlparse(href).path):
            return href + (entry[3] if len(entry) > 3 else "")
    raise RuntimeError("no link matching %s on %s" % (entry[2], path))


def run_axe():
    driver.execute_script(AXE)
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}])));")


def report(label, width, violations):
    for violation in violations:
        failures.append("%s @%d: %s" % (label, width, violation["id"]))
        print("FAIL %s @%d px: [%s] %s (%s)" % (label, width, violation.get("impact"), violation["id"], violation["help"]))
        for node in violation["nodes"][:5]:
            print("       at %s" % " ".join(node.get("target", [])))
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                print("          %s" % summary[:300])


def check_current(label, reload_url=None):
    """Runs axe at every width on the current page (reloading `reload_url` first when given)."""
    for width in WIDTHS:
        set_width(width)
        if reload_url:
            open_page(reload_url)
        viewport = driver.execute_script("return window.innerWidth;")
        if viewport != width:
            raise RuntimeError("%s: the viewport is %d px wide, not %d" % (label, viewport, width))
        violations = json.loads(run_axe())
        report(label, width, violations)
        checked.append((label, width))
        if not violations:
            print("ok   %s @%d px" % (label, width))
    set_width(REFLOW_WIDTH)
    if reload_url:
        open_page(reload_url)
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
    if overflow > 0:
        failures.append("%s @%d: scrolls sideways" % (label, REFLOW_WIDTH))
        print("FAIL %s @%d px: the page scrolls sideways by %d px" % (label, REFLOW_WIDTH, overflow))
    set_width(1280)


def check_pages(pages):
    for entry in pages:
        url = resolve(entry)
        check_current(entry[0], reload_url=url)


def submit_form(button_label):
    """Clicks a button and waits for the page the server answers with."""
    driver.execute_script("window.vetrinaPreviousPage = true;")
    driver.find_element(By.XPATH, "//button[normalize-space()=\"%s\"]" % button_label).click()
    waiting().until(lambda d: d.execute_script(
        "return document.readyState === 'complete' && !window.vetrinaPreviousPage;"))
    waiting().until(EC.presence_of_element_located((By.TAG_NAME, "main")))


def check_needs_survey():
    """Issue 10: the questionnaire's error state, results before and after 5 answers, the answer form."""
    open_page(base + "/imprese/questionario")
    submit_form("Crea il questionario")
    check_current("needs questionnaire, errors")
    driver.find_element(By.ID, "firm_name").send_keys("Officine Demo")
    driver.find_element(By.ID, "comune").send_keys("Pinerolo")
    driver.execute_script("document.getElementById('closes_on').value = arguments[0];",
                          (datetime.date.today() + datetime.timedelta(days=30)).isoformat())
    submit_form("Crea il questionario")
    results = driver.current_url
    check_current("needs questionnaire, results under 5 answers")
    answer = driver.find_element(By.CSS_SELECTOR, "a[href*='/questionario/']:not([href*='gestione'])").get_attribute("href")
    open_page(answer)
    check_current("needs questionnaire, answer form")
    for _ in range(5):
        open_page(answer)
        driver.find_element(By.ID, "bisogni").click()
        driver.find_element(By.ID, "figli").send_keys("Uno")
        submit_form("Invia la risposta")
    check_current("needs questionnaire, thanks")
    check_current("needs questionnaire, results", reload_url=results)
    if "<table" not in driver.page_source:
        failures.append("needs questionnaire, results: no table after 5 answers")
        print("FAIL needs questionnaire, results: no table after 5 answers")


try:
    check_pages(PUBLIC_PAGES)
    check_needs_survey()
    if replica_base:
        for label, path in REPLICA_PAGES:
            check_current(label, reload_url=urljoin(replica_base, path))

    # Error states keep their own page: a wrong password, then a card saved with no title.
    open_page(base + "/admin/accedi")
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys("sbagliata")
    submit_form("Accedi")
    check_current("admin sign-in, wrong password")

    open_page(base + "/admin/accedi")
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(password)
    submit_form("Accedi")
    check_pages(ADMIN_PAGES)

    open_page(resolve(ADMIN_PAGES[3]))
    driver.find_element(By.ID, "title").clear()
    submit_form("Salva la scheda")
    check_current("admin card editor, error summary")
finally:
    driver.quit()

print("check-axe: %d page views checked, %d failed" % (len(checked), len(failures)))
sys.exit(1 if failures else 0)
