#!/usr/bin/env bash
# kill -9 of the packaged application under load, repeated: kiosks check in distinct members through the
# kiosk's HTTP protocol (POST /api/kiosk/scans), the application is killed with SIGKILL at a random moment,
# started again on the same database, and every scan the kiosks sent is replayed once. Prints, per run and
# in total: acknowledged / lost / duplicated / inconsistent (a visit without its process instance or the
# reverse). Exits 1 if any run lost, doubled or half-wrote anything.
# Usage: bench/faults/kill9.sh [h2|mariadb|h2-write-delay] [runs=5] [kiosks=6] [min-acknowledged=100] [extra-ms=3000]
#   h2              the embedded default as shipped (H2 file database in a temporary folder)
#   mariadb         the tests' MySQL-protocol database (local MariaDB, or KIOSK_TEST_DB_URL; see README),
#                   a fresh schema kiosk_kill_<a..e> per run (suffixed with KIOSK_TEST_DB_SUFFIX)
#   h2-write-delay  H2 with its default 500 ms write delay, as before issue 14: shows what the harness sees
#                   when commits are lost
# Each run starts the application twice; on a loaded 2-core machine a start takes 1–2 minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cp_file=$(mktemp)
# Packages the modules in the reactor (nothing is installed into ~/.m2), including the executable jar the
# harness starts, and writes the server's test classpath.
mvn -B -q -ntp -pl server -am -DskipTests package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -cp "server/target/test-classes:$(cat "$cp_file")" \
    id.blitar.kiosk.server.faults.Kill9Harness "${1:-h2}" "${2:-5}" "${3:-6}" "${4:-100}" "${5:-3000}"
rm -f "$cp_file"
