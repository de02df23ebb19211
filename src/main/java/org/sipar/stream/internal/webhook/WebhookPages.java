package org.sipar.stream.internal.webhook;

import static org.sipar.stream.internal.webhook.WebhookApi.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.platform.InputRejected;
import org.sipar.stream.internal.FeedFilter;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisation's webhooks at {@code /admin/webhooks}: the list with the registration form (the secret shown
 * once, with a copy button), and each endpoint's page: its settings, pause and resume, a new secret, its recent
 * deliveries and its dead letters, replayable one by one or all at once.
 */
@Controller
class WebhookPages {

    private final Webhooks webhooks;

    WebhookPages(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/admin/webhooks")
    String list(Authentication auth, Model model) {
        return listPage(model, auth, WebhookForm.empty(), null, Map.of());
    }

    @PostMapping("/admin/webhooks")
    String register(Authentication auth, HttpServletRequest request, Model model, HttpServletResponse response) {
        WebhookForm form = WebhookForm.of(request);
        try {
            Webhooks.WithSecret created = webhooks.register(user(auth), draft(request, form));
            model.addAttribute("created", created.endpoint());
            return listPage(model, auth, WebhookForm.empty(), created.secret(), Map.of());
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(model, auth, form, null, errors(e));
        }
    }

    @GetMapping("/admin/webhooks/{id}")
    String show(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String saved,
                @RequestParam(required = false) Integer replayed, Model model) {
        Endpoint endpoint = webhooks.get(user(auth), id);
        model.addAttribute("saved", saved != null);
        model.addAttribute("replayed", replayed);
        return page(model, auth, endpoint, WebhookForm.of(endpoint), null, Map.of());
    }

    @PostMapping("/admin/webhooks/{id}")
    String update(Authentication auth, @PathVariable UUID id, HttpServletRequest request, Model model,
                  HttpServletResponse response) {
        WebhookForm form = WebhookForm.of(request);
        try {
            webhooks.update(user(auth), id, draft(request, form));
            return "redirect:/admin/webhooks/" + id + "?saved";
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, auth, webhooks.get(user(auth), id), form, null, errors(e));
        }
    }

    @PostMapping("/admin/webhooks/{id}/pause")
    String pause(Authentication auth, @PathVariable UUID id) {
        webhooks.pause(user(auth), id, true);
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/resume")
    String resume(Authentication auth, @PathVariable UUID id) {
        webhooks.pause(user(auth), id, false);
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/rotate")
    String rotate(Authentication auth, @PathVariable UUID id, Model model) {
        Webhooks.WithSecret rotated = webhooks.rotate(user(auth), id);
        return page(model, auth, rotated.endpoint(), WebhookForm.of(rotated.endpoint()), rotated.secret(), Map.of());
    }

    @PostMapping("/admin/webhooks/{id}/delete")
    String delete(Authentication auth, @PathVariable UUID id) {
        webhooks.delete(user(auth), id);
        return "redirect:/admin/webhooks?deleted";
    }

    @PostMapping("/admin/webhooks/{id}/replay")
    String replayAll(Authentication auth, @PathVariable UUID id) {
        int replayed = webhooks.replay(user(auth), id, null);
        return "redirect:/admin/webhooks/" + id + "?replayed=" + replayed;
    }

    @PostMapping("/admin/webhooks/{id}/deliveries/{delivery}/replay")
    String replay(Authentication auth, @PathVariable UUID id, @PathVariable long delivery) {
        int replayed = webhooks.replay(user(auth), id, delivery);
        return "redirect:/admin/webhooks/" + id + "?replayed=" + replayed;
    }

    private static Webhooks.Draft draft(HttpServletRequest request, WebhookForm form) {
        Map<String, String[]> parameters = new HashMap<>();
        FeedFilter.PARAMETERS.forEach(p -> parameters.put(p, request.getParameterValues(p)));
        return new Webhooks.Draft(form.name(), form.url(), FeedFilter.parse(parameters), form.fromStart());
    }

    private String listPage(Model model, Authentication auth, WebhookForm form, String secret,
                            Map<String, List<InputRejected.Problem>> errors) {
        model.addAttribute("endpoints", webhooks.list(user(auth)));
        model.addAttribute("form", form);
        model.addAttribute("secret", secret);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("created")) {
            model.addAttribute("created", null);
        }
        return "stream/webhooks";
    }

    private String page(Model model, Authentication auth, Endpoint endpoint, WebhookForm form, String secret,
                        Map<String, List<InputRejected.Problem>> errors) {
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("form", form);
        model.addAttribute("secret", secret);
        model.addAttribute("errors", errors);
        model.addAttribute("recent", webhooks.deliveries(user(auth), endpoint.id(), null, 50));
        model.addAttribute("dead", webhooks.deliveries(user(auth), endpoint.id(), "dead", 200));
        if (!model.containsAttribute("saved")) {
            model.addAttribute("saved", false);
            model.addAttribute("replayed", null);
        }
        return "stream/webhook";
    }

    /** The problems by field, as the shared error list shows them. */
    private static Map<String, List<InputRejected.Problem>> errors(InputRejected e) {
        Map<String, List<InputRejected.Problem>> byField = new java.util.LinkedHashMap<>();
        e.problems().forEach(p -> byField.computeIfAbsent(p.field(), f -> new java.util.ArrayList<>()).add(p));
        return byField;
    }
}
