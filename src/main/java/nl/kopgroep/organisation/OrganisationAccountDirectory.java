package nl.kopgroep.organisation;

import java.util.Optional;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.AccountDirectory;
import nl.kopgroep.security.LoginAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Serves sign-in from the organisation's accounts. */
@Component
class OrganisationAccountDirectory implements AccountDirectory {

    private final UserAccountRepository accounts;
    private final OrganisationRepository organisations;

    OrganisationAccountDirectory(UserAccountRepository accounts, OrganisationRepository organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LoginAccount> findForLogin(String email) {
        return accounts.findByEmail(email).map(account -> {
            Optional<Organisation> organisation = organisations.findById(account.organisationId().value());
            boolean organisationActive = organisation.map(Organisation::active).orElse(false);
            return new LoginAccount(account.id(), account.organisationId(),
                    organisation.map(Organisation::host).orElse(false), account.email(), account.displayName(),
                    account.passwordHash(), account.active() && organisationActive, account.roles(),
                    account.preferredLocale());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActive(UserId userId) {
        return accounts.findActiveById(userId.value()).orElse(false);
    }

    @Override
    @Transactional
    public void upgradePasswordHash(UserId userId, String verifiedHash, String newHash) {
        accounts.replacePasswordHash(userId.value(), verifiedHash, newHash);
    }
}
