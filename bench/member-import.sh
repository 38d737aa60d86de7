#!/usr/bin/env bash
# Prints how long a SLiMS member import takes (50,000 rows by default): first import (all new), the
# same file again (all unchanged), then 10% of the rows changed. Usage: bench/member-import.sh [h2|mysql] [rows]
#   h2     the embedded default (H2 file database in a temporary folder)
#   mysql  the test database server (local MariaDB, or KIOSK_TEST_DB_URL), schema kiosk_bench_import
# Absolute timings on shared 2-core machines are noisy; compare figures within one run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
run_bench id.blitar.kiosk.server.bench.MemberImportBenchmark "${1:-h2}" "${2:-50000}"
