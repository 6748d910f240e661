package nl.kopgroep.mail;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.UserId;

/**
 * Answers who a recipient is; implemented by {@code organisation}, which owns the accounts. Like a feature's
 * directory it answers for anyone: only the mail machinery and services that have authorised their caller use it.
 */
public interface MailRecipients {

    Optional<MailRecipient> find(UserId id);

    List<MailRecipient> findAll(Collection<UserId> ids);
}
