package org.sipar.platform;

import java.util.List;
import java.util.Map;

/**
 * A section of the public home page contributed by a module (as {@link DashboardPanel} is one of the dashboard):
 * a jte template of the module's, rendered with its model and the page's {@link Ui} (as {@code ui}). Each module
 * registers a bean of type {@link Source}, so the platform shows the section without depending on the module; what
 * it shows anonymous visitors is the module's to decide under its own rules (for advisories, the sharing policy).
 *
 * @param order where it goes among the sections, smallest first
 * @param template the template's name under {@code src/main/jte}, such as {@code advisory/portal/latest.jte}
 * @param model the template's parameters besides {@code ui}
 */
public record PublicSection(int order, String template, Map<String, Object> model) {

    public PublicSection {
        if (template == null || !template.endsWith(".jte")) {
            throw new IllegalArgumentException("A public section names its jte template, such as advisory/portal/latest.jte, not " + template);
        }
        model = Map.copyOf(model);
    }

    /** Provides the sections of the home page; called once per view of it, by someone not signed in. */
    @FunctionalInterface
    public interface Source {

        /** The sections for the page's language and viewer that {@code ui} describes. */
        List<PublicSection> sections(Ui ui);
    }
}
