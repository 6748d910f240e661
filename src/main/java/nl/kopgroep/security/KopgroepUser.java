package nl.kopgroep.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as kept in the session. Holds no password after sign-in. Its roles are those of
 * the database at the start of the current request ({@link ActiveAccountFilter} renews them); the
 * security stamp and sign-in moment are those of the session.
 */
public final class KopgroepUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 3L;

    private final UserId id;
    private final OrganisationId organisationId;
    private final boolean hostOrganisation;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean active;
    private final @Nullable String preferredLocale;
    private final long securityStamp;
    private final Instant signedInAt;
    private final @Nullable ProviderSession providerSession;
    private @Nullable String passwordHash;

    KopgroepUser(LoginAccount account, Instant signedInAt) {
        this(account, signedInAt, null);
    }

    /** A session signed in through the municipality's provider ({@code providerSession} not null) or with a password. */
    KopgroepUser(LoginAccount account, Instant signedInAt, @Nullable ProviderSession providerSession) {
        this.id = account.id();
        this.organisationId = account.organisationId();
        this.hostOrganisation = account.hostOrganisation();
        this.email = account.email();
        this.displayName = account.displayName();
        this.roles = account.roles().isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(account.roles()));
        this.active = account.active();
        this.preferredLocale = account.preferredLocale();
        this.passwordHash = account.passwordHash();
        this.securityStamp = account.securityStamp();
        this.signedInAt = signedInAt;
        this.providerSession = providerSession;
    }

    private KopgroepUser(KopgroepUser session, Set<Role> roles, long securityStamp) {
        this.id = session.id;
        this.organisationId = session.organisationId;
        this.hostOrganisation = session.hostOrganisation;
        this.email = session.email;
        this.displayName = session.displayName;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.active = session.active;
        this.preferredLocale = session.preferredLocale;
        this.securityStamp = securityStamp;
        this.signedInAt = session.signedInAt;
        this.providerSession = session.providerSession;
        this.passwordHash = null;
    }

    /** The same session with the account's roles as they are now. */
    KopgroepUser withRoles(Set<Role> currentRoles) {
        return new KopgroepUser(this, currentRoles, securityStamp);
    }

    /** The same session, kept valid after the account's security stamp was renewed by this session itself. */
    KopgroepUser withSecurityStamp(long stamp) {
        return new KopgroepUser(this, roles, stamp);
    }

    long securityStamp() {
        return securityStamp;
    }

    /** How this session signed in through the municipality's provider; empty for a password sign-in. */
    public java.util.Optional<ProviderSession> providerSession() {
        return java.util.Optional.ofNullable(providerSession);
    }

    /** When this session signed in (for the absolute session lifetime). */
    public Instant signedInAt() {
        return signedInAt;
    }

    public UserId id() {
        return id;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    /** An admin of the host organisation administers all municipalities of this installation. */
    public boolean installationAdmin() {
        return hostOrganisation && roles.contains(Role.ADMIN);
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public @Nullable String preferredLocale() {
        return preferredLocale;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    void replacePasswordHash(String hash) {
        passwordHash = hash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KopgroepUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "KopgroepUser[" + id + "]";
    }
}
