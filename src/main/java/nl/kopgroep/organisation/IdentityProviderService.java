package nl.kopgroep.organisation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.database.RetryOnWriteConflict;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.KopgroepUser;
import nl.kopgroep.security.SecretCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's own OpenID Connect provider (issue 13), for its administrators only ({@link OrganisationAccess}):
 * read, save (new or changed, with optimistic locking), remove and "verbinding testen". The client secret is sealed
 * with {@link SecretCipher} and never handed back. An e-mail domain belongs to at most one municipality of the
 * installation. The sign-in through the provider is a later step of issue 13: this only keeps the configuration.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class IdentityProviderService {

    static final int MAX_DOMAINS = 20;
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");
    private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:/-]{1,100}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final IdentityProviderStore store;
    private final OrganisationAccess access;
    private final OrganisationRepository organisations;
    private final SecretCipher cipher;
    private final ProviderDiscovery discovery;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String baseUrl;

    IdentityProviderService(IdentityProviderStore store, OrganisationAccess access, OrganisationRepository organisations,
                            SecretCipher cipher, ProviderDiscovery discovery, AuditLog auditLog, Clock clock,
                            @Value("${kopgroep.base-url}") String baseUrl) {
        this.store = store;
        this.access = access;
        this.organisations = organisations;
        this.cipher = cipher;
        this.discovery = discovery;
        this.auditLog = auditLog;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The municipality's provider, without its secret; empty when none is configured. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<IdentityProviderSettings> settings(OrganisationId organisation) {
        access.requireAdminOf(organisation);
        return store.find(organisation, false).map(row -> settingsOf(row, store.domains(organisation)));
    }

    /**
     * The addresses the administrator registers at the provider for this municipality. The municipality's fixed code
     * is the registration id in them, so they stay the same when the provider's settings change.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ProviderRegistrationDetails registrationDetails(OrganisationId organisation) {
        access.requireAdminOf(organisation);
        String code = organisations.findById(organisation.value()).orElseThrow(NotFoundException::new).code();
        return new ProviderRegistrationDetails(baseUrl + "/login/oauth2/code/" + code, baseUrl + "/login",
                baseUrl + "/logout/connect/back-channel/" + code);
    }

    /** Saves a new or changed provider; every broken rule is a {@link DomainException} with a precise message. */
    @RetryOnWriteConflict
    @PreAuthorize("hasRole('ADMIN')")
    public IdentityProviderSettings save(OrganisationId organisation, IdentityProviderForm form) {
        KopgroepUser admin = access.requireAdminOf(organisation);
        Organisation municipality = organisations.findById(organisation.value()).orElseThrow(NotFoundException::new);
        String issuer = issuer(form.issuer());
        String clientId = text(form.clientId(), 255, "identityProvider.clientId");
        List<String> domains = domains(form.domains());
        String emailClaim = claim(form.emailClaim(), "email", "identityProvider.emailClaim");
        String subjectClaim = claim(form.subjectClaim(), "sub", "identityProvider.subjectClaim");
        String newSecret = form.newSecret() == null || form.newSecret().isBlank() ? null
                : text(form.newSecret(), 500, "identityProvider.secret");
        store.domainOfOther(domains, organisation).ifPresent(taken -> {
            throw new DomainException("identityProvider.domain.taken", taken);
        });
        Optional<IdentityProviderStore.Row> existing = store.find(organisation, true);
        if (existing.isEmpty() && form.version() != null || existing.isPresent()
                && (form.version() == null || existing.get().version() != form.version())) {
            throw new DomainException("identityProvider.changedMeanwhile");
        }
        if (existing.isEmpty() && newSecret == null) {
            throw new DomainException("identityProvider.secret.required");
        }
        String sealed = newSecret != null ? cipher.seal(newSecret) : existing.orElseThrow().sealedSecret();
        IdentityProviderStore.Row row = new IdentityProviderStore.Row(organisation, issuer, clientId, sealed, emailClaim,
                subjectClaim, form.passwordsAllowed(), form.providerMfaCounts(), form.enabled(), 0, clock.instant());
        if (existing.isEmpty()) {
            store.insert(row, admin.id());
        } else if (!store.update(row, existing.get().version(), admin.id())) {
            throw new DomainException("identityProvider.changedMeanwhile");
        }
        store.replaceDomains(organisation, domains);
        auditLog.record(existing.isEmpty() ? "IDENTITY_PROVIDER_CREATED" : "IDENTITY_PROVIDER_CHANGED",
                municipality.code() + " " + issuer + (newSecret != null && existing.isPresent() ? " (new client secret)" : ""));
        return settingsOf(store.find(organisation, false).orElseThrow(), domains);
    }

    /** Removes the municipality's provider: its people sign in with their Kopgroep password again. */
    @RetryOnWriteConflict
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(OrganisationId organisation) {
        access.requireAdminOf(organisation);
        Organisation municipality = organisations.findById(organisation.value()).orElseThrow(NotFoundException::new);
        Optional<IdentityProviderStore.Row> existing = store.find(organisation, true);
        if (existing.isPresent() && store.delete(organisation)) {
            auditLog.record("IDENTITY_PROVIDER_REMOVED", municipality.code() + " " + existing.get().issuer());
        }
    }

    /**
     * "Verbinding testen" for the issuer as typed (also before it is saved): fetches its discovery document and says
     * what is wrong, if anything. Outside a transaction: it waits on the network.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ConnectionVerdict testConnection(OrganisationId organisation, String typedIssuer) {
        access.requireAdminOf(organisation);
        return discovery.check(issuer(typedIssuer));
    }

    private IdentityProviderSettings settingsOf(IdentityProviderStore.Row row, List<String> domains) {
        return new IdentityProviderSettings(row.organisation(), row.issuer(), row.clientId(), !row.sealedSecret().isEmpty(),
                domains, row.emailClaim(), row.subjectClaim(), row.passwordsAllowed(), row.providerMfaCounts(),
                row.enabled(), row.version(), row.updatedAt());
    }

    /** An absolute https URL without query or fragment; plain http only for this machine (development, tests). */
    static String issuer(@Nullable String typed) {
        String issuer = typed == null ? "" : typed.strip();
        if (issuer.isEmpty()) {
            throw new DomainException("validation.required", "identityProvider.issuer");
        }
        URI uri;
        try {
            uri = new URI(issuer);
        } catch (URISyntaxException e) {
            throw new DomainException("identityProvider.issuer.invalid");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null || issuer.length() > 500) {
            throw new DomainException("identityProvider.issuer.invalid");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean local = LOCAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (!scheme.equals("https") && !(scheme.equals("http") && local)) {
            throw new DomainException("identityProvider.issuer.https");
        }
        return issuer;
    }

    /** The typed domains, lower case, without a leading @, each once; at least one. */
    static List<String> domains(@Nullable String typed) {
        List<String> domains = new ArrayList<>();
        for (String part : SEPARATORS.split(typed == null ? "" : typed.strip())) {
            String domain = part.toLowerCase(Locale.ROOT);
            domain = domain.startsWith("@") ? domain.substring(1) : domain;
            if (domain.isEmpty()) {
                continue;
            }
            if (!DOMAIN.matcher(domain).matches()) {
                throw new DomainException("identityProvider.domain.invalid", part);
            }
            if (!domains.contains(domain)) {
                domains.add(domain);
            }
        }
        if (domains.isEmpty()) {
            throw new DomainException("identityProvider.domain.required");
        }
        if (domains.size() > MAX_DOMAINS) {
            throw new DomainException("identityProvider.domain.tooMany", MAX_DOMAINS);
        }
        return List.copyOf(domains);
    }

    private static String claim(@Nullable String typed, String fallback, String field) {
        String claim = typed == null || typed.isBlank() ? fallback : typed.strip();
        if (!CLAIM.matcher(claim).matches()) {
            throw new DomainException("identityProvider.claim.invalid", field);
        }
        return claim;
    }

    private static String text(@Nullable String typed, int max, String field) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new DomainException("validation.required", field);
        }
        if (text.length() > max || text.chars().anyMatch(Character::isISOControl)) {
            throw new DomainException("identityProvider.text.invalid", field, max);
        }
        return text;
    }
}
