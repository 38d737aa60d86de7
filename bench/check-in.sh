#!/usr/bin/env bash
# Prints check-in, check-out, ask-a-librarian, claim and poll figures (latency percentiles, parallel
# throughput) through the real facades, engine and database. Usage: bench/check-in.sh [h2|mysql] [members]
#   h2     the embedded default (H2 file database in a temporary folder)
#   mysql  the test database server (local MariaDB, or KIOSK_TEST_DB_URL), schema kiosk_bench
# Compare figures within one run: absolute timings on shared 2-core machines are noisy.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -ntp -DskipTests install
cp_file=$(mktemp)
mvn -B -q -ntp -pl server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -Dvaadin.productionMode=true -cp "server/target/test-classes:server/target/classes:$(cat "$cp_file")" \
    id.blitar.kiosk.server.bench.CheckInBenchmark "${1:-h2}" "${2:-400}"
rm -f "$cp_file"
