package nl.kopgroep.balance;

import java.util.Locale;

/**
 * The kinds of items a balance counts, each from the feature that owns them: goals and check-ins
 * ({@code goals}), journal entries ({@code journal}) and the ties of the verbindingskaart ({@code connections}).
 */
public enum BalanceSource {
    GOALS, CHECK_INS, ENTRIES, TIES;

    public String labelKey() {
        return "balance.source." + name().toLowerCase(Locale.ROOT);
    }
}
