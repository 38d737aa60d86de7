#!/usr/bin/env bash
# Prints how long a SLiMS member import takes (50,000 rows by default): first import (all new), the
# same file again (all unchanged), then 10% of the rows changed. Usage: bench/member-import.sh [h2|mysql] [rows]
#   h2     the embedded default (H2 file database in a temporary folder)
#   mysql  the test database server (local MariaDB, or KIOSK_TEST_DB_URL), schema kiosk_bench_import
# Absolute timings on shared 2-core machines are noisy; compare figures within one run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cp_file=$(mktemp)
# Packages the modules in the reactor (nothing is installed into ~/.m2) and writes the server's test
# classpath, which then names the reactor's jars (the workflows test jar without its test application).
mvn -B -q -ntp -o -pl server -am -DskipTests package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -Dvaadin.productionMode=true \
    -cp "server/target/test-classes:server/target/classes:$(cat "$cp_file")" \
    id.blitar.kiosk.server.bench.MemberImportBenchmark "${1:-h2}" "${2:-50000}"
rm -f "$cp_file"
