package id.blitar.kiosk.workshop.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of workshop registration.
 *
 * @param offerValidity how long a freed seat is held for the next person on the waitlist
 * @param reminderBefore how long before the start the reminder e-mail goes out
 * @param doorsOpen how long before a session starts its tickets are scanned at the door
 * @param publicUrl the address visitors' phones reach the application at, for links in e-mails
 * @param contactRetention how long after a workshop ends names and contacts of its registrations are kept
 */
@ConfigurationProperties("kiosk.workshop")
public record WorkshopProperties(
        Duration offerValidity,
        Duration reminderBefore,
        Duration doorsOpen,
        String publicUrl,
        Duration contactRetention) {

    public WorkshopProperties {
        if (offerValidity == null) {
            offerValidity = Duration.ofHours(24);
        }
        if (reminderBefore == null) {
            reminderBefore = Duration.ofDays(1);
        }
        if (doorsOpen == null) {
            doorsOpen = Duration.ofHours(1);
        }
        if (contactRetention == null) {
            contactRetention = Duration.ofDays(30);
        }
        if (publicUrl == null || publicUrl.isBlank()) {
            publicUrl = "http://localhost:8080";
        }
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
