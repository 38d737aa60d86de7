package id.blitar.kiosk.device.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.base.ui.KioskSession;
import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.device.domain.DeviceMode;
import id.blitar.kiosk.device.domain.KioskDevice;
import id.blitar.kiosk.device.service.DeviceService;
import id.blitar.kiosk.device.service.PairingCode;
import id.blitar.kiosk.device.service.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Managers' list of kiosk devices: register a kiosk (name, location, mode) and get its one-time
 * pairing code with a QR code of the pairing link, issue a new code, and revoke a kiosk, which stops
 * it at its next screen.
 */
@Route("manage/kiosks")
@RolesAllowed("MANAGER")
public class KioskDevicesView extends Div implements HasDynamicTitle {

    private final DeviceService devices;
    private final BarcodeService barcodes;
    private final AuthenticationContext authentication;
    private final TextField name = new TextField();
    private final TextField location = new TextField();
    private final Select<DeviceMode> mode = new Select<>();
    private final Div problems = new Div();
    private final Div codePanel = new Div();
    private final Grid<KioskDevice> grid = new Grid<>();
    private final String baseUrl = baseUrl();

    KioskDevicesView(DeviceService devices, BarcodeService barcodes, AuthenticationContext authentication) {
        this.devices = devices;
        this.barcodes = barcodes;
        this.authentication = authentication;
        setId("kiosk-devices");
        addClassNames("staff", "manage", "devices");

        Anchor back = new Anchor("staff", getTranslation("satisfaction.back"));

        name.setLabel(getTranslation("device.name"));
        name.setId("device-name");
        name.setMaxLength(DeviceService.MAX_NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        // The service decides what is valid; the field must not turn red when cleared after a registration.
        name.setManualValidation(true);
        location.setLabel(getTranslation("device.location"));
        location.setId("device-location");
        location.setMaxLength(InputCheck.MAX_LENGTH);
        location.setRequiredIndicatorVisible(true);
        location.setManualValidation(true);
        mode.setLabel(getTranslation("device.mode"));
        mode.setId("device-mode");
        mode.setItems(DeviceMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("device.mode." + m.name()));
        mode.setValue(DeviceMode.ENTRANCE);
        Button register = new Button(getTranslation("device.register"), e -> register());
        register.setId("device-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, location, mode, register);
        form.setAlignItems(HorizontalLayout.Alignment.END);
        form.setWrap(true);

        problems.setId("device-problems");
        problems.addClassName("kiosk-error");
        problems.getElement().setAttribute("role", "alert");
        codePanel.setId("pairing-panel");
        codePanel.addClassName("device-pairing");
        codePanel.setVisible(false);

        grid.setId("devices");
        grid.setAllRowsVisible(true);
        grid.addColumn(KioskDevice::getName)
                .setHeader(getTranslation("device.name"))
                .setAutoWidth(true);
        grid.addColumn(KioskDevice::getLocation)
                .setHeader(getTranslation("device.location"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation("device.mode." + d.getMode().name()))
                .setHeader(getTranslation("device.mode"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("device.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("device.actions"))
                .setWidth("15rem")
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("device.empty"));

        add(
                back,
                new H1(getTranslation("device.title")),
                new Paragraph(getTranslation("device.intro")),
                form,
                problems,
                codePanel,
                new H2(getTranslation("device.list")),
                grid);
        refresh();
    }

    private void register() {
        problems.setText("");
        String user = authentication.getPrincipalName().orElse("");
        Registration result = devices.register(name.getValue(), location.getValue(), mode.getValue(), user);
        if (result instanceof Registration.Registered registered) {
            name.clear();
            location.clear();
            showCode(registered.device(), registered.code());
            refresh();
        } else if (result instanceof Registration.Rejected rejected) {
            problems.setText(String.join(
                    " ", rejected.problems().stream().map(this::getTranslation).toList()));
        }
    }

    private Span status(KioskDevice device) {
        Span status = new Span();
        status.addClassName("device-status");
        if (device.isRevoked()) {
            status.setText(getTranslation("device.status.revoked", DateTexts.dateTime(device.getRevokedAt())));
            status.addClassName("device-status-revoked");
        } else if (device.isPaired()) {
            status.setText(getTranslation(
                    "device.status.active",
                    device.getLastSeenAt() == null ? "\u2013" : DateTexts.dateTime(device.getLastSeenAt())));
            status.addClassName("device-status-active");
        } else {
            status.setText(getTranslation("device.status.waiting"));
            status.addClassName("device-status-waiting");
        }
        return status;
    }

    private HorizontalLayout actions(KioskDevice device) {
        HorizontalLayout actions = new HorizontalLayout();
        if (device.isRevoked()) {
            return actions;
        }
        Button newCode = new Button(
                getTranslation("device.newCode"),
                e -> devices.newPairingCode(device.getId()).ifPresent(code -> showCode(device, code)));
        newCode.setId("new-code-" + device.getId());
        Button revoke = new Button(getTranslation("device.revoke"), e -> confirmRevoke(device));
        revoke.setId("revoke-" + device.getId());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(newCode, revoke);
        return actions;
    }

    private void confirmRevoke(KioskDevice device) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("revoke-dialog");
        dialog.setHeader(getTranslation("device.revoke.title", device.getName()));
        dialog.setText(getTranslation("device.revoke.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("device.revoke.cancel"));
        dialog.setConfirmText(getTranslation("device.revoke.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            devices.revoke(device.getId());
            codePanel.setVisible(false);
            refresh();
        });
        dialog.open();
    }

    /** The code, once: only its hash is stored, so it cannot be shown again later. */
    private void showCode(KioskDevice device, PairingCode code) {
        codePanel.removeAll();
        String link = baseUrl + "/" + KioskSession.PAIR_ROUTE + "?code="
                + URLEncoder.encode(code.code(), StandardCharsets.UTF_8);
        Span value = new Span(code.display());
        value.setId("pairing-code");
        value.addClassName("device-code");
        byte[] png = barcodes.renderPng(link, BarcodeService.Format.QR_CODE, 280, 280);
        Image qr = new Image(
                new StreamResource("pairing-" + device.getId() + ".png", () -> new ByteArrayInputStream(png)),
                getTranslation("device.qr.alt", device.getName()));
        qr.setId("pairing-qr");
        qr.setWidth("240px");
        qr.setHeight("240px");
        Span url = new Span(link);
        url.setId("pairing-url");
        url.addClassName("device-url");
        Div text = new Div(
                new H2(getTranslation("device.code.title", device.getName())),
                value,
                new Paragraph(getTranslation("device.code.valid", DateTexts.dateTime(code.expiresAt()))),
                new Paragraph(getTranslation("device.code.how")),
                url);
        text.addClassName("device-pairing-text");
        codePanel.add(text, qr);
        codePanel.setVisible(true);
    }

    /**
     * The address kiosks reach this server by, as the manager's browser reached it (taken while the
     * view is built: that request is always plain HTTP, a later click may arrive through push).
     */
    private static String baseUrl() {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest servletRequest)) {
            return "";
        }
        HttpServletRequest request = servletRequest.getHttpServletRequest();
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    private void refresh() {
        grid.setItems(devices.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("device.title");
    }
}
