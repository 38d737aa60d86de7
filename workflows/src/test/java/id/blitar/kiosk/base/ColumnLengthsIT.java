package id.blitar.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The length an entity declares for a text column ({@code @Column(length = …)}, from the field-length constants
 * the forms and checks use too) is the length the migrations gave that column: a constant changed without a
 * migration, or a migration without the constant, fails here instead of as a truncation on MySQL or a form that
 * lets people type what the database refuses.
 */
class ColumnLengthsIT extends DatabaseIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entities;

    @Test
    void shouldDeclareEveryTextColumnAsLongAsTheSchemaHasIt() {
        Map<String, Integer> schema = jdbc.execute((ConnectionCallback<Map<String, Integer>>) connection -> {
            Map<String, Integer> lengths = new HashMap<>();
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.NVARCHAR || type == Types.CHAR) {
                        lengths.put(
                                (rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME"))
                                        .toLowerCase(Locale.ROOT),
                                rs.getInt("COLUMN_SIZE"));
                    }
                }
            }
            return lengths;
        });
        Set<String> checked = new TreeSet<>();
        Set<String> differing = new TreeSet<>();
        for (EntityType<?> entity : entities.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            Table table = type.getAnnotation(Table.class);
            if (table == null) {
                continue;
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Column column = field.getAnnotation(Column.class);
                    if (column == null
                            || field.getType() != String.class
                            || column.name().isEmpty()) {
                        continue;
                    }
                    String key = (table.name() + "." + column.name()).toLowerCase(Locale.ROOT);
                    Integer actual = schema.get(key);
                    if (actual == null) {
                        continue; // a text column of another SQL type (CLOB, JSON), not a VARCHAR
                    }
                    checked.add(key);
                    if (actual != column.length()) {
                        differing.add(key + ": entity " + column.length() + ", schema " + actual);
                    }
                }
            }
        }
        assertThat(checked)
                .as("text columns compared")
                .contains("workshop.title", "workshop.room", "question.text", "feedback_action.you_said");
        assertThat(differing).as("declared length differs from the schema's").isEmpty();
    }
}
