package nl.kopgroep;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs tests in as the demo accounts, through the real account lookup. */
public final class DemoUsers {

    public static final String PARTICIPANT = "deelnemer@voorbeeldstad.nl";
    public static final String COACH = "coach@voorbeeldstad.nl";
    public static final String MANAGER = "manager@voorbeeldstad.nl";
    public static final String ADMIN = "beheer@voorbeeldstad.nl";
    public static final String LINDENDAL_PARTICIPANT = "deelnemer@lindendal.nl";
    public static final String LINDENDAL_COACH = "coach@lindendal.nl";
    public static final String PASSWORD = "kopgroep";

    private DemoUsers() {
    }

    public static void signIn(UserDetailsService users, String email) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void signInAnonymously() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
