package id.blitar.kiosk.modeling.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The models the application ships in its bpmn module ({@code bpmn/*.bpmn}, {@code dmn/*.dmn}). Their
 * process and decision keys are the ones the application knows: its facades start those processes and
 * evaluate those decisions by key, so a model under any other key would never run.
 */
@Component
public class ShippedModels {

    /** A model file of the application and the key it defines. */
    public record Shipped(String key, ModelKind kind, String resourceName, byte[] content) {}

    private final Map<String, Shipped> byKey;

    public ShippedModels() {
        this(load());
    }

    ShippedModels(List<Shipped> shipped) {
        Map<String, Shipped> map = new LinkedHashMap<>();
        shipped.forEach(s -> map.put(s.key(), s));
        this.byKey = Collections.unmodifiableMap(map);
    }

    public Optional<Shipped> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean knows(String key, ModelKind kind) {
        Shipped shipped = byKey.get(key);
        return shipped != null && shipped.kind() == kind;
    }

    public List<Shipped> all() {
        return List.copyOf(byKey.values());
    }

    private static List<Shipped> load() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Shipped> shipped = new ArrayList<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:bpmn/*.bpmn")) {
                add(shipped, resource, ModelKind.PROCESS, "bpmn/");
            }
            for (Resource resource : resolver.getResources("classpath*:dmn/*.dmn")) {
                add(shipped, resource, ModelKind.DECISION, "dmn/");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shipped;
    }

    private static void add(List<Shipped> shipped, Resource resource, ModelKind kind, String folder)
            throws IOException {
        byte[] content = resource.getContentAsByteArray();
        ModelScan scan = ModelScan.of(content);
        for (String key : scan.keys()) {
            shipped.add(new Shipped(key, kind, folder + resource.getFilename(), content));
        }
    }
}
