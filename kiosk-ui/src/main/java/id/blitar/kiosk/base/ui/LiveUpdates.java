package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import id.blitar.kiosk.base.live.LiveEvent;
import id.blitar.kiosk.base.live.RemoteLiveEvent;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Brings committed changes ({@link LiveEvent}) to open screens through Vaadin push: changes of this node
 * once their transaction has committed, changes of the other cluster nodes as the relay reads them from the
 * shared database ({@link RemoteLiveEvent}). Delivery runs on its own thread, so a committing request never
 * waits for (or locks) other users' sessions.
 */
@Service
public class LiveUpdates {

    /**
     * How long a screen that only reloads what it shows waits for more changes before it does: a burst (200
     * sign-ups in a minute, a closing-time wave of check-outs) reloads it a few times a second, not once per
     * change.
     */
    static final Duration REFRESH_DELAY = Duration.ofMillis(150);

    private final Set<Consumer<LiveEvent>> listeners = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService refreshes = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "live-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "live-updates");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Calls {@code onEvent} inside {@code UI.access} for every committed event of the given type while the
     * component is attached.
     */
    public <E extends LiveEvent> void listenWhileAttached(Component component, Class<E> type, Consumer<E> onEvent) {
        component.addAttachListener(attach -> {
            Registration listening = listen(attach.getUI(), type, onEvent);
            Registration[] detach = new Registration[1];
            detach[0] = component.addDetachListener(d -> {
                listening.remove();
                detach[0].remove();
            });
        });
    }

    /**
     * Reloads a screen part (inside {@code UI.access}) after committed events of the given type while the
     * component is attached; events that arrive while a reload is already due are folded into it, so the part
     * reloads at most once per {@link #REFRESH_DELAY}. For screens that show state, not each event.
     */
    public <E extends LiveEvent> void refreshWhileAttached(Component component, Class<E> type, Runnable refresh) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            AtomicBoolean due = new AtomicBoolean();
            Consumer<LiveEvent> listener = event -> {
                if (type.isInstance(event) && due.compareAndSet(false, true)) {
                    refreshes.schedule(
                            () -> {
                                try {
                                    ui.access(() -> {
                                        due.set(false);
                                        refresh.run();
                                    });
                                } catch (RuntimeException closed) {
                                    due.set(false); // a closed tab: its listener goes with its detach
                                }
                            },
                            REFRESH_DELAY.toMillis(),
                            TimeUnit.MILLISECONDS);
                }
            };
            listeners.add(listener);
            Registration[] detach = new Registration[1];
            detach[0] = component.addDetachListener(d -> {
                listeners.remove(listener);
                detach[0].remove();
            });
        });
    }

    /** Calls {@code onEvent} inside {@code ui.access} for every committed event of the type until removed. */
    public <E extends LiveEvent> Registration listen(UI ui, Class<E> type, Consumer<E> onEvent) {
        Consumer<LiveEvent> listener = event -> {
            if (type.isInstance(event)) {
                ui.access(() -> onEvent.accept(type.cast(event)));
            }
        };
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onCommitted(LiveEvent event) {
        dispatch(event);
    }

    @EventListener
    void onOtherNode(RemoteLiveEvent remote) {
        dispatch(remote.event());
    }

    private void dispatch(LiveEvent event) {
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
        refreshes.shutdownNow();
    }
}
