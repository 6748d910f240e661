package nl.kopgroep.load;

import java.time.Duration;
import java.util.Locale;

/**
 * The load test's settings, from system properties ({@code -Dload.…} on the Maven command line), with defaults per
 * named scenario (docs/benchmarks.md, "Load test through the Vaadin protocol"):
 * <ul>
 * <li>{@code smoke}: one participant, one coach and one manager, each one journey; every step must succeed.</li>
 * <li>{@code journey}: one participant, {@code load.journeys} journeys one after another, each with its own sign-in
 * and no think time: the server time of one whole journey (the sum of its response times).</li>
 * <li>{@code active100}: 100 signed-in users who keep working (think time 0.5–1.5 s), 80 % participants, 15 %
 * coaches, 5 % managers.</li>
 * <li>{@code idle1000}: 1,000 signed-in users who work slowly (think time 10–30 s), 90/8/2.</li>
 * </ul>
 */
public record LoadConfig(String scenario, String baseUrl, int participants, int coaches, int managers,
                         Duration thinkMin, Duration thinkMax, Duration ramp, Duration duration, int journeys,
                         String password, String totpSecret, String municipality, String dbUrl, String dbUser,
                         String dbPassword, String mfaSecretKey, boolean prepare) {

    /** A fixed Base32 secret (20 bytes) for the managers' authenticator; override with -Dload.totpSecret. */
    static final String DEFAULT_TOTP_SECRET = "KNQWYZJALRXWCZDUMVZXIIDLN5YGO4TP";

    public static LoadConfig fromSystemProperties() {
        String scenario = property("load.scenario", "smoke").toLowerCase(Locale.ROOT);
        int users;
        double[] mix;
        double thinkMin;
        double thinkMax;
        int ramp;
        int duration;
        switch (scenario) {
            case "smoke" -> {
                users = 3;
                mix = new double[] {1, 1, 1};
                thinkMin = 0.2;
                thinkMax = 0.5;
                ramp = 0;
                duration = 0;
            }
            case "journey" -> {
                users = 1;
                mix = new double[] {1, 0, 0};
                thinkMin = 0;
                thinkMax = 0;
                ramp = 0;
                duration = 0;
            }
            case "active100" -> {
                users = 100;
                mix = new double[] {0.80, 0.15, 0.05};
                thinkMin = 0.5;
                thinkMax = 1.5;
                ramp = 30;
                duration = 300;
            }
            case "idle1000" -> {
                users = 1000;
                mix = new double[] {0.90, 0.08, 0.02};
                thinkMin = 10;
                thinkMax = 30;
                ramp = 120;
                duration = 600;
            }
            default -> throw new IllegalArgumentException("load.scenario: unknown scenario '" + scenario
                    + "' (smoke, journey, active100, idle1000)");
        }
        users = intProperty("load.users", users);
        String mixText = System.getProperty("load.mix");
        if (mixText != null) {
            String[] parts = mixText.split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("load.mix: expected participant:coach:manager, e.g. 80:15:5, got '"
                        + mixText + "'");
            }
            mix = new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
        }
        int[] split = split(users, mix);
        String dbUrl = property("load.db.url", env("KOPGROEP_DB_URL", "jdbc:mariadb://127.0.0.1:3306/kopgroep_scale"));
        return new LoadConfig(scenario, stripSlash(property("load.baseUrl", "http://127.0.0.1:8080")),
                split[0], split[1], split[2],
                seconds(doubleProperty("load.thinkMin", thinkMin)), seconds(doubleProperty("load.thinkMax", thinkMax)),
                Duration.ofSeconds(intProperty("load.ramp", ramp)), Duration.ofSeconds(intProperty("load.duration", duration)),
                intProperty("load.journeys", 5),
                property("load.password", "Kopgroep-belasting-2026!"), property("load.totpSecret", DEFAULT_TOTP_SECRET),
                property("load.municipality", "schaal-1"), dbUrl,
                property("load.db.user", env("KOPGROEP_DB_USER", "root")),
                property("load.db.password", env("KOPGROEP_DB_PASSWORD", "")),
                property("load.mfaSecretKey", env("KOPGROEP_MFA_SECRET_KEY", "")),
                Boolean.parseBoolean(property("load.prepare", "true")));
    }

    /** Users per persona, the remainder to the largest share; at least one of each persona with a share. */
    static int[] split(int users, double[] mix) {
        double total = mix[0] + mix[1] + mix[2];
        int[] split = new int[3];
        int assigned = 0;
        for (int i = 0; i < 3; i++) {
            split[i] = mix[i] <= 0 ? 0 : Math.max(1, (int) Math.floor(users * mix[i] / total));
            assigned += split[i];
        }
        int largest = mix[0] >= mix[1] && mix[0] >= mix[2] ? 0 : mix[1] >= mix[2] ? 1 : 2;
        split[largest] = Math.max(0, split[largest] + users - assigned);
        return split;
    }

    public int users() {
        return participants + coaches + managers;
    }

    /** Whether each virtual user signs in once and keeps working until the duration is over. */
    public boolean timed() {
        return !duration.isZero();
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int intProperty(String name, int fallback) {
        String value = System.getProperty(name);
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a whole number: '" + value + "'", e);
        }
    }

    private static double doubleProperty(String name, double fallback) {
        String value = System.getProperty(name);
        try {
            return value == null || value.isBlank() ? fallback : Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a number of seconds: '" + value + "'", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "scenario %s against %s: %d participants, %d coaches, %d managers; think %s–%s, "
                        + "ramp %s, duration %s%s", scenario, baseUrl, participants, coaches, managers, thinkMin, thinkMax,
                ramp, duration, timed() ? "" : ", " + (scenario.equals("journey") ? journeys + " journeys" : "one journey each"));
    }
}
