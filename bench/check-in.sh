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
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
run_bench id.blitar.kiosk.server.bench.CheckInBenchmark "${1:-h2}" "${2:-300}"
