package id.blitar.kiosk.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.KioskApplication;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.visit.domain.VisitRepository;
import id.blitar.kiosk.visit.process.CheckInResult;
import id.blitar.kiosk.visit.process.VisitProcess;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's first command in miniature: the default profile on an H2 file database, demo data
 * loaded once, a check-in, and everything still there after a restart.
 */
class EmbeddedDefaultIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldRunOnTheEmbeddedDefaultAndKeepDataAcrossARestart() {
        long visitId;
        try (ConfigurableApplicationContext app = start()) {
            MemberService members = app.getBean(MemberService.class);
            assertThat(members.count()).isEqualTo(6);
            assertThat(members.findByCard("KPB-0004").orElseThrow().isExpiredOn(java.time.LocalDate.now()))
                    .isTrue();
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.checkPassword("kepala", "kepala123")).isTrue();
            assertThat(identity.createGroupQuery()
                            .groupMember("anggota")
                            .groupId("membership")
                            .count())
                    .isEqualTo(1);

            CheckInResult result = app.getBean(VisitProcess.class).checkInMember("KPB-0001", "Tes");
            assertThat(result).isInstanceOf(CheckInResult.Welcomed.class);
            visitId = ((CheckInResult.Welcomed) result).visitId();
        }

        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(MemberService.class).count())
                    .as("demo data is loaded once")
                    .isEqualTo(6);
            assertThat(app.getBean(VisitRepository.class).findById(visitId)).isPresent();
            assertThat(app.getBean(RuntimeService.class)
                            .createProcessInstanceQuery()
                            .processDefinitionKey(VisitProcess.KEY)
                            .count())
                    .isEqualTo(1);
            assertThat(app.getBean(VisitProcess.class).checkInMember("KPB-0001", "Tes"))
                    .isInstanceOf(CheckInResult.WelcomeBack.class);
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments outrank application.yml, as they do for the README's command.
        return new SpringApplicationBuilder(KioskApplication.class)
                .run(
                        "--server.port=0",
                        "--KIOSK_DATA_DIR=" + dataDir.toAbsolutePath(),
                        // Camunda keeps engines in a static registry by name: closing a second "default"
                        // engine here would unregister the engine of the other tests' cached application.
                        "--camunda.bpm.process-engine-name=embeddedDefaultIT");
    }
}
