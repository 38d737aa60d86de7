package id.blitar.kiosk.poll.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A smiley tap that came too soon after the previous answer on the same kiosk: recorded, not counted. */
@Entity
@Table(name = "poll_filtered_tap")
public class FilteredTap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kiosk", nullable = false, length = 60)
    private String kiosk;

    @Column(name = "tapped_at", nullable = false)
    private LocalDateTime tappedAt;

    protected FilteredTap() {}

    public FilteredTap(String kiosk, LocalDateTime tappedAt) {
        this.kiosk = kiosk;
        this.tappedAt = tappedAt;
    }
}
