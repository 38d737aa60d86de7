package id.blitar.kiosk.question.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.process.FinishAtDesk;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.question.process.QuestionTasks;
import id.blitar.kiosk.question.process.WorkItem;
import id.blitar.kiosk.question.service.WorkResult;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One task of the worklist as a card: what the visitor asked and how urgent it is, its internal notes, and
 * the actions that fit the task and whose list it is in. Inputs are checked by {@link QuestionTasks}; a
 * rejected input is explained next to it and nothing changes. The card knows nothing of the list it is in:
 * the list hands it {@link Handlers}.
 */
class WorkItemCard extends Div {

    /**
     * What a card is given by the list that shows it.
     *
     * @param tasks the actions on a task, carried out as {@code user}
     * @param user the signed-in librarian
     * @param zone the library's time zone, in which question times are recorded
     * @param desk the desk chosen in the shift bar, read when "Panggil" is pressed
     * @param reporter tells the librarian how an action went (next to {@code problem} when rejected) and
     *     refreshes the lists; answers whether it was done, so a dialog can close
     */
    record Handlers(QuestionTasks tasks, String user, ZoneId zone, Supplier<String> desk, Reporter reporter) {

        boolean report(WorkResult result, String doneText, Span problem) {
            return reporter.report(result, doneText, problem);
        }
    }

    /** How the list tells the librarian an action's result; see {@link Handlers#reporter}. */
    @FunctionalInterface
    interface Reporter {
        boolean report(WorkResult result, String doneText, Span problem);
    }

    private WorkItem item;
    private final Handlers handlers;
    private final QuestionTasks tasks;
    private final Div notes = new Div();

    WorkItemCard(WorkItem item, boolean mine, Handlers handlers) {
        this.item = item;
        this.handlers = handlers;
        this.tasks = handlers.tasks();
        addClassName("work-item");
        addClassName("work-item-" + item.kind().name().toLowerCase().replace('_', '-'));
        if (item.overdue()) {
            addClassName("work-item-overdue");
        }
        getElement().setAttribute("data-task-id", item.taskId());
        getElement().setAttribute("data-question-id", String.valueOf(item.questionId()));

        add(badges(), facts());
        Paragraph text = new Paragraph(item.text());
        text.addClassName("work-text");
        add(text);
        if (item.calledAt() != null && item.desk() != null) {
            Span called = new Span(getTranslation("worklist.called", item.desk(), DateTexts.time(item.calledAt())));
            called.addClassName("work-called");
            add(called);
        }
        notes.addClassName("work-notes");
        add(notes);
        renderNotes();
        add(mine ? myActions() : groupActions());
    }

    WorkItem item() {
        return item;
    }

    /**
     * Takes a newer state of the same entry that differs in its notes only (see {@link
     * WorkItem#sameApartFromNotes}): the notes are shown again, everything typed in the card stays.
     */
    void showNotes(WorkItem newer) {
        boolean changed = !newer.notes().equals(item.notes());
        item = newer;
        if (changed) {
            renderNotes();
        }
    }

    /** Internal notes are for staff only: labelled so, and never part of what a visitor sees. */
    private void renderNotes() {
        notes.removeAll();
        List<WorkItem.Note> list = item.notes();
        notes.setVisible(!list.isEmpty());
        if (list.isEmpty()) {
            return;
        }
        Span label = new Span(getTranslation("worklist.notes.internal"));
        label.addClassName("work-notes-label");
        notes.add(label);
        for (WorkItem.Note note : list) {
            Div line = new Div(
                    new Span(when(note.createdAt()) + " \u00b7 " + note.author() + ": "), new Span(note.text()));
            line.addClassName("work-note");
            notes.add(line);
        }
    }

    // ----- what the card shows ---------------------------------------------------------------------

