package nl.kopgroep.mail;

import org.jspecify.annotations.Nullable;

/**
 * One thing a person should hear of, as a line of their digest (or a mail of its own when they chose
 * "immediately"): a message key with at most two arguments (names, counts, dates as text — never private text),
 * the path it links to, what it is about (so it can be withdrawn when that goes, e.g. an entry made private),
 * and an optional key that keeps the same reminder from being noted twice for a person
 * (e.g. {@code check-in:goal-12:2026-12}).
 */
public record Notice(String lineKey, @Nullable String arg1, @Nullable String arg2, String linkPath,
                     @Nullable String refKind, @Nullable Long refId, @Nullable String dedupeKey) {

    public Notice {
        MailContent.checkedPath(linkPath);
        if (dedupeKey != null && dedupeKey.length() > 200) {
            throw new IllegalArgumentException("dedupe key longer than 200 characters");
        }
    }

    public static Notice of(String lineKey, String linkPath, @Nullable String... arguments) {
        return new Notice(lineKey, arguments.length > 0 ? arguments[0] : null, arguments.length > 1 ? arguments[1] : null,
                linkPath, null, null, null);
    }

    public Notice about(String kind, long id) {
        return new Notice(lineKey, arg1, arg2, linkPath, kind, id, dedupeKey);
    }

    public Notice once(String key) {
        return new Notice(lineKey, arg1, arg2, linkPath, refKind, refId, key);
    }

    Object[] arguments() {
        if (arg2 != null) {
            return new Object[] {arg1 == null ? "" : arg1, arg2};
        }
        return arg1 != null ? new Object[] {arg1} : new Object[0];
    }
}
