package id.blitar.kiosk.poll.service;

import id.blitar.kiosk.poll.domain.SkmElement;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The public-service satisfaction index (IKM) as PermenPAN-RB No. 14/2017 computes it: the average
 * score (NRR, 1–4) of each element, weighted equally (1/number of elements), summed to the index,
 * converted to 25–100 by ×25, and placed in a quality category A–D.
 *
 * <p>The regulation assumes every respondent answers all nine elements. With item sampling each
 * element has its own respondents; its average is still the element's NRR. An element nobody
 * answered in the period is left out and the weight is spread over the elements that were answered.
 */
public record SatisfactionIndex(
        Map<SkmElement, Double> elementAverages,
        Map<SkmElement, Integer> answersPerElement,
        double index,
        double converted,
        Category category) {

    /** The quality categories of the regulation, by the converted value. */
    public enum Category {
        /** 88.31–100.00: sangat baik. */
        A,
        /** 76.61–88.30: baik. */
        B,
        /** 65.00–76.60: kurang baik. */
        C,
        /** 25.00–64.99: tidak baik. */
        D;

        static Category of(double converted) {
            double rounded = Math.round(converted * 100) / 100.0;
            if (rounded >= 88.31) {
                return A;
            }
            if (rounded >= 76.61) {
                return B;
            }
            if (rounded >= 65.00) {
                return C;
            }
            return D;
        }
    }

    /** The index of the given answers (scores 1–4 per element); empty when there are none. */
    public static java.util.Optional<SatisfactionIndex> of(Map<SkmElement, ? extends Collection<Integer>> scores) {
        Map<SkmElement, Double> averages = new EnumMap<>(SkmElement.class);
        Map<SkmElement, Integer> counts = new EnumMap<>(SkmElement.class);
        scores.forEach((element, values) -> {
            if (!values.isEmpty()) {
                averages.put(
                        element,
                        values.stream().mapToInt(Integer::intValue).average().orElseThrow());
                counts.put(element, values.size());
            }
        });
        if (averages.isEmpty()) {
            return java.util.Optional.empty();
        }
        double weight = 1.0 / averages.size();
        double index = averages.values().stream().mapToDouble(a -> a * weight).sum();
        double converted = index * 25;
        return java.util.Optional.of(new SatisfactionIndex(averages, counts, index, converted, Category.of(converted)));
    }
}
