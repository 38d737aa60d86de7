package id.blitar.kiosk.workshop.service;

import id.blitar.kiosk.base.Contact;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Brings registrations written before phone numbers were normalised into the one form new ones have: phone in
 * E.164 ({@link Contact#phone}), e-mail in lower case, so a guest who signed up as {@code 0812-3456-7890} is
 * recognised when they come back as {@code +62 812 3456 7890}. A phone number libphonenumber does not accept is
 * left as it was. The person key is left alone (two old registrations of one person would collide on it); the
 * sign-up finds such a person by the phone and e-mail columns. Flyway runs it once, in its own transaction, on
 * whichever node migrates first (a Spring bean, so Spring Boot hands it to Flyway).
 */
@Component
class V10__GuestContactsInOneForm extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows = select.executeQuery(
                        "SELECT id, phone, email FROM registration WHERE phone IS NOT NULL OR email IS NOT NULL");
                PreparedStatement update = context.getConnection()
                        .prepareStatement("UPDATE registration SET phone = ?, email = ? WHERE id = ?")) {
            int batched = 0;
            while (rows.next()) {
                String phone = rows.getString(2);
                String email = rows.getString(3);
                String newPhone = phone == null ? null : Contact.phone(phone).orElse(phone);
                String newEmail = Contact.email(email);
                if (!java.util.Objects.equals(phone, newPhone) || !java.util.Objects.equals(email, newEmail)) {
                    update.setString(1, newPhone);
                    update.setString(2, newEmail);
                    update.setLong(3, rows.getLong(1));
                    update.addBatch();
                    batched++;
                }
            }
            if (batched > 0) {
                update.executeBatch();
            }
        }
    }
}
