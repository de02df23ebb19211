package org.sipar.stream.internal.federation;

import java.util.List;
import org.sipar.intel.ObjectAnnotation;
import org.sipar.sharing.Reader;
import org.springframework.stereotype.Component;

/**
 * Says on an object's page which links it came through: to readers of the organisation that pulled it, and to the
 * hub's CERT; others are not told which partners an organisation federates with.
 */
@Component
class PulledOrigin implements ObjectAnnotation {

    private final Origins origins;
    private final LinkStore links;

    PulledOrigin(Origins origins, LinkStore links) {
        this.origins = origins;
        this.links = links;
    }

    @Override
    public List<Line> about(Reader reader, String id) {
        if (!reader.member()) {
            return List.of();
        }
        return origins.of(id).stream()
                .filter(o -> reader.hubCert() || links.find(o.linkId()).map(l -> l.organisationId()
                        .equals(reader.organisationId())).orElse(false))
                .map(o -> new Line("stream.federation.origin", o.linkName() + " · " + o.remoteCollection() + " · "
                        + o.modified() + (o.remoteAdded() == null ? "" : " · " + o.remoteAdded()),
                        "/admin/federation/" + o.linkId()))
                .distinct().limit(5).toList();
    }
}
