package org.sipar.intel.internal.web;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Publication;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotPermitted;
import org.sipar.platform.Ui;
import org.sipar.sharing.Readers;
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
 * Importing a bundle from the web: the upload form, the upload itself (imported in the background) and the
 * page that follows the import's report. The upload is copied into the multipart upload directory under the
 * data directory, which is emptied at every start, so that a crash mid-import leaves nothing behind for good.
 */
@Controller
class ImportPages {

    private final Intelligence intelligence;
    private final Readers readers;
    private final Recipients recipients;
    private final Path uploads;

    ImportPages(Intelligence intelligence, Readers readers, Recipients recipients, MultipartConfigElement multipart) {
        this.intelligence = intelligence;
        this.readers = readers;
        this.recipients = recipients;
        this.uploads = Path.of(multipart.getLocation());
    }

    @GetMapping("/intel/import")
    String importForm() {
        return "intel/import";
    }

    /** Starts the import of an uploaded bundle, shared with the recipients named, once every one of them is known. */
    @PostMapping("/intel/import")
    String startImport(Authentication auth, @RequestParam("file") MultipartFile file,
                       @RequestParam(required = false) List<String> organisations,
                       @RequestParam(required = false) List<String> groups,
                       @RequestParam(required = false) List<String> people,
                       @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.of(auth).filter(CurrentUser::publishes)
                .orElseThrow(() -> new NotPermitted("Only analysts and administrators publish intelligence"));
        Recipients.Named to;
        try {
            to = recipients.check(organisations, groups, people);
        } catch (InputRejected e) {
            return refused(e, ui, model, response);
        }
        Path copy = Files.createTempFile(uploads, "import-", ".json");
        file.transferTo(copy);
        UUID id = UUID.randomUUID();
        Publication publication = new Publication(user.organisationId(), user.personId(), to.organisations(), to.groups(),
                to.people(), file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename());
        Thread.ofVirtual().name("sipar-import-" + id).start(() -> runImport(id, copy, publication));
        return "redirect:/intel/imports/" + id;
    }

    /** The error page, 400, naming each recipient that is not known; the upload is not kept. */
    private static String refused(InputRejected e, Ui ui, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("message", ui.t("error.recipients", e.getMessage()));
        return "error";
    }

    private void runImport(UUID id, Path copy, Publication publication) {
        try (InputStream in = Files.newInputStream(copy)) {
            intelligence.ingest(id, in, publication);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            copy.toFile().delete();
        }
    }

    @GetMapping("/intel/imports/{id}")
    String importProgress(Authentication auth, @PathVariable UUID id, Model model) {
        model.addAttribute("id", id.toString());
        model.addAttribute("report", intelligence.importReport(readers.of(auth), id).orElse(null));
        return "intel/import-report";
    }
}
