package nl.kopgroep.organisation;

/** The first organisation and administrator of an installation. */
public record FirstRunForm(String organisationName, String displayName, String email, String password,
                           String repeatedPassword) {
}
