package id.blitar.kiosk.device.service;

import java.time.LocalDateTime;

/**
 * A one-time pairing code as the manager sees it, once: only its hash is stored.
 *
 * @param code eight characters without look-alikes (no I, L, O, 0 or 1)
 * @param expiresAt after this the code no longer pairs
 */
public record PairingCode(String code, LocalDateTime expiresAt) {

    /** The code in two groups of four, easier to read aloud and to type. */
    public String display() {
        return code.substring(0, 4) + "-" + code.substring(4);
    }
}
