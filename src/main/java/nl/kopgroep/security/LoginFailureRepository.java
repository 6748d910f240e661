package nl.kopgroep.security;

import static nl.kopgroep.base.DbTime.utc;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed sign-ins in the database, so every node behind the load balancer sees the same counts. */
@Repository
class LoginFailureRepository {

    enum Kind { ACCOUNT, ADDRESS }

    private final JdbcClient jdbc;

    LoginFailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Kind kind, String subject, Instant at) {
        jdbc.sql("INSERT INTO login_failure (subject_kind, subject, occurred_at) VALUES (?, ?, ?)")
                .params(kind.name(), subject, utc(at))
                .update();
    }

    int countSince(Kind kind, String subject, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE subject_kind = ? AND subject = ? AND occurred_at >= ?")
                .params(kind.name(), subject, utc(since))
                .query(Integer.class)
                .single();
    }

    void clear(Kind kind, String subject) {
        jdbc.sql("DELETE FROM login_failure WHERE subject_kind = ? AND subject = ?")
                .params(kind.name(), subject)
                .update();
    }

    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("DELETE FROM login_failure WHERE occurred_at < ?").param(utc(cutoff)).update();
    }
}
