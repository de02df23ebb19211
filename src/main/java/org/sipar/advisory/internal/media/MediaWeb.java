package org.sipar.advisory.internal.media;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import java.util.regex.Pattern;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Images over HTTP: {@code GET /advisories/media/{id}} to anyone (an id never changes what it names, so it is cached
 * for a year; {@code nosniff} and a sandboxing policy keep a browser from taking it for anything but an image), and
 * {@code POST /awareness/workroom/media} (multipart {@code file}) for writers, answering its address and the Markdown
 * that shows it.
 */
@RestController
class MediaWeb {

    private static final Pattern EDITOR = Pattern.compile("^/awareness/workroom/[0-9a-f-]{36}$");

    private final Media media;
    private final MediaStore store;

    MediaWeb(Media media, MediaStore store) {
        this.media = media;
        this.store = store;
    }

    @GetMapping("/advisories/media/{id:[0-9a-f-]{36}}")
    ResponseEntity<byte[]> image(@PathVariable UUID id) {
        MediaStore.StoredImage image = store.find(id).orElseThrow(() -> new NotFound("image", id.toString()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", "inline")
                .body(image.bytes());
    }

    @PostMapping(value = "/awareness/workroom/media", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> upload(Authentication auth, @RequestParam("file") MultipartFile file,
                                               @RequestParam(defaultValue = "") String back) throws IOException {
        CurrentUser user = CurrentUser.of(auth).orElseThrow(() -> new NotPermitted("Sign in to upload images"));
        if (file.getSize() > ImageCheck.MAX_BYTES) {
            throw new InputRejected("file", file.getOriginalFilename(), "is " + file.getSize() + " bytes: an image is at most 5 MB");
        }
        UUID id = media.upload(user, file.getOriginalFilename(), file.getBytes());
        String path = Media.path(id);
        if (EDITOR.matcher(back).matches()) {
            // The editor's upload form: back to the article, which shows the Markdown to paste.
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", back + "?image=" + id).build();
        }
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", path)
                .body(Map.of("id", id.toString(), "url", path, "markdown", "![](" + path + ")"));
    }
}
