package org.sipar.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.text.StringSubstitutor;
import org.sipar.platform.Audit;
import org.sipar.platform.Ui;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an audit entry into a sentence a person reads, in the page's language: the message
 * {@code audit.action.<action>} (or {@code audit.action.<action>.failure} for a failed one, when it exists),
 * whose named parameters {@code ${name}} (or {@code ${name:-default}}) are the entry's details, with {@code ${actor}}, {@code ${target}} and
 * {@code ${action}} besides. A module adding an action adds its two messages; an action without one reads
 * {@code audit.action.default}. Values are plain text: the page escapes them.
 */
@Component
class AuditSentences {

    private static final String PREFIX = "audit.action.";
    private static final java.util.regex.Pattern UNRESOLVED = java.util.regex.Pattern.compile("\\$\\{[^}]*}");

    private final JsonMapper json;

    AuditSentences(JsonMapper json) {
        this.json = json;
    }

    /** The sentence of entry {@code e} in the language of {@code ui}. */
    String sentence(Audit.Recorded e, Ui ui) {
        Map<String, String> values = values(e);
        String template = template(e, ui);
        // A missing or empty value takes the message's default (${name:-default}), else reads as a dash.
        StringSubstitutor substitutor = new StringSubstitutor(values::get);
        substitutor.setDisableSubstitutionInValues(true); // a value that looks like ${x} stays as written
        return UNRESOLVED.matcher(substitutor.replace(template)).replaceAll("—");
    }

    /** The details pretty-printed, for those who want the raw record. */
    String raw(Audit.Recorded e) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(e.details()));
        } catch (RuntimeException notJson) {
            return e.details();
        }
    }

    private static String template(Audit.Recorded e, Ui ui) {
        if (!e.success()) {
            String failure = ui.t(PREFIX + e.action() + ".failure");
            if (!failure.equals(PREFIX + e.action() + ".failure")) {
                return failure;
            }
        }
        String key = PREFIX + e.action();
        String template = ui.t(key);
        return template.equals(key) ? ui.t(PREFIX + "default") : template;
    }

    private Map<String, String> values(Audit.Recorded e) {
        Map<String, String> values = new HashMap<>();
        try {
            JsonNode details = json.readTree(e.details() == null ? "{}" : e.details());
            details.properties().forEach(p -> values.put(p.getKey(), text(p.getValue())));
        } catch (RuntimeException notJson) {
            // an entry whose details are not JSON reads with its named parameters only
        }
        values.values().removeIf(String::isBlank);
        values.put("actor", e.actor());
        values.put("target", e.target() == null ? "—" : e.target());
        values.put("action", e.action());
        // Names and addresses come from people: their direction controls are written out, never obeyed (Bidi).
        values.replaceAll((name, value) -> Bidi.visible(value));
        return values;
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> items = value.valueStream().map(AuditSentences::text).toList();
            return items.stream().collect(Collectors.joining(", "));
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
