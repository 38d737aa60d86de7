package id.blitar.kiosk.privacy.service;

import id.blitar.kiosk.base.AgeGroup;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the library holds about one data subject, as the "Data saya" screen shows it (UU PDP art. 7:
 * the right to see one's personal data). Names, card numbers and e-mail addresses are masked, because the
 * screen stands in a public place.
 *
 * @param membership the membership fields, or null for a guest
 * @param visitsThisYear check-in times of this calendar year, newest first
 * @param visitsEarlier how many visits of earlier years are still kept
 * @param questions questions asked, newest first
 * @param registrations workshop registrations, newest first
 * @param pollAnswers satisfaction answers linked to the subject, newest first
 */
public record PersonalData(
        Membership membership,
        List<LocalDateTime> visitsThisYear,
        long visitsEarlier,
        List<QuestionLine> questions,
        List<RegistrationLine> registrations,
        List<PollLine> pollAnswers) {

    /** Membership fields as a passer-by may see them: initials, the card's last two characters, a masked e-mail. */
    public record Membership(
            String maskedName,
            String maskedCard,
            String memberType,
            AgeGroup ageGroup,
            String maskedEmail,
            String institution,
            LocalDate expiresOn) {}

    /** @param topic the question's topic (enum name), @param status its state (enum name) */
    public record QuestionLine(LocalDateTime askedAt, String topic, String status) {}

    /** @param status the registration's state (enum name), @param maskedTicket the ticket code masked, or null */
    public record RegistrationLine(String workshopTitle, LocalDateTime startsAt, String status, String maskedTicket) {}

    /** @param mood the smiley (enum name) */
    public record PollLine(LocalDateTime answeredAt, String mood) {}

    /** True when nothing but (perhaps) the membership is held. */
    public boolean holdsOnlyMembership() {
        return visitsThisYear.isEmpty()
                && visitsEarlier == 0
                && questions.isEmpty()
                && registrations.isEmpty()
                && pollAnswers.isEmpty();
    }

    /** "Dewi Lestari" → "D••• L•••": enough for the owner to recognise, nothing for a passer-by. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        StringBuilder masked = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            masked.appendCodePoint(word.codePointAt(0)).append("\u2022\u2022\u2022");
        }
        return masked.toString();
    }

    /** "KPB-0006" → "••••••06". */
    public static String maskCode(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        int shown = Math.min(2, code.length() / 3);
        return "\u2022".repeat(code.length() - shown) + code.substring(code.length() - shown);
    }

    /** "siti@example.org" → "s•••@example.org". */
    public static String maskEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return maskCode(email);
        }
        return email.charAt(0) + "\u2022\u2022\u2022" + email.substring(at);
    }
}
