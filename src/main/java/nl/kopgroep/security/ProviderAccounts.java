package nl.kopgroep.security;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kopgroep.base.UserId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which Kopgroep account a person signing in through their municipality's provider is (issue 13). Never creates an
 * account: the first sign-in links an existing, active account of the same municipality by e-mail address — only an
 * address in one of the municipality's domains that the provider does not call unverified — and every later
 * sign-in matches by the provider's stable subject alone. An account already linked to another subject of the same
 * provider is not taken over (an address handed on to a new colleague at the municipality).
 */
@Component
class ProviderAccounts {

    /** RFC 8176 authentication methods that are a factor other than something known. */
    private static final Set<String> POSSESSION_OR_INHERENCE = Set.of("otp", "hwk", "swk", "sms", "tel", "sc", "fpt",
            "face", "iris", "retina", "vbm", "pop", "wia");
    private static final Set<String> KNOWLEDGE = Set.of("pwd", "pin", "kba");
    private static final String PAPE_MULTI_FACTOR = "http://schemas.openid.net/pape/policies/2007/06/multi-factor";

    record Linked(LoginAccount account, boolean newlyLinked) {
    }

    private final ProviderLinkStore links;
    private final AccountDirectory accounts;
    private final Clock clock;

    ProviderAccounts(ProviderLinkStore links, AccountDirectory accounts, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The account of the person with these (validated) ID token and user info claims, or a refusal. */
    @Transactional
    Linked link(ProviderSettings provider, Map<String, Object> claims) {
        String subject = text(claims.get(provider.subjectClaim())).orElseThrow(() -> refused(ProviderRefusal.SUBJECT_MISSING));
        Optional<UserId> known = links.accountOf(provider.organisation(), provider.issuer(), subject);
        if (known.isPresent()) {
            LoginAccount account = accounts.findForLogin(known.get())
                    .filter(found -> found.organisationId().equals(provider.organisation()))
                    .orElseThrow(() -> refused(ProviderRefusal.UNKNOWN_PERSON, "subject " + subject));
            if (!account.active()) {
                throw refused(ProviderRefusal.ACCOUNT_INACTIVE, account.email());
            }
            links.signedIn(account.id(), clock.instant());
            return new Linked(account, false);
        }
        String email = text(claims.get(provider.emailClaim())).map(address -> address.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> refused(ProviderRefusal.EMAIL_MISSING, "subject " + subject));
        if (Boolean.FALSE.equals(claims.get("email_verified")) || "false".equals(claims.get("email_verified"))) {
            throw refused(ProviderRefusal.EMAIL_UNVERIFIED, email);
        }
        int at = email.lastIndexOf('@');
        if (at < 1 || !provider.domains().contains(email.substring(at + 1))) {
            throw refused(ProviderRefusal.OTHER_DOMAIN, email);
        }
        LoginAccount account = accounts.findForLogin(email)
                .filter(found -> found.organisationId().equals(provider.organisation()))
                .orElseThrow(() -> refused(ProviderRefusal.UNKNOWN_PERSON, email));
        if (!account.active()) {
            throw refused(ProviderRefusal.ACCOUNT_INACTIVE, email);
        }
        Optional<ProviderLinkStore.Link> earlier = links.linkOf(account.id());
        if (earlier.isPresent() && earlier.get().issuer().equals(provider.issuer()) && !earlier.get().subject().equals(subject)) {
            throw refused(ProviderRefusal.LINKED_TO_OTHER, email + " subject " + subject);
        }
        try {
            links.link(account.id(), provider.organisation(), provider.issuer(), subject, clock.instant());
        } catch (DuplicateKeyException e) {
            // The same person signed in twice at the same moment; the other sign-in made the link.
            throw refused(ProviderRefusal.FAILED, email + " linked at the same moment");
        }
        return new Linked(account, true);
    }

    /**
     * Whether the ID token says the provider used more than one factor: {@code amr} with {@code mfa}, or a knowledge
     * factor together with another kind (RFC 8176), or {@code acr} naming the PAPE multi-factor policy.
     */
    static boolean multiFactor(Map<String, Object> claims) {
        Object amr = claims.get("amr");
        List<String> methods = amr instanceof Collection<?> values
                ? values.stream().map(String::valueOf).map(v -> v.toLowerCase(Locale.ROOT)).toList()
                : amr instanceof String single ? List.of(single.toLowerCase(Locale.ROOT)) : List.of();
        if (methods.contains("mfa")) {
            return true;
        }
        boolean knows = methods.stream().anyMatch(KNOWLEDGE::contains);
        boolean has = methods.stream().anyMatch(POSSESSION_OR_INHERENCE::contains);
        if (knows && has || methods.stream().filter(POSSESSION_OR_INHERENCE::contains).distinct().count() >= 2) {
            return true;
        }
        return PAPE_MULTI_FACTOR.equals(claims.get("acr"));
    }

    static OAuth2AuthenticationException refused(ProviderRefusal refusal) {
        return refused(refusal, "");
    }

    /** {@code detail} (what the provider said about the person) goes to the audit log, never to the page. */
    static OAuth2AuthenticationException refused(ProviderRefusal refusal, String detail) {
        return new OAuth2AuthenticationException(new OAuth2Error(refusal.errorCode(), detail, null), refusal.errorCode());
    }

    private static Optional<String> text(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() || text.length() > 255 ? Optional.empty() : Optional.of(text);
    }
}
