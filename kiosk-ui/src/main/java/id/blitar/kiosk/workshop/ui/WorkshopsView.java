package id.blitar.kiosk.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.ui.CardScanPanel;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.base.ui.KioskLayout;
import id.blitar.kiosk.base.ui.KioskParts;
import id.blitar.kiosk.base.ui.KioskSession;
import id.blitar.kiosk.base.ui.LiveUpdates;
import id.blitar.kiosk.base.ui.OnScreenKeyboard;
import id.blitar.kiosk.base.ui.ResultPanel;
import id.blitar.kiosk.base.ui.ScanTarget;
import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.domain.WorkshopSession;
import id.blitar.kiosk.workshop.process.SignUp;
import id.blitar.kiosk.workshop.process.SignUpResult;
import id.blitar.kiosk.workshop.process.TicketResult;
import id.blitar.kiosk.workshop.process.WorkshopProcess;
import id.blitar.kiosk.workshop.service.TicketCodes;
import id.blitar.kiosk.workshop.service.WorkshopChanged;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Kegiatan" at the kiosk: the programme with audience filters and seats left; sign-up with a card
 * or as a guest; the ticket with its QR code; and "Tiket saya" to see a ticket again, take an offered
 * seat or cancel. What the visitor typed lives in this view only.
 */
@Route(value = "kegiatan", layout = KioskLayout.class)
@AnonymousAllowed
public class WorkshopsView extends Div implements HasDynamicTitle, ScanTarget {

    private final WorkshopProcess workshopProcess;
    private final WorkshopService workshops;
    private final BarcodeService barcodes;
    private AgeGroup audience;
    /** Whether "Tiket saya" is on screen (its scan step, tickets or a ticket shown from there). */
    private boolean inMine;

    private java.util.function.Consumer<String> mineScan;
    /** The programme's cards while the list is on screen, and the seats line of a workshop's page. */
    private Div programme;

    private Paragraph detailSeats;
    private long detailWorkshopId;

    WorkshopsView(
            WorkshopProcess workshopProcess, WorkshopService workshops, BarcodeService barcodes, LiveUpdates live) {
        this.workshopProcess = workshopProcess;
        this.workshops = workshops;
        this.barcodes = barcodes;
        // Seats taken or freed at any kiosk of any node show here at once.
        live.refreshWhileAttached(this, WorkshopChanged.class, this::onWorkshopChanged);
        setId("workshops");
        addClassNames("kiosk-content", "kiosk-workshops");
        showList();
    }

    // ----- the programme ---------------------------------------------------------------------------

    private void showList() {
        inMine = false;
        removeAll();
        Div filters = new Div();
        filters.addClassName("kiosk-chips");
        filters.getElement().setAttribute("role", "group");
        filters.getElement().setAttribute("aria-label", getTranslation("workshops.filter"));
        filters.add(filter(null, getTranslation("workshops.filter.all")));
        for (AgeGroup group : AgeGroup.values()) {
            filters.add(filter(group, getTranslation("ageGroup." + group.name())));
        }
        Div list = new Div();
        list.setId("workshop-list");
        list.addClassName("kiosk-workshop-list");
        fillProgramme(list);
        programme = list;
        Button mine = KioskLayout.bigButton(getTranslation("workshops.mine"), VaadinIcon.TICKET.create());
        mine.setId("my-tickets");
        mine.addClassName("kiosk-secondary");
        mine.addClickListener(e -> showMine());
        add(
                new H1(getTranslation("workshops.title")),
                filters,
                list,
                KioskParts.bottomActions(KioskParts.row(KioskParts.back(this, ResultPanel::home), mine)));
    }

    private void fillProgramme(Div list) {
        list.removeAll();
        List<Workshop> shown = workshops.publicProgramme().stream()
                .filter(w -> audience == null || w.audienceSet().contains(audience))
                .toList();
        if (shown.isEmpty()) {
            list.add(KioskParts.hint(getTranslation("workshops.none")));
        }
        shown.forEach(w -> list.add(card(w)));
    }

