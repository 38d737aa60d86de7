package id.blitar.kiosk.codes;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import id.blitar.kiosk.codes.BarcodeService.Format;
import id.blitar.kiosk.codes.FrameReading.Advice;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Camera frames the kiosk meets at a library gate, generated: digital cards on phones in dark mode
 * (white on black), phone screens photographed (pixel grid, moiré, glare), Code 39 cards with a
 * check character, and long Code 39 numbers across a 640×480 frame. Each kind is a set of frames
 * with varied pose and lighting; every frame must be read. The read rates — and what a single plain
 * ZXing pass reads of the same frames — are printed at the end.
 */
class CameraFrameReadingTest {

    /** Generous, so a busy build machine cannot fail a frame; the kiosk's budget is FRAME_BUDGET. */
    private final BarcodeService service = new BarcodeService(Duration.ofSeconds(10));

    private static final Map<String, int[]> RATES = new java.util.LinkedHashMap<>();

    @Test
    void shouldReadAnInvertedQrCodeOnAPhoneInDarkMode() {
        assertEveryFrameRead(
                "inverted QR (phone, dark mode)",
                10,
                i -> phoneFrame(render("KPB-0005", Format.QR_CODE, 220, 220), true, i, false, false));
    }

    @Test
    void shouldReadAnInvertedCode128() {
        assertEveryFrameRead(
                "inverted Code 128",
                10,
                i -> phoneFrame(render("KPB-0002", Format.CODE_128, 420, 120), true, i, false, false));
    }

    @Test
    void shouldReadAPhoneScreenWithPixelGridMoireAndGlare() {
        assertEveryFrameRead(
                "phone screen QR, moiré + glare",
                10,
                i -> phoneFrame(
                        render("KIOSPUSTAKA-TIKET:ABCDE-FGHJK", Format.QR_CODE, 240, 240), i % 2 == 0, i, true, true));
        assertEveryFrameRead(
                "phone screen Code 128, moiré + glare",
                10,
                i -> phoneFrame(render("KPB-0003", Format.CODE_128, 420, 120), false, i, true, true));
    }

    @Test
    void shouldReadACode39CardWithItsCheckCharacter() {
        // KPB-1015 printed with its modulo-43 check character D; the cleaning rules take it off.
        assertEveryFrameRead(
                "Code 39 with check character",
                10,
                i -> cardFrame(
                        render("KPB-1015D", Format.CODE_39, 560, 140), 1280, 720, 0.8 + i * 0.05, (i - 5) * 2.0, 1.0));
        String read = service.decode(jpeg(cardFrame(render("KPB-1015D", Format.CODE_39, 560, 140), 1280, 720, 1, 0, 1)))
                .orElseThrow();
        assertThat(ScannedCode.of(read).cardCandidates()).containsExactly("KPB-1015D", "KPB-1015");
    }

    @Test
    void shouldReadALongCode39AcrossAWholeFrame() {
        // 16 characters: about 290 modules across 640 pixels, bars reaching the frame's edges.
        assertEveryFrameRead("long Code 39 across 640x480", 12, i -> wideCode39Frame("KPB-2024-0001234", i));
    }

    @Test
    void shouldAdviseWhatFitsTheFailure() {
        BufferedImage qr = render("KPB-0001", Format.QR_CODE, 240, 240);
        BufferedImage blank = new BufferedImage(240, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 240);
        g.dispose();
        assertThat(advice(cardFrame(blank, 1280, 720, 1, 0, 1))).isEqualTo(Advice.NO_CODE);
        assertThat(advice(blurred(cardFrame(qr, 1280, 720, 1, 0, 1), 8))).isEqualTo(Advice.BLURRED);
        assertThat(advice(cutOffCode39Frame("KPB-2024-0001234"))).isEqualTo(Advice.TOO_CLOSE);
        assertThat(advice(withGlareOver(cardFrame(qr, 1280, 720, 1, 0, 1), 640, 360, 150)))
                .isEqualTo(Advice.GLARE);
    }

    @AfterAll
    static void printReadRates() {
        System.out.println("Camera read rates (frames read / frames; plain = one ZXing pass as before):");
        RATES.forEach((kind, r) -> System.out.printf(
                "  %-40s %2d/%2d  plain %2d/%2d  slowest %d ms%n", kind, r[0], r[1], r[2], r[1], r[3]));
    }

    // --- assertions -------------------------------------------------------------------------------

