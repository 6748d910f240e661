package nl.kopgroep.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a sign-in through the municipality's provider did not sign anyone in. The code travels in the address of the
 * login page ({@code /login?fout=<code>}), which shows the Dutch (or English) message of the key {@code login.provider.<code>}.
 */
public enum ProviderRefusal {
    /** No active account of this municipality has this e-mail address (or the person is of another municipality). */
    UNKNOWN_PERSON("onbekend"),
    /** The linked account, or its municipality, is no longer active. */
    ACCOUNT_INACTIVE("inactief"),
    /** The ID token does not carry the configured e-mail claim. */
    EMAIL_MISSING("geen-e-mail"),
    /** The provider says the e-mail address is not verified. */
    EMAIL_UNVERIFIED("niet-bevestigd"),
    /** The e-mail address is not in one of the municipality's domains, so it cannot be trusted for a first link. */
    OTHER_DOMAIN("ander-domein"),
    /** The ID token does not carry the configured subject claim. */
    SUBJECT_MISSING("geen-identiteit"),
    /** The account is already linked to another person at this provider. */
    LINKED_TO_OTHER("al-gekoppeld"),
    /** The provider could not be reached or its configuration could not be read. */
    PROVIDER_UNAVAILABLE("niet-bereikbaar"),
    /** The person stopped at the provider, or the provider refused them. */
    CANCELLED("afgebroken"),
    /** Anything else: a token that failed validation, a state that did not match, an error of the provider. */
    FAILED("mislukt");

    private final String code;

    ProviderRefusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The OAuth 2.0 error code under which this refusal travels inside Spring Security. */
    String errorCode() {
        return "kopgroep_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<ProviderRefusal> ofCode(String code) {
        return Arrays.stream(values()).filter(refusal -> refusal.code.equals(code)).findFirst();
    }

    static Optional<ProviderRefusal> ofErrorCode(String errorCode) {
        return Arrays.stream(values()).filter(refusal -> refusal.errorCode().equals(errorCode)).findFirst();
    }
}