    private void onWorkshopChanged() {
        if (programme != null && programme.isAttached()) {
            fillProgramme(programme);
        }
        if (detailSeats != null && detailSeats.isAttached()) {
            workshops.find(detailWorkshopId).ifPresent(w -> detailSeats.setText(seatsText(w)));
        }
    }

    private String seatsText(Workshop w) {
        return w.seatsLeft() > 0
                ? getTranslation("workshops.seatsLeft", w.seatsLeft(), w.getCapacity())
                : getTranslation("workshops.fullWaitlist");
    }

    private Button filter(AgeGroup group, String text) {
        Button chip = new Button(text);
        chip.setId("filter-" + (group == null ? "all" : group.name().toLowerCase(Locale.ROOT)));
        chip.addClassName("kiosk-chip");
        chip.getElement().setAttribute("aria-pressed", String.valueOf(audience == group));
        chip.addClickListener(e -> {
            audience = group;
            showList();
        });
        return chip;
    }

    private Div card(Workshop w) {
        Div card = new Div();
        card.addClassName("kiosk-workshop-card");
        card.getElement().setAttribute("data-workshop-id", String.valueOf(w.getId()));
        Span type = new Span(getTranslation("workshopType." + w.getType().name()));
        type.addClassName("kiosk-badge");
        H2 title = new H2(w.getTitle());
        Paragraph when = new Paragraph(DateTexts.when(w.getStartsAt(), w.getEndsAt()) + " \u00b7 " + w.getRoom());
        int sessions = workshops.sessionsOf(w.getId()).size();
        card.add(type, title, when);
        if (sessions > 1) {
            card.add(new Paragraph(getTranslation("workshops.sessions", sessions)));
        }
        Paragraph seats = new Paragraph(
                w.seatsLeft() > 0
                        ? getTranslation("workshops.seatsLeft", w.seatsLeft(), w.getCapacity())
                        : getTranslation("workshops.full", workshops.waiting(w.getId())));
        seats.addClassName(w.seatsLeft() > 0 ? "kiosk-seats" : "kiosk-seats-full");
        Button open = KioskLayout.bigButton(getTranslation("workshops.open"), VaadinIcon.ARROW_RIGHT.create());
        open.setId("workshop-" + w.getId() + "-open");
        open.addClassName("kiosk-primary");
        open.addClickListener(e -> showDetail(w.getId()));
        card.add(seats, open);
        return card;
    }

    // ----- one workshop ----------------------------------------------------------------------------

    private void showDetail(long workshopId) {
        inMine = false;
        removeAll();
        Workshop w = workshops.find(workshopId).orElseThrow();
        add(new H1(w.getTitle()));
        if (w.getDescription() != null) {
            add(new Paragraph(w.getDescription()));
        }
        Div sessions = new Div();
        sessions.addClassName("kiosk-sessions");
        for (WorkshopSession s : workshops.sessionsOf(workshopId)) {
            sessions.add(new Paragraph(DateTexts.when(s.getStartsAt(), s.getEndsAt()) + " \u00b7 " + s.getRoom()));
        }
        add(sessions);
        add(KioskParts.hint(getTranslation(
                "workshops.audience",
                String.join(
                        ", ",
                        w.audienceSet().stream()
                                .map(g -> getTranslation("ageGroup." + g.name()))
                                .toList()))));
        if (w.getPartner() != null) {
            add(KioskParts.hint(getTranslation("workshops.partner", w.getPartner())));
        }
        Paragraph seats = new Paragraph(seatsText(w));
        seats.setId("workshop-seats");
        add(seats);
        detailSeats = seats;
        detailWorkshopId = workshopId;
        Button card = KioskLayout.bigButton(getTranslation("workshops.signUp.card"), VaadinIcon.USER_CARD.create());
        card.setId("signup-card");
        card.addClassName("kiosk-primary");
        card.addClickListener(e -> showCardSignUp(workshopId));
        Button guest = KioskLayout.bigButton(getTranslation("workshops.signUp.guest"), VaadinIcon.USER.create());
        guest.setId("signup-guest");
        guest.addClassName("kiosk-secondary");
        guest.addClickListener(e -> showGuestSignUp(workshopId));
        add(KioskParts.row(card, guest), KioskParts.row(KioskParts.back(this, this::showList)));
    }

