package org.sipar.advisory.internal.cvss;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.sipar.support.stix.ReferenceData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** NVD's vector → score pairs in the shared reference data (data/cvss/test-vectors); skips the test without them. */
record NvdPairs(String vector, String score, String severity) {

    /** The pairs of CVSS {@code version} ("30" or "31"). */
    static List<NvdPairs> of(String version) {
        Path file = ReferenceData.require("data/cvss/test-vectors")
                .resolve("nvd-v" + version + "-vector-scores.json.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            JsonNode pairs = JsonMapper.shared().readTree(in);
            return pairs.valueStream().map(pair -> new NvdPairs(pair.path("vector").asString(),
                    pair.path("score").decimalValue().setScale(1).toPlainString(),
                    pair.path("severity").asString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
