package id.blitar.kiosk.server.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * What the database holds after a run: visits per card of the run's members, and the visits and {@code
 * visit} process instances that do not belong together. A check-in writes its visit row and starts its
 * process instance in one transaction (history level audit keeps every instance in {@code ACT_HI_PROCINST},
 * running ones also in {@code ACT_RU_EXECUTION}), and a kiosk scan writes its {@code scan_ledger} row in that
 * same transaction, so after any crash each of these counts must be 0.
 *
 * @param visitsByCard number of visits of each member whose card starts with the run's prefix
 * @param visitsWithoutInstance visit rows without a process instance in the history
 * @param instancesWithoutVisit {@code visit} process instances (history) without a visit row
 * @param runningWithoutHistory running {@code visit} instances without their history row
 * @param unfinishedWithoutRunning unfinished instances in the history that are not running
 * @param ledgerWithoutVisit scan ledger rows naming a visit that is not there
 * @param visitsWithoutLedger visits of the run's members without the ledger row of the scan that made them
 */
record Census(
        Map<String, Integer> visitsByCard,
        int visitsWithoutInstance,
        int instancesWithoutVisit,
        int runningWithoutHistory,
        int unfinishedWithoutRunning,
        int ledgerWithoutVisit,
        int visitsWithoutLedger) {

    int inconsistent() {
        return visitsWithoutInstance
                + instancesWithoutVisit
                + runningWithoutHistory
                + unfinishedWithoutRunning
                + ledgerWithoutVisit
                + visitsWithoutLedger;
    }

    int visits(String card) {
        return visitsByCard.getOrDefault(card, 0);
    }

    static Census take(Connection connection, String cardPrefix) throws SQLException {
        Map<String, Integer> byCard = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select m.card_number, count(v.id) from member m"
                + " left join visit v on v.member_id = m.id where m.card_number like ? group by m.card_number")) {
            query.setString(1, cardPrefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byCard.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return new Census(
                byCard,
                count(
                        connection,
                        "select count(*) from visit v where v.process_instance_id is null or not exists"
                                + " (select 1 from ACT_HI_PROCINST p where p.PROC_INST_ID_ = v.process_instance_id)"),
                count(
                        connection,
                        "select count(*) from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = 'visit' and not"
                                + " exists (select 1 from visit v where v.process_instance_id = p.PROC_INST_ID_)"),
                count(
                        connection,
                        "select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ ="
                                + " e.PROC_DEF_ID_ where e.ID_ = e.PROC_INST_ID_ and d.KEY_ = 'visit' and not exists"
                                + " (select 1 from ACT_HI_PROCINST p where p.PROC_INST_ID_ = e.ID_)"),
                count(
                        connection,
                        "select count(*) from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = 'visit' and"
                                + " p.END_TIME_ is null and not exists (select 1 from ACT_RU_EXECUTION e where e.ID_ ="
                                + " p.PROC_INST_ID_)"),
                count(
                        connection,
                        "select count(*) from scan_ledger l where l.visit_id is not null and not exists"
                                + " (select 1 from visit v where v.id = l.visit_id)"),
                count(
                        connection,
                        "select count(*) from visit v join member m on m.id = v.member_id where m.card_number like ?"
                                + " and not exists (select 1 from scan_ledger l where l.visit_id = v.id)",
                        cardPrefix + "%"));
    }

    private static int count(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
