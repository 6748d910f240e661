package nl.kopgroep.security;

/**
 * What a person needs to add Kopgroep to an authenticator app: the QR code (SVG, drawn on the server) and
 * the same secret as text for typing in. Shown only until the first code confirms it; never again after.
 */
public record EnrolmentOffer(String qrSvg, String secretForTyping, String account) {
}
