#!/usr/bin/env bash
# One command: build the app, then run the benchmark (prod jar on a real PostgreSQL 18, signed tokens, open-model
# mixed load, guarded-write vs pgbench INSERT ratio, start-up time and RSS). Results: bench/results/latest.md.
# Options are passed through, e.g. bench/run.sh --rate 200 --seconds 60 --concurrency 8 --start-runs 5
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pgbench >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }
./mvnw -B -q package -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
# the load generator and PostgreSQL share core 0; the app gets core 1 (when there are 2+ cores)
pin=(); app=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then pin=(taskset -c 0); app=(--app-cores 1); fi
"${pin[@]}" java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.cartflow.bench.Bench \
  "${app[@]}" "$@"
