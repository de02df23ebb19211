package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.stix.Stix;

/**
 * A search that matches only inside a part hidden by a granular marking must answer exactly as a search that
 * matches nothing: no object, and the same cursor and "more", so a reader cannot test words of a RED
 * description one by one.
 */
@DemoPlatform
class SearchOracleTests extends StoreFixture {

    @Test
    void aWordOnlyInAHiddenPartAnswersAsAWordNowhere() {
        String secret = "secret" + UUID.randomUUID().toString().substring(0, 8);
        members.publish("analyst@bank.demo", Stix.bundle(withRedDescription(Stix.newIndicatorId(), secret)));
        Reader other = members.reader("analyst@telco.demo");
        ObjectPage hidden = search(other, secret, 0, 10);
        ObjectPage nowhere = search(other, "nowhere" + UUID.randomUUID().toString().substring(0, 8), 0, 10);
        assertThat(hidden).isEqualTo(nowhere);
        assertThat(hidden.objects()).isEmpty();
        assertThat(hidden.more()).isFalse();
        assertThat(hidden.nextSeq()).isZero();
        assertThat(search(members.reader("analyst@bank.demo"), secret, 0, 10).objects()).as("the publisher finds it").hasSize(1);
    }

    @Test
    void aWithheldMatchBeforeAVisibleOneNeitherStallsNorMovesThePage() {
        String word = "word" + UUID.randomUUID().toString().substring(0, 8);
        String visible = Stix.newIndicatorId();
        members.publish("analyst@bank.demo", Stix.bundle(withRedDescription(Stix.newIndicatorId(), word),
                Stix.indicator(visible, word, Tlp.GREEN.markingId(), "2026-01-02T00:00:00.000Z")));
        Reader other = members.reader("analyst@telco.demo");
        ObjectPage first = search(other, word, 0, 1);
        assertThat(first.objects()).extracting(StoredObject::id).containsExactly(visible);
        assertThat(first.more()).as("nothing visible follows").isFalse();
        assertThat(first.nextSeq()).isEqualTo(first.objects().getFirst().position());
    }

    private ObjectPage search(Reader reader, String text, long after, int limit) {
        return intelligence.objects(reader, new ObjectQuery(new ObjectQuery.Scope.All(), null, List.of(), List.of(),
                List.of(VersionSelection.LAST), List.of(), text, after, limit));
    }

    /** A GREEN indicator whose description, holding {@code word}, is marked RED. */
    static String withRedDescription(String id, String word) {
        return Stix.indicator(id, "public" + UUID.randomUUID().toString().substring(0, 6), Tlp.GREEN.markingId(),
                        "2026-01-02T00:00:00.000Z")
                .replaceFirst("\\}$", ", \"description\": \"" + word + "\", \"granular_markings\": [{\"marking_ref\": \""
                        + Tlp.RED.markingId() + "\", \"selectors\": [\"description\"]}]}");
    }
}
