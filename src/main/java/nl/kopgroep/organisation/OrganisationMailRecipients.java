package nl.kopgroep.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.Messages;
import nl.kopgroep.base.UserId;
import nl.kopgroep.mail.MailRecipient;
import nl.kopgroep.mail.MailRecipients;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a mail goes to, from the accounts: address, name, the language the person chose (Dutch when none),
 * roles, and whether the account and its municipality are active (an inactive person gets no mail).
 */
@Component
class OrganisationMailRecipients implements MailRecipients {

    private final UserAccountRepository accounts;
    private final OrganisationRepository organisations;

    OrganisationMailRecipients(UserAccountRepository accounts, OrganisationRepository organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MailRecipient> find(UserId id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MailRecipient> findAll(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UserAccount> found = accounts.findByIdInOrderByDisplayNameAsc(ids.stream().map(UserId::value).distinct().toList());
        Map<Long, Organisation> organisationsById = organisations.findAllById(
                        found.stream().map(account -> account.organisationId().value()).distinct().toList())
                .stream().collect(Collectors.toMap(organisation -> organisation.id().value(), Function.identity()));
        return found.stream().map(account -> {
            Organisation organisation = organisationsById.get(account.organisationId().value());
            boolean active = account.active() && organisation != null && organisation.active();
            return new MailRecipient(account.id(), account.organisationId(), account.email(), account.displayName(),
                    localeOf(account.preferredLocale()), account.roles(), active);
        }).toList();
    }

    static Locale localeOf(@org.jspecify.annotations.Nullable String tag) {
        if (tag != null && Locale.forLanguageTag(tag).getLanguage().equals("en")) {
            return Locale.ENGLISH;
        }
        return Messages.DUTCH;
    }
}
