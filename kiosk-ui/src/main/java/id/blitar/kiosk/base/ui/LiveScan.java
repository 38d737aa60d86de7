package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The scanner's scan being delivered right now, as the kiosk's scan listener stamped it: the id the
 * kiosk gave it (the key of its offline queue, and of the server's scan ledger) and when it was
 * scanned by the kiosk's clock. A view that records the scan (check-in, check-out) passes both on, so
 * the same scan sent live and replayed from the queue is one visit with its scan time. Typed and
 * camera input have none: they are recorded as new scans at the server's time.
 *
 * @param id the kiosk's UUID for the scan
 * @param scannedAt when it was scanned, by the kiosk's clock
 */
public record LiveScan(UUID id, Instant scannedAt) {

    private static final String CURRENT = LiveScan.class.getName();

    /** The scan being delivered in the current UI, if the current request is one. */
    public static Optional<LiveScan> current() {
        UI ui = UI.getCurrent();
        return ui == null ? Optional.empty() : Optional.ofNullable(ComponentUtil.getData(ui, LiveScan.class));
    }

    /** Runs the delivery of this scan in ui; {@link #current()} answers it meanwhile. */
    <T> T during(UI ui, Supplier<T> delivery) {
        LiveScan previous = ComponentUtil.getData(ui, LiveScan.class);
        ComponentUtil.setData(ui, LiveScan.class, this);
        try {
            return delivery.get();
        } finally {
            ComponentUtil.setData(ui, LiveScan.class, previous);
        }
    }
}
