package nl.kopgroep.security;

import java.time.Clock;
import java.util.Optional;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Successful sign-ins ({@code sign_in}), so people see when and from where they last signed in. Small on
 * purpose: the newest {@value #KEPT} per account, the client address and a short device description.
 */
@Component
class SignInLog {

    static final int KEPT = 5;

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    void record(UserId user, String clientAddress, String device) {
        jdbc.sql("INSERT INTO sign_in (user_id, signed_in_at, client_address, device) VALUES (?, ?, ?, ?)")
                .params(user.value(), DbTime.utc(clock.instant()), truncate(clientAddress, 64), truncate(device, 100))
                .update();
        // Keep the newest few; the derived table lets MariaDB delete from the table it reads.
        jdbc.sql("DELETE FROM sign_in WHERE user_id = ? AND id NOT IN (SELECT id FROM (SELECT id FROM sign_in"
                        + " WHERE user_id = ? ORDER BY signed_in_at DESC, id DESC LIMIT " + KEPT + ") newest)")
                .params(user.value(), user.value()).update();
    }

    /** Whether the account signed in before at all, and whether from this device description (before recording a new one). */
    @Transactional(readOnly = true)
    DeviceHistory history(UserId user, String device) {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(device = ?), 0) FROM sign_in WHERE user_id = ?")
                .params(truncate(device, 100), user.value())
                .query((rs, n) -> rs.getLong(1) == 0 ? DeviceHistory.FIRST_SIGN_IN
                        : rs.getLong(2) > 0 ? DeviceHistory.KNOWN_DEVICE : DeviceHistory.NEW_DEVICE)
                .single();
    }

    enum DeviceHistory { FIRST_SIGN_IN, KNOWN_DEVICE, NEW_DEVICE }

    /** The sign-in before the current one (the newest is the session itself). */
    @Transactional(readOnly = true)
    Optional<SignInRecord> previous(UserId user) {
        return jdbc.sql("SELECT signed_in_at, client_address, device FROM sign_in WHERE user_id = ?"
                        + " ORDER BY signed_in_at DESC, id DESC LIMIT 1 OFFSET 1")
                .param(user.value())
                .query((rs, n) -> new SignInRecord(DbTime.instant(rs, 1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
