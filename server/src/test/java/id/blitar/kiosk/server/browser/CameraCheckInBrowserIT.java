package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.server.ServerIT;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check-in with the kiosk camera: Chromium's fake camera plays a video of a membership card's QR
 * code, the browser sends frames to the server, ZXing reads the card, and the member is welcomed.
 */
class CameraCheckInBrowserIT extends ServerIT {

    @TempDir
    static Path videos;

    @Test
    void shouldCheckInAMemberWhoShowsTheCardToTheCamera() throws IOException {
        Path video = cardVideo("KPB-0005");
        try (Browser browser = cameraShowing(video)) {
            new CheckInViewElement(browser).waitForCamera();
            browser.screenshot("20-camera-open");

            ResultElement welcome = new ResultElement(browser).waitForTitle("Selamat datang, Ahmad!");
            assertThat(welcome.text()).contains("kunjungan ke-1");
            browser.screenshot("21-welcome-by-camera");
        }
    }

    @Test
    void shouldCheckInAMemberWhoseDigitalCardIsShownInDarkMode() throws IOException {
        Path video = cardVideo("KPB-0006", true);
        try (Browser browser = cameraShowing(video)) {
            ResultElement welcome = new ResultElement(browser).waitForTitle("Selamat datang, Dewi!");
            assertThat(welcome.text()).contains("kunjungan ke-");
            browser.screenshot("23-welcome-by-camera-dark-mode");
        }
    }

    @Test
    void shouldTellTheVisitorWhenTheCameraSeesNoCard() throws IOException {
        Path video = cardVideo(null);
        try (Browser browser = cameraShowing(video)) {
            new CheckInViewElement(browser).waitForCameraStatus("Kartu belum terbaca");
            browser.screenshot("22-camera-unreadable");
        }
    }

    /** A kiosk browser whose camera plays the given video, on the check-in screen with the camera open. */
    private Browser cameraShowing(Path video) {
        Browser browser = new Browser(
                1080,
                1920,
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video);
        try {
            new CheckInViewElement(browser).open(url("")).openCamera();
            return browser;
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    /**
     * A short Y4M video (the raw format Chromium's fake camera plays) of a card held in front of the
     * camera: a grey room, a white card with the code slightly off-centre. Without a number, a card
     * without any code.
     */
    private static Path cardVideo(String cardNumber) throws IOException {
        return cardVideo(cardNumber, false);
    }

    /**
     * As above; {@code darkMode}: a phone showing the digital card white on black (dark mode) instead
     * of a printed card.
     */
    private static Path cardVideo(String cardNumber, boolean darkMode) throws IOException {
        int width = 640;
        int height = 480;
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(120, 124, 118));
        g.fillRect(0, 0, width, height);
        g.setColor(darkMode ? new Color(16, 16, 18) : Color.WHITE);
        g.fillRoundRect(150, 80, 340, 320, 24, 24);
        if (cardNumber != null) {
            byte[] png = new BarcodeService().renderPng(cardNumber, BarcodeService.Format.QR_CODE, 260, 260);
            BufferedImage printed = ImageIO.read(new ByteArrayInputStream(png));
            BufferedImage code = new BufferedImage(printed.getWidth(), printed.getHeight(), BufferedImage.TYPE_INT_RGB);
            code.createGraphics().drawImage(printed, 0, 0, null);
            if (darkMode) {
                for (int y = 0; y < code.getHeight(); y++) {
                    for (int x = 0; x < code.getWidth(); x++) {
                        code.setRGB(x, y, (code.getRGB(x, y) & 0xff) > 127 ? 0x101012 : 0xe6e6e6);
                    }
                }
            }
            g.drawImage(code, 190, 110, null);
        }
        g.dispose();

        Path file = videos.resolve((cardNumber == null ? "blank" : cardNumber) + (darkMode ? "-dark" : "") + ".y4m");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] y = new byte[width * height];
            for (int row = 0; row < height; row++) {
                for (int col = 0; col < width; col++) {
                    int rgb = frame.getRGB(col, row);
                    int r = (rgb >> 16) & 0xff;
                    int gr = (rgb >> 8) & 0xff;
                    int b = rgb & 0xff;
                    y[row * width + col] = (byte) Math.round(0.299 * r + 0.587 * gr + 0.114 * b);
                }
            }
            byte[] chroma = new byte[(width / 2) * (height / 2)];
            java.util.Arrays.fill(chroma, (byte) 128);
            for (int i = 0; i < 10; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(y);
                out.write(chroma);
                out.write(chroma);
            }
        }
        return file;
    }
}
