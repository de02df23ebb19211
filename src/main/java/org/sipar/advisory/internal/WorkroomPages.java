package org.sipar.advisory.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Directory;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workroom's pages under {@code /advisories/workroom}: the advisories being written, the editor (a form, not
 * JSON), and each advisory's workflow with its conversation. A step the advisory's state does not allow answers 409;
 * a form with problems comes back with each one named at its field, nothing typed lost.
 */
@Controller
class WorkroomPages {

    private final Workroom workroom;
    private final Advisories advisories;
    private final Comments comments;
    private final WorkroomPreview preview;
    private final Directory directory;
    private final org.sipar.sharing.Readers readers;

    WorkroomPages(Workroom workroom, Advisories advisories, Comments comments, WorkroomPreview preview, Directory directory,
                  org.sipar.sharing.Readers readers) {
        this.readers = readers;
        this.workroom = workroom;
        this.advisories = advisories;
        this.comments = comments;
        this.preview = preview;
        this.directory = directory;
    }

    @GetMapping("/advisories/workroom")
    String list(Authentication auth, Model model) {
        model.addAttribute("advisories", advisories.all(readers.of(writer(auth)), 500));
        return "advisory/workroom";
    }

    @GetMapping("/advisories/workroom/new")
    String create(Authentication auth, Model model) {
        return form(model, writer(auth), null, AdvisoryForm.blank(), 0, null);
    }

    @PostMapping("/advisories/workroom")
    String created(Authentication auth, HttpServletRequest request, HttpServletResponse response, Model model) {
        CurrentUser user = writer(auth);
        AdvisoryForm form = AdvisoryForm.blank();
        try {
            form = AdvisoryForm.of(withPeople(request));
            return "redirect:/advisories/workroom/" + workroom.create(user, form).id() + "?saved";
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, user, null, form, 0, e);
        }
    }

    @GetMapping("/advisories/workroom/{id}")
    String show(Authentication auth, @PathVariable UUID id, Model model) {
        CurrentUser user = writer(auth);
        Advisory a = workroom.open(user, id);
        return form(model, user, a, AdvisoryForm.of(a), a.lockVersion(), null);
    }

    @PostMapping("/advisories/workroom/{id}")
    String save(Authentication auth, @PathVariable UUID id, @RequestParam long lockVersion, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        CurrentUser user = writer(auth);
        Advisory current = workroom.open(user, id);
        AdvisoryForm form = AdvisoryForm.of(current);
        try {
            form = AdvisoryForm.of(withPeople(request));
            workroom.save(user, id, lockVersion, form);
            return "redirect:/advisories/workroom/" + id + "?saved";
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, user, current, form, lockVersion, e);
        }
    }

    @PostMapping("/advisories/workroom/{id}/{step:submit|return|approve|publish|revise|withdraw|comment}")
    String step(Authentication auth, @PathVariable UUID id, @PathVariable String step,
                @RequestParam(defaultValue = "-1") long lockVersion, @RequestParam(defaultValue = "") String text,
                HttpServletResponse response, Model model) {
        CurrentUser user = writer(auth);
        try {
            switch (step) {
                case "submit" -> workroom.submit(user, id, lockVersion);
                case "return" -> workroom.returnToDraft(user, id, lockVersion, text);
                case "approve" -> workroom.approve(user, id, lockVersion);
                case "publish" -> workroom.publish(user, id, lockVersion, text);
                case "revise" -> workroom.revise(user, id, lockVersion);
                case "withdraw" -> workroom.withdraw(user, id, lockVersion, text);
                default -> workroom.comment(user, id, text);
            }
            return "redirect:/advisories/workroom/" + id + "?" + step;
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Advisory a = workroom.open(user, id);
            return form(model, user, a, AdvisoryForm.of(a), a.lockVersion(), e);
        }
    }

    /** The CSAF document the revision being written would be, in {@code lang}: the editor's JSON export. */
    @GetMapping(value = "/advisories/workroom/{id}/csaf.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> csaf(Authentication auth, @PathVariable UUID id, @RequestParam(defaultValue = "en") String lang) {
        Advisory a = workroom.open(writer(auth), id);
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\""
                + Provider.fileName(Provider.trackingId(a, "ur".equals(lang) ? "ur" : "en")) + "\"").body(preview.json(a, lang));
    }

    private String form(Model model, CurrentUser user, Advisory a, AdvisoryForm form, long lockVersion, InputRejected problems) {
        model.addAttribute("viewer", user.personId());
        model.addAttribute("advisory", a);
        model.addAttribute("form", form);
        model.addAttribute("lockVersion", lockVersion);
        model.addAttribute("errors", problems == null ? List.of() : problems.problems());
        model.addAttribute("comments", a == null ? List.of() : comments.of(a.id()));
        model.addAttribute("people", new PeopleNames(directory));
        model.addAttribute("recipientEmails", form.recipientPeople().stream().map(id -> directory.person(id)
                .map(p -> p.email()).orElse(id.toString())).sorted().toList());
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("groups", directory.sharingGroups());
        return "advisory/editor";
    }

    /** The form's fields, the recipient people it names by e-mail address (one a line) given as their ids. */
    private java.util.Map<String, String[]> withPeople(HttpServletRequest request) {
        java.util.Map<String, String[]> params = new java.util.HashMap<>(request.getParameterMap());
        String emails = request.getParameter("recipientPeopleEmails");
        List<String> ids = new java.util.ArrayList<>();
        for (String email : emails == null ? List.<String>of() : emails.lines().map(String::strip).filter(e -> !e.isEmpty()).toList()) {
            ids.add(directory.personByEmail(email).orElseThrow(() -> new InputRejected("recipientPeople", email,
                    "is not the address of anyone with an account")).id().toString());
        }
        params.put("recipientPeople", ids.toArray(String[]::new));
        return params;
    }

    private CurrentUser writer(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth).orElseThrow(() -> new NotPermitted("Sign in to write advisories"));
        if (!workroom.writes(user)) {
            throw new NotPermitted("Only analysts of the national CERT write and review advisories");
        }
        return user;
    }
}
