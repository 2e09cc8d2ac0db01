#!/usr/bin/env bash
# Issue 9 item 3, one command: 100,000 patients and 10,000,000 audit events generated into the app's schema on a
# real PostgreSQL 18, then the board, the week's schedule and a journey's audit page timed over HTTP (p50/p95) with
# the query plans. Results: bench/results/scale-latest.md. Smaller runs: bench/scale.sh --patients 10000 --events 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.cartflow.bench.ScaleBench "$@"
