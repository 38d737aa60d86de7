package id.blitar.kiosk.report.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ECharts options of the dashboard's few kinds of chart, in the library's colours. */
final class Charts {

    /** Dark enough on white for labels and legends; green first, as the kiosks. */
    static final List<String> COLOURS =
            List.of("#1b6e3a", "#c2571a", "#2c5f8a", "#8a5a00", "#6b3e8a", "#a0243a", "#3d7f7a");

    private Charts() {}

    /** A bar chart; several series side by side, or stacked. */
    static Map<String, Object> bars(
            List<String> categories, Map<String, List<? extends Number>> series, boolean stacked) {
        Map<String, Object> option = base();
        option.put("legend", Map.of("show", series.size() > 1, "top", 0));
        option.put("grid", Map.of("left", 48, "right", 16, "top", series.size() > 1 ? 32 : 16, "bottom", 56));
        // Few categories (events, SKM elements) get their names on lines of their own; many (days) turn.
        Map<String, Object> labels = categories.size() > 8
                ? Map.of("interval", 0, "rotate", 30)
                : Map.of("interval", 0, "width", 150, "overflow", "break", "lineHeight", 16);
        option.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel", labels));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        List<Object> list = new ArrayList<>();
        series.forEach((name, data) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", name);
            s.put("type", "bar");
            s.put("data", data);
            if (stacked) {
                s.put("stack", "total");
            }
            list.add(s);
        });
        option.put("series", list);
        return option;
    }

    /** A horizontal bar chart of named counts, largest first as given. */
    static Map<String, Object> horizontalBars(Map<String, ? extends Number> values) {
        Map<String, Object> option = base();
        List<String> names = new ArrayList<>(values.keySet());
        List<Number> data = new ArrayList<>(values.values());
        java.util.Collections.reverse(names);
        java.util.Collections.reverse(data);
        option.put("grid", Map.of("left", 8, "right", 40, "top", 8, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "data", names));
        option.put(
                "series",
                List.of(Map.of("type", "bar", "data", data, "label", Map.of("show", true, "position", "right"))));
        return option;
    }

    /** A doughnut of named counts. */
    static Map<String, Object> doughnut(Map<String, ? extends Number> values) {
        Map<String, Object> option = base();
        List<Object> data = new ArrayList<>();
        values.forEach((name, value) -> data.add(Map.of("name", name, "value", value)));
        option.put("legend", Map.of("bottom", 0, "type", "scroll"));
        option.put(
                "series",
                List.of(Map.of(
                        "type",
                        "pie",
                        "radius",
                        List.of("40%", "68%"),
                        "center",
                        List.of("50%", "45%"),
                        "data",
                        data,
                        "label",
                        Map.of("formatter", "{c}"))));
        return option;
    }

    /** A line over the categories, on a fixed scale (the Happy Index runs 0–100). */
    static Map<String, Object> line(List<String> categories, String name, List<? extends Number> data, int max) {
        Map<String, Object> option = base();
        option.put("grid", Map.of("left", 48, "right", 16, "top", 16, "bottom", 56));
        option.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("rotate", 30)));
        option.put("yAxis", Map.of("type", "value", "min", 0, "max", max));
        option.put(
                "series",
                List.of(Map.of("name", name, "type", "line", "data", data, "connectNulls", true, "symbolSize", 8)));
        return option;
    }

    /** A heatmap: hours across, weekdays down, darker where more people came. */
    static Map<String, Object> heatmap(List<String> hours, List<String> days, List<List<Long>> cells, long max) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("position", "top"));
        option.put("grid", Map.of("left", 56, "right", 16, "top", 8, "bottom", 64));
        option.put("xAxis", Map.of("type", "category", "data", hours, "splitArea", Map.of("show", true)));
        option.put(
                "yAxis", Map.of("type", "category", "data", days, "inverse", true, "splitArea", Map.of("show", true)));
        option.put(
                "visualMap",
                Map.of(
                        "min",
                        0,
                        "max",
                        Math.max(1, max),
                        "calculable",
                        false,
                        "orient",
                        "horizontal",
                        "left",
                        "center",
                        "bottom",
                        0,
                        "inRange",
                        Map.of("color", List.of("#f4f1e8", "#9fd3ae", "#1b6e3a"))));
        option.put(
                "series",
                List.of(Map.of("type", "heatmap", "data", cells, "label", Map.of("show", true, "fontSize", 10))));
        return option;
    }

    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("color", COLOURS);
        option.put("tooltip", Map.of("trigger", "item"));
        return option;
    }
}
