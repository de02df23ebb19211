package org.sipar.detect.internal.telemetry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which field of a log holds which observable, and where its time is. A field path is dotted ({@code source.ip});
 * a JSON array along it is walked through, written {@code dns.queries[].rrname} or {@code dns.queries.rrname}
 * alike, and in CSV a path is a column's name. Built through {@link #builder()}, which refuses an empty path or
 * an unknown observable type, naming it, so that a saved mapping always means something.
 */
public final class Mapping {

    /** One field and what it holds. */
    public record Field(String path, FieldKind kind) {
    }

    /** A URL logged in two halves, a host and a path ({@code http.hostname} and {@code http.url}), joined as {@code http://host/path}. */
    public record UrlParts(String hostPath, String pathPath) {
    }

    private final List<Field> fields;
    private final List<UrlParts> urls;
    private final String timePath;
    private final TimeFormat timeFormat;
    private final Map<String, Integer> slots = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    private Mapping(Builder builder) {
        this.fields = List.copyOf(builder.fields);
        this.urls = List.copyOf(builder.urls);
        this.timePath = builder.timePath;
        this.timeFormat = builder.timeFormat;
        fields.forEach(field -> addSlot(field.path()));
        urls.forEach(url -> {
            addSlot(url.hostPath());
            addSlot(url.pathPath());
        });
        if (timePath != null) {
            addSlot(timePath);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    private void addSlot(String path) {
        slots.putIfAbsent(path, slots.size());
        for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
            prefixes.add(path.substring(0, dot));
        }
    }

    public List<Field> fields() {
        return fields;
    }

    public List<UrlParts> urls() {
        return urls;
    }

    /** The path of the time field, or null when this log's events carry no time. */
    public String timePath() {
        return timePath;
    }

    public TimeFormat timeFormat() {
        return timeFormat;
    }

    /** The slot where a line's values at this path are gathered, or -1 when the mapping does not want them. */
    int slot(String path) {
        Integer slot = slots.get(path);
        return slot == null ? -1 : slot;
    }

    /** Whether some wanted path lies below this one, so that a reader must look inside it. */
    boolean leadsToField(String path) {
        return prefixes.contains(path);
    }

    int slotCount() {
        return slots.size();
    }

    /** Gathers a mapping's parts and checks each as it is named. */
    public static final class Builder {

        private final List<Field> fields = new ArrayList<>();
        private final List<UrlParts> urls = new ArrayList<>();
        private String timePath;
        private TimeFormat timeFormat = TimeFormat.ISO_8601;

        private Builder() {
        }

        /** The field at {@code path} holds {@code type} ({@code ip}, {@code domain-name}, {@code file:SHA-256} ...; see {@link FieldKind}). */
        public Builder field(String path, String type) {
            String checked = checkedPath(path, "field path");
            try {
                return field(checked, FieldKind.of(type));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("field '" + checked + "': " + unknown.getMessage(), unknown);
            }
        }

        public Builder field(String path, FieldKind kind) {
            fields.add(new Field(checkedPath(path, "field path"), Objects.requireNonNull(kind, "kind of field " + path)));
            return this;
        }

        public Builder url(String hostPath, String pathPath) {
            urls.add(new UrlParts(checkedPath(hostPath, "URL host path"), checkedPath(pathPath, "URL path")));
            return this;
        }

        public Builder time(String path, TimeFormat format) {
            this.timePath = checkedPath(path, "time path");
            this.timeFormat = Objects.requireNonNull(format, "format of time field " + path);
            return this;
        }

        public Builder time(String path, String format) {
            return time(path, TimeFormat.of(format));
        }

        public Mapping build() {
            if (fields.isEmpty() && urls.isEmpty()) {
                throw new IllegalArgumentException("a mapping must name at least one field that holds an observable");
            }
            return new Mapping(this);
        }

        private static String checkedPath(String path, String role) {
            String normalised = path == null ? "" : path.replace("[]", "");
            if (normalised.isBlank() || !normalised.strip().equals(normalised) || normalised.startsWith(".")
                    || normalised.endsWith(".") || normalised.contains("..")) {
                throw new IllegalArgumentException("the " + role + " '" + path + "' is empty or has an empty segment");
            }
            return normalised;
        }
    }
}
