package org.sipar.platform;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * The shell's navigation, contributed by the modules: each registers a bean of type {@link Source}, so that the
 * layout can list a module's pages without the platform depending on it.
 */
public final class Navigation {

    private Navigation() {
    }

    /** Where in the layout an entry appears. */
    public enum Area {
        /** The pillars in the top bar. */
        MAIN,
        /** The side menu's administration section, headed "Administration" when any entry in it shows. */
        ADMIN,
        /** The side menu's entries about the viewer's own account, below the administration section. */
        ACCOUNT,
        /** The top bar's links for visitors who are not signed in: the public portal's pages. */
        PUBLIC
    }

    /**
     * One link in the navigation.
     *
     * @param href where it leads; for a placeholder, the path its module will answer under
     * @param labelKey the message key of its label
     * @param order its place in its area, smaller first
     * @param area where it appears
     * @param roles the roles (without ROLE_) of which the viewer needs one; empty for every signed-in viewer
     * @param placeholder whether it stands for a module still to come: shown, but not a link
     */
    public record Entry(String href, String labelKey, int order, Area area, Set<String> roles, boolean placeholder) {

        public Entry {
            roles = Set.copyOf(roles);
        }

        /** A link every signed-in viewer sees. */
        public static Entry of(Area area, int order, String href, String labelKey) {
            return new Entry(href, labelKey, order, area, Set.of(), false);
        }

        /** A link only viewers with one of {@code roles} see. */
        public static Entry forRoles(Area area, int order, String href, String labelKey, String... roles) {
            return new Entry(href, labelKey, order, area, Set.of(roles), false);
        }

        /** A link in the top bar of visitors who are not signed in. */
        public static Entry forVisitors(int order, String href, String labelKey) {
            return new Entry(href, labelKey, order, Area.PUBLIC, Set.of(), false);
        }

        /** A pillar whose module has not arrived yet. */
        public static Entry comingSoon(int order, String href, String labelKey) {
            return new Entry(href, labelKey, order, Area.MAIN, Set.of(), true);
        }

        /** Whether {@code viewer}, who is signed in, may see this entry. */
        public boolean visibleTo(Authentication viewer) {
            return roles.isEmpty() || viewer.getAuthorities().stream()
                    .anyMatch(a -> roles.contains(a.getAuthority().replaceFirst("^ROLE_", "")));
        }
    }

    /** Provides a module's navigation entries; asked once, when the application starts. */
    @FunctionalInterface
    public interface Source {

        /** The module's entries, in any order: the layout sorts them by area and order. */
        List<Entry> entries();
    }
}
