package id.blitar.kiosk.codes;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The versions of one camera frame the decoder tries, and the look at a frame that nothing could be
 * read from, to advise the visitor. Pure image arithmetic on 8-bit grey images; no state.
 */
final class FrameImages {

    /** Tiles for the advice: big enough to hold a few bars or modules, small enough to find the code. */
    private static final int TILE = 16;
    /** A tile whose grey values spread this much holds some pattern (print, bars, modules). */
    private static final double TEXTURED_STD = 28;
    /** Edges steeper than this share of a tile's contrast per pixel are sharp print. */
    private static final double SHARP_EDGE = 0.22;
    /** Luminance at which the camera clips: specular glare, not white paper under auto exposure. */
    private static final int SATURATED = 250;

    private FrameImages() {}

    /** The frame as 8-bit grey (camera frames are RGB; the decoder only needs luminance). */
    static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return grey;
    }

    /** The versions to try, most useful first; each is made only when its turn comes. */
    static List<Supplier<BufferedImage>> variants(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        List<Supplier<BufferedImage>> variants = new ArrayList<>();
        variants.add(() -> grey);
        // A phone screen's pixel grid, photographed, turns white into a fine checker pattern that
        // splits wide spaces of a 1-D code; a small blur fills it in while bars stay wider than it.
        variants.add(() -> smoothed(grey, 2));
        variants.add(() -> padded(grey, Math.max(16, w / 10)));
        if (Math.min(w, h) >= 400) {
            variants.add(() -> scaled(grey, 0.5));
        }
        variants.add(() -> padded(crop(grey, 0, h * 3 / 10, w, h * 4 / 10), Math.max(16, w / 10)));
        if (w <= 960) {
            variants.add(() -> scaled(padded(grey, Math.max(16, w / 10)), 2.0));
        }
        variants.add(() -> crop(grey, w / 5, h / 5, w * 3 / 5, h * 3 / 5));
        return variants;
    }

    static BufferedImage padded(BufferedImage grey, int margin) {
        BufferedImage out = new BufferedImage(
                grey.getWidth() + 2 * margin, grey.getHeight() + 2 * margin, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(grey, margin, margin, null);
        g.dispose();
        return out;
    }

    static BufferedImage scaled(BufferedImage grey, double factor) {
        int w = Math.max(1, (int) Math.round(grey.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(grey.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        // Bilinear halving averages neighbouring pixels: a phone screen's pixel grid and moiré fade.
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(grey, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    static BufferedImage smoothed(BufferedImage grey, int radius) {
        int size = 2 * radius + 1;
        float[] box = new float[size * size];
        java.util.Arrays.fill(box, 1f / box.length);
        return new java.awt.image.ConvolveOp(
                        new java.awt.image.Kernel(size, size, box), java.awt.image.ConvolveOp.EDGE_NO_OP, null)
                .filter(grey, null);
    }

    static BufferedImage crop(BufferedImage grey, int x, int y, int w, int h) {
        BufferedImage out = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(grey, -x, -y, null);
        g.dispose();
        return out;
    }

    /**
     * What to tell the visitor about a frame nothing was read from, judged on 16×16 tiles: bars
     * (strong horizontal, weak vertical change) reaching the left or right edge — too close; clipped
     * white inside the area with print — glare; print whose steepest edges are soft — blurred;
     * otherwise no code in view.
     */
    static FrameReading.Advice advice(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        int cols = w / TILE;
        int rows = h / TILE;
        if (cols < 3 || rows < 3) {
            return FrameReading.Advice.NO_CODE;
        }
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        boolean[][] textured = new boolean[rows][cols];
        boolean stripesAtEdge = false;
        int texturedCount = 0;
        List<Double> sharpness = new ArrayList<>();
        int minR = rows, maxR = -1, minC = cols, maxC = -1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                TileStats t = tile(px, w, c * TILE, r * TILE);
                if (t.std < TEXTURED_STD) {
                    continue;
                }
                textured[r][c] = true;
                texturedCount++;
                minR = Math.min(minR, r);
                maxR = Math.max(maxR, r);
                minC = Math.min(minC, c);
                maxC = Math.max(maxC, c);
                sharpness.add(t.maxStep / Math.max(1.0, t.range));
                boolean bars = t.sumDx > 3 * t.sumDy;
                if (bars && (c == 0 || c == cols - 1)) {
                    stripesAtEdge = true;
                }
            }
        }
        if (texturedCount < 4) {
            return FrameReading.Advice.NO_CODE;
        }
        if (stripesAtEdge) {
            return FrameReading.Advice.TOO_CLOSE;
        }
        int saturated = 0;
        int inside = 0;
        for (int y = minR * TILE; y < (maxR + 1) * TILE; y++) {
            for (int x = minC * TILE; x < (maxC + 1) * TILE; x++) {
                inside++;
                if ((px[y * w + x] & 0xff) >= SATURATED) {
                    saturated++;
                }
            }
        }
        if (saturated > inside * 0.04) {
            return FrameReading.Advice.GLARE;
        }
        sharpness.sort(null);
        double median = sharpness.get(sharpness.size() / 2);
        return median < SHARP_EDGE ? FrameReading.Advice.BLURRED : FrameReading.Advice.NO_CODE;
    }

    private record TileStats(double std, double range, double maxStep, long sumDx, long sumDy) {}

    private static TileStats tile(byte[] px, int width, int x0, int y0) {
        long sum = 0;
        long sumSq = 0;
        int min = 255;
        int max = 0;
        int maxStep = 0;
        long sumDx = 0;
        long sumDy = 0;
        for (int y = y0; y < y0 + TILE; y++) {
            int row = y * width;
            for (int x = x0; x < x0 + TILE; x++) {
                int v = px[row + x] & 0xff;
                sum += v;
                sumSq += (long) v * v;
                min = Math.min(min, v);
                max = Math.max(max, v);
                if (x + 1 < x0 + TILE) {
                    int dx = Math.abs((px[row + x + 1] & 0xff) - v);
                    sumDx += dx;
                    maxStep = Math.max(maxStep, dx);
                }
                if (y + 1 < y0 + TILE) {
                    int dy = Math.abs((px[row + width + x] & 0xff) - v);
                    sumDy += dy;
                    maxStep = Math.max(maxStep, dy);
                }
            }
        }
        int n = TILE * TILE;
        double mean = (double) sum / n;
        double std = Math.sqrt(Math.max(0, (double) sumSq / n - mean * mean));
        return new TileStats(std, max - min, maxStep, sumDx, sumDy);
    }
}
