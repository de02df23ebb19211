package org.sipar.advisory.internal.signing;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The provider's keys at {@code /admin/signing}: each published key with its fingerprint, when it was made and
 * whether it signs now or was retired, and the rotation, which asks for a confirmation box to be ticked (the page
 * runs no script, so no dialog) because every consumer then meets a new key.
 */
@Controller
class SigningPages {

    private final ProviderKeys keys;
    private final ProviderAddresses addresses;

    SigningPages(ProviderKeys keys, ProviderAddresses addresses) {
        this.keys = keys;
        this.addresses = addresses;
    }

    @GetMapping(SigningShell.PAGE)
    String show(@RequestParam(required = false) String rotated, Model model) {
        return page(model, rotated != null, false);
    }

    @PostMapping(SigningShell.PAGE + "/rotate")
    String rotate(@RequestParam(required = false) String confirm, Model model, HttpServletResponse response) {
        if (!"yes".equals(confirm)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, false, true);
        }
        keys.rotate();
        return "redirect:" + SigningShell.PAGE + "?rotated";
    }

    private String page(Model model, boolean rotated, boolean unconfirmed) {
        model.addAttribute("keys", keys.published());
        model.addAttribute("securityTxt", SigningWeb.SECURITY_TXT);
        model.addAttribute("keyPath", SigningWeb.KEYS);
        model.addAttribute("contacts", addresses.contacts());
        model.addAttribute("rotated", rotated);
        model.addAttribute("unconfirmed", unconfirmed);
        return "advisory/signing/keys";
    }
}
