package nl.kopgroep.organisation;

/**
 * How a one-time link reaches the person it is for, through a channel the administrator who caused it
 * cannot read. Until the product sends e-mail (issue 12) the only implementation is
 * {@link OperatorFileLinkDelivery}; the mail implementation replaces it.
 */
public interface AccountLinkDelivery {

    /** Delivers the link, or throws (the caller's transaction then undoes what needed the link). */
    void deliver(AccountLink link);

    /** i18n key of a sentence that tells the administrator how the person gets the link. */
    String channelKey();
}
