package nl.kopgroep.organisation;

import nl.kopgroep.base.UserId;

/** A person as shown to colleagues: name and work e-mail. */
public record Person(UserId id, String displayName, String email) {
}
