package org.sipar.detect.internal.sighting;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.sipar.detect.internal.telemetry.TelemetryReader;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Role;
import org.sipar.platform.Audit;
import org.sipar.platform.InputRejected;
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
        return desk(member(auth), model, "", List.of(), null);
    }

    @PostMapping("/detect/check")
    String check(Authentication auth, @RequestParam(defaultValue = "") String values, Model model, HttpServletResponse response) {
        CurrentUser user = member(auth);
        try {
            return desk(user, model, values, lookup.check(values, readers.of(auth)), null);
        } catch (InputRejected e) {
            return rejected(user, model, response, e);
        }
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
        return desk(user, model, "", List.of(), outcome);
    }

    @PostMapping("/detect/reporting")
    String reporting(Authentication auth, @RequestParam String tlp, @RequestParam(defaultValue = "false") boolean anonymous,
                     Model model, HttpServletResponse response) {
        CurrentUser user = member(auth);
        if (!decides(user)) {
            throw new NotPermitted("Analysts and administrators of the organisation choose how its sightings are shared");
        }
        Reporting reporting;
        try {
            reporting = new Reporting(level(tlp), anonymous);
        } catch (InputRejected e) {
            return rejected(user, model, response, e);
        }
        store.choose(user.organisationId(), reporting, user.personId(), clock.instant());
        audit.record("detect.reporting", user.organisationName(), Map.of("tlp", reporting.tlp().label(), "anonymous", anonymous));
        return "redirect:/detect?saved";
    }

    /** A form's bad input: the desk again, answered 400, naming what is wrong (nothing else was changed). */
    private String rejected(CurrentUser user, Model model, HttpServletResponse response, InputRejected e) {
        response.setStatus(400);
        return desk(user, model, "", List.of(), null, e.problems());
    }

    private String desk(CurrentUser user, Model model, String values, List<LookupForm.Row> checked,
                        TelemetryIntake.Outcome uploaded) {
        return desk(user, model, values, checked, uploaded, List.of());
    }

    private String desk(CurrentUser user, Model model, String values, List<LookupForm.Row> checked,
                        TelemetryIntake.Outcome uploaded, List<InputRejected.Problem> problems) {
        model.addAttribute("desk", new DeskView(values, checked, uploaded, store.ofOrganisation(user.organisationId(), 25),
                store.reporting(user.organisationId()), decides(user), List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT),
                problems));
        return "detect/desk";
    }

    private static Tlp level(String tlp) {
        try {
            return Tlp.parse(tlp);
        } catch (IllegalArgumentException e) {
            throw new InputRejected("tlp", tlp, e.getMessage());
        }
    }

    private static boolean decides(CurrentUser user) {
        return user.roles().contains(Role.ANALYST) || user.roles().contains(Role.ORG_ADMIN) || user.isHubAdmin();
    }

    private static CurrentUser member(Authentication auth) {
        return CurrentUser.of(auth).orElseThrow(() -> new NotPermitted("Sign in to use detection"));
    }
}
