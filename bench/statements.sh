#!/usr/bin/env bash
# Prints every SQL statement that one check-in, repeat scan, check-out, question, claim and poll tap send,
# from the MariaDB general query log (on for a few seconds only). Needs the mysql test database (schema
# kiosk_bench_trace) and a user allowed to SET GLOBAL. Usage: bench/statements.sh
# Compare figures within one run: absolute timings on shared 2-core machines are noisy.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
run_bench id.blitar.kiosk.server.bench.StatementTrace