    private void assertEveryFrameRead(String kind, int frames, IntFunction<BufferedImage> frame) {
        List<Integer> missed = new ArrayList<>();
        int read = 0;
        int plain = 0;
        long slowest = 0;
        for (int i = 0; i < frames; i++) {
            byte[] jpeg = jpeg(frame.apply(i));
            long start = System.nanoTime();
            FrameReading reading = service.read(jpeg);
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
            if (reading instanceof FrameReading.Read) {
                read++;
            } else {
                missed.add(i);
            }
            if (plainZxing(jpeg)) {
                plain++;
            }
        }
        RATES.put(kind, new int[] {read, frames, plain, (int) slowest});
        assertThat(missed).as("%s: frames not read", kind).isEmpty();
    }

    private Advice advice(BufferedImage frame) {
        FrameReading reading = service.read(jpeg(frame));
        assertThat(reading).isInstanceOf(FrameReading.NotRead.class);
        return ((FrameReading.NotRead) reading).advice();
    }

    /** What the kiosk did before: one hybrid-binarizer pass with TRY_HARDER over the frame. */
    private static boolean plainZxing(byte[] jpeg) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            new MultiFormatReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return true;
        } catch (Exception notRead) {
            return false;
        }
    }

    // --- frames -------------------------------------------------------------------------------------

    private BufferedImage render(String text, Format format, int width, int height) {
        try {
            return ImageIO.read(new ByteArrayInputStream(service.renderPng(text, format, width, height)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A printed card (camera-white paper, not clipped) tilted and scaled in a grey room. */
    private static BufferedImage cardFrame(
            BufferedImage code, int w, int h, double scale, double degrees, double light) {
        BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(118, 121, 116));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        AffineTransform pose = new AffineTransform();
        pose.translate(w / 2.0 + 20, h / 2.0 - 10);
        pose.rotate(Math.toRadians(degrees));
        pose.scale(scale, scale);
        pose.translate(-code.getWidth() / 2.0 - 20, -code.getHeight() / 2.0 - 20);
        g.setColor(new Color(222, 220, 214));
        g.fill(pose.createTransformedShape(new java.awt.Rectangle(0, 0, code.getWidth() + 40, code.getHeight() + 40)));
        AffineTransform codePose = new AffineTransform(pose);
        codePose.translate(20, 20);
        g.drawImage(paper(code), codePose, null);
        g.dispose();
        return noisy(frame, 8, light, 17);
    }

    /**
     * A phone held up to the camera showing the code: the screen's pixel grid, dark gaps between
     * pixels beating with the camera's pixels (moiré) after a slight tilt and a non-integer scale,
     * and a reflection of a ceiling light.
     */
    private static BufferedImage phoneFrame(
            BufferedImage code, boolean darkMode, int pose, boolean pixelGrid, boolean glare) {
        int w = 1280;
        int h = 720;
        int pad = 30;
        BufferedImage screen =
                new BufferedImage(code.getWidth() + 2 * pad, code.getHeight() + 2 * pad, BufferedImage.TYPE_INT_RGB);
        Graphics2D sg = screen.createGraphics();
        sg.setColor(darkMode ? new Color(18, 18, 20) : new Color(236, 236, 236));
        sg.fillRect(0, 0, screen.getWidth(), screen.getHeight());
        BufferedImage shown = darkMode ? tone(code, 226, 18) : code;
        sg.drawImage(shown, pad, pad, null);
        sg.dispose();
        if (pixelGrid) {
            screen = pixelGrid(screen, 3);
        }
        BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(96, 92, 88));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double scale = (pixelGrid ? 0.43 : 1.0) + 0.03 * (pose % 5);
        double degrees = -6 + 3 * (pose % 5);
        AffineTransform at = new AffineTransform();
        at.translate(w / 2.0 - 40 + 10 * pose, h / 2.0 + 5);
        at.rotate(Math.toRadians(degrees));
        at.scale(scale, scale);
        at.translate(-screen.getWidth() / 2.0, -screen.getHeight() / 2.0);
        g.setColor(new Color(10, 10, 12)); // the phone's bezel
        g.fill(at.createTransformedShape(
                new java.awt.Rectangle(-25, -60, screen.getWidth() + 50, screen.getHeight() + 120)));
        g.drawImage(screen, at, null);
        g.dispose();
        if (glare) {
            // A ceiling light reflected in the glass at the screen's corner, reaching into the code.
            java.awt.geom.Point2D c = at.transform(
                    new java.awt.geom.Point2D.Double(screen.getWidth() * 0.95, screen.getHeight() * 0.05), null);
            frame = withGlareOver(frame, (int) c.getX(), (int) c.getY(), 80);
        }
        return noisy(frame, 6, 1.0, pose);
    }

    /** Code 39 so wide that its outer bars touch the frame's left and right edges (no quiet zone). */
    private BufferedImage wideCode39Frame(String text, int pose) {
        BufferedImage code = render(text, Format.CODE_39, 600, 160);
        int[] bars = blackExtent(code);
        BufferedImage bare = crop(code, bars[0], 0, bars[1] - bars[0] + 1, code.getHeight());
        int w = 640;
        int h = 480;
        BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(222, 220, 214));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        // From just inside the frame to exactly the frame: the first and last bars at the edge.
        double scale = (w - 2.0 * (pose % 4)) / bare.getWidth();
        AffineTransform at = new AffineTransform();
        at.translate(pose % 4, 150 + 5 * pose);
        at.rotate(Math.toRadians((pose % 3 - 1) * 0.6), bare.getWidth() * scale / 2, 60);
        at.scale(scale, 180.0 / bare.getHeight());
        g.drawImage(paper(bare), at, null);
        g.dispose();
        return noisy(blurred(frame, 1), 6, 0.9 + 0.01 * pose, pose);
    }

    /** The same long code, held so close that its ends are outside the frame. */
    private BufferedImage cutOffCode39Frame(String text) {
        BufferedImage code = render(text, Format.CODE_39, 600, 160);
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(222, 220, 214));
        g.fillRect(0, 0, 640, 480);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(paper(code), -260, 120, 1160, 240, null);
        g.dispose();
        return noisy(frame, 6, 1.0, 3);
    }

    // --- image helpers -------------------------------------------------------------------------------

    /** Black-on-white print as a camera sees it: ink is dark grey, paper light grey, never clipped. */
    private static BufferedImage paper(BufferedImage code) {
        return tone(code, 38, 222);
    }

    /** The code's black drawn as {@code ink}, its white as {@code paper}. */
    private static BufferedImage tone(BufferedImage image, int ink, int paper) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = image.getRGB(x, y) & 0xff;
                int o = v > 127 ? paper : ink;
                out.setRGB(x, y, (o << 16) | (o << 8) | o);
            }
        }
        return out;
    }

    /** Each screen pixel as a 3×3 block whose last row and column are dark: an LCD's grid. */
    private static BufferedImage pixelGrid(BufferedImage screen, int cell) {
        BufferedImage out =
                new BufferedImage(screen.getWidth() * cell, screen.getHeight() * cell, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int rgb = screen.getRGB(x / cell, y / cell);
                boolean gap = x % cell == cell - 1 || y % cell == cell - 1;
                int v = rgb & 0xff;
                int o = gap ? v / 3 : v;
                out.setRGB(x, y, (o << 16) | (o << 8) | o);
            }
        }
        return out;
    }

    static BufferedImage withGlareOver(BufferedImage frame, int cx, int cy, int radius) {
        BufferedImage out = copy(frame);
        Graphics2D g = out.createGraphics();
        g.setComposite(AlphaComposite.SrcOver);
        g.setPaint(new RadialGradientPaint(cx, cy, radius, new float[] {0f, 0.55f, 1f}, new Color[] {
            new Color(255, 255, 255, 255), new Color(255, 255, 255, 235), new Color(255, 255, 255, 0)
        }));
        g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        g.dispose();
        return out;
    }

    private static BufferedImage blurred(BufferedImage image, int radius) {
        int size = 2 * radius + 1;
        float[] kernel = new float[size];
        java.util.Arrays.fill(kernel, 1f / size);
        BufferedImage padded = copy(image);
        BufferedImage horizontal =
                new ConvolveOp(new Kernel(size, 1, kernel), ConvolveOp.EDGE_NO_OP, null).filter(padded, null);
        return new ConvolveOp(new Kernel(1, size, kernel), ConvolveOp.EDGE_NO_OP, null).filter(horizontal, null);
    }

    private static BufferedImage noisy(BufferedImage image, double sigma, double light, long seed) {
        Random random = new Random(seed);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int result = 0;
                for (int shift = 16; shift >= 0; shift -= 8) {
                    double c = ((rgb >> shift) & 0xff) * light + random.nextGaussian() * sigma;
                    result |= (int) Math.max(0, Math.min(255, Math.round(c))) << shift;
                }
                out.setRGB(x, y, result);
            }
        }
        return out;
    }

    private static int[] blackExtent(BufferedImage code) {
        int y = code.getHeight() / 2;
        int first = 0;
        while ((code.getRGB(first, y) & 0xff) > 127) first++;
        int last = code.getWidth() - 1;
        while ((code.getRGB(last, y) & 0xff) > 127) last--;
        return new int[] {first, last};
    }

    private static BufferedImage crop(BufferedImage image, int x, int y, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, -x, -y, null);
        g.dispose();
        return out;
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
