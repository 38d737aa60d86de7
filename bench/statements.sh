#!/usr/bin/env bash
# Prints every SQL statement that one check-in, repeat scan, check-out, question, claim and poll tap send,
# from the MariaDB general query log (on for a few seconds only). Needs the mysql test database (schema
# kiosk_bench_trace) and a user allowed to SET GLOBAL. Usage: bench/statements.sh
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
    id.blitar.kiosk.server.bench.StatementTrace
rm -f "$cp_file"
