package org.sipar.advisory.internal.csafimport;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.sipar.advisory.internal.Workroom;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotPermitted;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /advisories/workroom/import}: a CSAF 2.0 document, uploaded or pasted, made into a new draft that opens in
 * the editor. A document that cannot be read comes back with each problem named where it is, the pasted text kept.
 */
@Controller
class CsafImportPages {

    private final CsafImport csafImport;
    private final Workroom workroom;

    CsafImportPages(CsafImport csafImport, Workroom workroom) {
        this.csafImport = csafImport;
        this.workroom = workroom;
    }

    @GetMapping("/advisories/workroom/import")
    String form(Authentication auth, Model model) {
        writer(auth);
        return page(model, "", List.of());
    }

    @PostMapping("/advisories/workroom/import")
    String imported(Authentication auth, @RequestParam(required = false) MultipartFile file,
                    @RequestParam(defaultValue = "") String json, HttpServletResponse response, Model model) throws IOException {
        CurrentUser user = writer(auth);
        try {
            String text = CsafText.of(file, json);
            return "redirect:/advisories/workroom/" + csafImport.draft(user, text).id() + "?imported";
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, json, e.problems());
        }
    }

    private static String page(Model model, String pasted, List<InputRejected.Problem> errors) {
        model.addAttribute("pasted", pasted);
        model.addAttribute("errors", errors);
        return "advisory/import";
    }

    private CurrentUser writer(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth).orElseThrow(() -> new NotPermitted("Sign in to write advisories"));
        if (!workroom.writes(user)) {
            throw new NotPermitted("Only analysts of the national CERT write and review advisories");
        }
        return user;
    }
}
