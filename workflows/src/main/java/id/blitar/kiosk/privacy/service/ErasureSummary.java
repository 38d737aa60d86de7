package id.blitar.kiosk.privacy.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one deletion did, kept in the audit log: counts only, never the deleted data.
 *
 * @param members membership rows deleted (0 or 1)
 * @param visits visit rows made anonymous (kept as counts for the statistics)
 * @param questions questions made anonymous (text, answer, e-mail and notes deleted; topic and times kept)
 * @param registrations workshop registrations made anonymous (name, contacts and ticket deleted)
 * @param pollAnswers satisfaction answers unlinked from the person (comment deleted; the scores stay)
 * @param scans scan-ledger rows unlinked from the card
 * @param processHistories Camunda process instances whose history was deleted (ACT_HI_*)
 * @param emails e-mails deleted from the outbox
 */
public record ErasureSummary(
        int members,
        int visits,
        int questions,
        int registrations,
        int pollAnswers,
        int scans,
        int processHistories,
        int emails) {

    /** The form kept in {@code data_request.erased_summary}: {@code members=1;visits=12;…}. */
    public String stored() {
        StringBuilder text = new StringBuilder();
        asMap().forEach((k, v) ->
                text.append(text.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return text.toString();
    }

    /** Kinds in display order with their counts. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("members", members);
        map.put("visits", visits);
        map.put("questions", questions);
        map.put("registrations", registrations);
        map.put("pollAnswers", pollAnswers);
        map.put("scans", scans);
        map.put("processHistories", processHistories);
        map.put("emails", emails);
        return map;
    }

    /** The counts of a stored summary, in display order; unknown parts are ignored. */
    public static Map<String, Integer> parse(String stored) {
        Map<String, Integer> map = new LinkedHashMap<>();
        if (stored == null) {
            return map;
        }
        for (String part : stored.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                try {
                    map.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
                } catch (NumberFormatException ignored) {
                    // Not a count: not shown.
                }
            }
        }
        return map;
    }
}
