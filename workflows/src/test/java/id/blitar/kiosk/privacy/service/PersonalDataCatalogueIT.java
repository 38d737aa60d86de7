package id.blitar.kiosk.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.DatabaseIT;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every column of the application's schema that can hold a person's data is known to {@link
 * PersonalDataService}: a new table with a name, contact, card or free text fails here until the deletion of
 * "Data saya" (UU PDP) handles it, or it is listed below with the reason it holds nobody's personal data.
 */
class PersonalDataCatalogueIT extends DatabaseIT {

    /** Column names that name, contact or identify a person, or hold their free text. */
    private static final Set<String> PERSONAL_NAMES = Set.of(
            "email",
            "phone",
            "full_name",
            "guest_name",
            "call_name",
            "card_number",
            "member_id",
            "person_key",
            "ticket_code",
            "code_read",
            "comment",
            "text",
            "answer",
            "institution",
            "subject_ref",
            "contact_email");

    /** Columns with such names that hold no data subject's personal data, and why. */
    private static final Map<String, String> NOT_PERSONAL =
            Map.of("faq.answer", "a published answer written by librarians for everyone, without the asker");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldKnowEveryColumnThatCanHoldPersonalData() {
        Set<String> found = jdbc.execute((ConnectionCallback<Set<String>>) connection -> {
            Set<String> columns = new TreeSet<>();
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    if (!table.startsWith("act_") && !table.startsWith("flyway") && PERSONAL_NAMES.contains(column)) {
                        columns.add(table + "." + column);
                    }
                }
            }
            return columns;
        });
        assertThat(found).as("columns found in the schema").contains("member.card_number", "registration.email");
        Set<String> unknown = new TreeSet<>(found);
        unknown.removeAll(PersonalDataService.PERSONAL_COLUMNS);
        unknown.removeAll(NOT_PERSONAL.keySet());
        assertThat(unknown)
                .as("personal columns that a deletion request would not reach")
                .isEmpty();
    }
}
