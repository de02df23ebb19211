package org.sipar.platform;

/**
 * Text for a cell of a CSV file people open in a spreadsheet. A cell that begins with {@code = + - @}, a tab or a
 * carriage return is taken for a formula (CSV injection, OWASP), which can run commands or send the sheet's data
 * elsewhere when the file is opened; such a cell is written with a leading apostrophe, which spreadsheets show as
 * text and hide. Every CSV that carries text someone else wrote (audit trails, catalogues, registrations) uses it.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** {@code cell} as written to the file: empty for null, defused when a spreadsheet would take it for a formula. */
    public static String defused(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
