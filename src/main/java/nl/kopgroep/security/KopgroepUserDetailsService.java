package nl.kopgroep.security;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads accounts for sign-in and, as Spring Security's {@link UserDetailsPasswordService}, stores a new hash
 * when the verified one was made with weaker parameters than {@code SecurityConfiguration}'s encoder uses now.
 */
@Component
class KopgroepUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountDirectory accounts;
    private final Clock clock;

    KopgroepUserDetailsService(AccountDirectory accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findForLogin(username.trim().toLowerCase(Locale.ROOT))
                .filter(account -> account.passwordHash() != null)
                .map(account -> new KopgroepUser(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        if (user instanceof KopgroepUser account && account.getPassword() != null) {
            accounts.upgradePasswordHash(account.id(), account.getPassword(), newPassword);
            account.replacePasswordHash(newPassword);
        }
        return user;
    }
}
