package id.blitar.kiosk.question.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import id.blitar.kiosk.base.ui.LiveUpdates;
import id.blitar.kiosk.question.process.QuestionShifts;
import id.blitar.kiosk.question.process.QuestionWorklist;
import id.blitar.kiosk.question.process.WorkItem;
import id.blitar.kiosk.question.service.QuestionEvent;
import id.blitar.kiosk.question.service.ShiftEnded;
import id.blitar.kiosk.question.service.WorkResult;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A librarian's ask-a-librarian worklist: the shift bar with the desk they call visitors to, their own
 * tasks and their groups' unclaimed tasks as two separate lists, an alert with a beep when a walk-in
 * visitor starts waiting for one of their groups, and answered questions to publish to the FAQ. Being
 * on this screen means being on shift, so the kiosks offer "wait here" for the librarian's groups.
 * Every list follows committed changes through {@link LiveUpdates}, on every cluster node.
 */
public class Worklist extends Div {

    private static final String DESK_ATTRIBUTE = Worklist.class.getName() + ".desk";
    private static final int NOTICE_MILLIS = 5000;

    private Notification lastNotice;

    private final QuestionWorklist lists;
    private final QuestionShifts shifts;
    private final String user;
    private final Runnable logout;
    private final List<String> groups;
    private final Select<String> desk = new Select<>();
    private final Div alert = new Div();
    private final Span alertText = new Span();
    private final Set<String> waitingAlerts = new LinkedHashSet<>();
    private final Div myTasks = new Div();
    private final Div groupTasks = new Div();
    private final H2 myHeading = new H2();
    private final H2 groupHeading = new H2();
    private final FaqPublishing faq;
    private final Map<String, WorkItemCard> cards = new HashMap<>();
    private final WorkItemCard.Handlers handlers;
    /** This page ended the shift (or learnt it ended elsewhere) and signs out shortly. */
    private boolean endingHere;
    // Null until the first refresh, so an empty list still gets its "nothing here" line.
    private List<WorkItem> shownMine;
    private List<WorkItem> shownGroup;

    /**
     * @param zone the library's time zone, in which question times are recorded
     * @param logout signs the user out; called after "Akhiri shift" once the notice could be read
     */
    public Worklist(WorklistServices services, LiveUpdates live, ZoneId zone, String user, Runnable logout) {
        this.lists = services.lists();
        this.shifts = services.shifts();
        this.user = user;
        this.logout = logout;
        this.groups = lists.groupsOf(user);
        this.handlers = new WorkItemCard.Handlers(services.tasks(), user, zone, desk::getValue, this::report);
        setId("worklist");
        addClassName("worklist");
        shifts.startShift(user);

        add(shiftBar(live), walkInAlert());

        myTasks.setId("my-tasks");
        myTasks.addClassName("work-list");
        groupTasks.setId("group-tasks");
        groupTasks.addClassName("work-list");
        Div mine = new Div(myHeading, myTasks);
        mine.addClassName("work-column");
        Div group = new Div(groupHeading, groupTasks);
        group.addClassName("work-column");
        Div columns = new Div(mine, group);
        columns.addClassName("work-columns");
        add(columns);

        faq = new FaqPublishing(services.faq(), user);
        add(faq);

        refresh();
        live.listenWhileAttached(this, QuestionEvent.class, this::onQuestionEvent);
        // Browsers only let a page make sound after a touch or click: unlock the audio on the first one.
        addAttachListener(e -> getElement()
                .executeJs("const unlock = () => { try { const C = window.AudioContext || window.webkitAudioContext;"
                        + " window.__worklistAudio = window.__worklistAudio || new C();"
                        + " window.__worklistAudio.resume(); } catch (err) { /* no audio: the banner suffices */ } };"
                        + " document.addEventListener('pointerdown', unlock, {once: true});"));
    }

