package id.blitar.kiosk.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.blitar.kiosk.base.LibraryProperties;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.base.ui.LiveUpdates;
import id.blitar.kiosk.question.ui.Worklist;
import id.blitar.kiosk.question.ui.WorklistServices;
import id.blitar.kiosk.visit.process.RenewalOutcome;
import id.blitar.kiosk.visit.process.RenewalTask;
import id.blitar.kiosk.visit.process.RenewalTaskEvent;
import id.blitar.kiosk.visit.process.VisitProcess;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A librarian's start page: the ask-a-librarian worklist (opening it starts the librarian's shift),
 * the membership renewals the kiosks asked for (for staff of the
 * {@code membership} group and managers), and links to the tools of their role.
 */
@Route("staff")
@RolesAllowed({"LIBRARIAN", "MANAGER"})
public class StaffHomeView extends Div implements HasDynamicTitle {

    private final VisitProcess visitProcess;
    private final AuthenticationContext authentication;
    private final Grid<RenewalTask> renewals = new Grid<>();
    private final ZoneId zone;
    private final List<String> renewalGroups;

    StaffHomeView(
            VisitProcess visitProcess,
            WorklistServices worklist,
            LiveUpdates live,
            AuthenticationContext authentication,
            LibraryProperties library) {
        this.visitProcess = visitProcess;
        this.authentication = authentication;
        this.zone = library.zone();
        // Managers see the membership desk's work too. Read once: live updates arrive on another thread,
        // without the signed-in user's security context.
        List<String> groups = new ArrayList<>(groups());
        if (authentication.hasRole("MANAGER") && !groups.contains(VisitProcess.GROUP_MEMBERSHIP)) {
            groups.add(VisitProcess.GROUP_MEMBERSHIP);
        }
        this.renewalGroups = List.copyOf(groups);
        setId("staff-home");
        addClassName("staff");
        String user = authentication.getPrincipalName().orElse("");
        Button logout = new Button(getTranslation("staff.logout"), e -> authentication.logout());
        logout.setId("logout");
        HorizontalLayout top = new HorizontalLayout(new H1(getTranslation("staff.greeting", user)), logout);
        top.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(top);

        if (authentication.hasRole("MANAGER")) {
            Anchor cockpit = new Anchor("camunda/app/cockpit/default/", getTranslation("staff.cockpit"));
            cockpit.setRouterIgnore(true);
            cockpit.setId("cockpit-link");
            Anchor tasklist = new Anchor("camunda/app/tasklist/default/", getTranslation("staff.tasklist"));
            tasklist.setRouterIgnore(true);
            Anchor admin = new Anchor("camunda/app/admin/default/", getTranslation("staff.admin"));
            admin.setRouterIgnore(true);
            // Managers' own screen: the route is named, so staff.ui need not know the poll package.
            Anchor satisfaction = new Anchor("manage/satisfaction", getTranslation("staff.satisfaction"));
            satisfaction.setId("satisfaction-link");
            Anchor kiosks = new Anchor("manage/kiosks", getTranslation("device.staffLink"));
            kiosks.setId("kiosks-link");
            Anchor models = new Anchor("manage/models", getTranslation("staff.models"));
            models.setId("models-link");
            Anchor members = new Anchor("manage/members", getTranslation("memberImport.link"));
            members.setId("members-link");
            Anchor dashboard = new Anchor("manage", getTranslation("staff.dashboard"));
            dashboard.setId("dashboard-link");
            Anchor reports = new Anchor("manage/reports", getTranslation("staff.reports"));
            reports.setId("reports-link");
            Anchor hours = new Anchor("manage/hours", getTranslation("staff.hours"));
            hours.setId("hours-link");
            HorizontalLayout links = new HorizontalLayout(
                    dashboard,
                    reports,
                    satisfaction,
                    programme(),
                    hours,
                    kiosks,
                    members,
                    models,
                    cockpit,
                    tasklist,
                    admin);
            links.setWrap(true);
            add(links);
        } else {
            add(new HorizontalLayout(programme()));
        }

        // The data-protection officer and managers decide deletion requests (UU PDP); named route, as above.
        if (authentication.hasRole("MANAGER") || groups().contains("data-protection")) {
            Anchor dataRequests = new Anchor("staff/data", getTranslation("dataRequests.link"));
            dataRequests.setId("data-requests-link");
            add(new HorizontalLayout(dataRequests));
        }

        add(new Worklist(worklist, live, zone, user, authentication::logout));

        add(new H2(getTranslation("staff.renewals")));
        renewals.setId("renewals");
        renewals.addColumn(RenewalTask::cardNumber)
                .setHeader(getTranslation("staff.renewals.card"))
                .setAutoWidth(true);
        renewals.addColumn(RenewalTask::memberName)
                .setHeader(getTranslation("staff.renewals.name"))
                .setAutoWidth(true);
        renewals.addColumn(RenewalTask::memberType)
                .setHeader(getTranslation("staff.renewals.type"))
                .setAutoWidth(true);
        renewals.addColumn(t -> DateTexts.date(t.expiredOn()))
                .setHeader(getTranslation("staff.renewals.expired"))
                .setAutoWidth(true);
        renewals.addColumn(t -> DateTexts.dateTime(t.since().atZone(zone)))
                .setHeader(getTranslation("staff.renewals.since"))
                .setAutoWidth(true);
        renewals.addComponentColumn(this::actions)
                .setHeader(getTranslation("staff.renewals.outcome"))
                .setAutoWidth(true);
        renewals.setAllRowsVisible(true);
        Paragraph empty = new Paragraph(getTranslation("staff.renewals.empty"));
        renewals.setEmptyStateComponent(empty);
        add(renewals);
        refresh();
        // A visitor with an expired card scanned at any kiosk of any node, or a colleague finished a renewal.
        live.refreshWhileAttached(this, RenewalTaskEvent.class, this::refresh);
    }

    /** The workshop programme, for managers and librarians alike (named route, as above). */
    private Anchor programme() {
        Anchor programme = new Anchor("manage/programme", getTranslation("programme.link"));
        programme.setId("programme-link");
        return programme;
    }

    private HorizontalLayout actions(RenewalTask task) {
        Button renewed =
                new Button(getTranslation("staff.renewals.renewed"), e -> complete(task, RenewalOutcome.RENEWED));
        renewed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button declined =
                new Button(getTranslation("staff.renewals.declined"), e -> complete(task, RenewalOutcome.DECLINED));
        Button notMet =
                new Button(getTranslation("staff.renewals.notMet"), e -> complete(task, RenewalOutcome.NOT_MET));
        return new HorizontalLayout(renewed, declined, notMet);
    }

    private void complete(RenewalTask task, RenewalOutcome outcome) {
        visitProcess.completeRenewal(task.taskId(), outcome);
        refresh();
    }

    private List<String> groups() {
        return StaffGroups.of(authentication);
    }

    private void refresh() {
        renewals.setItems(visitProcess.openRenewals(renewalGroups));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title");
    }
}
