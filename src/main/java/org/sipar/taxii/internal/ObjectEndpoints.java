package org.sipar.taxii.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.ObjectQuery;
import org.sipar.platform.Prefer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The objects, manifest and versions of a collection, adding objects to it, and deleting them. */
@Controller
class ObjectEndpoints {

    private static final String COLLECTION = Taxii.ROOT + "collections/{collection}/";

    private final Intelligence intelligence;
    private final Callers callers;
    private final CollectionCatalog collections;
    private final AddObjects adder;

    ObjectEndpoints(Intelligence intelligence, Callers callers, CollectionCatalog collections, AddObjects adder) {
        this.intelligence = intelligence;
        this.callers = callers;
        this.collections = collections;
        this.adder = adder;
    }

    // The pages are written to the response directly, not returned: TAXII's busiest call skips content
    // negotiation and message conversion, which cost more than writing the page (docs/benchmarks.md).

    /** A page of the collection's objects in an envelope. */
    @GetMapping(COLLECTION + "objects/")
    void objects(Authentication auth, @PathVariable String collection, HttpServletRequest request,
                 HttpServletResponse response) throws IOException {
        ListingWriter.envelope(page(auth, collection, request, null), response);
    }

    /** A page of the collection's manifest: which versions are there and when they were added. */
    @GetMapping(COLLECTION + "manifest/")
    void manifest(Authentication auth, @PathVariable String collection, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        ListingWriter.manifest(page(auth, collection, request, null), response);
    }

    /** The versions of one object in an envelope; 404 when the caller sees none. */
    @GetMapping(COLLECTION + "objects/{id}/")
    void object(Authentication auth, @PathVariable String collection, @PathVariable String id,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        ListingWriter.envelope(existing(page(auth, collection, request, id), request, id), response);
    }

    /** The modified values of one object's versions. */
    @GetMapping(COLLECTION + "objects/{id}/versions/")
    void versions(Authentication auth, @PathVariable String collection, @PathVariable String id,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Every version is listed whatever match[version] says; spec_version and added_after still filter.
        Caller caller = callers.of(auth);
        ObjectQuery all = Filters.everyVersion(request.getParameterMap(),
                collections.readable(caller, collection).scope(), id);
        ListingWriter.versions(existing(intelligence.objects(caller.reader(), all), request, id), response);
    }

    /**
     * Deletes the selected versions of one object: for the analysts and administrators of the organisation that
     * published them, as publishing is, and for hub administrators. Members only read, so they get 403.
     */
    @DeleteMapping(COLLECTION + "objects/{id}/")
    ResponseEntity<byte[]> delete(Authentication auth, @PathVariable String collection, @PathVariable String id,
                                  HttpServletRequest request) {
        Caller caller = callers.of(auth).requireSignedIn();
        if (!caller.publishes()) {
            throw TaxiiException.forbidden("Members read intelligence; only analysts and administrators delete it");
        }
        ObjectQuery q = Filters.query(request.getParameterMap(), collections.readable(caller, collection).scope(), id);
        if (intelligence.objects(caller.reader(), q).objects().isEmpty()) {
            throw TaxiiException.notFound("Object " + id);
        }
        if (intelligence.delete(caller.reader(), caller.hubAdmin(), q) == 0) {
            throw TaxiiException.forbidden("Only the publishing organisation and hub administrators delete objects");
        }
        return Taxii.respond(200, new HttpHeaders(), "{}");
    }

    /**
     * Adds an envelope's objects and answers 202 with the status resource: complete if the import ended within
     * {@code sipar.taxii.add-answer-within}, unless the client asked for an answer at once ({@code Prefer: respond-async}).
     */
    @PostMapping(COLLECTION + "objects/")
    ResponseEntity<byte[]> add(Authentication auth, @PathVariable String collection, HttpServletRequest request)
            throws IOException {
        Caller caller = callers.of(auth).requireSignedIn();
        Collection target = collections.writable(caller, collection);
        boolean atOnce = Prefer.respondAsync(Collections.list(request.getHeaders("Prefer")));
        return Taxii.respond(202, new HttpHeaders(), adder.add(caller, target, request.getInputStream(), atOnce));
    }

    private ObjectPage page(Authentication auth, String collection, HttpServletRequest request, String id) {
        Caller caller = callers.of(auth);
        ObjectQuery query = Filters.query(request.getParameterMap(), collections.readable(caller, collection).scope(), id);
        return intelligence.objects(caller.reader(), query);
    }

    /** A first page with nothing in it means the object is unknown, or hidden from the caller: 404 either way. */
    private static ObjectPage existing(ObjectPage page, HttpServletRequest request, String id) {
        if (page.objects().isEmpty() && request.getParameter("next") == null) {
            throw TaxiiException.notFound("Object " + id);
        }
        return page;
    }
}
