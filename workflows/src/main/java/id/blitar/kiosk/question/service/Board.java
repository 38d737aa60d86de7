package id.blitar.kiosk.question.service;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The public "now serving" board: numbers only, never names or questions.
 *
 * @param serving numbers called to a desk and still being served, newest call first
 * @param waiting how many walk-in numbers of today still wait to be called
 */
public record Board(List<Called> serving, long waiting) {

    public record Called(String queueNumber, String desk, LocalDateTime calledAt) {}
}
