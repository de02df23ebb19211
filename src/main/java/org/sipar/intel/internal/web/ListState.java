package org.sipar.intel.internal.web;

import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the intelligence list was asked for, to write its links: the sortable column headings (each toggles its
 * direction, aria-sort telling the current one) and the next page, all keeping the search and filters.
 *
 * @param sort the order's parameter value (added, name, type, modified, tlp, relevance)
 * @param relationships whether relationships are shown although no type is chosen
 */
public record ListState(String q, String type, BrowseFilters filters, String sort, boolean descending, boolean relationships) {

    /** The link of column {@code column}'s heading: its order, ascending first (newest first for modified). */
    public String sortLink(String column) {
        boolean desc = column.equals(sort) ? !descending : "modified".equals(column);
        return base().queryParam("sort", column).queryParam("order", desc ? "desc" : "asc").encode().build().toUriString();
    }

    /** The aria-sort of column {@code column}: ascending or descending when the list is in its order, else null (none). */
    public String ariaSort(String column) {
        return column.equals(sort) ? descending ? "descending" : "ascending" : null;
    }

    /** The link that chooses type {@code chosen}, or, when it is chosen already, lets it go (any type). */
    public String typeLink(String chosen) {
        return new ListState(q, chosen.equals(type) ? "" : chosen, filters, sort, descending, relationships).base()
                .queryParam("sort", sort).queryParam("order", order()).encode().build().toUriString();
    }

    /** The order's parameter value for the form, so that a change of filters keeps it. */
    public String order() {
        return descending ? "desc" : "asc";
    }

    /** The next page's link, after the row at {@code after} with sort key {@code key} (null in commit order). */
    String next(long after, String key) {
        return base().queryParam("sort", sort).queryParam("order", order()).queryParam("after", after)
                .queryParamIfPresent("after_key", Optional.ofNullable(key)).encode().build().toUriString();
    }

    private UriComponentsBuilder base() {
        return UriComponentsBuilder.fromPath("/intel")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("type", Optional.of(type).filter(s -> !s.isEmpty()))
                .queryParamIfPresent("relationships", Optional.of("show").filter(s -> relationships))
                .queryParam("label", filters.label()).queryParam("tlp", filters.tlp())
                .queryParam("publisher", filters.publisher())
                .queryParamIfPresent("added_after", Optional.ofNullable(filters.addedAfter()))
                .queryParamIfPresent("added_before", Optional.ofNullable(filters.addedBefore()))
                .queryParamIfPresent("modified_after", Optional.ofNullable(filters.modifiedAfter()))
                .queryParamIfPresent("modified_before", Optional.ofNullable(filters.modifiedBefore()));
    }
}
