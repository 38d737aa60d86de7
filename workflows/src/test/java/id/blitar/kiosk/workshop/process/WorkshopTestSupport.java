package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.domain.WorkshopType;
import id.blitar.kiosk.workshop.service.WorkshopDraft;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Workshops for the registration tests. */
final class WorkshopTestSupport {

    private WorkshopTestSupport() {}

    /** A one-session workshop starting at {@code start}, registration open from a day ago until the start. */
    static Workshop workshop(WorkshopService workshops, int capacity, LocalDateTime start, Duration length) {
        WorkshopDraft draft =
                draft(capacity, start, List.of(new WorkshopDraft.SessionDraft(start, start.plus(length))));
        return workshops.store(null, draft, "kepala");
    }

    static WorkshopDraft draft(int capacity, LocalDateTime start, List<WorkshopDraft.SessionDraft> sessions) {
        return new WorkshopDraft(
                "Literasi informasi " + UUID.randomUUID().toString().substring(0, 6),
                "Mencari sumber yang dapat dipercaya",
                WorkshopType.WORKSHOP,
                EnumSet.of(AgeGroup.TEEN, AgeGroup.ADULT),
                "Ruang Serbaguna",
                capacity,
                start.minusDays(30),
                start,
                "Universitas Islam Balitar",
                sessions);
    }

    static SignUp guest(String name) {
        String mail = name.toLowerCase().replace(' ', '.') + "."
                + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        return SignUp.guest(name, null, mail, true, "Kios kegiatan");
    }
}
