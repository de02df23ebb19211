package org.sipar.platform;

/**
 * A figure on the dashboard contributed by a module: each module registers a bean of type
 * {@link Source} so that the platform can show it without depending on that module.
 *
 * @param labelKey the message key of its label
 * @param value the figure
 * @param href where it leads, or null
 */
public record DashboardTile(String labelKey, long value, String href) {

    /** Provides the tiles a viewer may see; called once per dashboard view. */
    @FunctionalInterface
    public interface Source {

        /** The tiles for the signed-in viewer of the current request. */
        java.util.List<DashboardTile> tiles(org.springframework.security.core.Authentication viewer);
    }
}
