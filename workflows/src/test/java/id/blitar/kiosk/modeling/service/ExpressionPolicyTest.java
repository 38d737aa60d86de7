package id.blitar.kiosk.modeling.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionPolicyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${recordVisitDelegate}",
                "${walkIn}",
                "${deskOutcome == 'ANSWERED_AT_DESK'}",
                "${renewalOutcome == 'renewed'}",
                "${dateTime().plusDays(3).toDate()}",
                "${dateTime().minusHours(1).plusMinutes(30).toDate()}",
                "${a && not b || c != 3 && empty d}",
                "${(priority + 20) > 50 ? 'high' : 'low'}",
                "${questionService.routeFor(topic, 'CHILD', 3, true, null)}",
                "${currentUser()}",
                "${currentUserGroups()}",
                "${now()}",
                "R/PT10M",
                "plain text with a $ sign",
                "Halo ${firstName}, sampai jumpa"
            })
    void shouldAllowTheShapesTheLibraryNeeds(String expression) {
        assertThat(ExpressionPolicy.refusal(expression)).as(expression).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the attack from the security review, and its relatives
                "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch /tmp/proof')}",
                "${\"\".getClass().forName(\"java.lang.Runtime\")}",
                "${''.class.forName('java.lang.Runtime')}",
                "${''['class']}",
                "${x.getClass()}",
                "${recordVisitDelegate.getClass().getClassLoader()}",
                "${recordVisitDelegate.execute(execution).foo()}",
                "${execution.getProcessEngineServices()}",
                "${task.execution}",
                "${execution.processEngine}",
                "${'abc'.concat('x')}",
                "${1.toString()}",
                "${bean.method(''.getClass())}",
                "${bean.method(a.b)}",
                "${dateTime().getClass()}",
                "${dateTime().toDate().getClass()}",
                "${now().getTime()}",
                "${T(java.lang.Runtime).getRuntime()}",
                "${Runtime.getRuntime().exec('touch /tmp/x')}",
                "#{''.getClass()}",
                "#{recordVisitDelegate}",
                "${'#{x}'.getClass()}",
                "${foo:bar()}",
                "${exec('touch /tmp/x')}",
                "${ ''  .  getClass  ( ) }",
                "${a[0]}",
                "${not valid",
                "text ${ok} and ${''.getClass()}"
            })
    void shouldRefuseReflectionAndEverythingElse(String expression) {
        assertThat(ExpressionPolicy.refusal(expression)).as(expression).isPresent();
    }

    @Test
    void shouldAllowEveryExpressionOfTheShippedModels() throws IOException {
        for (String file : List.of(
                "bpmn/visit.bpmn",
                "bpmn/ask-librarian.bpmn",
                "bpmn/exit-poll.bpmn",
                "bpmn/workshop-registration.bpmn",
                "dmn/question-routing.dmn")) {
            byte[] content;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                content = in.readAllBytes();
            }
            ModelScan scan = ModelScan.of(content);
            assertThat(ModelGuard.problems(scan)).as(file).isEmpty();
            if (file.endsWith(".bpmn")) {
                assertThat(scan.references()).as(file).anyMatch(r -> r.target() == ModelScan.Target.ANY_EXPRESSION);
            }
        }
    }

    @Test
    void shouldNameTheBeansMethodsAreCalledOn() {
        assertThat(ExpressionPolicy.methodTargets("${a.b(c)} ${dateTime().plusDays(1)} ${d == e.f()}"))
                .containsExactly("a", "e");
    }
}
