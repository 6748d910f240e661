package nl.kopgroep.programme;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The pages of Kopgroep that programme content may link to as {@code [tekst](kopgroep:<code>)}: a
 * lesson that asks the participant to do something in the app sends them straight there. The code is
 * the page's address, so it stays readable in a content file; {@code ContentReader} refuses any other
 * code with the file and line, and a view test proves every address is a route.
 */
public enum AppPage {
    CONNECTION_MAP("verbindingskaart"),
    COMPETENCY_SCAN("competentiescan"),
    ROLE_BALANCE("rollenbalans"),
    GOALS("doelen"),
    JOURNAL("dagboek"),
    COMPETENCY_FRAMEWORK("programma/competenties"),
    KNOWLEDGE_BANK("kennisbank");

    public static final String LINK_PREFIX = "kopgroep:";

    private final String code;

    AppPage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The address relative to the application's root, as the router knows it. */
    public String path() {
        return code;
    }

    public static Optional<AppPage> fromCode(String code) {
        return Arrays.stream(values()).filter(page -> page.code.equals(code)).findFirst();
    }

    static String knownCodes() {
        return Arrays.stream(values()).map(AppPage::code).collect(Collectors.joining(", "));
    }
}
