#!/usr/bin/env bash
# Prints what people at screens wait for, in headless Chromium against the app in production mode (issue 20):
# scan to welcome (p50/p95/p99) with 8 entrance kiosks open, heap per open kiosk UI (200 sessions), JavaScript
# transferred on a first load (kiosk, board, dashboards, model editor; compressed and not), and first meaningful
# content of the staff pages and a worklist claim, cold and warm. Usage: bench/kiosk-pages.sh [h2|mysql]
#   h2     the embedded default (H2 file database in a temporary folder)
#   mysql  the test database server (local MariaDB, or KIOSK_TEST_DB_URL), schema kiosk_bench_pages
# Needs Debian's chromium and chromium-driver. Absolute timings on shared 2-core machines are noisy; compare
# figures within one run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
run_bench id.blitar.kiosk.server.bench.KioskPagesBenchmark "${1:-h2}"
