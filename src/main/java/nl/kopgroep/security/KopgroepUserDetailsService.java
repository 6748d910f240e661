package nl.kopgroep.security;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class KopgroepUserDetailsService implements UserDetailsService {

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
}
