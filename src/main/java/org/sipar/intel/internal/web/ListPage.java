package org.sipar.intel.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.Order;
import org.sipar.platform.InputRejected;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Readers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The intelligence list: search, filters with their counts, sortable columns, a page at a time. */
@Controller
class ListPage {

    /**
     * Types the list leaves out unless they are chosen: the TLP and statement markings are not intelligence, and
     * relationships (often half a store) crowd out what they relate unless asked for (the relationships switch).
     */
    static final List<String> HIDDEN_UNLESS_CHOSEN = List.of("marking-definition", "relationship");

    /** The STIX types offered in the browse form's type list (any other type found is offered after them). */
    static final List<String> TYPES = List.of("attack-pattern", "campaign", "course-of-action", "grouping", "identity",
            "incident", "indicator", "infrastructure", "intrusion-set", "location", "malware", "malware-analysis", "note",
            "observed-data", "opinion", "report", "threat-actor", "tool", "vulnerability", "relationship", "sighting",
            "domain-name", "ipv4-addr", "ipv6-addr", "url", "file", "email-addr", "marking-definition");

    private final Intelligence intelligence;
    private final Readers readers;
    private final JsonMapper json;
    private final Directory directory;

    ListPage(Intelligence intelligence, Readers readers, JsonMapper json, Directory directory) {
        this.intelligence = intelligence;
        this.readers = readers;
        this.json = json;
        this.directory = directory;
    }

    @GetMapping("/intel")
    String browse(Authentication auth, @RequestParam(required = false) String q, @RequestParam(defaultValue = "") String type,
                  @RequestParam(required = false) List<String> label, @RequestParam(required = false) List<String> tlp,
                  @RequestParam(required = false) List<String> publisher,
                  @RequestParam(name = "added_after", required = false) String addedAfter,
                  @RequestParam(name = "added_before", required = false) String addedBefore,
                  @RequestParam(name = "modified_after", required = false) String modifiedAfter,
                  @RequestParam(name = "modified_before", required = false) String modifiedBefore,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) String order,
                  @RequestParam(defaultValue = "") String relationships,
                  @RequestParam(defaultValue = "0") long after, @RequestParam(name = "after_key", required = false) String afterKey,
                  Model model, HttpServletResponse response) {
        Optional<CurrentUser> user = CurrentUser.of(auth);
        BrowseFilters filters = new BrowseFilters(label, tlp, publisher, addedAfter, addedBefore, modifiedAfter, modifiedBefore);
        String chosenType = type.strip();
        boolean searching = q != null && !q.isBlank();
        boolean showRelationships = "show".equals(relationships);
        ListState state = new ListState(q, chosenType, filters, searching ? "relevance" : "added", false, showRelationships);
        List<ListRow> rows = List.of();
        ListCounts counts = null;
        String next = null;
        List<InputRejected.Problem> problems = List.of();
        try {
            Order listOrder = ListOrder.parse(sort, order, afterKey, after, searching);
            state = new ListState(q, chosenType, filters, ListOrder.name(listOrder.key()), listOrder.descending(), showRelationships);
            ObjectQuery query = query(chosenType, q, filters.facets(user), showRelationships).withAfterSeq(after).withOrder(listOrder);
            Reader reader = readers.of(auth);
            ObjectPage page = intelligence.objects(reader, query);
            rows = ListRow.of(page.objects(), reader, intelligence, json);
            counts = new ListCounts(intelligence.counts(reader, query), LocaleContextHolder.getLocale());
            next = page.more() ? state.next(page.nextSeq(), page.nextKey()) : null;
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            problems = e.problems();
        }
        model.addAttribute("rows", rows);
        model.addAttribute("counts", counts);
        model.addAttribute("problems", problems);
        model.addAttribute("state", state);
        model.addAttribute("types", types(chosenType, counts));
        model.addAttribute("publishers", publishers(user));
        model.addAttribute("mayPublish", user.filter(CurrentUser::publishes).isPresent());
        model.addAttribute("next", next);
        return "intel/browse";
    }

    /** The list's query: the chosen type, or every type but those hidden unless chosen (relationships when switched on). */
    private static ObjectQuery query(String type, String q, ObjectQuery.Facets facets, boolean showRelationships) {
        List<String> hidden = HIDDEN_UNLESS_CHOSEN.stream().filter(t -> !(showRelationships && t.equals("relationship"))).toList();
        return ObjectQuery.all(50).withTypes(type.isEmpty() ? List.of() : List.of(type)).withText(q)
                .withFacets(type.isEmpty() ? facets.hiding(hidden) : facets);
    }

    /** The types offered: the usual ones, then any other type the reader's objects have, and the chosen one. */
    private static List<String> types(String chosen, ListCounts counts) {
        List<String> types = new ArrayList<>(TYPES);
        if (counts != null) {
            counts.counts().types().keySet().stream().filter(t -> !types.contains(t)).sorted().forEach(types::add);
        }
        if (!chosen.isEmpty() && !types.contains(chosen)) {
            types.add(chosen);
        }
        return types;
    }

    /** The organisations the user may filter by: any for hub administrators, else their own; none when anonymous. */
    private List<Organisation> publishers(Optional<CurrentUser> user) {
        if (user.isEmpty()) {
            return List.of();
        }
        CurrentUser u = user.get();
        return u.isHubAdmin() ? directory.organisations()
                : directory.organisation(u.organisationId()).map(List::of).orElse(List.of());
    }
}
