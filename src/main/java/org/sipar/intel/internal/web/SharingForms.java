package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Directory;
import org.sipar.intel.ImportReport;
import org.sipar.platform.InputRejected;
import org.sipar.sharing.Audience;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Tlp;
import org.springframework.stereotype.Component;

/**
 * The sharing chooser of the import and redistribution forms: the TLP levels, the organisations and sharing groups
 * to name (every one on the platform but the publisher's own organisation, which always sees its own), the people
 * named by id, and, in words, who the choice reaches ({@link Audience}, which asks the sharing policy).
 */
@Component
public class SharingForms {

    private final Directory directory;
    private final Audience audience;

    SharingForms(Directory directory, Audience audience) {
        this.directory = directory;
        this.audience = audience;
    }

    /** One organisation or sharing group to tick. */
    public record Option(String id, String name, boolean chosen) {
    }

    /**
     * What the chooser shows: {@code tlpFixed} when the object's own marking fixes its level; {@code audience} who
     * the choice reaches (null with {@code problem} when a recipient is not known).
     */
    public record Form(Tlp tlp, boolean tlpFixed, List<Option> organisations, List<Option> groups, String people,
                Audience.Who audience, String problem) {

        /** The levels to choose from, least restricted first. */
        public List<Tlp> levels() {
            return Arrays.asList(Tlp.values());
        }
    }

    /** The chooser for {@code user} publishing at {@code tlp} to {@code to}. */
    Form form(CurrentUser user, Tlp tlp, boolean tlpFixed, Recipients.Named to) {
        List<Option> organisations = directory.organisations().stream().filter(o -> !o.id().equals(user.organisationId()))
                .map(o -> new Option(o.id().toString(), o.name(), to.organisations().contains(o.id()))).toList();
        List<Option> groups = directory.sharingGroups().stream()
                .map(g -> new Option(g.id().toString(), g.name(), to.groups().contains(g.id()))).toList();
        String people = to.people().stream().map(UUID::toString).collect(Collectors.joining(", "));
        return new Form(tlp, tlpFixed, organisations, groups, people, who(user, tlp, to), null);
    }

    /** Who {@code user} reaches publishing at {@code tlp} to {@code to}. */
    Audience.Who who(CurrentUser user, Tlp tlp, Recipients.Named to) {
        return audience.of(new Distribution(tlp, user.organisationId(), user.personId(), to.organisations(), to.groups(), to.people()));
    }

    /** The CSS class of a level's badge. */
    public static String badge(Tlp tlp) {
        return "tlp tlp-" + tlp.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The organisations and then the people that {@code who} names, for a list in words. */
    public static List<String> names(Audience.Who who) {
        List<String> names = new ArrayList<>(who.organisations());
        names.addAll(who.people());
        return names;
    }

    /** The sharing section of an import's report, in names: the recipients, and per level how many and who sees them. */
    public record Summary(Tlp unmarked, List<String> recipients, List<Level> levels, long redistributable) {
    }

    /** Objects stored at one level, and who sees them. */
    public record Level(Tlp tlp, long unmarked, long marked, Audience.Who who) {
    }

    /** The report's sharing section as {@code user} (its publisher) reads it; null before the import started. */
    Summary summary(CurrentUser user, ImportReport.Sharing s) {
        if (user == null || s.unmarked() == null) {
            return null;
        }
        Recipients.Named to = new Recipients.Named(s.organisations(), s.groups(), s.people());
        List<String> names = new ArrayList<>();
        s.organisations().forEach(id -> directory.organisation(id).ifPresent(o -> names.add(o.name())));
        directory.sharingGroups().stream().filter(g -> s.groups().contains(g.id())).forEach(g -> names.add(g.name()));
        s.people().forEach(id -> directory.person(id).ifPresent(p -> names.add(p.displayName())));
        List<Level> levels = Arrays.stream(Tlp.values()).filter(s.perTlp()::containsKey)
                .map(t -> new Level(t, s.perTlp().get(t).unmarked(), s.perTlp().get(t).marked(), who(user, t, to))).toList();
        return new Summary(s.unmarked(), names, levels, s.redistributable());
    }

    /** The level that parameter {@code name} names, or {@code otherwise} when it is absent. */
    static Tlp level(String name, String value, Tlp otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Tlp.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InputRejected(name, value, "is no TLP level: expected CLEAR, GREEN, AMBER, AMBER+STRICT or RED");
        }
    }
}