    private Div shiftBar(LiveUpdates live) {
        Span onShift = new Span(getTranslation("worklist.shift.on"));
        onShift.setId("shift-status");
        onShift.addClassName("shift-status");

        List<String> desks = lists.desks();
        desk.setId("desk");
        desk.setLabel(getTranslation("worklist.desk"));
        desk.setItems(desks);
        Object remembered = VaadinSession.getCurrent().getAttribute(DESK_ATTRIBUTE);
        desk.setValue(remembered instanceof String d && desks.contains(d) ? d : desks.get(0));
        desk.addValueChangeListener(e -> VaadinSession.getCurrent().setAttribute(DESK_ATTRIBUTE, e.getValue()));

        Button endShift = new Button(getTranslation("worklist.shift.end"));
        endShift.setId("end-shift");
        endShift.addThemeVariants(ButtonVariant.LUMO_ERROR);
        endShift.addClickListener(e -> {
            endShift.setEnabled(false);
            endingHere = true;
            int released = shifts.endShift(user);
            notice(getTranslation("worklist.shift.ended", released), NotificationVariant.LUMO_SUCCESS);
            // Sign out after a moment, so the librarian can read how many tasks went back to the group.
            getElement().executeJs("const el = this; setTimeout(() => el.$server.signOut(), 2500);");
        });

        // Ended on another of this librarian's pages (another tab, device or node): this page must not go on
        // saying "on duty" while the kiosks no longer offer "Tunggu di sini" for them.
        live.listenWhileAttached(this, ShiftEnded.class, ended -> {
            if (ended.user().equals(user) && !endingHere) {
                endingHere = true;
                endShift.setEnabled(false);
                onShift.setText(getTranslation("worklist.shift.endedElsewhere"));
                notice(getTranslation("worklist.shift.endedElsewhere"), NotificationVariant.LUMO_CONTRAST);
                getElement().executeJs("const el = this; setTimeout(() => el.$server.signOut(), 4000);");
            }
        });

        Div bar = new Div(onShift, desk, endShift);
        bar.addClassName("shift-bar");
        return bar;
    }

    @ClientCallable
    private void signOut() {
        logout.run();
    }

    private Div walkInAlert() {
        alert.setId("walk-in-alert");
        alert.addClassName("walk-in-alert");
        alert.getElement().setAttribute("role", "alert");
        Button dismiss = new Button(getTranslation("worklist.alert.dismiss"), e -> {
            waitingAlerts.clear();
            updateAlert();
        });
        dismiss.addClassName("dismiss");
        alert.add(alertText, dismiss);
        alert.setVisible(false);
        return alert;
    }

    private void onQuestionEvent(QuestionEvent event) {
        refresh();
        boolean newWalkIn = (event.kind() == QuestionEvent.Kind.ASKED || event.kind() == QuestionEvent.Kind.ROUTED)
                && event.walkIn()
                && event.candidateGroup() != null
                && groups.contains(event.candidateGroup());
        if (newWalkIn) {
            shownGroup.stream()
                    .filter(i -> i.questionId() == event.questionId() && i.queueNumber() != null)
                    .findFirst()
                    .ifPresent(i -> {
                        waitingAlerts.add(i.queueNumber());
                        updateAlert();
                        beep();
                    });
        }
        if (event.kind() == QuestionEvent.Kind.ANSWERED || event.kind() == QuestionEvent.Kind.CLOSED) {
            faq.refresh();
        }
    }

    private void updateAlert() {
        // Only numbers nobody has taken yet keep the banner up.
        Set<String> stillWaiting = new LinkedHashSet<>();
        shownGroup.stream()
                .filter(i -> i.kind() == WorkItem.Kind.WALK_IN && i.queueNumber() != null)
                .forEach(i -> stillWaiting.add(i.queueNumber()));
        waitingAlerts.retainAll(stillWaiting);
        alertText.setText(getTranslation("worklist.alert.waiting", String.join(", ", waitingAlerts)));
        alert.setVisible(!waitingAlerts.isEmpty());
    }

