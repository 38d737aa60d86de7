package id.blitar.kiosk.visit.service;

import java.util.Date;

/** What the visit process needs to know after a visit row was written. */
public record RecordedVisit(long visitId, boolean membershipExpired, Date closingTime) {}
