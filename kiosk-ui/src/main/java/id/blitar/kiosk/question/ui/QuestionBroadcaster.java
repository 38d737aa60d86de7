package id.blitar.kiosk.question.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import id.blitar.kiosk.question.service.QuestionEvent;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Brings question changes to open screens through Vaadin push once they are committed: a new question
 * appears in worklists, a called number on the board. Delivery runs on its own thread so a committing
 * request never waits for (or locks) other users' sessions.
 *
 * <p>Events reach the screens of this server node only; with several nodes the screens of the others
 * catch up at their next refresh.
 */
@Service
public class QuestionBroadcaster {

    private final Set<Consumer<QuestionEvent>> listeners = ConcurrentHashMap.newKeySet();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "question-broadcast");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Calls {@code onEvent} inside {@code UI.access} for every committed question change while the
     * component is attached.
     */
    public void listenWhileAttached(Component component, Consumer<QuestionEvent> onEvent) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Consumer<QuestionEvent> listener = event -> ui.access(() -> onEvent.accept(event));
            listeners.add(listener);
            Registration[] detach = new Registration[1];
            detach[0] = component.addDetachListener(d -> {
                listeners.remove(listener);
                detach[0].remove();
            });
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onCommitted(QuestionEvent event) {
        delivery.execute(() -> listeners.forEach(l -> {
            try {
                l.accept(event);
            } catch (RuntimeException ignored) {
                // A closed browser tab: its listener goes with its detach.
            }
        }));
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
