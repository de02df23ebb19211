package org.sipar.detect.internal.sighting;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sipar.detect.internal.telemetry.TelemetryReader;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Role;
import org.sipar.platform.Audit;
import org.sipar.platform.NotPermitted;
import org.sipar.sharing.Readers;
import org.sipar.sharing.Tlp;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /detect}, an organisation's detection desk: check values against the intelligence it may see, upload a
 * log, see its organisation's recent sightings, and (analysts and administrators) choose how its sightings are
 * shared with the indicators' producers.
 */
@Controller
class DetectPages {

    private final LookupForm lookup;
    private final SightingStore store;
    private final TelemetryIntake intake;
    private final Readers readers;
    private final Audit audit;
    private final Clock clock;

    DetectPages(LookupForm lookup, SightingStore store, TelemetryIntake intake, Readers readers,
                Audit audit, Clock clock) {
        this.lookup = lookup;
        this.store = store;
        this.intake = intake;
        this.readers = readers;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/detect")
    String desk(Authentication auth, Model model) {
        return desk(member(auth), model);
    }

    @PostMapping("/detect/check")
    String check(Authentication auth, @RequestParam(defaultValue = "") String values, Model model) {
        CurrentUser user = member(auth);
        List<LookupForm.Row> rows = lookup.check(values, readers.of(auth));
        model.addAttribute("values", values);
        model.addAttribute("checked", rows);
        return desk(user, model);
    }

    @PostMapping("/detect/upload")
    String upload(Authentication auth, @RequestParam String format, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        CurrentUser user = member(auth);
        TelemetryReader reader = switch (format) {
            case "eve" -> TelemetryReader.eve();
            case "zeek" -> TelemetryReader.zeek();
            default -> TelemetryReader.ecs();
        };
        TelemetryIntake.Outcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = intake.take(in, reader, user.organisationId(), readers.of(auth));
        }
        audit.record("detect.telemetry.upload", format, Map.of("lines", outcome.report().linesRead(),
                "matches", outcome.matches(), "sightings", outcome.sightings()));
        model.addAttribute("uploaded", outcome);
        return desk(user, model);
    }

    @PostMapping("/detect/reporting")
    String reporting(Authentication auth, @RequestParam String tlp, @RequestParam(defaultValue = "false") boolean anonymous) {
        CurrentUser user = member(auth);
        if (!decides(user)) {
            throw new NotPermitted("Analysts and administrators of the organisation choose how its sightings are shared");
        }
        Reporting reporting = new Reporting(Tlp.parse(tlp), anonymous);
        store.choose(user.organisationId(), reporting, user.personId(), clock.instant());
        audit.record("detect.reporting", user.organisationName(), Map.of("tlp", reporting.tlp().label(), "anonymous", anonymous));
        return "redirect:/detect?saved";
    }

    private String desk(CurrentUser user, Model model) {
        model.addAttribute("sightings", store.ofOrganisation(user.organisationId(), 25));
        model.addAttribute("reporting", store.reporting(user.organisationId()));
        model.addAttribute("decides", decides(user));
        model.addAttribute("levels", List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT));
        if (!model.containsAttribute("checked")) {
            model.addAttribute("checked", new ArrayList<LookupForm.Row>());
            model.addAttribute("values", "");
        }
        if (!model.containsAttribute("uploaded")) {
            model.addAttribute("uploaded", null);
        }
        return "detect/desk";
    }

    private static boolean decides(CurrentUser user) {
        return user.roles().contains(Role.ANALYST) || user.roles().contains(Role.ORG_ADMIN) || user.isHubAdmin();
    }

    private static CurrentUser member(Authentication auth) {
        return CurrentUser.of(auth).orElseThrow(() -> new NotPermitted("Sign in to use detection"));
    }
}
