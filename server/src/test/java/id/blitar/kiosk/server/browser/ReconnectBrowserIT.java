package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server goes away while a kiosk shows a screen, and comes back: the kiosk shows "Menghubungkan
 * kembali…" and then returns to a working attract screen by itself, with no touch. The application
 * runs here as the packaged jar on the embedded default, so it can really be stopped and restarted.
 */
class ReconnectBrowserIT {

    @TempDir
    Path data;

    @Test
    void shouldRecoverByItselfWhenTheServerComesBack() throws Exception {
        int port = freePort();
        Process server = start(port);
        try (Browser browser = new Browser(1080, 1920)) {
            awaitHealthy(port);
            new CheckInViewElement(browser).open("http://localhost:" + port);
            KioskFrameElement frame = new KioskFrameElement(browser);

            server.destroy();
            server.waitFor();
            assertThat(frame.waitForReconnecting().reconnecting()).contains("Menghubungkan kembali");
            browser.screenshot("50-reconnecting");

            server = start(port);
            awaitHealthy(port);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(d -> new AttractViewElement(browser).isShown() && !frame.isReconnecting());
            browser.waitForVaadin();
            browser.screenshot("51-recovered");

            new AttractViewElement(browser).waitUntilShown().checkIn().scan("KPB-0001");
            new ResultElement(browser).waitForTitle("Selamat datang, Siti!");
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private Process start(int port) throws IOException {
        Path jar = Path.of("target", "kiosk-pustaka.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Run after the package phase: " + jar.toAbsolutePath() + " is missing");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--KIOSK_DATA_DIR=" + data.toAbsolutePath(),
                        "--kiosk.kiosk-ui.idle-seconds=600")
                .redirectErrorStream(true)
                .redirectOutput(
                        data.resolve("server-" + port + "-" + Instant.now().toEpochMilli() + ".log")
                                .toFile())
                .start();
    }

    private static void awaitHealthy(int port) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build();
        Awaitility.await("the application on port " + port)
                .atMost(Duration.ofSeconds(240)) // a packaged start on a loaded 2-core machine took 187 s
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() ->
                        http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
