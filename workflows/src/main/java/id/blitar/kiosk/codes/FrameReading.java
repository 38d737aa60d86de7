package id.blitar.kiosk.codes;

/** What one camera frame gave: a code, or advice for the visitor. */
public sealed interface FrameReading {

    /** A code was read. */
    record Read(String text, BarcodeService.Format format) implements FrameReading {}

    /** Nothing was read; {@code advice} says what the visitor can do about it. */
    record NotRead(Advice advice) implements FrameReading {}

    /** Why a frame gave no code, as far as the frame shows it. */
    enum Advice {
        /** Nothing that looks like a code: show the side with the code. */
        NO_CODE,
        /** Bars run into the edge of the frame: the code is cut off, move the card back. */
        TOO_CLOSE,
        /** Something code-like, but its edges are soft: hold still, a little further away. */
        BLURRED,
        /** Washed-out white patches over the code: tilt the card or the phone screen. */
        GLARE
    }
}
