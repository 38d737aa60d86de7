package id.blitar.kiosk.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.visit.domain.Origin;
import id.blitar.kiosk.visit.domain.VisitPurpose;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardVisitsTest {

    @Test
    void shouldCountNonMembersWhoWereNotAskedAPurposeOrOrigin() {
        // 25 guests gave a purpose and an origin; a school class of 30 gave only its origin.
        Map<VisitPurpose, Long> purposes = new EnumMap<>(VisitPurpose.class);
        purposes.put(VisitPurpose.READING, 15L);
        purposes.put(VisitPurpose.STUDYING, 10L);
        Map<Origin, Long> origins = new EnumMap<>(Origin.class);
        origins.put(Origin.CITY, 50L);
        origins.put(Origin.REGENCY, 5L);

        Dashboard.Visits visits = new Dashboard.Visits(
                75,
                46,
                20,
                55,
                1,
                Map.of(),
                Map.of(AgeGroup.ADULT, 75L),
                purposes,
                origins,
                List.of(),
                new long[7][24],
                20,
                3.75);

        assertThat(visits.purposeNotAsked()).isEqualTo(30);
        assertThat(visits.originNotAsked()).isZero();
    }
}
