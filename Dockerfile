# Kios Pustaka as one container: build the fat jar, then run it on a plain JRE.
#   docker build -t kiosk-pustaka .        (or: docker compose up --build, see docker-compose.yml)

# --- Build: the Vaadin production frontend comes from pre-compiled bundles, so Maven is all it needs.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Only the poms and sources are copied: a developer's target/ folders (or H2 data) must not leak into
# the image, and there is no .dockerignore to keep them out.
COPY pom.xml ./
COPY bpmn/pom.xml bpmn/
COPY bpmn/src bpmn/src
COPY workflows/pom.xml workflows/
COPY workflows/src workflows/src
COPY kiosk-ui/pom.xml kiosk-ui/
COPY kiosk-ui/src kiosk-ui/src
COPY server/pom.xml server/
COPY server/src server/src
# The tests need a database and a browser; they run in CI (.ci/run), not here.
RUN mvn -B -ntp -DskipTests package

# --- Run
FROM eclipse-temurin:17-jre
# curl for the health check. Today's image still ships it, but only "for historical reasons"
# (adoptium/containers#255): installing it here keeps the check working if it is dropped.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
# A fixed non-root user; /app/data holds the H2 database should the default (embedded) profile be used.
RUN groupadd --system --gid 10001 kiosk \
    && useradd --system --uid 10001 --gid kiosk --home-dir /app --no-create-home kiosk \
    && mkdir -p /app/data \
    && chown kiosk:kiosk /app/data
WORKDIR /app
COPY --from=build /src/server/target/kiosk-pustaka.jar /app/app.jar
USER kiosk
ENV SPRING_PROFILES_ACTIVE=mysql \
    KIOSK_DATA_DIR=/app/data
EXPOSE 8080
# Flyway migrations and Camunda's engine start take a while on first boot.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fs http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
