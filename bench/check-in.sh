#!/usr/bin/env bash
# Prints what check-in, repeat scan, check-out, ask a librarian, the worklist (1,000 open), claim and a
# poll tap cost at 1, 4 and 16 concurrent kiosks (p50/p95/p99, per second, errors), each as a ratio to
# the floor (a bare durable INSERT through the same pool) and beside a stock Camunda check-in-like process.
# Usage: bench/check-in.sh [h2|mysql] [calls per operation and level, default 300]
#   h2     the embedded default (H2 file database in a temporary folder)
#   mysql  the test database server (local MariaDB, or KIOSK_TEST_DB_URL), schema kiosk_bench
# JAVA_OPTS is passed to java (e.g. -XX:StartFlightRecording=filename=/tmp/check-in.jfr to profile).
# Compare figures within one run: absolute timings on shared 2-core machines are noisy.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cp_file=$(mktemp)
# Packages the modules in the reactor (nothing is installed into ~/.m2) and writes the server's test
# classpath, which then names the reactor's jars.
mvn -B -q -ntp -o -pl server -am -DskipTests package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -Dbench.options="${BENCH_OPTIONS:-}" -Dvaadin.productionMode=true \
    -cp "server/target/test-classes:server/target/classes:$(cat "$cp_file")" \
    id.blitar.kiosk.server.bench.CheckInBenchmark "${1:-h2}" "${2:-300}"
rm -f "$cp_file"
