package id.blitar.kiosk.workshop.service;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.workshop.domain.WorkshopType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** A workshop as staff enter it: one or more sessions (a series) under one registration. */
public record WorkshopDraft(
        String title,
        String description,
        WorkshopType type,
        Set<AgeGroup> audience,
        String room,
        Integer capacity,
        LocalDateTime registrationOpensAt,
        LocalDateTime registrationClosesAt,
        String partner,
        List<SessionDraft> sessions) {

    public record SessionDraft(LocalDateTime startsAt, LocalDateTime endsAt) {}
}
