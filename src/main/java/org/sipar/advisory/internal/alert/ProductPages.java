package org.sipar.advisory.internal.alert;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation's products page, {@code /organisation/products}: the list, the paste box that adds many at once
 * and the remove buttons. Hub administrators open any organisation's ({@code ?organisation=id}).
 */
@Controller
class ProductPages {

    private final ProductInventory inventory;
    private final Directory directory;

    ProductPages(ProductInventory inventory, Directory directory) {
        this.inventory = inventory;
        this.directory = directory;
    }

    @GetMapping("/organisation/products")
    String list(Authentication auth, @RequestParam(required = false) UUID organisation, Model model) {
        CurrentUser user = CurrentUser.of(auth).orElseThrow();
        Organisation org = organisation(user, organisation);
        model.addAttribute("organisation", org);
        model.addAttribute("organisations", user.isHubAdmin() ? directory.organisations() : List.of());
        model.addAttribute("products", inventory.of(user, org.id()));
        model.addAttribute("manages", ProductInventory.manages(user, org.id()));
        for (String name : List.of("added", "problems", "text", "label")) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, name.equals("problems") ? List.of() : null);
            }
        }
        return "advisory/alert/products";
    }

    @PostMapping("/organisation/products")
    String add(Authentication auth, @RequestParam UUID organisation, @RequestParam(defaultValue = "") String products,
               @RequestParam(defaultValue = "") String label, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        CurrentUser user = CurrentUser.of(auth).orElseThrow();
        try {
            redirect.addFlashAttribute("added", inventory.add(user, organisation, products, label));
            return "redirect:/organisation/products?organisation=" + organisation;
        } catch (InputRejected e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("text", products);
            model.addAttribute("label", label);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return list(auth, organisation, model);
        }
    }

    @PostMapping("/organisation/products/{id}/remove")
    String remove(Authentication auth, @PathVariable UUID id, @RequestParam UUID organisation) {
        inventory.remove(CurrentUser.of(auth).orElseThrow(), organisation, id);
        return "redirect:/organisation/products?organisation=" + organisation;
    }

    /** The organisation asked for: the viewer's own unless a hub administrator names another. */
    private Organisation organisation(CurrentUser user, UUID asked) {
        UUID id = asked == null || !user.isHubAdmin() ? user.organisationId() : asked;
        return directory.organisation(id).orElseThrow(() -> new NotFound("organisation", id));
    }
}