    private Div badges() {
        Div badges = new Div();
        badges.addClassName("work-badges");
        Span kind = new Span(kindText());
        kind.addClassName("work-kind");
        if (item.kind() == WorkItem.Kind.WALK_IN) {
            kind.addClassName("work-number");
        }
        badges.add(kind);
        if (item.dueAt() != null) {
            badges.add(badge(getTranslation("worklist.due", when(item.dueAt())), "badge-due"));
        }
        if (item.overdue()) {
            badges.add(badge(getTranslation("worklist.overdue"), "badge-overdue"));
        }
        if (item.escalated()) {
            badges.add(badge(getTranslation("worklist.escalated"), "badge-escalated"));
        }
        badges.add(badge(getTranslation("worklist.priority", item.priority()), "badge-priority"));
        return badges;
    }

    private String kindText() {
        return switch (item.kind()) {
            case WALK_IN -> item.queueNumber() != null ? item.queueNumber() : item.reference();
            case TICKET -> getTranslation("worklist.kind.ticket", item.reference());
            case REVIEW ->
                getTranslation(
                        "worklist.kind.review", item.queueNumber() != null ? item.queueNumber() : item.reference());
        };
    }

    private Div facts() {
        List<String> facts = new ArrayList<>();
        facts.add(Texts.topic(this, item.topic()));
        if (item.ageGroup() != null) {
            facts.add(getTranslation("ageGroup." + item.ageGroup().name()));
        }
        facts.add(Texts.channel(this, item.channel()));
        facts.add(getTranslation("worklist.asked", when(item.askedAt())));
        if (item.kind() != WorkItem.Kind.REVIEW && item.candidateGroup() != null) {
            facts.add(Texts.group(this, item.candidateGroup()));
        }
        Div div = new Div();
        div.addClassName("work-facts");
        for (String fact : facts) {
            Span span = new Span(fact);
            span.addClassName("work-fact");
            div.add(span);
        }
        return div;
    }