    private void showCardSignUp(long workshopId) {
        removeAll();
        CardScanPanel[] scan = new CardScanPanel[1];
        scan[0] = new CardScanPanel(barcodes, card -> {
            SignUpResult result = workshopProcess.signUp(
                    workshopId, SignUp.member(card, KioskSession.kioskName()).in(KioskSession.locale()));
            if (result instanceof SignUpResult.UnknownCard) {
                scan[0].showProblem(
                        "workshops.card.unknown", ScannedCode.of(card).masked());
            } else if (result instanceof SignUpResult.Rejected r) {
                scan[0].showProblems(r.problems());
            } else {
                showResult(workshopId, result);
            }
        });
        add(
                new H1(getTranslation("workshops.signUp.card")),
                KioskParts.hint(getTranslation("checkIn.hint")),
                scan[0],
                KioskParts.row(KioskParts.back(this, () -> showDetail(workshopId))));
    }

    private void showGuestSignUp(long workshopId) {
        removeAll();
        TextField name = field("guest-name", getTranslation("workshops.guest.name"), 64);
        OnScreenKeyboard nameKeys = OnScreenKeyboard.openingOnTouch(name, OnScreenKeyboard.Layout.NAME);
        TextField phone = field("guest-phone", getTranslation("workshops.guest.phone"), 20);
        OnScreenKeyboard phoneKeys = OnScreenKeyboard.openingOnTouch(phone, OnScreenKeyboard.Layout.CARD);
        TextField email = field("guest-email", getTranslation("workshops.guest.email"), 200);
        OnScreenKeyboard emailKeys = OnScreenKeyboard.openingOnTouch(email, OnScreenKeyboard.Layout.EMAIL);
        Checkbox consent = new Checkbox(getTranslation("workshops.guest.consent"));
        consent.setId("guest-consent");
        consent.addClassName("kiosk-consent");
        Div error = KioskParts.errorArea("guest-error");
        Button submit = KioskLayout.bigButton(getTranslation("workshops.signUp"), VaadinIcon.CHECK.create());
        submit.setId("guest-submit");
        submit.addClassName("kiosk-primary");
        submit.addClickListener(e -> {
            SignUpResult result = workshopProcess.signUp(
                    workshopId,
                    SignUp.guest(
                                    name.getValue(),
                                    phone.getValue(),
                                    email.getValue(),
                                    consent.getValue(),
                                    KioskSession.kioskName())
                            .in(KioskSession.locale()));
            if (result instanceof SignUpResult.Rejected r) {
                error.setText(String.join(
                        " ", r.problems().stream().map(this::getTranslation).toList()));
            } else {
                showResult(workshopId, result);
            }
        });
        add(
                new H1(getTranslation("workshops.signUp.guest")),
                KioskParts.hint(getTranslation("workshops.guest.hint")),
                name,
                nameKeys,
                phone,
                phoneKeys,
                email,
                emailKeys,
                consent,
                error,
                KioskParts.row(KioskParts.back(this, () -> showDetail(workshopId)), submit));
    }

