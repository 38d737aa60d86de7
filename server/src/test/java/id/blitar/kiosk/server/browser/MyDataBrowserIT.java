package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.server.ServerIT;
import id.blitar.kiosk.visit.process.VisitProcess;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Data saya" (issue 17, UU PDP) in real Chromium at kiosk size: a member scans the card, sees masked data and
 * asks for deletion; the data-protection officer approves on a 1366×768 screen; the next scan tells the outcome;
 * an idle kiosk clears the screen.
 */
class MyDataBrowserIT extends ServerIT {

    @Autowired
    MemberService members;

    @Autowired
    VisitProcess visitProcess;

    @Autowired
    QuestionProcess questionProcess;

    @Test
    void shouldShowAMembersDataMaskedAndDeleteItOnceTheOfficerApproves() {
        // A card of this test alone: other tests register members in the shared database too.
        String card = uniqueCard();
        members.register(
                card,
                "Wulan Sekar Arum",
                "Mahasiswa",
                AgeGroup.ADULT,
                "wulan.arum@example.org",
                "Universitas Islam Balitar",
                LocalDate.now().plusYears(1));
        visitProcess.checkInMember(card, "Kios pintu masuk");

        try (Browser kiosk = new Browser(1080, 1920)) {
            AttractViewElement attract = new AttractViewElement(kiosk).open(url(""), "entrance");
            kiosk.checkAndScreenshot("17-attract-with-my-data");
            MyDataViewElement myData = attract.openMyData();
            kiosk.checkAndScreenshot("17-my-data-scan");
            new ScannerEmulator(kiosk, 17).scan(card);
            myData.waitForMembership("W\u2022\u2022\u2022 S\u2022\u2022\u2022 A\u2022\u2022\u2022");
            assertThat(myData.visits()).contains("Jumlah kunjungan tahun ini: 1");
            assertThat(myData.membership()).contains("w\u2022\u2022\u2022@example.org");
            assertThat(kiosk.pageText())
                    .as("a passer-by reads no full name, card number or e-mail address")
                    .doesNotContain("Wulan")
                    .doesNotContain(card)
                    .doesNotContain("wulan.arum");
            assertThat(myData.retention()).contains("3 tahun");
            kiosk.checkAndScreenshot("17-my-data-shown");

            myData.askForErasure();
            kiosk.checkAndScreenshot("17-my-data-confirm");
            myData.confirmErasure().waitForTitle("Permintaan Anda kami terima");
            assertThat(kiosk.pageText()).contains("paling lambat").contains("e-mail");
            kiosk.checkAndScreenshot("17-my-data-requested");
        }

        try (Browser officer = new Browser(1366, 768)) {
            DataRequestsViewElement requests = new StaffViewElement(officer)
                    .signIn(url(""), "privasi", "privasi123")
                    .openDataRequests();
            requests.waitForOpenRequests("Wulan Sekar Arum");
            assertThat(requests.openRequests()).contains(card).contains("1 kunjungan");
            officer.checkAndScreenshot("17-officer-request");
            String id = requests.requestOf(card);
            requests.refuse(id);
            requests.waitForOpenRequests("Tuliskan alasan penolakan");
            requests.approve(id);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> !requests.openRequests().contains(card));
            // The deletion runs in the background (job executor): the log shows it done.
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        return requests.open(url("")).log().contains("Dihapus");
                    });
            assertThat(requests.log())
                    .contains("privasi")
                    .doesNotContain("Wulan")
                    .doesNotContain(card);
            officer.checkAndScreenshot("17-officer-log");
        }
        assertThat(members.findByCard(card)).isEmpty();

        try (Browser kiosk = new Browser(1080, 1920)) {
            new MyDataViewElement(kiosk).open(url(""));
            new ScannerEmulator(kiosk, 18).scan(card);
            new ResultElement(kiosk).waitForTitle("Permintaan hapus data Anda");
            assertThat(kiosk.pageText()).contains("Data Anda telah dihapus");
            kiosk.checkAndScreenshot("17-my-data-outcome");
        }
    }

    @Test
    void shouldShowAGuestTheirDataAfterTheCodeSentToTheirEmailAddress() throws Exception {
        String email = "ayu.guest." + System.nanoTime() + "@example.org";
        questionProcess.ask(new NewQuestion(
                Topic.RESEARCH, "Apakah ada arsip majalah Penjebar Semangat?", null, Channel.EMAIL, email, "Kios"));
        try (Browser kiosk = new Browser(1080, 1920)) {
            MyDataViewElement myData =
                    new MyDataViewElement(kiosk).open(url("")).byEmail(email);
            kiosk.checkAndScreenshot("17-my-data-email");
            myData.sendCode();
            kiosk.checkAndScreenshot("17-my-data-code");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> Arrays.stream(MAIL.getReceivedMessages()).anyMatch(m -> sentTo(m, email)));
            MimeMessage mail = Arrays.stream(MAIL.getReceivedMessages())
                    .filter(m -> sentTo(m, email))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            String code = mail.getSubject().replaceAll("\\D*(\\d{6}).*", "$1");

            myData.enterCode("999999".equals(code) ? "000000" : "999999");
            myData.waitForCodeProblem("Kode salah");
            myData.enterCode(code);
            myData.waitForQuestions("penelitian");
            assertThat(kiosk.pageText()).doesNotContain(email).doesNotContain("Penjebar");
            kiosk.checkAndScreenshot("17-my-data-guest-shown");
        }
    }

    private static String uniqueCard() {
        return "KPB-8"
                + String.format(
                        "%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000));
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients()[0].toString().equals(address);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    @Test
    void shouldClearTheDataFromTheScreenWhenTheVisitorWalksAway() {
        String card = uniqueCard();
        members.register(
                card,
                "Bagus Prasetyo",
                "Pelajar",
                AgeGroup.TEEN,
                null,
                "SMPN 1 Blitar",
                LocalDate.now().plusYears(1));
        try (Browser kiosk = new Browser(1080, 1920)) {
            MyDataViewElement myData = new MyDataViewElement(kiosk).open(url(""));
            new ScannerEmulator(kiosk, 21).scan(card);
            myData.waitForMembership("B\u2022\u2022\u2022 P\u2022\u2022\u2022");
            // Nobody touches the screen: the idle question, then the attract screen, and the data is gone.
            Awaitility.await().atMost(Duration.ofSeconds(45)).until(() -> new AttractViewElement(kiosk).isShown());
            assertThat(myData.showsMembership()).isFalse();
            assertThat(kiosk.pageText()).doesNotContain("SMPN 1 Blitar");
        }
    }
}
