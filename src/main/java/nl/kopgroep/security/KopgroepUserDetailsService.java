package nl.kopgroep.security;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class KopgroepUserDetailsService implements UserDetailsService {

    private final AccountDirectory accounts;

    KopgroepUserDetailsService(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findForLogin(username.trim().toLowerCase(Locale.ROOT))
                .filter(account -> account.passwordHash() != null)
                .map(KopgroepUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
