package id.blitar.kiosk.poll.service;

import id.blitar.kiosk.poll.domain.SkmElement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Item sampling for the SKM (as LibQUAL+ Lite does): each respondent gets only a few of the nine
 * elements, always those put to respondents least often so far, so every element gathers answers
 * evenly without anyone answering all nine.
 */
public final class ItemSampler {

    private ItemSampler() {}

    /**
     * @param served how often each element has been put to respondents so far
     * @param count how many elements this respondent gets
     * @return the least-served elements, ties in the regulation's order
     */
    public static List<SkmElement> choose(Map<SkmElement, Long> served, int count) {
        return List.of(SkmElement.values()).stream()
                .sorted(Comparator.comparingLong((SkmElement e) -> served.getOrDefault(e, 0L))
                        .thenComparing(Enum::ordinal))
                .limit(Math.max(0, Math.min(count, SkmElement.values().length)))
                .toList();
    }
}
