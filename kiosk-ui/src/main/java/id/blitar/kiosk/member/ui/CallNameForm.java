package id.blitar.kiosk.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.MemberService;
import java.util.Optional;

/**
 * Staff look a member up by card and set the name the kiosks greet them by (nama panggilan): a stored call name
 * always wins over the one found in the full name; an empty field goes back to that one.
 */
class CallNameForm extends Div {

    private final MemberService members;
    private final TextField card = new TextField();
    private final TextField callName = new TextField();
    private final Button save;
    private final Paragraph message = new Paragraph();
    private final Paragraph found = new Paragraph();

    CallNameForm(MemberService members) {
        this.members = members;
        setId("call-name-form");
        addClassName("call-name-form");
        card.setId("call-name-card");
        card.setLabel(getTranslation("callName.card"));
        card.setMaxLength(64);
        card.addValueChangeListener(e -> lookUp());
        callName.setId("call-name-value");
        callName.setLabel(getTranslation("callName.name"));
        callName.setHelperText(getTranslation("callName.helper"));
        callName.setMaxLength(Member.MAX_CALL_NAME);
        callName.setEnabled(false);
        save = new Button(getTranslation("callName.save"), e -> save());
        save.setId("call-name-save");
        save.setEnabled(false);
        found.setId("call-name-found");
        message.setId("call-name-message");
        message.getElement().setAttribute("aria-live", "polite");
        Div row = new Div(card, callName, save);
        row.addClassName("call-name-row");
        add(
                new H2(getTranslation("callName.title")),
                new Paragraph(getTranslation("callName.howTo")),
                row,
                found,
                message);
    }

    private void lookUp() {
        message.setText("");
        Optional<Member> member = members.findByCard(card.getValue());
        callName.setEnabled(member.isPresent());
        save.setEnabled(member.isPresent());
        if (member.isEmpty()) {
            found.setText(card.getValue().isBlank() ? "" : getTranslation("error.card.unknown"));
            callName.clear();
            return;
        }
        Member m = member.get();
        callName.setValue(m.getStoredCallName() == null ? "" : m.getStoredCallName());
        found.setText(greetingLine(m));
    }

    private void save() {
        Optional<String> problem = members.changeCallName(card.getValue(), callName.getValue());
        if (problem.isPresent()) {
            message.setText(getTranslation(problem.get()));
            message.addClassName("member-import-error");
            return;
        }
        message.removeClassName("member-import-error");
        members.findByCard(card.getValue()).ifPresent(m -> found.setText(greetingLine(m)));
        message.setText(getTranslation("callName.saved"));
    }

    private String greetingLine(Member member) {
        String greeted = member.callName();
        return getTranslation(
                "callName.found", member.getFullName(), greeted == null ? getTranslation("callName.noName") : greeted);
    }
}
