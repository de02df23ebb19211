package org.sipar.advisory.internal.kev;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sipar.advisory.internal.kev.KevCatalogue.Saved;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Audit;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the catalogue, each in one transaction (an import is stored whole or not at all) and audited:
 * imports of CISA's catalogue, and national entries added, edited and removed. Only people who publish
 * intelligence ({@link CurrentUser#publishes()}) change it, as they decide what the CERT tells the country.
 */
@Service
public class KevChanges {

    private final KevCatalogue catalogue;
    private final CisaFormat cisa;
    private final Audit audit;
    private final Clock clock;

    KevChanges(KevCatalogue catalogue, CisaFormat cisa, Audit audit, Clock clock) {
        this.catalogue = catalogue;
        this.cisa = cisa;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller, when they may change the catalogue; else the refusal. */
    static CurrentUser editor(Authentication auth) {
        return CurrentUser.of(auth).filter(CurrentUser::publishes).orElseThrow(() ->
                new NotPermitted("Only analysts and administrators change the catalogue of known exploited vulnerabilities"));
    }

    /** Imports a CISA KEV JSON file: adds new entries, updates changed ones, never duplicates. */
    @Transactional
    public ImportResult importCisa(CurrentUser user, InputStream file, String source) {
        List<KevEntry> entries = cisa.read(file);
        Instant now = clock.instant();
        Map<Saved, Integer> counts = new EnumMap<>(Saved.class);
        for (KevEntry entry : entries) {
            counts.merge(catalogue.save(entry, "imported", user.email(), now), 1, Integer::sum);
        }
        ImportResult result = new ImportResult(entries.size(), counts.getOrDefault(Saved.ADDED, 0),
                counts.getOrDefault(Saved.UPDATED, 0), counts.getOrDefault(Saved.UNCHANGED, 0),
                counts.getOrDefault(Saved.KEPT_NATIONAL, 0));
        if (result.added() + result.updated() > 0) {
            catalogue.changed(now);
        }
        audit.record("advisory.kev.import", source, Map.of("source", source, "read", result.read(),
                "added", result.added(), "updated", result.updated(), "kept", result.keptNational()));
        return result;
    }

    /** Adds a national entry for a CVE not yet in the catalogue. */
    @Transactional
    public KevEntry add(CurrentUser user, KevDraft draft) {
        KevEntry entry = draft.entry();
        if (catalogue.find(entry.cveId()).isPresent()) {
            throw new InputRejected(List.of(new InputRejected.Problem("cveID", entry.cveId(),
                    "is in the catalogue already: edit its entry", "advisory.kev.exists", List.of())));
        }
        saveNational(user, entry, "advisory.kev.add");
        return entry;
    }

    /** Changes the entry of {@code cveId}, which becomes a national one: a re-import no longer overwrites it. */
    @Transactional
    public KevEntry edit(CurrentUser user, String cveId, KevDraft draft) {
        catalogue.find(cveId).orElseThrow(() -> new NotFound("known exploited vulnerability", cveId));
        KevEntry entry = draft.entry();
        if (!entry.cveId().equals(cveId)) {
            throw new InputRejected("cveID", entry.cveId(), "differs from the entry edited, " + cveId);
        }
        saveNational(user, entry, "advisory.kev.edit");
        return entry;
    }

    /** Removes the entry of {@code cveId}. */
    @Transactional
    public void remove(CurrentUser user, String cveId) {
        if (!catalogue.remove(cveId)) {
            throw new NotFound("known exploited vulnerability", cveId);
        }
        catalogue.changed(clock.instant());
        audit.record("advisory.kev.remove", cveId, Map.of("cve", cveId));
    }

    private void saveNational(CurrentUser user, KevEntry entry, String action) {
        Instant now = clock.instant();
        if (catalogue.save(entry, "national", user.email(), now) != Saved.UNCHANGED) {
            catalogue.changed(now);
        }
        audit.record(action, entry.cveId(), Map.of("cve", entry.cveId(), "name", entry.vulnerabilityName()));
    }
}
