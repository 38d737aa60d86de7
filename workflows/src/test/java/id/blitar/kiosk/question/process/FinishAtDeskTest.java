package id.blitar.kiosk.question.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.question.domain.Channel;
import org.junit.jupiter.api.Test;

/** The checks a desk outcome passes before anything changes, without Spring or a database. */
class FinishAtDeskTest {

    @Test
    void shouldAcceptEveryOutcomeWithWhatItNeeds() {
        assertThat(FinishAtDesk.answered("t", "u").problem()).isEmpty();
        assertThat(FinishAtDesk.noShow("t", "u").problem()).isEmpty();
        assertThat(FinishAtDesk.referred("t", "u", "Dinas Perpustakaan Jawa Timur", null)
                        .problem())
                .isEmpty();
        assertThat(FinishAtDesk.followUp("t", "u", Channel.PICK_UP, null, "  ").problem())
                .isEmpty();
        assertThat(FinishAtDesk.followUp("t", "u", Channel.EMAIL, "siti@example.org", "Butuh panduan")
                        .problem())
                .isEmpty();
    }

    @Test
    void shouldRefuseAnOutcomeThatLacksWhatItNeeds() {
        assertThat(new FinishAtDesk("t", "u", null, null, null, null, null).problem())
                .contains("worklist.error.outcome");
        assertThat(FinishAtDesk.referred("t", "u", " ", null).problem()).contains("worklist.error.partner");
        assertThat(FinishAtDesk.followUp("t", "u", null, null, null).problem())
                .contains("worklist.error.followUpChannel");
        assertThat(FinishAtDesk.followUp("t", "u", Channel.WALK_IN, null, null).problem())
                .contains("worklist.error.followUpChannel");
        assertThat(FinishAtDesk.followUp("t", "u", Channel.EMAIL, "bukan-alamat", null)
                        .problem())
                .contains("error.email.format");
        assertThat(FinishAtDesk.answered("t", "u").problem()).isEmpty();
        assertThat(new FinishAtDesk(
                                "t",
                                "u",
                                DeskOutcome.ANSWERED_AT_DESK,
                                null,
                                null,
                                null,
                                "a".repeat(InputCheck.MAX_QUESTION_LENGTH + 1))
                        .problem())
                .isPresent();
    }

    @Test
    void shouldKeepThePartnerOnlyForAReferralAndTheAddressOnlyForAnEmailFollowUp() {
        var pickUp = new FinishAtDesk("t", "u", DeskOutcome.FOLLOW_UP, "Dinas", Channel.PICK_UP, "a@b.id", null);
        assertThat(pickUp.referredTo()).isNull();
        assertThat(pickUp.followUpEmail()).isNull();
        var byEmail = FinishAtDesk.followUp("t", "u", Channel.EMAIL, "a@b.id", null);
        assertThat(byEmail.followUpEmail()).isEqualTo("a@b.id");
        assertThat(FinishAtDesk.referred("t", "u", "Dinas", null).referredTo()).isEqualTo("Dinas");
    }
}
