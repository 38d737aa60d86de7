package id.blitar.kiosk.codes;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.springframework.stereotype.Service;

/**
 * Reads membership-card barcodes from kiosk camera frames and renders codes (e.g. QR tickets) as PNG.
 *
 * <p>Decoding never throws: a frame without a readable code is the normal case for a camera
 * polling loop, so every failure is reported as {@link Optional#empty()}. The service is
 * stateless and thread-safe; a fresh ZXing reader is created per call because
 * {@link MultiFormatReader} keeps per-decode state.
 */
@Service
public class BarcodeService {

    /** Barcode symbologies the kiosk reads and writes. */
    public enum Format {
        CODE_128(BarcodeFormat.CODE_128),
        CODE_39(BarcodeFormat.CODE_39),
        EAN_13(BarcodeFormat.EAN_13),
        QR_CODE(BarcodeFormat.QR_CODE);

        private final BarcodeFormat zxingFormat;

        Format(BarcodeFormat zxingFormat) {
            this.zxingFormat = zxingFormat;
        }

        static Optional<Format> of(BarcodeFormat zxingFormat) {
            return java.util.Arrays.stream(values())
                    .filter(f -> f.zxingFormat == zxingFormat)
                    .findFirst();
        }
    }

    /**
     * How long one frame may be worked on. The kiosk sends about two frames a second and waits for
     * each answer, so a frame that takes longer only delays the next, sharper one.
     */
    public static final Duration FRAME_BUDGET = Duration.ofMillis(400);

    /** Camera frames are far smaller; anything bigger is not a frame and would only cost memory. */
    static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    /**
     * A tiny compressed file can declare gigantic dimensions (decompression bomb), so the pixel
     * count is checked from the header before decoding. 16 MP comfortably covers 4K cameras.
     */
    private static final long MAX_PIXELS = 16_000_000L;

    /** Rendering is for tickets and cards; this bounds memory without limiting real use. */
    private static final int MAX_RENDER_SIDE = 4096;

    /** Quiet zone of 11 modules per side satisfies Code 128/39 (10X) and EAN-13 (11X left). */
    private static final int ONE_D_QUIET_ZONE_MODULES_BOTH_SIDES = 22;

    /**
     * ZXing's Code 39 writer silently switches to "full ASCII" mode for other characters, which
     * our reader (like most scanners by default) would decode as different text.
     */
    private static final Pattern CODE_39_BASIC = Pattern.compile("[0-9A-Z \\-.$/+%]+");

    /*
     * TRY_HARDER also makes ZXing's 1D readers retry on a 90°-rotated bitmap when the upright
     * scan fails (OneDReader.decode), which covers cards held vertically; QR is rotation-invariant.
     * An explicit rotated pass here would therefore only double the cost of empty frames.
     */
    // ALSO_INVERTED lets the 2-D readers retry on the flipped bit matrix; 1-D readers read rows from
    // the binarizer and ignore it, so read() also passes an inverted luminance source.
    private static final Map<DecodeHintType, Object> DECODE_HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS,
            List.of(BarcodeFormat.CODE_128, BarcodeFormat.CODE_39, BarcodeFormat.EAN_13, BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER,
            Boolean.TRUE,
            DecodeHintType.ALSO_INVERTED,
            Boolean.TRUE);

    private final Duration frameBudget;

    public BarcodeService() {
        this(FRAME_BUDGET);
    }

    /** With another time budget per frame: tests use a generous one so a busy machine cannot fail them. */
    BarcodeService(Duration frameBudget) {
        this.frameBudget = frameBudget;
    }

    /**
     * Decodes the first barcode found in an encoded image (PNG or JPEG, e.g. a browser canvas
     * snapshot after base64 decoding).
     *
     * @param imageBytes encoded image; may be {@code null}
     * @return the decoded text, or empty when the bytes are missing, larger than 5 MB, not a
     *         readable image, or contain no supported code
     */
    public Optional<String> decode(byte[] imageBytes) {
        return read(imageBytes) instanceof FrameReading.Read r ? Optional.of(r.text()) : Optional.empty();
    }

    /**
     * Decodes the first barcode found in an already decoded image.
     *
     * @param image the image; may be {@code null}
     * @return the decoded text, or empty when no supported code is found
     */
    public Optional<String> decode(BufferedImage image) {
        return read(image) instanceof FrameReading.Read r ? Optional.of(r.text()) : Optional.empty();
    }

    /**
     * Reads one camera frame: the code, or advice for the visitor that fits why nothing was read.
     *
     * @param imageBytes encoded image (PNG or JPEG); may be {@code null}
     * @see #read(BufferedImage)
     */
    public FrameReading read(byte[] imageBytes) {
        if (imageBytes == null || imageBytes.length == 0 || imageBytes.length > MAX_IMAGE_BYTES) {
            return new FrameReading.NotRead(FrameReading.Advice.NO_CODE);
        }
        BufferedImage image = readImage(imageBytes);
        return image == null ? new FrameReading.NotRead(FrameReading.Advice.NO_CODE) : read(image);
    }

