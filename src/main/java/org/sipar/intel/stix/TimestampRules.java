package org.sipar.intel.stix;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Timestamp properties (specification section 2.16) and the orders the specification imposes between them,
 * such as "modified MUST be later than or equal to created" and "valid_until MUST be greater than valid_from".
 */
final class TimestampRules {

    private static final List<String> SEEN = List.of("first_seen", "last_seen");

    private static final Map<String, List<String>> BY_TYPE = Map.ofEntries(
            entry("campaign", SEEN), entry("infrastructure", SEEN), entry("intrusion-set", SEEN),
            entry("malware", SEEN), entry("threat-actor", SEEN), entry("sighting", SEEN),
            entry("indicator", List.of("valid_from", "valid_until")),
            entry("observed-data", List.of("first_observed", "last_observed")),
            entry("relationship", List.of("start_time", "stop_time")),
            entry("report", List.of("published")),
            entry("malware-analysis", List.of("submitted", "analysis_started", "analysis_ended")),
            entry("language-content", List.of("object_modified")),
            entry("directory", List.of("ctime", "mtime", "atime")),
            entry("file", List.of("ctime", "mtime", "atime")),
            entry("email-message", List.of("date")),
            entry("network-traffic", List.of("start", "end")),
            entry("process", List.of("created_time")),
            entry("user-account", List.of("account_created", "account_expires", "credential_last_changed",
                    "account_first_login", "account_last_login")),
            entry("windows-registry-key", List.of("modified_time")),
            entry("x509-certificate", List.of("validity_not_before", "validity_not_after")));

    /** The later property must not come before the earlier one; with strict, it must come after it. */
    private record Order(String earlier, String later, boolean strict) {
    }

    private static final List<Order> ORDERS = List.of(
            new Order("created", "modified", false),
            new Order("first_seen", "last_seen", false),
            new Order("first_observed", "last_observed", false),
            new Order("valid_from", "valid_until", true),
            new Order("start_time", "stop_time", true));

    private TimestampRules() {
    }

    static void check(JsonNode object, StixKind kind, Findings findings) {
        Stream.concat(Stream.of("created", "modified"), BY_TYPE.getOrDefault(kind.typeName(), List.of()).stream())
                .filter(object::has)
                .forEach(property -> checkForm(object.get(property), property, findings));
        ORDERS.forEach(order -> checkOrder(object, order, findings));
    }

    private static void checkForm(JsonNode value, String property, Findings findings) {
        if (!value.isString() || !Timestamps.isValid(value.stringValue())) {
            findings.error(property, Nodes.show(value) + " is not an RFC 3339 timestamp in UTC ending in 'Z'");
        } else if (value.stringValue().startsWith("0000")) {
            // RFC 3339 allows year 0, but PostgreSQL's timestamptz (and ISO 8601 without agreement) has no year 0.
            findings.error(property, Nodes.show(value) + " is in year 0000; timestamps must lie in years 0001 to 9999");
        } else if (("created".equals(property) || "modified".equals(property))
                && !Timestamps.hasMilliseconds(value.stringValue())) {
            // Section 3.2: "The minimum precision MUST be milliseconds ... but MAY be more precise."
            findings.error(property, Nodes.show(value) + " must be precise to at least milliseconds");
        }
    }

    private static void checkOrder(JsonNode object, Order order, Findings findings) {
        String earlier = Nodes.string(object, order.earlier()).filter(Timestamps::isValid).orElse(null);
        String later = Nodes.string(object, order.later()).filter(Timestamps::isValid).orElse(null);
        if (earlier == null || later == null) {
            return;
        }
        int comparison = Timestamps.compare(later, earlier);
        if (order.strict() && comparison <= 0) {
            findings.error(order.later(), "'" + later + "' must be later than " + order.earlier() + " '" + earlier + "'");
        } else if (comparison < 0) {
            findings.error(order.later(), "'" + later + "' is before " + order.earlier() + " '" + earlier + "'");
        }
    }
}
