package nl.kopgroep.organisation;

/**
 * How a one-time link reaches the person it is for, through a channel the administrator who caused it
 * cannot read: a mail to the person's own address ({@link MailLinkDelivery}).
 */
public interface AccountLinkDelivery {

    /**
     * Delivers the link in the caller's transaction, or throws a {@link nl.kopgroep.base.DomainException}
     * (the caller's transaction then undoes what needed the link).
     *
     * @return the address the link goes to, for telling the administrator
     */
    String deliver(AccountLink link);

    /** i18n key of a sentence that tells the administrator how the person gets the link; {0} is the address. */
    String channelKey();
}
