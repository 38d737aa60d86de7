package id.blitar.kiosk.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.blitar.kiosk.codes.BarcodeService.Format;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class BarcodeServiceTest {

    private static final int FRAME_WIDTH = 1280;
    private static final int FRAME_HEIGHT = 720;
    private static final float BROWSER_JPEG_QUALITY = 0.8f;
    private static final double NOISE_SIGMA = 10.0;
    private static final String EAN_13_NUMBER = withEan13CheckDigit("899123456789");

    private final BarcodeService service = new BarcodeService();

    /** A membership card as the kiosk prints it; sizes give ~3-5 px per bar module at 1.0x. */
    record Card(Format format, String text, int width, int height) {
        @Override
        public String toString() {
            return format + " '" + text + "'";
        }
    }

    static List<Card> cards() {
        return List.of(
                new Card(Format.CODE_128, "M-2024-00017", 640, 180),
                new Card(Format.CODE_128, "KPB0001234", 640, 180),
                new Card(Format.CODE_39, "M-2024-00017", 640, 180),
                new Card(Format.CODE_39, "KPB0001234", 640, 180),
                new Card(Format.EAN_13, EAN_13_NUMBER, 640, 180),
                new Card(Format.QR_CODE, "M-2024-00017", 300, 300));
    }

    /** How a patron holds a card in front of the camera: tilt in degrees and distance as scale. */
    static Stream<Arguments> cardsAsSeenByCamera() {
        double[][] poses = {
            {0, 1.0},
            {7, 1.0},
            {-12, 1.0},
            {90, 1.0},
            {180, 1.0},
            {0, 0.6},
            {0, 1.5},
            {-12, 0.6},
            {7, 1.5},
            {90, 0.6},
            {180, 1.5}
        };
        return cards().stream().flatMap(card -> Arrays.stream(poses).map(pose -> Arguments.of(card, pose[0], pose[1])));
    }

    @ParameterizedTest(name = "{0} rotated {1}° scaled {2}x")
    @MethodSource("cardsAsSeenByCamera")
    void shouldDecodeCardFromNoisyJpegCameraFrame(Card card, double degrees, double scale) {
        byte[] frame = cameraFrameJpeg(render(card), degrees, scale);

        assertThat(service.decode(frame)).contains(card.text());
    }

    @Test
    void shouldDecodeCode128CardRotatedScaledAndNoised() {
        Card card = new Card(Format.CODE_128, "M-2024-00017", 640, 180);

        byte[] frame = cameraFrameJpeg(render(card), -12, 0.6);

        assertThat(service.decode(frame)).contains("M-2024-00017");
    }

    @Test
    void shouldDecodeCardHeldVerticallyBecauseOneDimensionalReadersRetryRotated() {
        Card card = new Card(Format.CODE_39, "KPB0001234", 640, 180);

        byte[] frame = cameraFrameJpeg(render(card), 90, 1.0);

        assertThat(service.decode(frame)).contains("KPB0001234");
    }

    @Test
    void shouldDecodeAlreadyDecodedImage() throws IOException {
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(service.renderPng("KPB0001234", Format.QR_CODE, 200, 200)));

        assertThat(service.decode(image)).contains("KPB0001234");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldRenderPngThatDecodesBackToSameText(Format format) throws IOException {
        String text = format == Format.EAN_13 ? EAN_13_NUMBER : "KPB0001234";

        byte[] png = service.renderPng(text, format, 400, 160);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(400);
        assertThat(service.decode(png)).contains(text);
    }

    @Test
    void shouldRenderQrWithNarrowMargin() throws IOException {
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(service.renderPng("M-2024-00017", Format.QR_CODE, 250, 250)));

        // With margin 2 (not ZXing's default 4) the finder pattern starts within 3 modules of the edge.
        int firstDark = 0;
        while (firstDark < image.getWidth() && (image.getRGB(firstDark, firstDark) & 0xFF) > 128) {
            firstDark++;
        }
        int moduleSize = 250 / (21 + 2 * 2);
        assertThat(firstDark).isBetween(2 * moduleSize, 3 * moduleSize);
    }

    @Test
    void shouldRejectTextTheFormatCannotEncode() {
        String wrongCheckDigit = EAN_13_NUMBER.substring(0, 12) + ((EAN_13_NUMBER.charAt(12) - '0' + 1) % 10);

        assertThatThrownBy(() -> service.renderPng("M-2024-00017", Format.EAN_13, 300, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.renderPng(wrongCheckDigit, Format.EAN_13, 300, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.renderPng("kpb0001234", Format.CODE_39, 300, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.renderPng("Kartu €", Format.CODE_128, 300, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.renderPng("X".repeat(5000), Format.QR_CODE, 300, 300))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.renderPng("", Format.QR_CODE, 300, 300))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.renderPng("KPB0001234", Format.QR_CODE, 0, 300))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReturnEmptyForNullOrEmptyInput() {
        assertThat(service.decode((byte[]) null)).isEmpty();
        assertThat(service.decode(new byte[0])).isEmpty();
        assertThat(service.decode((BufferedImage) null)).isEmpty();
    }

    @Test
    void shouldReturnEmptyForGarbageBytes() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);

        assertThat(service.decode(garbage)).isEmpty();
    }

    @Test
    void shouldReturnEmptyForTruncatedJpeg() {
        byte[] frame = cameraFrameJpeg(render(cards().get(0)), 0, 1.0);

        assertThat(service.decode(Arrays.copyOf(frame, 600))).isEmpty();
    }

    @Test
    void shouldReturnEmptyForBlankWhiteFrame() {
        BufferedImage white = new BufferedImage(FRAME_WIDTH, FRAME_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, FRAME_WIDTH, FRAME_HEIGHT);
        g.dispose();

        assertThat(service.decode(jpeg(white))).isEmpty();
    }

    @Test
    void shouldReturnEmptyForPhotoLikeFrameWithoutCode() {
        assertThat(service.decode(jpeg(photoLikeFrame(new Random(11))))).isEmpty();
    }

    @Test
    void shouldIgnoreInputLargerThanFiveMegabytesEvenIfReadable() {
        byte[] png = service.renderPng("KPB0001234", Format.QR_CODE, 200, 200);
        // PNG readers stop at IEND, so trailing padding keeps the image readable but makes it large.
        byte[] justUnderLimit = Arrays.copyOf(png, 5 * 1024 * 1024);
        byte[] overLimit = Arrays.copyOf(png, 5 * 1024 * 1024 + 1);

        assertThat(service.decode(justUnderLimit)).contains("KPB0001234");
        assertThat(service.decode(overLimit)).isEmpty();
    }

    // --- helpers: simulate what a browser camera snapshot of a held-up card looks like ---

    private BufferedImage render(Card card) {
        try {
            return ImageIO.read(new ByteArrayInputStream(
                    service.renderPng(card.text(), card.format(), card.width(), card.height())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the code on white card stock, tilts and scales it onto a grey 1280x720 frame, applies
     * uneven lighting and sensor noise, then JPEG-encodes it like canvas.toDataURL("image/jpeg").
     */
    private static byte[] cameraFrameJpeg(BufferedImage code, double degrees, double scale) {
        int border = 24;
        BufferedImage card = new BufferedImage(
                code.getWidth() + 2 * border, code.getHeight() + 2 * border, BufferedImage.TYPE_INT_RGB);
        Graphics2D cg = card.createGraphics();
        cg.setColor(new Color(245, 243, 238));
        cg.fillRect(0, 0, card.getWidth(), card.getHeight());
        cg.drawImage(code, border, border, null);
        cg.dispose();

        AffineTransform pose = new AffineTransform();
        pose.translate(FRAME_WIDTH / 2.0 + 30, FRAME_HEIGHT / 2.0 - 15); // never perfectly centred
        pose.rotate(Math.toRadians(degrees));
        pose.scale(scale, scale);
        pose.translate(-card.getWidth() / 2.0, -card.getHeight() / 2.0);
        Rectangle2D bounds = pose.createTransformedShape(
                        new Rectangle2D.Double(0, 0, card.getWidth(), card.getHeight()))
                .getBounds2D();
        if (!new Rectangle2D.Double(0, 0, FRAME_WIDTH, FRAME_HEIGHT).contains(bounds)) {
            throw new IllegalArgumentException("test pose puts the card outside the frame: " + bounds);
        }

        BufferedImage frame = new BufferedImage(FRAME_WIDTH, FRAME_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(120, 122, 118));
        g.fillRect(0, 0, FRAME_WIDTH, FRAME_HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.drawImage(card, pose, null);
        g.dispose();

        Random random = new Random(20240017L);
        for (int y = 0; y < FRAME_HEIGHT; y++) {
            for (int x = 0; x < FRAME_WIDTH; x++) {
                // Window light from the right: 78% brightness on the left edge, 100% on the right.
                double light = 0.78 + 0.22 * x / (FRAME_WIDTH - 1);
                frame.setRGB(x, y, noisy(frame.getRGB(x, y), light, random));
            }
        }
        return jpeg(frame);
    }

    private static int noisy(int rgb, double light, Random random) {
        int result = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double channel = ((rgb >> shift) & 0xFF) * light + random.nextGaussian() * NOISE_SIGMA;
            result |= clamp(channel) << shift;
        }
        return result;
    }

    /** Smooth shapes, edges and noise: busy like a real room, but without any barcode. */
    private static BufferedImage photoLikeFrame(Random random) {
        BufferedImage image = new BufferedImage(FRAME_WIDTH, FRAME_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(140, 130, 115));
        g.fillRect(0, 0, FRAME_WIDTH, FRAME_HEIGHT);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            int w = 40 + random.nextInt(400);
            int h = 40 + random.nextInt(300);
            int x = random.nextInt(FRAME_WIDTH) - w / 2;
            int y = random.nextInt(FRAME_HEIGHT) - h / 2;
            if (random.nextBoolean()) {
                g.fillOval(x, y, w, h);
            } else {
                g.fillRect(x, y, w, h);
            }
        }
        g.dispose();
        for (int y = 0; y < FRAME_HEIGHT; y++) {
            for (int x = 0; x < FRAME_WIDTH; x++) {
                image.setRGB(x, y, noisy(image.getRGB(x, y), 1.0, random));
            }
        }
        return image;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(BROWSER_JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** GS1 check digit: weights 1 and 3 alternating from the left over the first 12 digits. */
    private static String withEan13CheckDigit(String first12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first12.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return first12 + (10 - sum % 10) % 10;
    }
}
