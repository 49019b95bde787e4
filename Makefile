# Vetrina Welfare — the two commands a newcomer needs: `make run` and `make test`.
SWIFT      ?= swift
DB         ?= var/vetrina.sqlite
HOST       ?= 127.0.0.1
PORT       ?= 8080
RELEASE    := .build/release/vetrina
DEBUG_BIN  := .build/debug/vetrina

.PHONY: run build test bench fuzz clean deps

## Checks for the system packages the build needs; installs them when running as root with apt.
deps:
	@bash scripts/ensure-deps.sh build

build: deps
	$(SWIFT) build -c release --product vetrina

## Build (release), migrate, seed territories + demo catalog if the database is new, serve.
run: build
	@mkdir -p $(dir $(DB))
	$(RELEASE) migrate --db $(DB)
	$(RELEASE) seed --db $(DB) --demo --if-new
	$(RELEASE) serve --db $(DB) --host $(HOST) --port $(PORT) --public Public

## Unit, integration and end-to-end tests, then the slowest Swift suites (each timed alone).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@failed=""; for c in scripts/check-*.sh; do [ -e "$$c" ] || continue; echo "== $$c"; \
	  bash "$$c" || failed="$$failed $$c"; done; \
	  if [ -n "$$failed" ]; then echo "Failed checks:$$failed" >&2; exit 1; fi
	@if [ "$(SUITE_TIMES)" != 0 ]; then bash scripts/slowest-suites.sh 10; fi   # SUITE_TIMES=0 skips it

## Benchmarks; figures are written to bench/results/.
bench: deps
	@bash scripts/bench.sh

## A bounded libFuzzer run of the HTTP request parser over Fuzz/corpus.
fuzz: deps
	@bash scripts/fuzz.sh

clean:
	rm -rf .build var
