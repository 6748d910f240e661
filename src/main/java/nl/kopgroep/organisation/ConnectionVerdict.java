package nl.kopgroep.organisation;

import java.util.List;

/**
 * The outcome of "verbinding testen" as a message key with its arguments (addresses, field names);
 * {@code ok} when sign-in through the provider can work.
 */
public record ConnectionVerdict(boolean ok, String messageKey, List<String> arguments) {

    public ConnectionVerdict {
        arguments = List.copyOf(arguments);
    }

    static ConnectionVerdict good(String key, String... arguments) {
        return new ConnectionVerdict(true, key, List.of(arguments));
    }

    static ConnectionVerdict bad(String key, String... arguments) {
        return new ConnectionVerdict(false, key, List.of(arguments));
    }
}
