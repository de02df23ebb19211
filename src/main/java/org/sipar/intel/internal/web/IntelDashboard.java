package org.sipar.intel.internal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.intel.internal.storage.Overview;
import org.sipar.platform.DashboardPanel;
import org.sipar.platform.DashboardPanel.Row;
import org.sipar.platform.DashboardPanel.Tag;
import org.sipar.platform.DashboardPanel.Text;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Readers;
import org.sipar.sharing.Tlp;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The threat picture on the dashboard, as the sharing policy lets the viewer see it: what is new since their last
 * visit and all they may see, by type and TLP level; the techniques most used in it; the recent imports.
 */
@Component
class IntelDashboard implements DashboardPanel.Source {

    /** The new types shown, most first; the panel of all one can see lists every type. */
    private static final int NEW_ROWS = 8;

    private final Overview overview;
    private final Readers readers;
    private final Directory directory;
    private final TechniqueNames techniques;

    IntelDashboard(Overview overview, Readers readers, Directory directory, TechniqueNames techniques) {
        this.overview = overview;
        this.readers = readers;
        this.directory = directory;
        this.techniques = techniques;
    }

    @Override
    public List<DashboardPanel> panels(Authentication viewer, Instant previousVisit) {
        Reader reader = readers.of(viewer);
        Text since = previousVisit == null ? Text.of("dashboard.intel.new.first")
                : Text.of("dashboard.intel.new.since", previousVisit);
        return List.of(
                new DashboardPanel(10, "dashboard.intel.new", since,
                        byType(overview.counts(reader, previousVisit), previousVisit).stream().limit(NEW_ROWS).toList(),
                        "dashboard.intel.new.none"),
                new DashboardPanel(20, "dashboard.intel.visible", Text.of("dashboard.intel.visible.note"),
                        byType(overview.counts(reader, null), null), "dashboard.intel.visible.none"),
                new DashboardPanel(30, "dashboard.intel.techniques", Text.of("dashboard.intel.techniques.note"),
                        mostUsed(reader), "dashboard.intel.techniques.none"),
                new DashboardPanel(40, "dashboard.intel.imports", null, imports(reader), "dashboard.intel.imports.none"));
    }

    /** One row per type, most objects first, with a tag per TLP level present. */
    static List<Row> byType(List<Overview.Count> counts, Instant since) {
        Map<String, Map<Tlp, Long>> types = new LinkedHashMap<>();
        counts.forEach(c -> types.computeIfAbsent(c.type(), t -> new EnumMap<>(Tlp.class)).merge(c.tlp(), c.count(), Long::sum));
        return types.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Map<Tlp, Long>> e) -> -total(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Row(typeLabel(e.getKey()), named(e.getKey()), !named(e.getKey()), total(e.getValue()), browse(e.getKey(), since), null,
                        e.getValue().entrySet().stream().map(l -> tag(l.getKey(), l.getValue())).toList()))
                .toList();
    }

    /** A type with a translated name shows it ({@code stix.type.<type>}); others show the type as it is, as code. */
    private static boolean named(String type) {
        return ListRow.NAMED_TYPES.contains(type);
    }

    private static String typeLabel(String type) {
        return named(type) ? "stix.type." + type : type;
    }

    private static long total(Map<Tlp, Long> levels) {
        return levels.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Tag tag(Tlp tlp, long count) {
        return new Tag("TLP:" + tlp.label(), "tlp-" + tlp.name().toLowerCase(Locale.ROOT).replace('_', '-'), count);
    }

    private static String browse(String type, Instant since) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/intel").queryParam("type", type);
        if (since != null) {
            uri.queryParam("added_after", since.toString());
        }
        return uri.encode().build().toUriString();
    }

    private List<Row> mostUsed(Reader reader) {
        List<Overview.Used> used = overview.mostUsed(reader, 10);
        Map<String, String> names = techniques.names(reader, used.stream().map(Overview.Used::techniqueId).toList());
        return used.stream().map(u -> new Row(names.getOrDefault(u.techniqueId(), u.techniqueId()), false,
                !names.containsKey(u.techniqueId()), u.uses(), "/intel/objects/" + u.techniqueId(), null, List.of())).toList();
    }

    private List<Row> imports(Reader reader) {
        List<Row> rows = new ArrayList<>();
        for (Overview.RecentImport i : overview.imports(reader, 8)) {
            boolean own = reader.member() && reader.organisationId().equals(i.publisherOrg());
            boolean mine = reader.member() && reader.personId().equals(i.publisherPerson());
            String label = own ? i.source() : publisher(i.publisherOrg());
            String href = mine ? "/intel/imports/" + i.id() : i.publisherOrg() == null ? null
                    : "/intel?publisher=" + i.publisherOrg();
            Text detail = Text.of("dashboard.intel.import." + i.status(), i.at(), i.visible());
            rows.add(new Row(label, false, false, null, href, detail, List.of()));
        }
        return rows;
    }

    /** The publishing organisation's name, said of imports of others (whose file names are theirs to know). */
    private String publisher(UUID organisation) {
        return Optional.ofNullable(organisation).flatMap(directory::organisation).map(Organisation::name).orElse("—");
    }
}
