package id.blitar.kiosk.visit.process;

import java.time.Instant;
import java.time.LocalDate;

/** An open "Perpanjang keanggotaan" task as the membership desk sees it (staff screens only). */
public record RenewalTask(
        String taskId, String cardNumber, String memberName, String memberType, LocalDate expiredOn, Instant since) {}
