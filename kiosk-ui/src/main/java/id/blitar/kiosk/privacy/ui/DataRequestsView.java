package id.blitar.kiosk.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.privacy.domain.DataRequest;
import id.blitar.kiosk.privacy.domain.SubjectKind;
import id.blitar.kiosk.privacy.process.DataRequestProcess;
import id.blitar.kiosk.privacy.process.DataRequestProcess.ReviewTask;
import id.blitar.kiosk.privacy.service.ErasureSummary;
import id.blitar.kiosk.privacy.service.PersonalData;
import id.blitar.kiosk.staff.ui.StaffGroups;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The data-protection officer's page (UU PDP, Law 27 of 2022, art. 53): the deletion requests waiting for a
 * decision, with what a deletion would touch, and the log of every request (who decided, when, what was
 * deleted), which itself holds no deleted data. Managers see it too, and decide once the 72 hours have passed.
 */
@Route("staff/data")
@RolesAllowed({"LIBRARIAN", "MANAGER"})
public class DataRequestsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final DataRequestProcess dataRequests;
    private final AuthenticationContext authentication;
    private final String user;
    private final Div open = new Div();
    private final Div log = new Div();

    DataRequestsView(DataRequestProcess dataRequests, AuthenticationContext authentication) {
        this.dataRequests = dataRequests;
        this.authentication = authentication;
        this.user = authentication.getPrincipalName().orElse("?");
        setId("data-requests");
        addClassNames("staff", "manage");
        open.setId("data-requests-open");
        log.setId("data-requests-log");
        add(
                new Anchor("staff", getTranslation("satisfaction.back")),
                new H1(getTranslation("dataRequests.title")),
                new H2(getTranslation("dataRequests.open")),
                open,
                new H2(getTranslation("dataRequests.log")),
                log);
    }

    /** Only the officer's group and managers may open it; other librarians go back to their start page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mayDecide(authentication)) {
            event.forwardTo("staff");
            return;
        }
        refresh();
    }

    /** Whether the signed-in staff member sees the page (and the link to it). */
    public static boolean mayDecide(AuthenticationContext authentication) {
        return authentication.hasRole("MANAGER")
                || groups(authentication).contains(DataRequestProcess.GROUP_DATA_PROTECTION);
    }

    private static List<String> groups(AuthenticationContext authentication) {
        return StaffGroups.of(authentication);
    }

    private void refresh() {
        List<String> groups = new ArrayList<>(groups(authentication));
        if (authentication.hasRole("MANAGER") && !groups.contains(DataRequestProcess.GROUP_MANAGERS)) {
            groups.add(DataRequestProcess.GROUP_MANAGERS);
        }
        open.removeAll();
        List<ReviewTask> tasks = dataRequests.reviewTasks(groups);
        if (tasks.isEmpty()) {
            open.add(new Paragraph(getTranslation("dataRequests.empty")));
        }
        tasks.forEach(t -> open.add(card(t)));
        log.removeAll();
        log.add(table(dataRequests.auditLog()));
    }

    private Div card(ReviewTask task) {
        DataRequest request = task.request();
        Div card = new Div();
        card.addClassName("data-request-card");
        card.setId("data-request-" + request.getId());
        String who = task.data().isEmpty()
                ? getTranslation("dataRequests.subject.gone")
                : request.getSubjectKind() == SubjectKind.MEMBER
                        ? getTranslation("dataRequests.subject.MEMBER", task.subjectName(), request.getSubjectRef())
                        : getTranslation("dataRequests.subject." + request.getSubjectKind(), request.getSubjectRef());
        card.add(new H3(who));
        card.add(new Paragraph(getTranslation(
                "dataRequests.requested",
                DateTexts.dateTime(request.getRequestedAt()),
                String.valueOf(request.getKiosk()))));
        card.add(new Paragraph(getTranslation("dataRequests.due", DateTexts.dateTime(request.getDueAt()))));
        if (task.escalated()) {
            Paragraph late = new Paragraph(getTranslation("dataRequests.escalated"));
            late.addClassName("kiosk-error");
            card.add(late);
        }
        task.data().ifPresent(data -> card.add(new Paragraph(willDelete(request, data))));
        card.add(new Paragraph(getTranslation("dataRequests.kept")));

        TextArea reason = new TextArea(getTranslation("dataRequests.reason"));
        reason.setId("data-request-reason-" + request.getId());
        reason.setMaxLength(DataRequest.MAX_REASON);
        reason.setWidthFull();
        Div problem = new Div();
        problem.addClassName("kiosk-error");
        problem.getElement().setAttribute("role", "alert");
        Button approve = new Button(getTranslation("dataRequests.approve"), e -> decide(task, true, reason, problem));
        approve.setId("data-request-approve-" + request.getId());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button refuse = new Button(getTranslation("dataRequests.refuse"), e -> decide(task, false, reason, problem));
        refuse.setId("data-request-refuse-" + request.getId());
        card.add(reason, problem, new HorizontalLayout(approve, refuse));
        return card;
    }

    private String willDelete(DataRequest request, PersonalData data) {
        if (request.getSubjectKind() == SubjectKind.MEMBER) {
            return getTranslation(
                    "dataRequests.willDelete",
                    data.visitsThisYear().size() + data.visitsEarlier(),
                    data.questions().size(),
                    data.registrations().size(),
                    data.pollAnswers().size());
        }
        return getTranslation(
                "dataRequests.willDeleteGuest",
                data.questions().size(),
                data.registrations().size());
    }

    private void decide(ReviewTask task, boolean approve, TextArea reason, Div problem) {
        List<String> problems = dataRequests.decide(task.taskId(), user, approve, reason.getValue());
        if (!problems.isEmpty()) {
            problem.setText(problems.stream().map(this::getTranslation).collect(Collectors.joining(" ")));
            reason.focus();
            return;
        }
        refresh();
    }

    private NativeTable table(List<DataRequest> requests) {
        NativeTable table = new NativeTable();
        table.addClassName("hours-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of(
                "dataRequests.log.requested",
                "dataRequests.log.kind",
                "dataRequests.log.status",
                "dataRequests.log.decided",
                "dataRequests.log.erased",
                "dataRequests.log.reason")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        for (DataRequest r : requests) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(DateTexts.dateTime(r.getRequestedAt()));
            row.addDataCell().setText(getTranslation("dataRequests.log.kind." + r.getSubjectKind()));
            row.addDataCell().setText(getTranslation("dataRequests.log.status." + r.getStatus()));
            row.addDataCell().setText(r.getDecidedBy() == null ? "" : r.getDecidedBy() + ", " + when(r.getDecidedAt()));
            row.addDataCell().setText(erased(r.getErasedSummary()));
            row.addDataCell().setText(r.getReason() == null ? "" : r.getReason());
        }
        return table;
    }

    private String erased(String stored) {
        Map<String, Integer> counts = ErasureSummary.parse(stored);
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + getTranslation("dataRequests.count." + e.getKey()))
                .collect(Collectors.joining(", "));
    }

    private static String when(LocalDateTime at) {
        return at == null ? "" : DateTexts.dateTime(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dataRequests.title");
    }
}
