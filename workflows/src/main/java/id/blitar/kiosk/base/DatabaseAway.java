package id.blitar.kiosk.base;

import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a failure of the database (down, restarting, out of connections, the connection lost mid-transaction)
 * from a fault of the application, by what Spring, JPA and the engine throw for it: Spring's data-access and
 * transaction exceptions (the pool cannot connect: {@code CannotCreateTransactionException}), JPA's
 * persistence exceptions, and anything caused by a {@link SQLException} (the engine wraps them in its own).
 * The replay endpoint answers such a failure 503, the kiosk screens a calm "back in a moment" instead of an error.
 */
public final class DatabaseAway {

    private DatabaseAway() {}

    /** Whether {@code failure} or one of its causes is a failure of the database rather than of the application. */
    public static boolean isCause(Throwable failure) {
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
