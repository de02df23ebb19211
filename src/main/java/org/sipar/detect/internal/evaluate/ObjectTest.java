package org.sipar.detect.internal.evaluate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sipar.intel.pattern.ComparisonExpression;

/**
 * A compiled comparison expression, the inside of one {@code [...]}, asked of one root SCO of an observation.
 * In STIX 2.1, as the reference matcher implements it, comparisons joined by AND must all hold for the same root
 * object (the one whose type begins their paths, before any reference is followed), and OR holds when either
 * does: so {@code [file:name = 'a' AND file:size = 1]} needs one file with both, and
 * {@code [file:name = 'a' AND process:pid = 1]} never matches. An observation satisfies the expression when one
 * of its objects does.
 */
sealed interface ObjectTest {

    /** Whether {@code root} (an SCO of type {@code type}) satisfies this test within its observation's objects. */
    boolean holds(String type, Map<String, Object> root, Map<String, Map<String, Object>> objects);

    /** The SCO types a root can have and satisfy this test; no others need be asked. */
    Set<String> types();

    /** Compiles {@code expression}; throws IllegalArgumentException for a regex or CIDR block it cannot use. */
    static ObjectTest compile(ComparisonExpression expression) {
        return switch (expression) {
            case ComparisonExpression.Comparison c -> {
                CompiledPath path = new CompiledPath(c.path());
                yield new Compare(c.path().objectType(), path,
                        ValueTests.of(c.operator(), c.negated(), c.value(), path.selectsHashValue()));
            }
            case ComparisonExpression.Exists e -> new Compare(e.path().objectType(), new CompiledPath(e.path()),
                    value -> true);
            case ComparisonExpression.And and -> new All(and.operands().stream().map(ObjectTest::compile).toList());
            case ComparisonExpression.Or or -> new Any(or.operands().stream().map(ObjectTest::compile).toList());
        };
    }

    /** One comparison or EXISTS: the root has the path's type and some value on the path passes the test. */
    record Compare(String type, CompiledPath path, Predicate<Object> test) implements ObjectTest {

        @Override
        public boolean holds(String rootType, Map<String, Object> root, Map<String, Map<String, Object>> objects) {
            if (!type.equals(rootType)) {
                return false;
            }
            try {
                return path.anyValue(root, objects, test);
            } catch (BoundedRegex.Undecided undecided) {
                return false; // neither MATCHES nor NOT MATCHES may claim a regex that ran out of steps
            }
        }

        @Override
        public Set<String> types() {
            return Set.of(type);
        }
    }

    /** Comparisons joined by AND: every one holds for the same root. */
    record All(List<ObjectTest> operands) implements ObjectTest {

        @Override
        public boolean holds(String type, Map<String, Object> root, Map<String, Map<String, Object>> objects) {
            for (ObjectTest operand : operands) {
                if (!operand.holds(type, root, objects)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Set<String> types() {
            Set<String> common = new HashSet<>(operands.getFirst().types());
            operands.forEach(operand -> common.retainAll(operand.types()));
            return Set.copyOf(common);
        }
    }

    /** Comparisons joined by OR: one of them holds for the root. */
    record Any(List<ObjectTest> operands) implements ObjectTest {

        @Override
        public boolean holds(String type, Map<String, Object> root, Map<String, Map<String, Object>> objects) {
            for (ObjectTest operand : operands) {
                if (operand.holds(type, root, objects)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Set<String> types() {
            Set<String> union = new HashSet<>();
            operands.forEach(operand -> union.addAll(operand.types()));
            return Set.copyOf(union);
        }
    }
}
