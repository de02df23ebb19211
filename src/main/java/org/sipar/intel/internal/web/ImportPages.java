package org.sipar.intel.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.intel.ImportHistory;
import org.sipar.intel.ImportQueueFull;
import org.sipar.intel.ImportRecord;
import org.sipar.intel.ImportViewer;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Publication;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.sipar.platform.TimeZones;
import org.sipar.platform.Ui;
import org.sipar.intel.internal.IntelSettings;
import org.sipar.sharing.Readers;
import org.sipar.sharing.Tlp;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a bundle from the web: the upload form, the upload itself (queued for import, the page answered at
 * once) and the page that follows the import's report. The upload (in the multipart upload directory under
 * the data directory, emptied at every start) is copied into the import queue's spool and let go with the request.
 */
@Controller
class ImportPages {

    private final Intelligence intelligence;
    private final Readers readers;
    private final Recipients recipients;
    private final SharingForms sharing;
    private final ImportHistory history;
    private final Tlp defaultTlp;

    static final int OBJECTS_PER_PAGE = 50;
    static final int IMPORTS_PER_PAGE = 25;

    ImportPages(Intelligence intelligence, Readers readers, Recipients recipients, SharingForms sharing,
                ImportHistory history, IntelSettings settings) {
        this.history = history;
        this.intelligence = intelligence;
        this.readers = readers;
        this.recipients = recipients;
        this.sharing = sharing;
        this.defaultTlp = settings.tlp();
    }

    /**
     * The upload form, for those who may publish: others are not offered it. The level of unmarked objects is
     * preselected at {@code sipar.intel.default-tlp}, shown, and may be changed.
     */
    @GetMapping("/intel/import")
    String importForm(Authentication auth, Model model) {
        CurrentUser user = CurrentUser.of(auth).filter(CurrentUser::publishes)
                .orElseThrow(() -> new NotPermitted("Only analysts and administrators publish intelligence"));
        model.addAttribute("sharing", sharing.form(user, defaultTlp, false, Recipients.Named.NONE));
        model.addAttribute("defaultTlp", defaultTlp);
        return "intel/import";
    }

    /** Who a choice of level and recipients reaches, in words: the fragment the forms update as choices change. */
    @GetMapping("/intel/audience")
    String audience(Authentication auth, @RequestParam(required = false) String tlp,
                    @RequestParam(required = false) List<String> organisations,
                    @RequestParam(required = false) List<String> groups,
                    @RequestParam(required = false) List<String> people, Model model) {
        CurrentUser user = CurrentUser.of(auth).filter(CurrentUser::publishes)
                .orElseThrow(() -> new NotPermitted("Only analysts and administrators publish intelligence"));
        try {
            Tlp level = SharingForms.level("tlp", tlp, defaultTlp);
            model.addAttribute("tlp", level);
            model.addAttribute("who", sharing.who(user, level, recipients.check(organisations, groups, people)));
            model.addAttribute("problem", null);
        } catch (InputRejected e) {
            model.addAttribute("tlp", null);
            model.addAttribute("who", null);
            model.addAttribute("problem", e.getMessage());
        }
        return "intel/audience";
    }

    /** Starts the import of an uploaded bundle, shared with the recipients named, once every one of them is known. */
    @PostMapping("/intel/import")
    String startImport(Authentication auth, @RequestParam("file") MultipartFile file,
                       @RequestParam(required = false) List<String> organisations,
                       @RequestParam(required = false) List<String> groups,
                       @RequestParam(required = false) List<String> people,
                       @RequestParam(required = false) String tlp,
                       @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.of(auth).filter(CurrentUser::publishes)
                .orElseThrow(() -> new NotPermitted("Only analysts and administrators publish intelligence"));
        Recipients.Named to;
        Tlp unmarked;
        try {
            unmarked = SharingForms.level("tlp", tlp, defaultTlp);
            to = recipients.check(organisations, groups, people);
        } catch (InputRejected e) {
            return refused(e, ui, model, response);
        }
        Publication publication = new Publication(user.organisationId(), user.personId(), to.organisations(), to.groups(),
                to.people(), file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), unmarked);
        ImportReport queued;
        try {
            queued = intelligence.submit(publication, out -> {
                try (InputStream in = file.getInputStream()) {
                    in.transferTo(out);
                }
            });
        } catch (ImportQueueFull e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            model.addAttribute("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("message", ui.t("error.importQueueFull"));
            return "error";
        }
        return "redirect:/intel/imports/" + queued.id();
    }

    /** The error page, 400, naming each recipient that is not known; the upload is not kept. */
    private static String refused(InputRejected e, Ui ui, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("message", ui.t("error.recipients", e.getMessage()));
        return "error";
    }

    /**
     * An import's report, with who imported what for whom and the objects it stored as the viewer may read them,
     * for those who may see the import (else 404: nobody else learns it exists). While it runs, htmx polls it.
     */
    @GetMapping("/intel/imports/{id}")
    String importProgress(Authentication auth, @PathVariable UUID id, @RequestParam(defaultValue = "0") long after,
                          @RequestParam(required = false) Integer applied,
                          Model model, HttpServletRequest request, HttpServletResponse response) {
        ImportViewer viewer = ImportViewer.of(readers.of(auth), CurrentUser.of(auth));
        ImportRecord found = history.find(viewer, id).orElseThrow(() -> new NotFound("import", id));
        ImportReport report = found.report();
        model.addAttribute("applied", applied);
        model.addAttribute("id", id.toString());
        model.addAttribute("report", report);
        model.addAttribute("sharing", report == null ? null : sharing.summary(CurrentUser.of(auth).orElse(null), report.sharing()));
        model.addAttribute("record", found);
        model.addAttribute("objects", history.objects(viewer, id, after, OBJECTS_PER_PAGE).orElseThrow());
        model.addAttribute("after", after);
        model.addAttribute("zone", TimeZones.of(request, response));
        return "intel/import-report";
    }

    /** The history of imports the viewer may see, newest first, a page at a time. */
    @GetMapping("/intel/imports")
    String history(Authentication auth, @RequestParam(defaultValue = "0") int offset, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        CurrentUser.of(auth).orElseThrow(() -> new NotPermitted("Sign in to see imports"));
        model.addAttribute("page", history.imports(ImportViewer.of(readers.of(auth), CurrentUser.of(auth)), offset, IMPORTS_PER_PAGE));
        model.addAttribute("zone", TimeZones.of(request, response));
        return "intel/imports";
    }
}
