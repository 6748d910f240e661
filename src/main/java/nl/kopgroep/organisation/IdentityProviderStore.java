package nl.kopgroep.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables identity_provider and identity_provider_domain. The secret column holds what SecretCipher sealed. */
@Repository
class IdentityProviderStore {

    record Row(OrganisationId organisation, String issuer, String clientId, String sealedSecret, String emailClaim,
               String subjectClaim, boolean passwordsAllowed, boolean providerMfaCounts, boolean enabled, int version,
               Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    IdentityProviderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(OrganisationId organisation, boolean forUpdate) {
        return jdbc.sql("""
                        SELECT organisation_id, issuer, client_id, client_secret, email_claim, subject_claim, passwords_allowed,
                               provider_mfa_counts, enabled, version, updated_at
                        FROM identity_provider WHERE organisation_id = ?""" + (forUpdate ? " FOR UPDATE" : ""))
                .param(organisation.value())
                .query((rs, n) -> new Row(new OrganisationId(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9), rs.getInt(10),
                        DbTime.instant(rs, 11)))
                .optional();
    }

    List<String> domains(OrganisationId organisation) {
        return jdbc.sql("SELECT domain FROM identity_provider_domain WHERE organisation_id = ? ORDER BY domain")
                .param(organisation.value()).query(String.class).list();
    }

    /** The municipality that already has one of these domains, other than {@code except}. */
    Optional<String> domainOfOther(List<String> domains, OrganisationId except) {
        if (domains.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT domain FROM identity_provider_domain WHERE domain IN (:domains) AND organisation_id <> :org ORDER BY domain")
                .param("domains", domains).param("org", except.value()).query(String.class).list().stream().findFirst();
    }

    void insert(Row row, @Nullable UserId by) {
        jdbc.sql("""
                        INSERT INTO identity_provider (organisation_id, issuer, client_id, client_secret, email_claim, subject_claim,
                            passwords_allowed, provider_mfa_counts, enabled, updated_at, updated_by, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(row.organisation().value(), row.issuer(), row.clientId(), row.sealedSecret(), row.emailClaim(),
                        row.subjectClaim(), row.passwordsAllowed(), row.providerMfaCounts(), row.enabled(),
                        DbTime.utc(row.updatedAt()), by == null ? null : by.value())
                .update();
    }

    /** Updates when the stored version is still {@code expectedVersion}; false when someone else saved in between. */
    boolean update(Row row, int expectedVersion, @Nullable UserId by) {
        return jdbc.sql("""
                        UPDATE identity_provider SET issuer = ?, client_id = ?, client_secret = ?, email_claim = ?, subject_claim = ?,
                            passwords_allowed = ?, provider_mfa_counts = ?, enabled = ?, updated_at = ?, updated_by = ?,
                            version = version + 1
                        WHERE organisation_id = ? AND version = ?""")
                .params(row.issuer(), row.clientId(), row.sealedSecret(), row.emailClaim(), row.subjectClaim(),
                        row.passwordsAllowed(), row.providerMfaCounts(), row.enabled(), DbTime.utc(row.updatedAt()),
                        by == null ? null : by.value(), row.organisation().value(), expectedVersion)
                .update() == 1;
    }

    void replaceDomains(OrganisationId organisation, List<String> domains) {
        jdbc.sql("DELETE FROM identity_provider_domain WHERE organisation_id = ?").param(organisation.value()).update();
        for (String domain : domains) {
            try {
                jdbc.sql("INSERT INTO identity_provider_domain (domain, organisation_id) VALUES (?, ?)")
                        .params(domain, organisation.value()).update();
            } catch (DuplicateKeyException e) {
                // Another municipality's administrator saved the same domain a moment ago (the primary key decides).
                throw new DomainException("identityProvider.domain.taken", domain);
            }
        }
    }

    boolean delete(OrganisationId organisation) {
        return jdbc.sql("DELETE FROM identity_provider WHERE organisation_id = ?").param(organisation.value()).update() == 1;
    }
}
