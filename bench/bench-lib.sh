# Sourced by the benchmark scripts in this folder; not a command.
# run_bench CLASS [ARGS...]: packages the modules of the reactor (nothing is installed into ~/.m2) and writes the
# server's test classpath, which then names the reactor's jars (the workflows test jar without its test
# application); then runs CLASS on it in Vaadin's production mode. JAVA_OPTS go to java (e.g.
# -XX:StartFlightRecording=filename=/tmp/bench.jfr); BENCH_OPTIONS become more application arguments
# (e.g. "--camunda.bpm.history-level=none"), for the benchmarks that start the application.
run_bench() {
    local main_class=$1
    shift
    cd "$(dirname "${BASH_SOURCE[0]}")/.."
    local cp_file
    cp_file=$(mktemp)
    mvn -B -q -ntp -pl server -am -DskipTests package dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -Dbench.options="${BENCH_OPTIONS:-}" -Dvaadin.productionMode=true \
        -cp "server/target/test-classes:server/target/classes:$(cat "$cp_file")" "$main_class" "$@"
    rm -f "$cp_file"
}