    private static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.addClassNames("badge", className);
        return badge;
    }

    private String when(LocalDateTime time) {
        LocalDate today = LocalDate.now(handlers.zone());
        return time.toLocalDate().equals(today) ? DateTexts.time(time) : DateTexts.dayMonthTime(time);
    }

    // ----- actions -----------------------------------------------------------------------------------

    private Div groupActions() {
        Button claim = action(
                "worklist.claim",
                "claim",
                () -> tasks.claim(item.taskId(), user()),
                () -> getTranslation("worklist.done.claim"));
        claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return actions(claim);
    }

    private Div myActions() {
        List<Component> buttons = new ArrayList<>();
        List<Component> more = new ArrayList<>();
        Div forms = new Div();
        forms.addClassName("work-forms");
        switch (item.kind()) {
            case WALK_IN -> {
                Button call = action(
                        "worklist.call",
                        "call",
                        () -> tasks.call(item.taskId(), user(), handlers.desk().get()),
                        () -> getTranslation(
                                "worklist.done.call", handlers.desk().get()));
                call.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Button answered = action(
                        "worklist.outcome.answered",
                        "answered-at-desk",
                        () -> tasks.finishAtDesk(FinishAtDesk.answered(item.taskId(), user())),
                        () -> getTranslation("worklist.done.finished"));
                answered.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                Button referred = button("worklist.outcome.referred", "referred", this::referDialog);
                Button noShow = action(
                        "worklist.outcome.noShow",
                        "no-show",
                        () -> tasks.finishAtDesk(FinishAtDesk.noShow(item.taskId(), user())),
                        () -> getTranslation("worklist.done.finished"));
                Button followUp = button("worklist.outcome.followUp", "follow-up", this::followUpDialog);
                buttons.addAll(List.of(call, answered, referred, noShow, followUp));
            }
            case TICKET -> forms.add(answerForm());
            case REVIEW -> forms.add(reviewForm());
        }
        more.add(action(
                "worklist.unclaim",
                "unclaim",
                () -> tasks.unclaim(item.taskId(), user()),
                () -> getTranslation("worklist.done.unclaim")));
        if (item.kind() != WorkItem.Kind.REVIEW) {
            more.add(button("worklist.transfer", "transfer", this::transferDialog));
        }
        more.add(button("worklist.note", "add-note", this::noteDialog));
        // The outcome of the task first; handing it on or noting something is a second, quieter row.
        Div all = new Div(forms);
        if (!buttons.isEmpty()) {
            all.add(actions(buttons.toArray(Component[]::new)));
        }
        Div secondary = actions(more.toArray(Component[]::new));
        secondary.addClassName("work-actions-secondary");
        more.forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_TERTIARY));
        all.add(secondary);
        all.addClassName("work-mine");
        return all;
    }

    private Div answerForm() {
        TextArea answer = new TextArea(getTranslation("worklist.answer"));
        answer.addClassName("answer");
        answer.setMaxLength(InputCheck.MAX_ANSWER_LENGTH);
        answer.setValueChangeMode(ValueChangeMode.LAZY);
        answer.setWidthFull();
        TextField partner = new TextField(getTranslation("worklist.partner.optional"));
        partner.addClassName("partner");
        partner.setMaxLength(InputCheck.MAX_LENGTH);
        Span problem = problem();
        Button send = new Button(getTranslation("worklist.answer.send"));
        send.addClassName("send-answer");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> handlers.report(
                tasks.answer(item.taskId(), user(), answer.getValue(), partner.getValue()),
                getTranslation("worklist.done.answer"),
                problem));
        Div form = new Div(answer, partner, problem, send);
        form.addClassName("work-form");
        return form;
    }

    private Div reviewForm() {
        Select<String> group = groupSelect("worklist.review.group");
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("worklist.review.keep"));
        TextArea note = noteArea("worklist.review.note");
        Span problem = problem();
        Button reassign = new Button(getTranslation("worklist.review.reassign"));
        reassign.addClassName("reassign");
        reassign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reassign.addClickListener(e -> {
            if (group.getValue() == null) {
                handlers.report(new WorkResult.Rejected("worklist.error.group"), null, problem);
                return;
            }
            handlers.report(
                    tasks.review(item.taskId(), user(), group.getValue(), note.getValue()),
                    getTranslation("worklist.done.review"),
                    problem);
        });
        Button keep = new Button(getTranslation("worklist.review.leave"));
        keep.addClassName("leave");
        keep.addClickListener(e -> handlers.report(
                tasks.review(item.taskId(), user(), null, note.getValue()),
                getTranslation("worklist.done.review"),
                problem));
        Div buttons = actions(reassign, keep);
        Div form = new Div(group, note, problem, buttons);
        form.addClassName("work-form");
        return form;
    }

    private void referDialog() {
        TextField partner = new TextField(getTranslation("worklist.partner"));
        partner.addClassName("partner");
        partner.setRequired(true);
        partner.setMaxLength(InputCheck.MAX_LENGTH);
        partner.setWidthFull();
        TextArea note = noteArea("worklist.note.optional");
        dialog(
                "worklist.outcome.referred",
                "worklist.outcome.referred",
                problem -> handlers.report(
                        tasks.finishAtDesk(
                                FinishAtDesk.referred(item.taskId(), user(), partner.getValue(), note.getValue())),
                        getTranslation("worklist.done.finished"),
                        problem),
                partner,
                note);
    }

    private void followUpDialog() {
        RadioButtonGroup<Channel> channel = new RadioButtonGroup<>(getTranslation("worklist.followUp.channel"));
        channel.addClassName("follow-up-channel");
        channel.setItems(Channel.PICK_UP, Channel.EMAIL);
        channel.setItemLabelGenerator(c -> Texts.channel(this, c));
        channel.setValue(Channel.PICK_UP);
        EmailField email = new EmailField(getTranslation("worklist.followUp.email"));
        email.addClassName("follow-up-email");
        email.setWidthFull();
        email.setVisible(false);
        channel.addValueChangeListener(e -> email.setVisible(e.getValue() == Channel.EMAIL));
        TextArea note = noteArea("worklist.note.optional");
        dialog(
                "worklist.outcome.followUp",
                "worklist.followUp.confirm",
                problem -> handlers.report(
                        tasks.finishAtDesk(FinishAtDesk.followUp(
                                item.taskId(), user(), channel.getValue(), email.getValue(), note.getValue())),
                        getTranslation("worklist.done.followUp"),
                        problem),
                channel,
                email,
                note);
    }

    private void transferDialog() {
        Select<String> group = groupSelect("worklist.transfer.group");
        TextArea note = noteArea("worklist.note.optional");
        dialog(
                "worklist.transfer",
                "worklist.transfer.confirm",
                problem -> group.getValue() == null
                        ? handlers.report(new WorkResult.Rejected("worklist.error.group"), null, problem)
                        : handlers.report(
                                tasks.transfer(item.taskId(), user(), group.getValue(), note.getValue()),
                                getTranslation("worklist.done.transfer"),
                                problem),
                group,
                note);
    }

    private void noteDialog() {
        TextArea note = noteArea("worklist.note.text");
        Span hint = new Span(getTranslation("worklist.notes.hint"));
        hint.addClassName("work-hint");
        dialog(
                "worklist.note",
                "worklist.note.save",
                // The refresh after a note shows it in this card.
                problem -> handlers.report(
                        tasks.addNote(item.questionId(), user(), note.getValue()),
                        getTranslation("worklist.done.note"),
                        problem),
                hint,
                note);
    }

    /** A small dialog: the fields, a message for rejected input, and confirm/cancel. */
    private void dialog(String titleKey, String confirmKey, Function<Span, Boolean> onConfirm, Component... fields) {
        Dialog dialog = new Dialog();
        dialog.addClassName("work-dialog");
        dialog.setHeaderTitle(getTranslation(titleKey) + " \u2014 " + kindText());
        Span problem = problem();
        Div body = new Div(fields);
        body.add(problem);
        body.addClassName("work-dialog-body");
        dialog.add(body);
        Button confirm = new Button(getTranslation(confirmKey));
        confirm.addClassName("confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (onConfirm.apply(problem)) {
                dialog.close();
            }
        });
        Button cancel = new Button(getTranslation("worklist.cancel"), e -> dialog.close());
        cancel.addClassName("cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private Select<String> groupSelect(String labelKey) {
        Select<String> group = new Select<>();
        group.setLabel(getTranslation(labelKey));
        group.addClassName("work-group-select");
        group.setItems(QuestionProcess.GROUPS);
        group.setItemLabelGenerator(g -> g == null ? "" : Texts.group(this, g));
        group.setWidthFull();
        return group;
    }

    private TextArea noteArea(String labelKey) {
        TextArea note = new TextArea(getTranslation(labelKey));
        note.addClassName("work-note-input");
        note.setMaxLength(InputCheck.MAX_QUESTION_LENGTH);
        note.setValueChangeMode(ValueChangeMode.LAZY);
        note.setWidthFull();
        return note;
    }

    private static Span problem() {
        Span problem = new Span();
        problem.addClassName("work-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        return problem;
    }

    private Button action(String labelKey, String className, Supplier<WorkResult> action, Supplier<String> done) {
        Button button = new Button(getTranslation(labelKey));
        button.addClassName(className);
        button.addClickListener(e -> handlers.report(action.get(), done.get(), null));
        return button;
    }

    private Button button(String labelKey, String className, Runnable onClick) {
        Button button = new Button(getTranslation(labelKey), e -> onClick.run());
        button.addClassName(className);
        return button;
    }

    private static Div actions(Component... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("work-actions");
        return actions;
    }

    private String user() {
        return handlers.user();
    }
}