    /**
     * Reads one camera frame with several attempts before giving up, within a time budget ({@link #FRAME_BUDGET}):
     * the frame as it is (ZXing's local and global binarizers, and inverted for white-on-black codes
     * such as a digital card on a phone in dark mode), then slightly blurred (a phone screen's pixel
     * grid photographed becomes a checker pattern and moiré), then with a white margin (a long 1-D code whose
     * bars reach the frame edge has no quiet zone), then halved, then the middle band (glare or
     * clutter elsewhere sets the global threshold wrong), then doubled (thin bars of a long code
     * across a 640-pixel frame), then the middle of the frame.
     *
     * @param image the image; may be {@code null}
     * @return the code read, or advice that fits the frame ({@link FrameReading.Advice})
     */
    public FrameReading read(BufferedImage image) {
        if (image == null || image.getWidth() == 0 || image.getHeight() == 0) {
            return new FrameReading.NotRead(FrameReading.Advice.NO_CODE);
        }
        long deadline = System.nanoTime() + frameBudget.toNanos();
        BufferedImage grey = FrameImages.grey(image);
        for (Supplier<BufferedImage> variant : FrameImages.variants(grey)) {
            BufferedImage candidate = variant.get();
            LuminanceSource source = new BufferedImageLuminanceSource(candidate);
            for (LuminanceSource oriented : List.of(source, source.invert())) {
                Optional<FrameReading.Read> read = decodeBoth(oriented);
                if (read.isPresent()) {
                    return read.get();
                }
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        return new FrameReading.NotRead(FrameImages.advice(grey));
    }

    private Optional<FrameReading.Read> decodeBoth(LuminanceSource source) {
        // Converting to luminance is the expensive part, so both binarizers share one source.
        Optional<FrameReading.Read> read = decode(new BinaryBitmap(new HybridBinarizer(source)));
        if (read.isEmpty()) {
            // The local-threshold binarizer can shred low-contrast, evenly lit 1D codes that a
            // single global threshold still separates cleanly.
            read = decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)));
        }
        return read;
    }

    /**
     * Renders {@code text} as a black-on-white PNG. QR codes use error correction level M and a
     * 2-module margin; 1D codes get a standard quiet zone. The result may be larger than requested
     * when the code does not fit.
     *
     * @throws IllegalArgumentException when the text is empty or cannot be encoded in the format
     *                                  (e.g. letters or a wrong check digit for EAN-13), or the size
     *                                  is not positive or too large
     */
    public byte[] renderPng(String text, Format format, int width, int height) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
        if (format == null) {
            throw new IllegalArgumentException("format must not be null");
        }
        if (width <= 0 || height <= 0 || width > MAX_RENDER_SIDE || height > MAX_RENDER_SIDE) {
            throw new IllegalArgumentException(
                    "size must be within 1.." + MAX_RENDER_SIDE + ", got " + width + "x" + height);
        }
        if (format == Format.CODE_39 && !CODE_39_BASIC.matcher(text).matches()) {
            throw new IllegalArgumentException("Code 39 supports only 0-9, A-Z, space and -.$/+%");
        }
        BitMatrix matrix;
        try {
            matrix = new MultiFormatWriter().encode(text, format.zxingFormat, width, height, encodeHints(format));
        } catch (WriterException e) {
            // e.g. QR content beyond capacity: still the caller's input, not a server fault.
            throw new IllegalArgumentException("cannot encode text as " + format + ": " + e.getMessage(), e);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e); // in-memory stream: not expected
        }
        return png.toByteArray();
    }

    private static Map<EncodeHintType, Object> encodeHints(Format format) {
        if (format == Format.QR_CODE) {
            return Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2);
        }
        return Map.of(EncodeHintType.MARGIN, ONE_D_QUIET_ZONE_MODULES_BOTH_SIDES);
    }

    private Optional<FrameReading.Read> decode(BinaryBitmap bitmap) {
        try {
            Result result = new MultiFormatReader().decode(bitmap, DECODE_HINTS);
            return Format.of(result.getBarcodeFormat()).map(f -> new FrameReading.Read(result.getText(), f));
        } catch (ReaderException | RuntimeException e) {
            // Not finding a code is the normal case. ZXing has also thrown unchecked exceptions on
            // pathological frames, and one bad frame must not break the kiosk's polling loop.
            return Optional.empty();
        }
    }

    /** Returns the decoded image, or {@code null} when the bytes are not a readable, sane image. */
    private static BufferedImage readImage(byte[] bytes) {
        // An in-memory stream avoids ImageIO's temp-file cache (same effect as setUseCache(false))
        // without changing that JVM-wide setting for the rest of the application.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO plugins signal corrupt data with assorted unchecked exceptions, not just IOException.
            return null;
        }
    }
}
