package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The change log as followers read it: versions added, objects revoked and versions deleted, in commit order,
 * each told to exactly the readers who may see the version, at every TLP level and for every kind of viewer.
 */
@DemoPlatform
@RecordApplicationEvents
class ChangeFeedTests extends StoreFixture {

    static final String OWNER = "analyst@cert.demo";

    @Autowired
    SharingPolicy policy;

    @Autowired
    SystemRead system;

    @ParameterizedTest(name = "{0} object, viewer {1}")
    @MethodSource("levelsAndViewers")
    void aFollowerIsToldOfAddingRevokingAndDeletingExactlyWhenItMaySeeTheObject(Tlp level, String viewer) {
        Reader reader = viewer.isEmpty() ? Reader.ANONYMOUS : members.reader(viewer);
        Reader owner = members.reader(OWNER);
        boolean maySee = policy.maySee(reader, new Distribution(level, owner.organisationId(), owner.personId(),
                Set.of(), Set.of(), Set.of()));
        History history = add(level);
        List<Change> beforeDeletion = about(history.id(), intelligence.changes(reader, history.start(), 1000).changes());
        reviseAndDelete(history, level);
        List<Change> after = about(history.id(), intelligence.changes(reader, history.start(), 1000).changes());
        if (maySee) {
            assertThat(beforeDeletion).extracting(c -> c.getClass().getSimpleName()).containsExactly("VersionAdded");
            assertThat(after).as("a deleted version is no longer told as added: its tombstone is")
                    .extracting(c -> c.getClass().getSimpleName()).containsExactly("ObjectRevoked", "VersionDeleted");
            assertThat(((Change.VersionDeleted) after.get(1)).modified()).isEqualTo("2026-05-01T00:00:00.000Z");
            assertThat(after.get(1).position()).isGreaterThan(beforeDeletion.getFirst().position());
        } else {
            assertThat(beforeDeletion).isEmpty();
            assertThat(after).isEmpty();
        }
    }

    static Stream<Arguments> levelsAndViewers() {
        return Stream.of(Tlp.values()).flatMap(level -> Stream.of("", OWNER, "member@cert.demo", "analyst@bank.demo",
                "member@bank.demo", "analyst@telco.demo").map(viewer -> Arguments.of(level, viewer)));
    }

    @Test
    void pagesOfOneResumeWithoutGapsOrRepeats() {
        History history = addReviseAndDelete(Tlp.GREEN);
        Reader reader = members.reader("member@bank.demo");
        List<Change> whole = intelligence.changes(reader, history.start(), 1000).changes();
        List<Change> paged = new ArrayList<>();
        long after = history.start();
        ChangePage page;
        do {
            page = intelligence.changes(reader, after, 1);
            paged.addAll(page.changes());
            after = page.next();
        } while (page.more());
        assertThat(paged).isEqualTo(whole);
        assertThat(paged).extracting(Change::position).isSorted().doesNotHaveDuplicates();
        assertThat(intelligence.changes(reader, after, 10).changes()).as("nothing after the last").isEmpty();
    }

    @Test
    void aDeletionsEventNamesTheTombstonesPosition(ApplicationEvents events) {
        History history = addReviseAndDelete(Tlp.RED);
        List<Change> told = about(history.id(), intelligence.changes(members.reader(OWNER), history.start(), 1000).changes());
        long tombstone = told.getLast().position();
        assertThat(events.stream(IntelligenceChanged.VersionsDeleted.class).filter(e -> e.ids().contains(history.id())))
                .singleElement().satisfies(e -> assertThat(e.position()).isEqualTo(tombstone / (1L << 20)));
    }

    @Test
    void aSystemReadSeesEveryLevelWithItsDistribution() {
        History history = addReviseAndDelete(Tlp.RED);
        List<SystemRead.Held> held = system.changes(history.start(), 1000, List.of("indicator")).stream()
                .filter(h -> history.id().equals(h.change().id())).toList();
        assertThat(held).extracting(h -> h.change().getClass().getSimpleName()).containsExactly("ObjectRevoked", "VersionDeleted");
        assertThat(held).allSatisfy(h -> {
            assertThat(h.distribution().tlp()).isEqualTo(Tlp.RED);
            assertThat(h.distribution().publisherPerson()).isEqualTo(members.reader(OWNER).personId());
        });
        assertThat(system.changes(history.start(), 1000, List.of("malware")).stream()
                .filter(h -> history.id().equals(h.change().id()))).as("other types only").isEmpty();
    }

    /** The owner adds an indicator at {@code level}, revokes it, and deletes its first version. */
    private History addReviseAndDelete(Tlp level) {
        History history = add(level);
        reviseAndDelete(history, level);
        return history;
    }

    /** The owner adds an indicator at {@code level}; the history starts just before it. */
    private History add(Tlp level) {
        String id = newIndicatorId();
        members.publish(OWNER, bundle(indicator(id, "feed", level.markingId(), "2026-05-01T00:00:00.000Z")));
        return new History(id, members.versions(members.reader(OWNER), id, "first").getFirst().position() - 1);
    }

    /** The owner revokes the indicator, then deletes its first version. */
    private void reviseAndDelete(History history, Tlp level) {
        String revoked = indicator(history.id(), "feed", level.markingId(), "2026-05-02T00:00:00.000Z").replace("}", ",\"revoked\":true}");
        members.publish(OWNER, bundle(revoked));
        int deleted = intelligence.delete(members.reader(OWNER), false, new ObjectQuery(new ObjectQuery.Scope.All(), null,
                List.of(history.id()), List.of(), List.of(VersionSelection.FIRST), List.of(), null, 0, 100));
        assertThat(deleted).as("the first version deleted").isEqualTo(1);
    }

    private static List<Change> about(String id, List<Change> changes) {
        return changes.stream().filter(c -> id.equals(c.id())).toList();
    }

    record History(String id, long start) {
    }
}
