package nl.kopgroep.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.Role;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "preferred_locale")
    private @Nullable String preferredLocale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "deactivated_at")
    private @Nullable Instant deactivatedAt;

    /** Changes whenever every session of the account must end; each request compares it with its session's. */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    /** Whether the person ever chose a password; such an account is never invited again (hole 1 of issue 11). */
    @Column(name = "password_ever_set", nullable = false)
    private boolean passwordEverSet;

    /** When an administrator last reset the password; shown to the person until they dismiss it. */
    @Column(name = "password_reset_at")
    private @Nullable Instant passwordResetAt;

    // One extra statement for the roles of all accounts a query loads, however many (no N+1).
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(OrganisationId organisation, String email, String displayName, Set<Role> roles, Instant createdAt) {
        this.organisationId = organisation.value();
        this.email = email;
        this.displayName = displayName;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    UserId id() {
        return new UserId(id);
    }

    OrganisationId organisationId() {
        return new OrganisationId(organisationId);
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    @Nullable String passwordHash() {
        return passwordHash;
    }

    boolean active() {
        return active;
    }

    @Nullable String preferredLocale() {
        return preferredLocale;
    }

    void setPreferredLocale(String languageTag) {
        this.preferredLocale = languageTag;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    boolean hasRole(Role role) {
        return roles.contains(role);
    }

    void changeDetails(String newEmail, String newDisplayName, Set<Role> newRoles) {
        this.email = newEmail;
        this.displayName = newDisplayName;
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    void setPasswordHash(String hash) {
        this.passwordHash = hash;
        this.passwordEverSet = true;
    }

    boolean passwordEverSet() {
        return passwordEverSet;
    }

    long securityStamp() {
        return securityStamp;
    }

    /** Every session begun before this ends at its next request. */
    long renewSecurityStamp() {
        return ++securityStamp;
    }

    /** An administrator's reset: the password is gone (nobody can sign in with it) and the person is told. */
    void clearPasswordForReset(Instant at) {
        this.passwordHash = null;
        this.passwordResetAt = at;
        renewSecurityStamp();
    }

    @Nullable Instant passwordResetAt() {
        return passwordResetAt;
    }

    void dismissPasswordResetNotice() {
        this.passwordResetAt = null;
    }

    void deactivate(Instant at) {
        this.active = false;
        this.deactivatedAt = at;
    }

    void reactivate() {
        this.active = true;
        this.deactivatedAt = null;
    }
}
