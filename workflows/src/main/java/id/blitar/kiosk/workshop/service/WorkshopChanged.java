package id.blitar.kiosk.workshop.service;

import id.blitar.kiosk.base.live.LiveEvent;

/**
 * A workshop's programme entry, seats or waitlist changed (saved, cancelled, a seat taken, offered, freed);
 * the programme at the kiosks and the attract screen's coming events update on every node.
 */
public record WorkshopChanged(long workshopId) implements LiveEvent {}
