package org.sipar.advisory.internal;

import org.sipar.platform.PublicAnswers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sipar.platform.NotFound;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Readers;
import org.sipar.sharing.Tlp;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * The CSAF trusted provider's files (CSAF 2.0 section 7), under {@code /.well-known/csaf/}: one folder per TLP
 * ({@code white}, {@code green}, {@code amber}, {@code red}), in it one folder per year with each document and its
 * {@code .sha256}, {@code .sha512} and {@code .asc}, and {@code index.txt}, {@code changes.csv} and the folder's ROLIE
 * feed. Every answer is what the caller may see under the one sharing policy; TLP:WHITE (CLEAR) needs no sign-in,
 * the other folders a token or session ({@link AdvisoryShell}). No redirects; conditional requests answered with 304.
 */
@RestController
class ProviderFiles {

    private final PublishedDocuments documents;
    private final ProviderFeeds feeds;
    private final Readers readers;
    private final PublicAnswers pages;

    ProviderFiles(PublishedDocuments documents, ProviderFeeds feeds, Readers readers, PublicAnswers pages) {
        this.pages = pages;
        this.documents = documents;
        this.feeds = feeds;
        this.readers = readers;
    }

    @GetMapping("/.well-known/csaf/provider-metadata.json")
    ResponseEntity<byte[]> metadata(ServletWebRequest request) {
        // Its keys are those of advisory_signing_keys, which PublicChanges stamps: a rotation shows within a second.
        return pages.everyone(request, "provider-metadata", MediaType.APPLICATION_JSON, feeds::providerMetadata);
    }

    @GetMapping("/.well-known/csaf/{folder:white|green|amber|red}/{year:\\d{4}}/{file:.+}")
    ResponseEntity<String> file(Authentication auth, @PathVariable String folder, @PathVariable String year,
                                @PathVariable String file, WebRequest request) {
        Extension ext = Extension.of(file);
        String name = file.substring(0, file.length() - ext.suffix.length());
        PublishedDocument d = documents.file(readers.of(auth), name)
                .filter(x -> x.folder().equals(folder + "/" + year))
                .orElseThrow(() -> new NotFound("advisory", file));
        String body = switch (ext) {
            case JSON -> d.json();
            case SHA256 -> d.sha256() + "  " + d.fileName() + "\n";
            case SHA512 -> d.sha512() + "  " + d.fileName() + "\n";
            case ASC -> Optional.ofNullable(d.signature()).orElseThrow(() -> new NotFound("advisory", file));
        };
        return cached(request, body, ext == Extension.JSON ? MediaType.APPLICATION_JSON : MediaType.TEXT_PLAIN,
                d.distribution().tlp() != Tlp.CLEAR);
    }

    @GetMapping("/.well-known/csaf/{folder:white|green|amber|red}/index.txt")
    ResponseEntity<?> index(Authentication auth, @PathVariable String folder, ServletWebRequest request) {
        return listing(auth, folder, "index.txt", request, MediaType.TEXT_PLAIN, feeds::index);
    }

    @GetMapping("/.well-known/csaf/{folder:white|green|amber|red}/changes.csv")
    ResponseEntity<?> changes(Authentication auth, @PathVariable String folder, ServletWebRequest request) {
        return listing(auth, folder, "changes.csv", request, new MediaType("text", "csv"), feeds::changes);
    }

    @GetMapping("/.well-known/csaf/{folder:white|green|amber|red}/csaf-feed-tlp-{label:white|green|amber|red}.json")
    ResponseEntity<?> rolie(Authentication auth, @PathVariable String folder, @PathVariable String label,
                            ServletWebRequest request) {
        if (!folder.equals(label)) {
            throw new NotFound("page", label);
        }
        return listing(auth, folder, "rolie", request, MediaType.APPLICATION_JSON, docs -> feeds.rolie(folder, docs));
    }

    /**
     * A folder's listing: TLP:WHITE's is the same for every reader, so it is made once per publication and public;
     * the other folders' are made for their reader and private.
     */
    private ResponseEntity<?> listing(Authentication auth, String folder, String name, ServletWebRequest request,
                                      MediaType type, Function<List<PublishedDocument>, String> body) {
        if ("white".equals(folder)) {
            return pages.everyone(request, "csaf " + name, type, () -> body.apply(inFolder(Reader.ANONYMOUS, folder)));
        }
        return cached(request, body.apply(inFolder(readers.of(auth), folder)), type, true);
    }

    private List<PublishedDocument> inFolder(Reader reader, String folder) {
        List<Tlp> levels = switch (folder) {
            case "white" -> List.of(Tlp.CLEAR);
            case "green" -> List.of(Tlp.GREEN);
            case "amber" -> List.of(Tlp.AMBER, Tlp.AMBER_STRICT);
            default -> List.of(Tlp.RED);
        };
        return documents.atTlp(reader, levels);
    }

    /** {@code body} with a strong ETag of its bytes; private (per reader) unless it is public. */
    static ResponseEntity<String> cached(WebRequest request, String body, MediaType type, boolean perReader) {
        String etag = "\"" + Provider.hex("SHA-256", body.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "\"";
        CacheControl cache = perReader ? CacheControl.noCache().cachePrivate() : CacheControl.noCache().cachePublic();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        MediaType withCharset = new MediaType(type, StandardCharsets.UTF_8);
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).contentType(withCharset).body(body);
    }

    private enum Extension {
        SHA256(".sha256"), SHA512(".sha512"), ASC(".asc"), JSON("");

        final String suffix;

        Extension(String suffix) {
            this.suffix = suffix;
        }

        static Extension of(String file) {
            for (Extension e : values()) {
                if (file.endsWith(".json" + e.suffix)) {
                    return e;
                }
            }
            throw new NotFound("page", file);
        }
    }
}
