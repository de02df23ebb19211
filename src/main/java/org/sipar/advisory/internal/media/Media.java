package org.sipar.advisory.internal.media;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Audit;
import org.sipar.platform.NotPermitted;
import org.sipar.advisory.internal.Workroom;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images for articles and advisories, uploaded by the people who write them ({@link Workroom#writes}) and served
 * to anyone at {@link #path}: the one place Sipar's Markdown lets an image come from. Each upload is audited
 * ({@code advisory.media.upload}).
 */
@Service
public class Media {

    private final MediaStore store;
    private final Workroom workroom;
    private final Audit audit;
    private final Clock clock;

    Media(MediaStore store, Workroom workroom, Audit audit, Clock clock) {
        this.store = store;
        this.workroom = workroom;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where image {@code id} is served. */
    public static String path(UUID id) {
        return "/advisories/media/" + id;
    }

    /** Checks and stores an upload; refused when it is not an image Sipar serves (see {@link ImageCheck}). */
    @Transactional
    public UUID upload(CurrentUser user, String fileName, byte[] bytes) {
        if (!workroom.writes(user)) {
            throw new NotPermitted("Only analysts of the national CERT upload images");
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        CheckedImage image = ImageCheck.of(name, bytes);
        UUID id = store.add(image, name, user.personId(), clock.instant());
        audit.record("advisory.media.upload", id.toString(), Map.of("type", image.kind().contentType,
                "width", image.width(), "height", image.height(), "bytes", image.bytes().length));
        return id;
    }
}
