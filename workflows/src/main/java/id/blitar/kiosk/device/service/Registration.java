package id.blitar.kiosk.device.service;

import id.blitar.kiosk.device.domain.KioskDevice;
import java.util.List;

/** What registering a kiosk gave. */
public sealed interface Registration {

    /** The kiosk is registered and waits to be paired with {@code code}. */
    record Registered(KioskDevice device, PairingCode code) implements Registration {}

    /** The input broke a rule; nothing was stored. Problems are translation keys. */
    record Rejected(List<String> problems) implements Registration {}
}
