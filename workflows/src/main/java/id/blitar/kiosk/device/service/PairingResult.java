package id.blitar.kiosk.device.service;

import id.blitar.kiosk.device.domain.KioskDevice;

/** What a browser that offered a pairing code gets. */
public sealed interface PairingResult {

    /** This browser is now the device; {@code token} goes into its cookie. */
    record Paired(KioskDevice device, String token) implements PairingResult {}

    /** Not paired: the code is unknown, expired or used, or the device was revoked (a translation key). */
    record Refused(String problem) implements PairingResult {}
}
