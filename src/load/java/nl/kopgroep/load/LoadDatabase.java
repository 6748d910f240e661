package nl.kopgroep.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.kopgroep.security.LoadTestCredentials;

/**
 * The load test's preparation and verification on the national-scale database that {@code ScaleBenchmark#fill}
 * wrote (docs/benchmarks.md), over plain JDBC:
 * <ul>
 * <li>{@link #prepare}: gives every generated account ({@code *.schaal.test}) the load-test password, hashed by the
 * app's own PasswordEncoder (Argon2id); creates as many extra managers in the largest municipality as the run has
 * manager users (a TOTP code can be used once per account and 30 s, like in real life) and enrols each manager's
 * authenticator with the load test's TOTP secret, sealed by the app's own cipher; and lists the accounts per persona,
 * the largest municipality first.</li>
 * <li>{@link #count}: the rows the virtual users wrote, found by the run's marker text.</li>
 * </ul>
 */
public final class LoadDatabase {

    /** The accounts of one run, per persona. */
    public record Accounts(List<String> participants, List<String> coaches, List<String> managers) {
    }

    /** What the virtual users wrote, counted in the database. */
    public record Written(long entries, long checkIns, long feedback) {
    }

    private final LoadConfig config;

    public LoadDatabase(LoadConfig config) {
        this.config = config;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword());
    }

    public Accounts prepare() {
        try (Connection db = connect()) {
            long municipality = municipalityId(db);
            if (config.prepare()) {
                String hash = LoadTestCredentials.passwordHash(config.password());
                try (PreparedStatement update = db.prepareStatement(
                        "UPDATE app_user SET password_hash = ?, password_ever_set = true WHERE email LIKE '%.schaal.test'")) {
                    update.setString(1, hash);
                    update.executeUpdate();
                }
                addManagers(db, municipality, hash);
                enrolManagers(db, municipality);
                // Earlier runs' sign-ins from this address must not slow this one down (LoginThrottle).
                try (PreparedStatement clear = db.prepareStatement("DELETE FROM login_throttle")) {
                    clear.executeUpdate();
                }
            }
            List<String> participants = accounts(db, municipality, "PARTICIPANT", config.participants());
            List<String> coaches = accounts(db, municipality, "COACH", config.coaches());
            List<String> managers = accounts(db, municipality, "MANAGER", config.managers()).stream()
                    .filter(email -> email.endsWith("@" + config.municipality() + ".schaal.test")).toList();
            if (managers.size() < config.managers()) {
                throw new IllegalStateException("only " + managers.size() + " managers in " + config.municipality()
                        + " for " + config.managers() + " manager users: run with load.prepare=true");
            }
            return new Accounts(participants, coaches, managers);
        } catch (SQLException e) {
            throw new IllegalStateException("load-test preparation failed on " + config.dbUrl() + ": " + e.getMessage(), e);
        }
    }

    private long municipalityId(Connection db) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM organisation WHERE code = ?")) {
            find.setString(1, config.municipality());
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("municipality '" + config.municipality() + "' is not in " + config.dbUrl()
                            + ": fill the national-scale data first (docs/benchmarks.md, ScaleBenchmark#fill)");
                }
                return row.getLong(1);
            }
        }
    }

    /** Extra managers manager-load-N@<municipality>.schaal.test, so each manager user has an account of its own. */
    private void addManagers(Connection db, long municipality, String hash) throws SQLException {
        for (int n = 2; n <= config.managers(); n++) {
            String email = "manager-load-" + n + "@" + config.municipality() + ".schaal.test";
            try (PreparedStatement insert = db.prepareStatement("INSERT IGNORE INTO app_user (organisation_id, email, "
                    + "display_name, password_hash, password_ever_set, active, created_at, version) "
                    + "VALUES (?, ?, ?, ?, true, true, ?, 0)")) {
                insert.setLong(1, municipality);
                insert.setString(2, email);
                insert.setString(3, "Manager " + n + " (belastingstest)");
                insert.setString(4, hash);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            try (PreparedStatement role = db.prepareStatement("INSERT IGNORE INTO user_role (user_id, role) "
                    + "SELECT id, 'MANAGER' FROM app_user WHERE email = ?")) {
                role.setString(1, email);
                role.executeUpdate();
            }
        }
    }

    /** The authenticator of every manager of the municipality, as if enrolled now; earlier runs' used codes forgotten. */
    private void enrolManagers(Connection db, long municipality) throws SQLException {
        String sealed = LoadTestCredentials.sealedSecret(config.totpSecret(), config.mfaSecretKey());
        try (PreparedStatement enrol = db.prepareStatement("REPLACE INTO second_factor (user_id, secret, enrolled_at, "
                + "last_used_step, failures, last_failure_at) SELECT u.id, ?, ?, NULL, 0, NULL FROM app_user u "
                + "JOIN user_role r ON r.user_id = u.id AND r.role = 'MANAGER' WHERE u.organisation_id = ?")) {
            enrol.setString(1, sealed);
            enrol.setTimestamp(2, Timestamp.from(Instant.now()));
            enrol.setLong(3, municipality);
            enrol.executeUpdate();
        }
    }

    /** Active accounts with this role, the load municipality's first, then the others, each in id order. */
    private List<String> accounts(Connection db, long municipality, String role, int wanted) throws SQLException {
        List<String> emails = new ArrayList<>();
        if (wanted == 0) {
            return emails;
        }
        try (PreparedStatement find = db.prepareStatement("SELECT u.email FROM app_user u JOIN user_role r "
                + "ON r.user_id = u.id AND r.role = ? WHERE u.active AND u.email LIKE '%.schaal.test' "
                + "ORDER BY (u.organisation_id = ?) DESC, u.id LIMIT ?")) {
            find.setString(1, role);
            find.setLong(2, municipality);
            find.setInt(3, wanted);
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    emails.add(rows.getString(1));
                }
            }
        }
        if (emails.size() < wanted) {
            throw new IllegalStateException("only " + emails.size() + " " + role + " accounts for " + wanted + " users");
        }
        return emails;
    }

    /** The rows with the run's marker written since the run started. */
    public Written count(String marker, Instant since) {
        try (Connection db = connect()) {
            return new Written(
                    count(db, "SELECT COUNT(*) FROM reflection WHERE title LIKE ? AND created_at >= ?", marker, since),
                    count(db, "SELECT COUNT(*) FROM check_in WHERE explanation LIKE ? AND created_at >= ?", marker, since),
                    count(db, "SELECT COUNT(*) FROM reflection_feedback WHERE body LIKE ? AND created_at >= ?", marker, since));
        } catch (SQLException e) {
            throw new IllegalStateException("load-test verification failed on " + config.dbUrl() + ": " + e.getMessage(), e);
        }
    }

    private static long count(Connection db, String sql, String marker, Instant since) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, marker + "%");
            // The app stores UTC (DbTime.utc); a second of slack for clocks that round.
            query.setTimestamp(2, Timestamp.valueOf(java.time.LocalDateTime.ofInstant(since.minusSeconds(1),
                    java.time.ZoneOffset.UTC)));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
