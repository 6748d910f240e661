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
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
// The navigation is sent as HTML (see navigation()): these keep its web components in the bundle.
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
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
        addToDrawer(brand, navigation(), userMenu());
        // A copy left in this tab by someone else (a session that timed out on a shared PC) goes now.
        addAttachListener(event -> BrowserCopies.removeOthers(event.getUI(), currentUser.id().value()));
    }

    /**
     * The side navigation as HTML: the same {@code vaadin-side-nav} with its items, icons and label, but one state node
     * instead of three per item (the item, its icon, its text; issue 16: 40 of an idle session's state nodes). The
     * items only link (the web components mark the current page themselves), so the server needs nothing of them.
     */
    private Div navigation() {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.ISO_8859_1);
        Element nav = document.appendElement("vaadin-side-nav");
        nav.appendElement("span").attr("slot", "label").text(getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            item(nav, getTranslation(entry.title()), entry.path(), entry.icon());
        }
        // Issue 15: the requests for a conversation, only for those who handle them (administrators, role models).
        if (roleModelRequests.handlesRequests()) {
            item(nav, getTranslation("nav.roleModelRequests"), nl.kopgroep.rolemodels.RoleModelsNavigation.requests(),
                    "vaadin:comments-o");
        }
        Div holder = new Div();
        holder.addClassName("app-nav");
        holder.getElement().setProperty("innerHTML", document.html());
        return holder;
    }

    private static void item(Element nav, String label, String path, @Nullable String icon) {
        Element item = nav.appendElement("vaadin-side-nav-item").attr("path", path.startsWith("/") ? path.substring(1) : path);
        if (icon != null) {
            item.appendElement("vaadin-icon").attr("icon", icon.contains(":") ? icon : "vaadin:" + icon)
                    .attr("slot", "prefix");
        }
        item.appendText(label);
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
