package nl.kopgroep.security;

import java.io.Serial;
import java.util.List;
import nl.kopgroep.base.UserId;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person the provider signed in, already matched to their Kopgroep account ({@link ProviderAccounts}). Lives only
 * between the provider's answer and {@link ProviderSignInHandlers}, which makes a {@link KopgroepUser} of it.
 */
final class LinkedOidcUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserId account;
    private final boolean newlyLinked;
    private final boolean secondFactorAsserted;

    LinkedOidcUser(OidcUser user, UserId account, boolean newlyLinked, boolean secondFactorAsserted) {
        super(List.of(), user.getIdToken(), user.getUserInfo());
        this.account = account;
        this.newlyLinked = newlyLinked;
        this.secondFactorAsserted = secondFactorAsserted;
    }

    UserId account() {
        return account;
    }

    boolean newlyLinked() {
        return newlyLinked;
    }

    boolean secondFactorAsserted() {
        return secondFactorAsserted;
    }
}
