package nl.kopgroep.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table account_identity: which person at a municipality's provider is which Kopgroep account. */
@Repository
class ProviderLinkStore {

    record Link(UserId user, OrganisationId organisation, String issuer, String subject, Instant linkedAt,
                Instant lastSignInAt) {
    }

    private final JdbcClient jdbc;

    ProviderLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserId> accountOf(OrganisationId organisation, String issuer, String subject) {
        return jdbc.sql("SELECT user_id FROM account_identity WHERE organisation_id = ? AND subject = ? AND issuer = ?")
                .params(organisation.value(), subject, issuer).query(Long.class).optional().map(UserId::new);
    }

    /** Every account linked to this person of this issuer, in any municipality (for a back-channel logout). */
    List<UserId> accountsOf(String issuer, String subject) {
        return jdbc.sql("SELECT user_id FROM account_identity WHERE subject = ? AND issuer = ?")
                .params(subject, issuer).query(Long.class).list().stream().map(UserId::new).toList();
    }

    List<UserId> linkedAccounts(OrganisationId organisation) {
        return jdbc.sql("SELECT user_id FROM account_identity WHERE organisation_id = ?").param(organisation.value())
                .query(Long.class).list().stream().map(UserId::new).toList();
    }

    Optional<Link> linkOf(UserId user) {
        return jdbc.sql("""
                        SELECT user_id, organisation_id, issuer, subject, linked_at, last_sign_in_at
                        FROM account_identity WHERE user_id = ?""")
                .param(user.value())
                .query((rs, n) -> new Link(new UserId(rs.getLong(1)), new OrganisationId(rs.getLong(2)), rs.getString(3),
                        rs.getString(4), DbTime.instant(rs, 5), DbTime.instant(rs, 6)))
                .optional();
    }

    /** Links the account, replacing a link it had with an earlier provider of its municipality. */
    void link(UserId user, OrganisationId organisation, String issuer, String subject, Instant at) {
        jdbc.sql("DELETE FROM account_identity WHERE user_id = ?").param(user.value()).update();
        jdbc.sql("""
                        INSERT INTO account_identity (user_id, organisation_id, issuer, subject, linked_at, last_sign_in_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(user.value(), organisation.value(), issuer, subject, DbTime.utc(at), DbTime.utc(at)).update();
    }

    void signedIn(UserId user, Instant at) {
        jdbc.sql("UPDATE account_identity SET last_sign_in_at = ? WHERE user_id = ?").params(DbTime.utc(at), user.value()).update();
    }

    boolean unlink(UserId user) {
        return jdbc.sql("DELETE FROM account_identity WHERE user_id = ?").param(user.value()).update() == 1;
    }
}
