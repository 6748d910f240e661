package nl.kopgroep.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/** A one-time link; only the SHA-256 of the token is stored. */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose { FIRST_RUN, INVITATION, PASSWORD_RESET, PASSWORD_RECOVERY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "user_id")
    private @Nullable Long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(Purpose purpose, String tokenHash, @Nullable UserId user, Instant createdAt, Instant expiresAt) {
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.userId = user == null ? null : user.value();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Purpose purpose() {
        return purpose;
    }

    @Nullable UserId userId() {
        return userId == null ? null : new UserId(userId);
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void markUsed(Instant at) {
        this.usedAt = at;
    }
}
