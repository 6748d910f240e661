package nl.kopgroep.base;

/**
 * Text for a cell of a CSV file the product writes. A spreadsheet treats a cell that starts with
 * {@code = + - @}, a tab or a carriage return as a formula, so text typed by users (a commitment's
 * title, evidence) could run as one on a controller's machine. Such a cell gets a leading apostrophe,
 * which spreadsheets show as plain text (OWASP, "CSV Injection").
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
