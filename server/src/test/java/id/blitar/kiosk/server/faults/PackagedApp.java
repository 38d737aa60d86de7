package id.blitar.kiosk.server.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code server/target/kiosk-pustaka.jar}) as a child process on a free port of
 * localhost, so that it can really be killed with SIGKILL and started again on the same data.
 */
final class PackagedApp {

    private final Path jar;
    private final List<String> arguments;
    private final Path logDir;
    private final int port;
    private Process process;
    private int starts;

    PackagedApp(Path jar, List<String> arguments, Path logDir) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Run after the package phase: " + jar.toAbsolutePath() + " is missing");
        }
        this.jar = jar;
        this.arguments = List.copyOf(arguments);
        this.logDir = logDir;
        this.port = freePort();
    }

    /**
     * The jar of this checkout, from the {@code server} module (Failsafe) or the repository root (bench), or
     * the one the system property {@code kiosk.jar} names.
     */
    static Path defaultJar() {
        String named = System.getProperty("kiosk.jar");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        Path inModule = Path.of("target", "kiosk-pustaka.jar");
        return Files.exists(inModule) ? inModule : Path.of("server", "target", "kiosk-pustaka.jar");
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Starts the application and waits until its health endpoint answers; returns how long that took. */
    Duration start(Duration timeout) throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("Already running");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only: a start takes noticeably less CPU on a 2-core machine; what is durable does not depend on the JIT.
        List<String> command = new ArrayList<>(
                List.of(java, "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        long begin = System.nanoTime();
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve("app-" + (++starts) + ".log").toFile())
                .start();
        Process started = process;
        // An interrupted harness (Ctrl-C, a test timeout) must not leave the application running.
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        awaitHealthy(timeout);
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** SIGKILL: the JVM gets no chance to flush, close or shut down anything. */
    void kill9() throws InterruptedException {
        // On Linux and macOS, destroyForcibly() sends SIGKILL (kill -9).
        process.destroyForcibly();
        process.waitFor();
    }

    /** An orderly stop (SIGTERM): Spring closes the pool and the database. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + "; see "
                        + logDir.resolve("app-" + starts + ".log"));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Not healthy within " + timeout + "; see " + logDir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
