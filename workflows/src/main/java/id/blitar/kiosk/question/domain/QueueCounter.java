package id.blitar.kiosk.question.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The last queue number drawn today; locked while a number is drawn. */
@Entity
@Table(name = "queue_counter")
public class QueueCounter {

    @Id
    @Column(name = "queue_name", length = 10)
    private String queueName;

    @Column(name = "queue_day", nullable = false)
    private LocalDate queueDay;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected QueueCounter() {}

    /** Draws the next number of the given day, starting again at 1 on a new day. */
    public int next(LocalDate day) {
        if (!day.equals(queueDay)) {
            queueDay = day;
            lastNumber = 0;
        }
        return ++lastNumber;
    }
}
