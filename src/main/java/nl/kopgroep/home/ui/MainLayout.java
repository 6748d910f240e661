package nl.kopgroep.home.ui;

import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import nl.kopgroep.base.ui.AppLocales;
import nl.kopgroep.base.ui.BrowserCopies;
import nl.kopgroep.base.ui.LanguageSwitch;
import nl.kopgroep.notification.NotificationService;
import nl.kopgroep.organisation.OrganisationNavigation;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.KopgroepUser;
import nl.kopgroep.security.Role;

/**
 * The shell around every signed-in page: the side navigation shows each person only the sections
 * their roles open (from the routes' {@code @Menu} and access annotations), and the user menu holds
 * the language and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final AuthenticationContext authenticationContext;
    private final Span viewTitle = new Span();

    private final nl.kopgroep.rolemodels.RoleModelRequestService roleModelRequests;

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext, NotificationService notifications,
               DateTimeFormats formats, nl.kopgroep.rolemodels.RoleModelRequestService roleModelRequests) {
        this.roleModelRequests = roleModelRequests;
        this.currentUser = currentUser;
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        Header header = new Header(toggle, viewTitle, new NotificationBell(notifications, formats));
        header.addClassName("app-header");
        addToNavbar(header);

        Div brand = new Div(new Span(getTranslation("app.name")));
        brand.addClassName("app-brand");
        SideNav nav = navigation();
        nav.setLabel(getTranslation("nav.label"));
        addToDrawer(brand, nav, userMenu());
        // A copy left in this tab by someone else (a session that timed out on a shared PC) goes now.
        addAttachListener(event -> BrowserCopies.removeOthers(event.getUI(), currentUser.id().value()));
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                String[] parts = entry.icon().split(":");
                item.setPrefixComponent(parts.length == 2 ? new Icon(parts[0], parts[1]) : new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        // Issue 15: the requests for a conversation, only for those who handle them (administrators, role models).
        if (roleModelRequests.handlesRequests()) {
            SideNavItem requests = new SideNavItem(getTranslation("nav.roleModelRequests"),
                    nl.kopgroep.rolemodels.RoleModelsNavigation.requests());
            requests.setPrefixComponent(new Icon("vaadin", "comments-o"));
            nav.addItem(requests);
        }
        return nav;
    }

    private Footer userMenu() {
        KopgroepUser user = currentUser.require();
        Avatar avatar = new Avatar(user.displayName());
        avatar.getElement().setAttribute("aria-hidden", "true");
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", getTranslation("user.menu"));
        MenuItem top = menu.addItem(new Div(avatar, new Span(user.displayName())));
        top.setAriaLabel(getTranslation("user.menu.for", user.displayName()));
        SubMenu sub = top.getSubMenu();
        sub.addItem(new Span(roles(user))).setEnabled(false);
        for (Locale locale : AppLocales.SUPPORTED) {
            MenuItem language = sub.addItem(getTranslation("language.switchTo." + locale.getLanguage()),
                    click -> LanguageSwitch.switchTo(locale));
            language.setVisible(!locale.getLanguage().equals(UI.getCurrent().getLocale().getLanguage()));
        }
        sub.addItem(getTranslation("mailSettings.menu"),
                click -> UI.getCurrent().navigate(nl.kopgroep.mail.MailLinks.SETTINGS_PATH.substring(1)));
        sub.addItem(getTranslation("passwordChange.menu"),
                click -> UI.getCurrent().navigate(OrganisationNavigation.passwordChange()));
        // The journal's browser copy goes first, then the session: nothing typed stays on a shared PC.
        sub.addItem(getTranslation("user.logout"), click -> BrowserCopies.removeAll(UI.getCurrent())
                .then(done -> authenticationContext.logout(), failed -> authenticationContext.logout()));
        Footer footer = new Footer(menu);
        footer.addClassName("user-menu");
        return footer;
    }

    private String roles(KopgroepUser user) {
        return String.join(", ", Role.ordered(user.roles()).stream().map(r -> getTranslation(r.labelKey())).toList());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(getTranslation("app.name")));
    }
}
