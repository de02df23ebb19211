package org.sipar.detect.internal.telemetry;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zeek's ASCII log format, one line at a time: the {@code #separator}, {@code #set_separator},
 * {@code #empty_field}, {@code #unset_field}, {@code #fields} and {@code #types} headers set how the lines after
 * them read (a second set of headers, as in concatenated logs, starts over); unset and empty values are absent,
 * and set and vector values are split into their elements.
 */
final class ZeekTsv {

    private static final Pattern HEX_ESCAPE = Pattern.compile("\\\\x([0-9a-fA-F]{2})");

    private final EventAssembler assembler;
    private final TelemetryReport report;
    private final Map<String, String> headers = new HashMap<>();
    private int[] slots;
    private boolean[] containers;

    ZeekTsv(TelemetryReport report) {
        this.assembler = new EventAssembler(Presets.ZEEK, report);
        this.report = report;
        headers.put("separator", "\t");
        headers.put("set_separator", ",");
        headers.put("empty_field", "(empty)");
        headers.put("unset_field", "-");
    }

    void read(LineReader line, Consumer<Event> sink) {
        String text = line.text();
        if (text.startsWith("#")) {
            header(text);
            report.ignored();
        } else if (slots == null) {
            report.malformed(line.number(), "a data line before the #fields header");
        } else {
            data(line.number(), text, sink);
        }
    }

    private void header(String text) {
        if (text.startsWith("#separator ")) {
            headers.put("separator", unescape(text.substring("#separator ".length())));
            return;
        }
        String[] parts = split(text.substring(1), headers.get("separator"));
        switch (parts[0]) {
            case "set_separator", "empty_field", "unset_field" -> headers.put(parts[0], parts.length > 1 ? unescape(parts[1]) : "");
            case "fields" -> fields(parts);
            case "types" -> types(parts);
            default -> {
                // #path, #open, #close and comments change nothing about how a line reads
            }
        }
    }

    private void fields(String[] parts) {
        slots = new int[parts.length - 1];
        containers = new boolean[parts.length - 1];
        for (int column = 0; column < slots.length; column++) {
            slots[column] = assembler.mapping().slot(parts[column + 1]);
        }
    }

    private void types(String[] parts) {
        for (int column = 0; containers != null && column < containers.length && column + 1 < parts.length; column++) {
            containers[column] = parts[column + 1].startsWith("set[") || parts[column + 1].startsWith("vector[");
        }
    }

    private void data(long number, String text, Consumer<Event> sink) {
        String[] values = split(text, headers.get("separator"));
        if (values.length != slots.length) {
            report.malformed(number, values.length + " columns where the #fields header names " + slots.length);
            return;
        }
        assembler.clear();
        for (int column = 0; column < values.length; column++) {
            String value = values[column];
            if (slots[column] < 0 || value.equals(headers.get("unset_field")) || value.equals(headers.get("empty_field"))) {
                continue;
            }
            if (containers[column]) {
                for (String element : split(value, headers.get("set_separator"))) {
                    assembler.add(slots[column], element);
                }
            } else {
                assembler.add(slots[column], value);
            }
        }
        assembler.finish(number, sink);
    }

    /** Splits on a literal separator, keeping empty parts (String.split would read it as a pattern and drop trailing ones). */
    private static String[] split(String text, String separator) {
        return text.split(Pattern.quote(separator), -1);
    }

    /** Zeek writes a separator as {@code \x09} in the header that declares it. */
    private static String unescape(String value) {
        Matcher escape = HEX_ESCAPE.matcher(value);
        return escape.replaceAll(match -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(match.group(1), 16))));
    }
}
