package nl.kopgroep.organisation;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.AccountDirectory;
import nl.kopgroep.security.AccountState;
import nl.kopgroep.security.Role;
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
        return accounts.findByEmail(email).map(this::loginAccount);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LoginAccount> findForLogin(UserId userId) {
        return accounts.findById(userId.value()).map(this::loginAccount);
    }

    private LoginAccount loginAccount(UserAccount account) {
        Optional<Organisation> organisation = organisations.findById(account.organisationId().value());
        boolean organisationActive = organisation.map(Organisation::active).orElse(false);
        return new LoginAccount(account.id(), account.organisationId(),
                organisation.map(Organisation::host).orElse(false), account.email(), account.displayName(),
                account.passwordHash(), account.active() && organisationActive, account.roles(),
                account.preferredLocale(), account.securityStamp());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountState> currentState(UserId userId) {
        List<Object[]> rows = accounts.sessionState(userId.value());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.getFirst();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(row -> (Role) row[3]).filter(Objects::nonNull).forEach(roles::add);
        return Optional.of(new AccountState((Boolean) first[0] && (Boolean) first[1], roles, (Long) first[2]));
    }

    @Override
    @Transactional
    public long renewSecurityStamp(UserId userId) {
        return accounts.findById(userId.value()).orElseThrow().renewSecurityStamp();
    }

    @Override
    @Transactional
    public void upgradePasswordHash(UserId userId, String verifiedHash, String newHash) {
        accounts.replacePasswordHash(userId.value(), verifiedHash, newHash);
    }
}
