package org.sipar.intel.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.intel.VersionSelection;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Readers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The intelligence pages: browse and search, one object with its graph and techniques (imports: {@link ImportPages}). */
@Controller
class IntelPages {

    private final Intelligence intelligence;
    private final Readers readers;
    private final JsonMapper json;
    private final Directory directory;
    private final ObjectLinks links;
    private final ObjectGraphs graphs;
    private final AttackMatrices matrices;

    IntelPages(Intelligence intelligence, Readers readers, JsonMapper json, Directory directory, ObjectLinks links,
               ObjectGraphs graphs, AttackMatrices matrices) {
        this.intelligence = intelligence;
        this.readers = readers;
        this.json = json;
        this.directory = directory;
        this.links = links;
        this.graphs = graphs;
        this.matrices = matrices;
    }

    /** Types the list leaves out unless they are chosen: the TLP and statement markings are not intelligence. */
    static final List<String> HIDDEN_UNLESS_CHOSEN = List.of("marking-definition");

    /** The STIX types offered in the browse form's type list. */
    static final List<String> TYPES = List.of("attack-pattern", "campaign", "course-of-action", "grouping", "identity",
            "incident", "indicator", "infrastructure", "intrusion-set", "location", "malware", "malware-analysis", "note",
            "observed-data", "opinion", "report", "threat-actor", "tool", "vulnerability", "relationship", "sighting",
            "domain-name", "ipv4-addr", "ipv6-addr", "url", "file", "email-addr", "marking-definition");

    @GetMapping("/intel")
    String browse(Authentication auth, @RequestParam(required = false) String q, @RequestParam(defaultValue = "") String type,
                  @RequestParam(required = false) List<String> label, @RequestParam(required = false) List<String> tlp,
                  @RequestParam(required = false) List<String> publisher,
                  @RequestParam(name = "added_after", required = false) String addedAfter,
                  @RequestParam(name = "added_before", required = false) String addedBefore,
                  @RequestParam(name = "modified_after", required = false) String modifiedAfter,
                  @RequestParam(name = "modified_before", required = false) String modifiedBefore,
                  @RequestParam(defaultValue = "0") long after, Model model, HttpServletResponse response) {
        Optional<CurrentUser> user = CurrentUser.of(auth);
        BrowseFilters filters = new BrowseFilters(label, tlp, publisher, addedAfter, addedBefore, modifiedAfter, modifiedBefore);
        String chosenType = type.strip();
        List<ObjectView> objects = List.of();
        Long next = null;
        List<InputRejected.Problem> problems = List.of();
        try {
            ObjectQuery query = ObjectQuery.all(50).withTypes(chosenType.isEmpty() ? List.of() : List.of(chosenType))
                    .withText(q).withAfterSeq(after).withFacets(chosenType.isEmpty()
                            ? filters.facets(user).hiding(HIDDEN_UNLESS_CHOSEN) : filters.facets(user));
            ObjectPage page = intelligence.objects(readers.of(auth), query);
            objects = page.objects().stream().map(o -> ObjectView.of(o, json)).toList();
            next = page.more() ? page.nextSeq() : null;
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            problems = e.problems();
        }
        List<String> types = new ArrayList<>(TYPES);
        if (!chosenType.isEmpty() && !types.contains(chosenType)) {
            types.add(chosenType);
        }
        model.addAttribute("objects", objects);
        model.addAttribute("problems", problems);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("type", chosenType);
        model.addAttribute("types", types);
        model.addAttribute("filters", filters);
        model.addAttribute("publishers", publishers(user));
        model.addAttribute("mayPublish", user.filter(CurrentUser::publishes).isPresent());
        model.addAttribute("next", next == null ? null : UriComponentsBuilder.fromPath("/intel")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("type", Optional.of(chosenType).filter(s -> !s.isEmpty()))
                .queryParam("label", filters.label()).queryParam("tlp", filters.tlp())
                .queryParam("publisher", filters.publisher())
                .queryParamIfPresent("added_after", Optional.ofNullable(filters.addedAfter()))
                .queryParamIfPresent("added_before", Optional.ofNullable(filters.addedBefore()))
                .queryParamIfPresent("modified_after", Optional.ofNullable(filters.modifiedAfter()))
                .queryParamIfPresent("modified_before", Optional.ofNullable(filters.modifiedBefore()))
                .queryParam("after", next).encode().build().toUriString());
        return "intel/browse";
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

    @GetMapping("/intel/objects/{id}")
    String object(Authentication auth, @PathVariable String id, Model model) {
        Reader reader = readers.of(auth);
        List<StoredObject> versions = intelligence.objects(reader,
                ObjectQuery.all(1000).withIds(List.of(id)).withVersions(List.of(VersionSelection.ALL))).objects();
        if (versions.isEmpty()) {
            throw new NotFound("object", id);
        }
        ObjectView latest = ObjectView.of(versions.getLast(), json);
        List<StoredObject> relationships = intelligence.relationships(reader, id);
        model.addAttribute("object", latest);
        model.addAttribute("versions", versions.stream().map(StoredObject::modified).toList().reversed());
        Graph graph = graphs.around(reader, versions.getLast().content(), relationships);
        model.addAttribute("graph", graph.edges().isEmpty() ? null : graph);
        model.addAttribute("matrix", matrix(reader, latest, relationships));
        JsonNode content = versions.getLast().content();
        model.addAttribute("facts", ObjectFacts.of(content));
        model.addAttribute("links", links.of(reader, content, relationships));
        return "intel/object";
    }

    /** The ATT&CK techniques the object uses, in its domain's matrix; null when it uses none the reader may see. */
    private AttackMatrix matrix(Reader reader, ObjectView object, List<StoredObject> relationships) {
        Map<String, List<String>> usedBy = new LinkedHashMap<>();
        relationships.stream().map(r -> r.content())
                .filter(r -> object.id().equals(r.path("source_ref").asString()) && "uses".equals(r.path("relationship_type").asString()))
                .map(r -> r.path("target_ref").asString()).filter(t -> t.startsWith("attack-pattern--"))
                .forEach(t -> usedBy.put(t, List.of(object.name())));
        AttackMatrix matrix = usedBy.isEmpty() ? null : matrices.of(reader, "", usedBy, false);
        return matrix == null || matrix.isEmpty() ? null : matrix;
    }
}