    private void beep() {
        getElement()
                .executeJs("try { const C = window.AudioContext || window.webkitAudioContext;"
                        + " const ctx = window.__worklistAudio = window.__worklistAudio || new C(); ctx.resume();"
                        + " const t = ctx.currentTime;"
                        + " [0, 0.25].forEach(d => { const o = ctx.createOscillator(); const g = ctx.createGain();"
                        + " o.type = 'sine'; o.frequency.value = 880; g.gain.setValueAtTime(0.0001, t + d);"
                        + " g.gain.exponentialRampToValueAtTime(0.3, t + d + 0.02);"
                        + " g.gain.exponentialRampToValueAtTime(0.0001, t + d + 0.2);"
                        + " o.connect(g); g.connect(ctx.destination); o.start(t + d); o.stop(t + d + 0.22); });"
                        + " window.__worklistBeeps = (window.__worklistBeeps || 0) + 1;"
                        + " } catch (err) { /* no audio: the banner suffices */ }");
    }

    /**
     * Reloads both lists, notes included; cards whose task did not change are kept, with whatever is typed in
     * them (new notes are shown in them).
     */
    void refresh() {
        List<WorkItem> mine = lists.myTasks(user);
        List<WorkItem> group = lists.groupTasks(user);
        if (!mine.equals(shownMine)) {
            show(myTasks, mine, true);
            shownMine = mine;
        }
        if (!group.equals(shownGroup)) {
            show(groupTasks, group, false);
            shownGroup = group;
        }
        myHeading.setText(getTranslation("worklist.mine", mine.size()));
        groupHeading.setText(getTranslation("worklist.group", group.size()));
        cards.keySet().retainAll(taskIds(mine, group));
        updateAlert();
    }

    private static Set<String> taskIds(List<WorkItem> mine, List<WorkItem> group) {
        Set<String> ids = new LinkedHashSet<>();
        mine.forEach(i -> ids.add(key(i.taskId(), true)));
        group.forEach(i -> ids.add(key(i.taskId(), false)));
        return ids;
    }

    private static String key(String taskId, boolean mine) {
        return (mine ? "mine:" : "group:") + taskId;
    }

    private void show(Div list, List<WorkItem> items, boolean mine) {
        List<WorkItemCard> shown = new ArrayList<>();
        for (WorkItem item : items) {
            String key = key(item.taskId(), mine);
            WorkItemCard card = cards.get(key);
            if (card != null && card.item().sameApartFromNotes(item)) {
                card.showNotes(item);
            } else {
                card = new WorkItemCard(item, mine, handlers);
                cards.put(key, card);
            }
            shown.add(card);
        }
        list.removeAll();
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(mine ? "worklist.mine.empty" : "worklist.group.empty"));
            empty.addClassName("work-empty");
            list.add(empty);
        } else {
            shown.forEach(list::add);
        }
    }

    /**
     * Tells the librarian how an action went and refreshes the lists when something changed.
     *
     * @param problem where a rejected input is explained, next to the input (may be null)
     * @return whether the action was done (a dialog closes then)
     */
    private boolean report(WorkResult result, String doneText, Span problem) {
        if (result instanceof WorkResult.Rejected rejected) {
            String text = getTranslation(rejected.problem());
            if (problem != null) {
                problem.setText(text);
                problem.setVisible(true);
            }
            notice(text, NotificationVariant.LUMO_ERROR);
            return false;
        }
        if (problem != null) {
            problem.setVisible(false);
        }
        if (result instanceof WorkResult.TakenBy taken) {
            notice(getTranslation("worklist.result.takenBy", taken.user()), NotificationVariant.LUMO_ERROR);
        } else if (result instanceof WorkResult.Gone) {
            notice(getTranslation("worklist.result.gone"), NotificationVariant.LUMO_CONTRAST);
        } else {
            notice(doneText, NotificationVariant.LUMO_SUCCESS);
        }
        refresh();
        return result instanceof WorkResult.Done;
    }

    private void notice(String text, NotificationVariant variant) {
        // One message at a time: an earlier error must not stay beside "Jawaban tersimpan".
        if (lastNotice != null) {
            lastNotice.close();
        }
        Span message = new Span(text);
        message.addClassName("worklist-notice");
        Notification notification = new Notification(message);
        notification.setDuration(variant == NotificationVariant.LUMO_ERROR ? 2 * NOTICE_MILLIS : NOTICE_MILLIS);
        notification.setPosition(Notification.Position.TOP_END);
        notification.addThemeVariants(variant);
        notification.open();
        lastNotice = notification;
    }
}
