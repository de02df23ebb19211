package org.sipar.intel;

import java.util.Optional;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sharing policy applied to a STIX object as a whole and to the parts its granular TLP markings cover.
 * It lives here rather than in the sharing module because only intel knows STIX: the sharing module decides
 * on a {@link Distribution}, this class decides which parts of the JSON each decision covers.
 */
@Component
public final class StixRedaction {

    private final SharingPolicy policy;

    public StixRedaction(SharingPolicy policy) {
        this.policy = policy;
    }

    /**
     * The object {@code json}, distributed as {@code d}, as {@code reader} may see it: without the parts its
     * granular TLP markings hide from them; empty when they may not see it at all, or when what is left would not
     * be a valid STIX object (a required property was hidden).
     */
    public Optional<String> visiblePart(Reader reader, Distribution d, String json) {
        if (!policy.maySee(reader, d)) {
            return Optional.empty();
        }
        // Most objects carry no granular markings: skip parsing them, the hot path of every page.
        if (!json.contains("granular_markings")) {
            return Optional.of(json);
        }
        JsonMapper mapper = JsonMapper.shared();
        ObjectNode object = (ObjectNode) mapper.readTree(json);
        // A marked part keeps the object's recipients under its own level, so each part is one more maySee.
        return GranularMarkings.redact(object, level -> policy.maySee(reader, d.at(level)))
                .map(redacted -> redacted == object ? json : mapper.writeValueAsString(redacted));
    }
}
