package nl.kopgroep.organisation;

/**
 * What a municipality's administrator registers at their own provider for Kopgroep (issue 13): where the provider
 * sends people back after signing in and after signing out, and where it announces a sign-out (back-channel logout).
 */
public record ProviderRegistrationDetails(String redirectUri, String postLogoutRedirectUri, String backChannelLogoutUri) {
}
