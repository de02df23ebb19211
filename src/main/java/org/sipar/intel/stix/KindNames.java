package org.sipar.intel.stix;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The specification's type names, computed once: ingestion asks for them several times per object. */
final class KindNames {

    private static final Map<Enum<?>, String> SPELLED = new ConcurrentHashMap<>();

    private static final class ByName {
        static final Map<String, StixKind> MAP = Stream.of(StixKind.Sdo.values(), StixKind.Sro.values(),
                        StixKind.Sco.values(), StixKind.Meta.values())
                .flatMap(Stream::of)
                .collect(Collectors.toUnmodifiableMap(StixKind::typeName, Function.identity()));
    }

    private KindNames() {
    }

    static String spelled(Enum<?> constant) {
        return SPELLED.computeIfAbsent(constant, c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static StixKind specified(String typeName) {
        return ByName.MAP.get(typeName);
    }
}
