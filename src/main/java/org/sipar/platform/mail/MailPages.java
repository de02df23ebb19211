package org.sipar.platform.mail;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outbox at {@code /admin/mail}: whether mail can leave, how many mails are queued, sent and dead, the newest
 * mails (all, or of one state) with their attempts and last error, and a button to send each dead one again.
 */
@Controller
class MailPages {

    static final int SHOWN = 100;
    private static final Set<String> STATES = Set.of("queued", "sent", "dead");

    private final MailDesk desk;

    MailPages(MailDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/admin/mail")
    String outbox(@RequestParam(required = false) String status, @RequestParam(required = false) Long retried,
                  Model model) {
        String shown = status != null && STATES.contains(status) ? status : null; // anything else (a link gone stale): every mail
        model.addAttribute("state", desk.state());
        model.addAttribute("mails", desk.latest(shown, SHOWN));
        model.addAttribute("status", shown == null ? "" : shown);
        model.addAttribute("retried", retried);
        return "admin/mail";
    }

    @PostMapping("/admin/mail/{id}/retry")
    String retry(@PathVariable long id) {
        desk.retry(id);
        return "redirect:/admin/mail?retried=" + id;
    }
}
