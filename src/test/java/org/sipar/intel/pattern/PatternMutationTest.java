package org.sipar.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds thousands of randomly damaged corpus patterns to the parser: indicators come from outside partners,
 * so anything other than a tree or a {@link PatternRejected} (an index or number-format exception, say) is a bug.
 */
class PatternMutationTest {

    private static final String ALPHABET = "[]()':.,*=!<>-+0123456789abthTZ \\/ANDORNOTINWITHSECOD";

    @Test
    void damagedPatternsEitherParseAndRoundTripOrAreRejectedWithinTheText() {
        Random random = new Random(20_210_610); // fixed, so that a failure can be replayed
        List<String> corpus = PatternTrees.specExamples();
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = mutate(corpus.get(random.nextInt(corpus.size())), random);
            try {
                ObservationExpression tree = StixPatterns.parse(text);
                assertThat(StixPatterns.parse(tree.render())).as(text).isEqualTo(tree);
                accepted++;
            } catch (PatternRejected e) {
                assertThat(e.position()).as(text).isBetween(0, text.length());
                assertThat(e.reason()).as(text).startsWith("expected ").contains(" but found ");
                rejected++;
            }
        }
        assertThat(accepted).isPositive();
        assertThat(rejected).isPositive();
    }

    private static String mutate(String pattern, Random random) {
        StringBuilder text = new StringBuilder(pattern);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(text.length());
            char replacement = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, replacement);
                default -> text.setCharAt(at, replacement);
            }
        }
        return text.toString();
    }
}
