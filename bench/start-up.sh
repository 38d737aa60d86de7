#!/usr/bin/env bash
# Prints how many seconds `java -jar server/target/kiosk-pustaka.jar` takes until /actuator/health/readiness
# answers UP (polled every 100 ms), the CPU seconds the JVM used until then, and Spring's own "Started ... in X
# seconds": first on an empty database (migrations, Camunda's tables, demo data on H2), then a restart on it.
# Usage: bench/start-up.sh [h2|mysql|both] [runs]
#   h2     the embedded default (H2 file database in a temporary data folder)
#   mysql  the mysql profile on a fresh schema kiosk_bench_startup of the local MariaDB (127.0.0.1:3306, root
#          without password; KIOSK_BENCH_DB_HOST / KIOSK_BENCH_DB_PORT to use another)
# With several runs each case is repeated (a new empty database each time) and the median is printed last.
# JAVA_OPTS go to the java command, e.g. JAVA_OPTS='-XX:SharedArchiveFile=...' (see docs/performance.md).
# Absolute timings on shared 2-core machines are noisy: compare figures of one run, and look at the CPU seconds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
which_db=${1:-h2}
runs=${2:-1}
jar=server/target/kiosk-pustaka.jar
db_host=${KIOSK_BENCH_DB_HOST:-127.0.0.1}
db_port=${KIOSK_BENCH_DB_PORT:-3306}
schema=kiosk_bench_startup

if [[ ${KIOSK_BENCH_SKIP_BUILD:-} != true ]]; then
    # Packages the modules in the reactor; nothing is installed into ~/.m2.
    mvn -B -q -ntp -o -pl server -am -DskipTests package
fi

work=$(mktemp -d)
pid=
cleanup() {
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

mysql_fresh() {
    mariadb -h"$db_host" -P"$db_port" -uroot -e "DROP DATABASE IF EXISTS $schema;
        CREATE DATABASE $schema CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

# start DB DATA_DIR LOG: starts the jar, waits for readiness, prints "seconds cpu-seconds started-in", stops it.
start() {
    local db=$1 data=$2 log=$3 port
    port=$(free_port)
    local -a env=(KIOSK_DATA_DIR="$data" PORT="$port")
    if [[ $db == mysql ]]; then
        env+=(SPRING_PROFILES_ACTIVE=mysql
            "KIOSK_DB_URL=jdbc:mysql://$db_host:$db_port/$schema?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"
            KIOSK_DB_USER=root KIOSK_DB_PASSWORD= KIOSK_ADMIN_PASSWORD=bench-startup)
    fi
    local begin end
    begin=$(date +%s%N)
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    env "${env[@]}" java ${JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
    pid=$!
    until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the application stopped before it was ready; its log:" >&2
            tail -50 "$log" >&2
            exit 1
        fi
        sleep 0.1
    done
    end=$(date +%s%N)
    # utime + stime of the JVM in clock ticks, until it was ready
    local ticks
    ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
    local started
    started=$(grep -o 'Started KioskApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1)
    printf '%.1f %.1f %s\n' "$(bc -l <<<"($end - $begin) / 1000000000")" \
        "$(bc -l <<<"$ticks / $(getconf CLK_TCK)")" "${started:-?}"
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

declare -A ready cpu spring
cases=()
for db in h2 mysql; do
    [[ $which_db == "$db" || $which_db == both ]] || continue
    cases+=("$db first" "$db restart")
    for ((run = 1; run <= runs; run++)); do
        data=$work/data-$db-$run
        mkdir -p "$data"
        [[ $db == mysql ]] && mysql_fresh
        for kind in first restart; do
            start "$db" "$data" "$work/$db-$kind-$run.log" >"$work/result"
            read -r s c started <"$work/result"
            printf '%-14s run %d: ready after %5.1f s (%5.1f s CPU); Spring: Started in %s s\n' \
                "$db $kind" "$run" "$s" "$c" "$started"
            ready["$db $kind"]+="$s "
            cpu["$db $kind"]+="$c "
            spring["$db $kind"]+="$started "
        done
    done
done
[[ ${#cases[@]} -gt 0 ]] || { echo "usage: bench/start-up.sh [h2|mysql|both] [runs]" >&2; exit 2; }

echo
printf '%-14s %14s %10s %18s   (median of %d)\n' case ready/s CPU/s "Spring started/s" "$runs"
for c in "${cases[@]}"; do
    printf '%-14s %14s %10s %18s\n' "$c" \
        "$(tr ' ' '\n' <<<"${ready[$c]}" | grep . | median)" \
        "$(tr ' ' '\n' <<<"${cpu[$c]}" | grep . | median)" \
        "$(tr ' ' '\n' <<<"${spring[$c]}" | grep . | median)"
done
if [[ $which_db != h2 ]]; then
    mariadb -h"$db_host" -P"$db_port" -uroot -e "DROP DATABASE IF EXISTS $schema"
fi
