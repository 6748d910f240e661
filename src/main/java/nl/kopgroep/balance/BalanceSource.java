package nl.kopgroep.balance;

import java.util.Locale;

/**
 * The kinds of items a balance counts, each from the feature that owns them. The connection map's
 * ties join as one more constant here and one more line in the services that fill a balance.
 */
public enum BalanceSource {
    GOALS, CHECK_INS, ENTRIES;

    public String labelKey() {
        return "balance.source." + name().toLowerCase(Locale.ROOT);
    }
}
