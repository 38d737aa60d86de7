package id.blitar.kiosk.question.service;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the ask-a-librarian service.
 *
 * @param desks the service desks a librarian can call a visitor to (shown on the board)
 * @param escalationStep how much an overdue question's priority rises (Camunda priorities run 0–100)
 * @param emailRetention how long a visitor's e-mail address is kept after the question is closed
 * @param retention how long closed questions (text, answer, notes) are kept for statistics
 */
@ConfigurationProperties("kiosk.question")
public record QuestionProperties(
        List<String> desks, Integer escalationStep, Duration emailRetention, java.time.Period retention) {

    public QuestionProperties {
        if (desks == null || desks.isEmpty()) {
            desks = List.of("Meja 1", "Meja 2", "Meja Anak");
        }
        if (escalationStep == null) {
            escalationStep = 20;
        }
        if (emailRetention == null) {
            emailRetention = Duration.ofDays(30);
        }
        if (retention == null) {
            retention = java.time.Period.ofYears(3);
        }
    }
}
