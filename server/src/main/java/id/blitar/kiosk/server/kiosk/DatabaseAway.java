package id.blitar.kiosk.server.kiosk;

import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a failure of the database (down, restarting, out of connections, the connection lost mid-transaction)
 * from a fault of the application, by what Spring, JPA and the engine throw for it: Spring's data-access and
 * transaction exceptions (the pool cannot connect: {@code CannotCreateTransactionException}), JPA's
 * persistence exceptions, and anything caused by a {@link SQLException} (the engine wraps them in its own).
 */
final class DatabaseAway {

    private DatabaseAway() {}

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessException
                    || t instanceof TransactionException
                    || t instanceof jakarta.persistence.PersistenceException
                    || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
