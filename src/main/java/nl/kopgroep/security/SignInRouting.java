package nl.kopgroep.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The login page's first step (issue 13): the e-mail domain decides whether a person signs in through their
 * municipality's own provider or with a password. Only the domain is looked at, so the answer never tells whether an
 * account exists. Open to everyone (the login page is).
 */
@Service
@PreAuthorize("permitAll()")
public class SignInRouting {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}");

    private final IdentityProviders providers;

    SignInRouting(IdentityProviders providers) {
        this.providers = providers;
    }

    /** Where this address signs in; the password field for anything that is not an address of a provider's domain. */
    @PreAuthorize("permitAll()")
    public SignInRoute routeFor(String email) {
        return providerOf(email).map(SignInRouting::route).orElse(SignInRoute.PASSWORD);
    }

    /** The route of the municipality with this code, when it has an enabled provider (for the login page after a refusal). */
    @PreAuthorize("permitAll()")
    public Optional<SignInRoute> routeOfMunicipality(String registrationId) {
        return providers.byRegistrationId(registrationId).map(SignInRouting::route);
    }

    /**
     * The address that starts the sign-in at the municipality's provider (Spring Security's authorization endpoint),
     * with the typed address as {@code login_hint} so the provider can fill it in.
     */
    @PreAuthorize("permitAll()")
    public String startPath(String registrationId, String email) {
        String hint = normalise(email);
        return ProviderSignInHandlers.AUTHORIZATION_PREFIX.substring(1) + URLEncoder.encode(registrationId, StandardCharsets.UTF_8)
                + (EMAIL.matcher(hint).matches() ? "?login_hint=" + URLEncoder.encode(hint, StandardCharsets.UTF_8) : "");
    }

    /** The municipality's provider when this address may not sign in with a password. */
    Optional<ProviderSettings> providerOnly(String email) {
        return providerOf(email).filter(provider -> !provider.passwordsAllowed());
    }

    private Optional<ProviderSettings> providerOf(String email) {
        String address = normalise(email);
        if (!EMAIL.matcher(address).matches()) {
            return Optional.empty();
        }
        return providers.byEmailDomain(address.substring(address.lastIndexOf('@') + 1));
    }

    private static SignInRoute route(ProviderSettings provider) {
        return new SignInRoute(provider.registrationId(), provider.municipalityName(), provider.passwordsAllowed());
    }

    /** Whether the (normalised) text has the shape of an e-mail address, as {@code login_hint} and routing need. */
    static boolean isAddress(String normalised) {
        return EMAIL.matcher(normalised).matches();
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
