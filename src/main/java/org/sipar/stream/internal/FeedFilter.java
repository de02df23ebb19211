package org.sipar.stream.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sipar.intel.Change;
import org.sipar.platform.InputRejected;
import org.sipar.platform.ParameterValues;
import org.sipar.sharing.Tlp;
import tools.jackson.databind.JsonNode;

/**
 * What a subscriber (a live stream, a webhook endpoint) asked to be told of, after the sharing policy has decided
 * what it may see: object types, labels, TLP levels, a minimum confidence and a TAXII collection. Each empty part
 * admits everything. Withdrawals and deletions carry only their object's type, so they pass every part but the
 * type: a subscriber is never left holding what is gone.
 *
 * @param collection the TAXII collection whose objects are wanted, or null for all; applied where the change log is
 *                   read, since only the store knows who an object is shared with
 */
public record FeedFilter(Set<String> types, Set<String> labels, Set<Tlp> tlps, Integer minConfidence, UUID collection) {

    /** Admits everything the subscriber may see. */
    public static final FeedFilter EVERYTHING = new FeedFilter(Set.of(), Set.of(), Set.of(), null, null);

    /** The query parameters that name a filter, as the stream and the webhooks' API call them. */
    public static final List<String> PARAMETERS = List.of("type", "label", "tlp", "min_confidence", "collection");

    private static final Pattern STIX_TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{1,248}[a-z0-9]");

    public FeedFilter {
        types = Set.copyOf(types);
        labels = Set.copyOf(labels);
        tlps = Set.copyOf(tlps);
        if (minConfidence != null && (minConfidence < 0 || minConfidence > 100)) {
            throw new IllegalArgumentException("min_confidence must be from 0 to 100, not " + minConfidence);
        }
    }

    /** The filter that query {@code parameters} ask for; every bad value refused, named with its parameter. */
    public static FeedFilter parse(Map<String, String[]> parameters) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        Set<String> types = Set.copyOf(ParameterValues.list(parameters.get("type")));
        types.stream().filter(t -> !STIX_TYPE.matcher(t).matches()).forEach(t -> problems.add(
                new InputRejected.Problem("type", t, "is not a STIX type name (lower-case letters, digits and hyphens)")));
        Set<Tlp> tlps = FeedFilterValues.tlps(ParameterValues.list(parameters.get("tlp")), problems);
        Integer minConfidence = FeedFilterValues.confidence(single(parameters.get("min_confidence")), problems);
        UUID collection = FeedFilterValues.collection(single(parameters.get("collection")), problems);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return new FeedFilter(types, Set.copyOf(ParameterValues.list(parameters.get("label"))), tlps, minConfidence, collection);
    }

    private static String single(String[] values) {
        List<String> list = ParameterValues.list(values);
        return list.isEmpty() ? null : String.join(",", list);
    }

    /** Whether {@code change}, as the subscriber may see it, is one it asked for (the collection aside). */
    public boolean admits(Change change) {
        if (change instanceof Change.Added added) {
            return admitsType(added.version().type()) && admitsContent(added);
        }
        return switch (change) {
            case Change.VersionWithdrawn w -> admitsType(w.type());
            case Change.VersionDeleted d -> admitsType(d.type());
            default -> true;
        };
    }

    private boolean admitsType(String type) {
        return types.isEmpty() || types.contains(type);
    }

    private boolean admitsContent(Change.Added added) {
        if (!tlps.isEmpty() && !tlps.contains(added.version().tlp())) {
            return false;
        }
        if (labels.isEmpty() && minConfidence == null) {
            return true;
        }
        JsonNode object = added.version().content();
        return admitsLabels(object) && admitsConfidence(object);
    }

    private boolean admitsLabels(JsonNode object) {
        if (labels.isEmpty()) {
            return true;
        }
        for (JsonNode label : object.path("labels")) {
            if (label.isString() && labels.contains(label.asString())) {
                return true;
            }
        }
        return false;
    }

    private boolean admitsConfidence(JsonNode object) {
        // An object without a confidence states none, so it does not reach a stated minimum.
        return minConfidence == null || object.path("confidence").isIntegralNumber()
                && object.path("confidence").asInt() >= minConfidence;
    }
}
