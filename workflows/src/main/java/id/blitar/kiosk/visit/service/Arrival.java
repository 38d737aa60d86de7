package id.blitar.kiosk.visit.service;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.visit.domain.Origin;
import id.blitar.kiosk.visit.domain.VisitPurpose;

/** What a kiosk knows about someone checking in, before anything is stored. */
public sealed interface Arrival {

    /** The kiosk the arrival was made at, for later per-kiosk figures. */
    String kiosk();

    /** A member whose card was found. */
    record MemberArrival(long memberId, String kiosk) implements Arrival {}

    /** A visitor without a card; nothing is stored unless {@code consent} is given. */
    record GuestArrival(
            AgeGroup ageGroup, VisitPurpose purpose, Origin origin, String institution, boolean consent, String kiosk)
            implements Arrival {}

    /** A school class or other group, checked in once by its leader with head counts. */
    record GroupArrival(
            String institution,
            Origin origin,
            int children,
            int teens,
            int adults,
            int elderly,
            boolean consent,
            String kiosk)
            implements Arrival {

        public int headCount() {
            return children + teens + adults + elderly;
        }
    }
}
