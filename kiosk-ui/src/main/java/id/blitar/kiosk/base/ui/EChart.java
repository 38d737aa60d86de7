package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import java.lang.reflect.Array;
import java.util.Iterator;
import java.util.Map;

/**
 * A chart drawn by Apache ECharts in the browser. ECharts comes from its WebJar as a static script
 * (Vaadin keeps its pre-compiled bundle; no npm). The option is the chart's whole description, built
 * in Java from maps and lists; the chart follows its container's size and draws again when the option
 * changes. A chart is an image to assistive technology: give it a text alternative that says what it
 * shows ({@code role="img"} with an {@code aria-label}), and put the figures next to it too.
 */
public class EChart extends Div {

    /** The script inside {@code org.webjars.npm:echarts}, served by Spring Boot under /webjars/. */
    public static final String SCRIPT = "webjars/echarts/5.3.1/dist/echarts.min.js";

    private String option = "{}";

    public EChart(String id, String textAlternative) {
        setId(id);
        addClassName("echart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", textAlternative);
    }

    /** Draws the chart described by the option (ECharts' option object as maps, lists and values). */
    public void setOption(Map<String, ?> option, String textAlternative) {
        this.option = json(option);
        getElement().setAttribute("aria-label", textAlternative);
        getUI().ifPresent(ui -> draw());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // A page loads the script once, however many charts it has (Vaadin keeps one copy per URL).
        event.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        getElement().executeJs("if (this.$chart) { this.$chart.dispose(); this.$chart = null; }");
        super.onDetach(event);
    }

    private void draw() {
        getElement().executeJs("""
                        const el = this;
                        if (!el.$chart) {
                          el.$chart = echarts.init(el, null, {renderer: 'canvas'});
                          new ResizeObserver(() => el.$chart && el.$chart.resize()).observe(el);
                        }
                        el.$chart.setOption(JSON.parse($0), true);
                        el.setAttribute('data-drawn', 'true');
                        """, option);
    }

    /** The option as JSON: maps, iterables, arrays, strings, numbers, booleans and null. */
    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            out.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> e = entries.next();
                string(out, String.valueOf(e.getKey()));
                out.append(':');
                write(out, e.getValue());
                if (entries.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (value instanceof Iterable<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                write(out, item);
                first = false;
            }
            out.append(']');
        } else if (value.getClass().isArray()) {
            out.append('[');
            for (int i = 0; i < Array.getLength(value); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, Array.get(value, i));
            }
            out.append(']');
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
