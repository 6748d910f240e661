package nl.kopgroep.organisation;

import java.util.Optional;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.security.IdentityProviders;
import nl.kopgroep.security.ProviderSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves sign-in the enabled providers of active municipalities (the client secret as stored; security opens it
 * only to build the client registration). A disabled provider, or one of a deactivated municipality, is as if there were none.
 */
@Component
class OrganisationIdentityProviders implements IdentityProviders {

    private static final String SELECT = """
            SELECT o.id, o.code, o.name, p.issuer, p.client_id, p.client_secret, p.email_claim, p.subject_claim,
                   p.passwords_allowed, p.provider_mfa_counts, p.version
            FROM identity_provider p JOIN organisation o ON o.id = p.organisation_id
            WHERE p.enabled = TRUE AND o.active = TRUE""";

    private record Row(OrganisationId organisation, String code, String name, String issuer, String clientId,
                       String sealedSecret, String emailClaim, String subjectClaim, boolean passwordsAllowed,
                       boolean mfaCounts, int version) {
    }

    private final JdbcClient jdbc;
    private final IdentityProviderStore store;

    OrganisationIdentityProviders(JdbcClient jdbc, IdentityProviderStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProviderSettings> byRegistrationId(String registrationId) {
        return jdbc.sql(SELECT + " AND o.code = ?").param(registrationId).query(this::row).optional().map(this::settings);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProviderSettings> byEmailDomain(String domain) {
        return jdbc.sql(SELECT + " AND p.organisation_id = (SELECT organisation_id FROM identity_provider_domain WHERE domain = ?)")
                .param(domain).query(this::row).optional().map(this::settings);
    }

    private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(new OrganisationId(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10), rs.getInt(11));
    }

    private ProviderSettings settings(Row row) {
        return new ProviderSettings(row.organisation(), row.code(), row.name(), row.issuer(), row.clientId(),
                row.sealedSecret(), store.domains(row.organisation()), row.emailClaim(), row.subjectClaim(),
                row.passwordsAllowed(), row.mfaCounts(), row.version());
    }
}
