package id.blitar.kiosk.poll.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How often an SKM element has been put to respondents. */
@Entity
@Table(name = "skm_rotation")
public class SkmRotation {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "element", length = 20)
    private SkmElement element;

    @Column(name = "served", nullable = false)
    private long served;

    protected SkmRotation() {}

    public SkmElement getElement() {
        return element;
    }

    public long getServed() {
        return served;
    }

    public void serve() {
        served++;
    }
}
