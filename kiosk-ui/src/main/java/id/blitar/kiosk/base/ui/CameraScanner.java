package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.codes.FrameReading;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads a card with the kiosk's camera: the browser sends a JPEG frame about twice a second and the
 * server decodes it with ZXing ({@link BarcodeService}, Code 128, Code 39, EAN-13 and QR, also
 * white-on-black). No barcode library runs in the browser, so the kiosk keeps Vaadin's pre-compiled
 * bundle. After a few frames without a code the visitor gets the advice most of them call for
 * (nothing in view, too close, blurred, glare).
 */
public class CameraScanner extends Div {

    /** A 1280×720 JPEG frame is 100–300 kB; anything far larger is not a camera frame. */
    static final int MAX_FRAME_CHARS = 4 * 1024 * 1024;

    private static final int MISSES_BEFORE_HINT = 6;

    private final BarcodeService barcodes;
    private final Paragraph status = new Paragraph();
    private final Consumer<String> onCode;
    private int misses;
    private final Deque<FrameReading.Advice> recent = new ArrayDeque<>();
    private boolean done;

    public CameraScanner(BarcodeService barcodes, Consumer<String> onCode) {
        this.barcodes = barcodes;
        this.onCode = onCode;
        setId("camera-scanner");
        addClassName("kiosk-camera");
        Element video = new Element("video");
        video.setAttribute("playsinline", true);
        video.setAttribute("muted", true);
        video.setAttribute("autoplay", true);
        video.setAttribute("aria-label", getTranslation("camera.video.aria"));
        getElement().appendChild(video);
        status.setId("camera-status");
        status.addClassName("kiosk-hint");
        status.getElement().setAttribute("aria-live", "polite");
        status.setText(getTranslation("camera.hint"));
        add(status);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                        const host = this;
                        const video = host.querySelector('video');
                        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
                          host.$server.cameraUnavailable();
                          return;
                        }
                        navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment',
                            width: {ideal: 1280}, height: {ideal: 720}}, audio: false})
                          .then(stream => {
                            host._stream = stream;
                            video.srcObject = stream;
                            video.play();
                            const canvas = document.createElement('canvas');
                            host._timer = setInterval(() => {
                              if (!video.videoWidth || host._busy) return;
                              canvas.width = video.videoWidth;
                              canvas.height = video.videoHeight;
                              canvas.getContext('2d').drawImage(video, 0, 0);
                              host._busy = true;
                              const reply = host.$server.frame(canvas.toDataURL('image/jpeg', 0.8));
                              const free = () => { host._busy = false; };
                              if (reply && reply.then) { reply.then(free, free); } else { free(); }
                            }, 500);
                          })
                          .catch(() => host.$server.cameraUnavailable());
                        """);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopInBrowser();
        super.onDetach(detachEvent);
    }

    /** A frame from the browser, as a {@code data:image/jpeg;base64,…} URL. */
    @ClientCallable
    void frame(String dataUrl) {
        if (done) {
            return;
        }
        FrameReading reading = read(dataUrl);
        if (reading instanceof FrameReading.Read code) {
            done = true;
            stopInBrowser();
            onCode.accept(code.text());
            return;
        }
        FrameReading.Advice advice = ((FrameReading.NotRead) reading).advice();
        recent.addLast(advice);
        if (recent.size() > MISSES_BEFORE_HINT) {
            recent.removeFirst();
        }
        if (++misses >= MISSES_BEFORE_HINT) {
            // The advice most of the recent frames call for: one odd frame does not flip the message.
            FrameReading.Advice usual = recent.stream()
                    .collect(Collectors.groupingBy(
                            a -> a, () -> new EnumMap<>(FrameReading.Advice.class), Collectors.counting()))
                    .entrySet()
                    .stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(FrameReading.Advice.NO_CODE);
            status.setText(getTranslation("camera.advice." + usual.name()));
            status.getElement().setAttribute("data-advice", usual.name());
        }
    }

    @ClientCallable
    void cameraUnavailable() {
        status.setText(getTranslation("camera.unavailable"));
        status.addClassName("kiosk-error");
    }

    /** Reads one frame; anything that is not a readable image is a frame without a code. */
    FrameReading read(String dataUrl) {
        FrameReading nothing = new FrameReading.NotRead(FrameReading.Advice.NO_CODE);
        if (dataUrl == null || dataUrl.length() > MAX_FRAME_CHARS) {
            return nothing;
        }
        int comma = dataUrl.indexOf(',');
        if (!dataUrl.startsWith("data:image/") || comma < 0) {
            return nothing;
        }
        try {
            return barcodes.read(Base64.getDecoder().decode(dataUrl.substring(comma + 1)));
        } catch (IllegalArgumentException notBase64) {
            return nothing;
        }
    }

    private void stopInBrowser() {
        getElement()
                .executeJs("if (this._timer) clearInterval(this._timer);"
                        + " if (this._stream) this._stream.getTracks().forEach(t => t.stop());"
                        + " this._timer = null; this._stream = null;");
    }
}