    private void showResult(long workshopId, SignUpResult result) {
        Workshop w = workshops.find(workshopId).orElseThrow();
        if (result instanceof SignUpResult.Confirmed c) {
            showTicket(w, c.ticketCode(), getTranslation("ticket.registered"));
        } else if (result instanceof SignUpResult.Waitlisted wl) {
            show(new ResultPanel(
                    VaadinIcon.HOURGLASS,
                    getTranslation("workshops.waitlisted.title"),
                    List.of(
                            getTranslation("workshops.waitlisted.position", wl.waitingBefore() + 1),
                            getTranslation("workshops.waitlisted.detail")),
                    false,
                    20));
        } else if (result instanceof SignUpResult.AlreadyRegistered a) {
            if (a.status() == RegistrationStatus.CONFIRMED && a.ticketCode() != null) {
                showTicket(w, a.ticketCode(), getTranslation("ticket.already"));
            } else {
                show(new ResultPanel(
                        VaadinIcon.INFO_CIRCLE,
                        getTranslation("workshops.already"),
                        List.of(getTranslation("registration." + a.status().name())),
                        true,
                        10));
            }
        } else if (result instanceof SignUpResult.NotOpen n) {
            show(new ResultPanel(VaadinIcon.CALENDAR, getTranslation(n.reason()), List.of(), true, 10));
        }
    }

    private void showTicket(Workshop w, String code, String title) {
        removeAll();
        Button done = KioskLayout.bigButton(getTranslation("ticket.done"), VaadinIcon.CHECK.create());
        done.setId("ticket-done");
        done.addClassName("kiosk-primary");
        done.addClickListener(e -> ResultPanel.home());
        add(new TicketPanel(barcodes, w, workshops.sessionsOf(w.getId()), code, title), KioskParts.row(done));
    }

    // ----- my tickets ------------------------------------------------------------------------------

    /**
     * A scan while "Tiket saya" shows someone's tickets: the next person's tickets, at once. Elsewhere
     * in the programme the kiosk's own journey takes the scan.
     */
    @Override
    public boolean scanned(String raw) {
        if (!inMine) {
            return false;
        }
        showMine();
        mineScan.accept(raw);
        return true;
    }

    private void showMine() {
        removeAll();
        inMine = true;
        CardScanPanel[] scan = new CardScanPanel[1];
        mineScan = scanned -> {
            Optional<String> code = TicketCodes.parse(scanned);
            if (code.isPresent()) {
                Optional<Registration> ticket = workshops.ticket(code.get());
                if (ticket.isPresent()) {
                    showRegistrations(null, List.of(ticket.get()));
                } else {
                    scan[0].showProblem(
                            "workshops.ticket.unknown", ScannedCode.of(scanned).masked());
                }
                return;
            }
            Optional<List<Registration>> found = workshops.registrationsOfCard(scanned);
            if (found.isEmpty()) {
                scan[0].showProblem(
                        "workshops.card.unknown", ScannedCode.of(scanned).masked());
            } else {
                showRegistrations(scanned, found.get());
            }
        };
        scan[0] = new CardScanPanel(barcodes, mineScan, "workshops.mine.placeholder", "workshops.mine.type");
        add(
                new H1(getTranslation("workshops.mine")),
                KioskParts.hint(getTranslation("workshops.mine.hint")),
                scan[0],
                KioskParts.row(KioskParts.back(this, this::showList)));
    }

