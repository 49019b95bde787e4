#!/usr/bin/env bash
# A bounded libFuzzer run of the HTTP request decoder (Fuzz/FuzzRequestDecoder.swift) over the
# committed seed corpus in Fuzz/corpus. New interesting inputs go to .build/fuzz/corpus (not
# committed); crashers are written to .build/fuzz/ and make this script exit non-zero.
#   FUZZ_SECONDS=60 (default) bounds the run; FUZZ_JOBS=1 parallel workers.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFTC="${SWIFTC:-$(dirname "$(command -v swift)")/swiftc}"
SECONDS_TO_RUN="${FUZZ_SECONDS:-60}"
OUT=.build/fuzz
mkdir -p "$OUT/corpus"
SRC=Sources/HTTPServer
PARSER_FILES=(
  "$SRC/HTTPMethod.swift" "$SRC/HTTPHeaders.swift" "$SRC/HTTPVersion.swift" "$SRC/HTTPStatus.swift"
  "$SRC/RequestHead.swift" "$SRC/ParserLimits.swift" "$SRC/ParseError.swift" "$SRC/RequestDecoder.swift"
  "$SRC/HeadParser.swift" "$SRC/RequestLineParser.swift" "$SRC/FramingRules.swift" "$SRC/ChunkedState.swift"
)
echo "== building fuzzer"
"$SWIFTC" -sanitize=fuzzer,address -parse-as-library -O -g -module-name FuzzHTTP \
  "${PARSER_FILES[@]}" Fuzz/FuzzRequestDecoder.swift -o "$OUT/fuzz-request-decoder"
echo "== fuzzing for ${SECONDS_TO_RUN}s"
"$OUT/fuzz-request-decoder" -max_total_time="$SECONDS_TO_RUN" -max_len=2048 -timeout=10 \
  -artifact_prefix="$OUT/" -print_final_stats=1 "$OUT/corpus" Fuzz/corpus
echo "== no crash found"
