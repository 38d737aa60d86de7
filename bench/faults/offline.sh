#!/usr/bin/env bash
# A kiosk's network cut for N seconds while members scan: real Chromium at 1080x1920 on the entrance kiosk's
# check-in screen, a relay between browser and server that swallows everything (like a failed Wi-Fi), the
# scans kept in the kiosk's IndexedDB queue ("Tercatat"), the network restored, the queue replayed (and
# replayed once more). Runs OfflineScanQueueBrowserIT's first test with these figures and prints its
# OFFLINE-RUN line: scans / visits / duplicates / lost / worst scan-time error / seconds to replay.
# Exits 1 when the test failed (a scan lost or doubled, a visit more than 1.5 s off its scan time).
# Usage: bench/faults/offline.sh [seconds=30] [scans=10]
#   The database is the tests' MySQL-protocol server (local MariaDB, or KIOSK_TEST_DB_URL; see README),
#   schema kiosk_it_server suffixed with KIOSK_TEST_DB_SUFFIX. A 5-minute cut takes about 8 minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds="${1:-30}"
scans="${2:-10}"
log=$(mktemp)
status=0
mvn -B -ntp verify -pl server -am -Dtest=none \
    -Dit.test='OfflineScanQueueBrowserIT#shouldKeepTenScansAcrossAThirtySecondCutAndRecordEachOnceWithItsScanTime' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
    -Dkiosk.offline.cut="$seconds" -Dkiosk.offline.scans="$scans" >"$log" 2>&1 || status=$?
grep -E '^(OFFLINE-RUN|Offline queue:)' "$log" || true
grep -E 'Tests run:.*OfflineScanQueueBrowserIT|FAIL' "$log" || true
if [ "$status" -ne 0 ]; then
    echo "offline run failed; Maven's output: $log" >&2
    exit 1
fi
rm -f "$log"
