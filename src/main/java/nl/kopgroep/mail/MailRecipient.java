package nl.kopgroep.mail;

import java.util.Locale;
import java.util.Set;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.Role;

/** Who a mail goes to: an account's address, name, language and roles as they are now. */
public record MailRecipient(UserId id, OrganisationId organisation, String address, String name, Locale locale,
                            Set<Role> roles, boolean active) {

    @Override
    public String toString() {
        return "MailRecipient[" + id + "]";
    }
}
