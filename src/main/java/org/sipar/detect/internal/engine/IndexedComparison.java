package org.sipar.detect.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sipar.detect.internal.engine.Key.Kind;
import org.sipar.intel.pattern.ComparisonExpression.Comparison;
import org.sipar.intel.pattern.Literal;
import org.sipar.intel.pattern.ObjectPath;
import org.sipar.intel.pattern.Operator;
import org.sipar.intel.pattern.PathStep;

/**
 * The comparisons the index answers: a property equal to a string ({@code =}, or {@code IN} a list of strings, one
 * key each), an address in a range ({@code ISSUBSET}, or {@code =} a network, as feeds write ranges), and a domain's
 * subdomains ({@code LIKE '%.example.com'}). Negated comparisons and every other operator are the evaluator's.
 */
final class IndexedComparison {

    private IndexedComparison() {
    }

    /** The keys one of which an observation must carry for {@code c} to hold, when the index can tell. */
    static Optional<List<Key>> keys(Comparison c) {
        if (c.negated() || !simple(c.path())) {
            return Optional.empty();
        }
        String property = property(c.path());
        return switch (c.operator()) {
            case EQUAL -> c.value() instanceof Literal.StringLiteral s ? key(c.path().objectType(), property, s.value()).map(List::of) : Optional.empty();
            case IN -> in(c.path().objectType(), property, (Literal.ListLiteral) c.value());
            case IS_SUBSET -> address(c.path().objectType(), property) ? Optional.of(List.of(new Key(Kind.CIDR, text(c)))) : Optional.empty();
            case LIKE -> subdomains(c.path().objectType(), property, text(c)).map(List::of);
            default -> Optional.empty();
        };
    }

    private static Optional<Key> key(String type, String property, String value) {
        if (address(type, property)) {
            boolean range = value.contains("/");
            return Optional.of(new Key(range ? Kind.CIDR : type.equals("ipv4-addr") ? Kind.IPV4 : Kind.IPV6, value));
        }
        return Optional.of(switch (type + ":" + property) {
            case "domain-name:value" -> new Key(Kind.DOMAIN, value);
            case "url:value" -> new Key(Kind.URL, value);
            case "email-addr:value" -> new Key(Kind.EMAIL, value);
            default -> property.startsWith("hashes.") && type.equals("file")
                    ? new Key(Kind.HASH, property.substring("hashes.".length()).toUpperCase(Locale.ROOT) + ":" + value)
                    : new Key(Kind.PROPERTY, type + ":" + property + "=" + value);
        });
    }

    private static Optional<List<Key>> in(String type, String property, Literal.ListLiteral list) {
        List<Key> keys = new ArrayList<>();
        for (Literal value : list.values()) {
            if (!(value instanceof Literal.StringLiteral s)) {
                return Optional.empty();
            }
            key(type, property, s.value()).ifPresent(keys::add);
        }
        return Optional.of(keys);
    }

    private static Optional<Key> subdomains(String type, String property, String like) {
        String parent = like.startsWith("%.") ? like.substring(2) : "";
        boolean plain = !parent.isEmpty() && parent.chars().noneMatch(ch -> ch == '%' || ch == '_');
        return type.equals("domain-name") && property.equals("value") && plain
                ? Optional.of(new Key(Kind.DOMAIN_TREE, parent)) : Optional.empty();
    }

    private static boolean address(String type, String property) {
        return (type.equals("ipv4-addr") || type.equals("ipv6-addr")) && property.equals("value");
    }

    /** A path of property names only: no list index, no reference to follow (which the index cannot see through). */
    private static boolean simple(ObjectPath path) {
        return path.steps().stream().allMatch(s -> s instanceof PathStep.Property p && !p.name().endsWith("_ref")
                && !p.name().endsWith("_refs"));
    }

    private static String property(ObjectPath path) {
        return String.join(".", path.steps().stream().map(s -> ((PathStep.Property) s).name()).toList());
    }

    private static String text(Comparison c) {
        return ((Literal.StringLiteral) c.value()).value();
    }
}