    private void showRegistrations(String card, List<Registration> registrations) {
        removeAll();
        add(new H1(getTranslation("workshops.mine")));
        if (registrations.isEmpty()) {
            add(KioskParts.hint(getTranslation("workshops.mine.none")));
        }
        Div error = KioskParts.errorArea("mine-error");
        for (Registration r : registrations) {
            Workshop w = workshops.find(r.getWorkshopId()).orElseThrow();
            Div item = new Div();
            item.addClassName("kiosk-workshop-card");
            item.getElement().setAttribute("data-registration-id", String.valueOf(r.getId()));
            item.add(
                    new H2(w.getTitle()),
                    new Paragraph(DateTexts.when(w.getStartsAt(), w.getEndsAt())),
                    new Paragraph(getTranslation("registration." + r.getStatus().name())));
            if (r.getStatus() == RegistrationStatus.CONFIRMED) {
                Button show = KioskLayout.bigButton(getTranslation("workshops.mine.show"), VaadinIcon.TICKET.create());
                show.addClassNames("kiosk-primary", "show-ticket");
                show.addClickListener(e -> showTicket(w, r.getTicketCode(), getTranslation("ticket.yours")));
                item.add(show);
            }
            if (r.getStatus() == RegistrationStatus.OFFERED && card != null) {
                Button take = KioskLayout.bigButton(getTranslation("workshops.mine.take"), VaadinIcon.CHECK.create());
                take.addClassName("kiosk-primary");
                take.addClassName("take-offer");
                take.addClickListener(e -> {
                    TicketResult result = workshopProcess.acceptOfferWithCard(w.getId(), card);
                    if (result instanceof TicketResult.OfferTaken t) {
                        showTicket(w, t.ticketCode(), getTranslation("ticket.registered"));
                    } else if (result instanceof TicketResult.NotValid n) {
                        error.setText(getTranslation(n.reason()));
                    }
                });
                item.add(take);
            }
            Button cancel =
                    KioskLayout.bigButton(getTranslation("workshops.mine.cancel"), VaadinIcon.CLOSE_CIRCLE_O.create());
            cancel.addClassName("kiosk-secondary");
            cancel.addClassName("cancel-registration");
            cancel.addClickListener(e -> confirmCancel(card, registrations, w, r));
            item.add(cancel);
            add(item);
        }
        add(error, KioskParts.row(KioskParts.back(this, ResultPanel::home)));
    }

    /**
     * A cancelled seat goes to the waitlist at once and cannot be taken back, so one slip of the finger
     * must not cancel: the visitor confirms with a large "Ya" or goes back with "Tidak".
     */
    private void confirmCancel(String card, List<Registration> registrations, Workshop w, Registration r) {
        removeAll();
        H1 question = new H1(getTranslation("workshops.cancel.confirm", w.getTitle()));
        question.setId("cancel-confirm-title");
        Div error = KioskParts.errorArea("cancel-error");
        Button yes = KioskLayout.bigButton(getTranslation("workshops.cancel.yes"), VaadinIcon.CLOSE_CIRCLE_O.create());
        yes.setId("cancel-confirm-yes");
        yes.addClassName("kiosk-secondary");
        yes.addClickListener(e -> {
            TicketResult result = card != null
                    ? workshopProcess.cancelWithCard(w.getId(), card)
                    : workshopProcess.cancelWithTicket(r.getTicketCode());
            if (result instanceof TicketResult.Cancelled c) {
                show(new ResultPanel(
                        VaadinIcon.CHECK_CIRCLE,
                        getTranslation("workshops.cancelled", c.workshopTitle()),
                        List.of(getTranslation("workshops.cancelled.detail")),
                        false,
                        10));
            } else if (result instanceof TicketResult.NotValid n) {
                error.setText(getTranslation(n.reason()));
            }
        });
        Button no = KioskLayout.bigButton(getTranslation("workshops.cancel.no"), VaadinIcon.ARROW_LEFT.create());
        no.setId("cancel-confirm-no");
        no.addClassName("kiosk-primary");
        no.addClickListener(e -> showRegistrations(card, registrations));
        Div answers = new Div(no, yes);
        answers.addClassName("kiosk-actions-row");
        add(question, KioskParts.hint(getTranslation("workshops.cancel.confirm.detail")), error, answers);
    }

    // ----- pieces ----------------------------------------------------------------------------------

    private void show(ResultPanel panel) {
        removeAll();
        removeClassName("kiosk-content");
        add(panel);
    }

    private TextField field(String id, String label, int max) {
        TextField field = new TextField(label);
        field.setId(id);
        field.addClassName("kiosk-field");
        field.setMaxLength(max);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshops.title");
    }
}
