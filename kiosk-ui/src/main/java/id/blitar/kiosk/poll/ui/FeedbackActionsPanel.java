package id.blitar.kiosk.poll.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import id.blitar.kiosk.base.ui.Rotation;
import id.blitar.kiosk.poll.domain.FeedbackAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Anda berkata → Kami lakukan" on the attract screen, one item at a time: proof that answers lead somewhere.
 */
public class FeedbackActionsPanel extends Div {

    private FeedbackActionsPanel(List<FeedbackAction> actions) {
        setId("feedback-actions");
        addClassName("kiosk-feedback-actions");
        add(new H2(getTranslation("attract.actions.title")));
        List<Div> items = new ArrayList<>();
        for (FeedbackAction action : actions) {
            Div item = new Div();
            item.addClassName("kiosk-feedback-action");
            Paragraph said = new Paragraph(getTranslation("attract.actions.youSaid", action.getYouSaid()));
            said.addClassName("kiosk-you-said");
            Paragraph did = new Paragraph(getTranslation("attract.actions.weDid", action.getWeDid()));
            did.addClassName("kiosk-we-did");
            item.add(said, did);
            items.add(item);
            add(item);
        }
        Rotation.of(this, items);
    }

    /** The published items (the newest five), one at a time, or nothing when there are none. */
    public static Optional<FeedbackActionsPanel> of(List<FeedbackAction> actions) {
        return actions.isEmpty()
                ? Optional.empty()
                : Optional.of(new FeedbackActionsPanel(actions.subList(0, Math.min(5, actions.size()))));
    }
}
