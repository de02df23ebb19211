package org.sipar.platform.web;

import org.sipar.platform.Audit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Lets hub administrators browse the audit trail, filtered by action and actor. */
@Controller
class AuditController {

    private final Audit audit;

    AuditController(Audit audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String browse(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
                  Model model) {
        model.addAttribute("entries", audit.recent(action, actor, 200));
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("actor", actor == null ? "" : actor);
        return "admin/audit";
    }
}
