package id.blitar.kiosk.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Opens kiosk sessions the way a kiosk's browser does, over plain HTTP (the page, then Vaadin's init request
 * when the page does not carry its first UI), and counts the UIs that really exist on the server through
 * Vaadin's own session and UI listeners. Held weakly: counting keeps nothing alive.
 */
final class UiCounter {

    /** What {@link #openKiosks} did: the sessions and UIs it created, and the heap before and after. */
    record Opened(int sessions, int uis, Map<String, Integer> views, String how, long heapBefore, long heapAfter) {}

    private final Set<VaadinSession> sessions =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private final Set<UI> uis = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private final String base;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    private UiCounter(String base) {
        this.base = base;
    }

    static UiCounter install(ConfigurableApplicationContext app, String base) throws Exception {
        UiCounter counter = new UiCounter(base);
        VaadinService service = null;
        for (int attempt = 0; service == null && attempt < 2; attempt++) {
            for (ServletRegistrationBean<?> registration :
                    app.getBeansOfType(ServletRegistrationBean.class).values()) {
                if (registration.getServlet() instanceof VaadinServlet servlet && servlet.getService() != null) {
                    service = servlet.getService();
                }
            }
            if (service == null) {
                // Vaadin's servlet starts with its first request.
                counter.http.send(counter.page("/"), HttpResponse.BodyHandlers.discarding());
            }
        }
        if (service == null) {
            throw new IllegalStateException("No Vaadin servlet found");
        }
        service.addSessionInitListener(e -> counter.sessions.add(e.getSession()));
        service.addUIInitListener(e -> counter.uis.add(e.getUI()));
        return counter;
    }

    /** Opens {@code count} kiosk sessions, one UI each, and measures the heap used before and after. */
    Opened openKiosks(int count) throws Exception {
        long before = heapUsed();
        int sessionsBefore = sessions.size();
        Map<String, Integer> viewsBefore = views();
        String how = "";
        // Kept until the heap is read after: a kiosk's browser keeps its cookie, so its session stays.
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int uisNow = uis.size();
            HttpResponse<String> page = http.send(page("/"), HttpResponse.BodyHandlers.ofString());
            String cookie = page.headers().allValues("Set-Cookie").stream()
                    .map(c -> c.split(";", 2)[0])
                    .collect(Collectors.joining("; "));
            cookies.add(cookie);
            if (uis.size() > uisNow) {
                how = "GET / (the page carries its first UI)";
                continue;
            }
            HttpRequest init = HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=&query="))
                    .header("Cookie", cookie)
                    .header("Referer", base + "/")
                    .header("Accept", "application/json")
                    .build();
            HttpResponse<String> json = http.send(init, HttpResponse.BodyHandlers.ofString());
            if (json.statusCode() != 200 || uis.size() == uisNow) {
                throw new IllegalStateException(
                        "The init request made no UI: " + json.statusCode() + " " + json.body());
            }
            navigate(cookie, JSON.readTree(json.body()));
            how = "GET /, GET /?v-r=init, then the client's first navigation (ui-navigate event over"
                    + " POST ?v-r=uidl), as Vaadin's bootstrap script does";
        }
        Map<String, Integer> views = views();
        viewsBefore.forEach((view, n) -> views.merge(view, -n, Integer::sum));
        views.values().removeIf(n -> n == 0);
        int created = views.values().stream().mapToInt(Integer::intValue).sum();
        long after = heapUsed();
        if (cookies.size() != count) {
            throw new IllegalStateException("lost a session");
        }
        return new Opened(sessions.size() - sessionsBefore, created, views, how, before, after);
    }

    /**
     * What Vaadin's client does right after the init response: it tells the UI where the browser is (the
     * {@code ui-navigate} DOM event on the UI's root node), and only then does the server build the view.
     */
    private void navigate(String cookie, JsonNode init) throws Exception {
        JsonNode uiId = init.findValue("v-uiId");
        JsonNode csrf = init.findValue("Vaadin-Security-Key");
        JsonNode syncId = init.findValue("syncId");
        String message = String.format(
                "{\"csrfToken\":\"%s\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                        + "\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\","
                        + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":%d,\"clientId\":0}",
                csrf.asText(), syncId == null ? 0 : syncId.asInt());
        HttpRequest uidl = HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId.asInt()))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message))
                .build();
        HttpResponse<String> answer = http.send(uidl, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(
                    "The first navigation failed: " + answer.statusCode() + " " + answer.body());
        }
    }

    private HttpRequest page(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .build();
    }

    /** The UIs that the server's sessions hold right now, counted by the view each shows. */
    private Map<String, Integer> views() {
        Map<String, Integer> views = new TreeMap<>();
        List<VaadinSession> all;
        synchronized (sessions) {
            all = new ArrayList<>(sessions);
        }
        for (VaadinSession session : all) {
            session.lock();
            try {
                for (UI ui : session.getUIs()) {
                    List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
                    String view = chain.isEmpty()
                            ? "no view"
                            : chain.get(0).getClass().getSimpleName();
                    views.merge(view, 1, Integer::sum);
                }
            } finally {
                session.unlock();
            }
        }
        return views;
    }

    /**
     * Heap in use after full collections: the lowest of three readings, each after a System.gc() (a full, stop-the-
     * world collection with G1 unless -XX:+ExplicitGCInvokesConcurrent, so it has finished when it returns).
     */
    static long heapUsed() {
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            lowest = Math.min(
                    lowest,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return lowest;
    }
}
