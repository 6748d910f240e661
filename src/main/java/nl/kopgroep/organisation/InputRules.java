package nl.kopgroep.organisation;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.kopgroep.base.DomainException;
import org.jspecify.annotations.Nullable;

/** Checks of what administrators and invitees type; each failure has its own Dutch/English message. */
final class InputRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    private InputRules() {
    }

    static String name(@Nullable String value, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException("validation.required", field);
        }
        if (trimmed.length() > 200) {
            throw new DomainException("validation.tooLong", field, 200);
        }
        return trimmed;
    }

    static String email(@Nullable String value) {
        String normalised = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new DomainException("validation.email.required");
        }
        if (normalised.length() > 254 || !EMAIL.matcher(normalised).matches()) {
            throw new DomainException("validation.email.invalid", normalised);
        }
        return normalised;
    }

    static String code(String name) {
        String code = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceFirst("^gemeente\\s+", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return code.isEmpty() ? "organisatie" : code.substring(0, Math.min(code.length(), 60));
    }
}
