package org.sipar.taxii.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The spool reads an envelope once, as it arrives: limit, envelope checks, the bundle it writes for the import. */
class SpoolTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Spool spool(long maxBytes) {
        return new Spool(JSON, new TaxiiSettings(DataSize.ofBytes(maxBytes), Duration.ofDays(7), Duration.ofSeconds(1)));
    }

    static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEnvelopeBecomesABundleOfTheSameObjectsWithAnEntryEach() throws IOException {
        UUID id = UUID.randomUUID();
        String a = "{\"type\":\"malware\",\"id\":\"malware--1\",\"created\":\"2026-01-01T00:00:00Z\",\"name\":\"سپر\"}";
        String b = "{\"type\":\"indicator\",\"id\":\"indicator--2\",\"created\":\"2026-01-01T00:00:00Z\","
                + "\"modified\":\"2026-02-01T00:00:00Z\",\"nested\":{\"objects\":[1]}}";
        List<ObjectNode> entries = spool(1 << 20).write(id,
                text("{\"more\":false,\"next\":\"x\",\"objects\":[" + a + "," + b + ",\"not an object\"],\"extra\":{}}"), out);
        assertThat(entries).extracting(e -> e.path("id").asString()).containsExactly("malware--1", "indicator--2", "");
        assertThat(entries).extracting(e -> e.path("version").asString())
                .containsExactly("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "");
        JsonNode bundle = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(bundle.path("type").asString()).isEqualTo("bundle");
        assertThat(bundle.path("id").asString()).isEqualTo("bundle--" + id);
        assertThat(bundle.path("objects")).containsExactly(JSON.readTree(a), JSON.readTree(b), JSON.readTree("\"not an object\""));
        assertThat(bundle.has("more")).isFalse();
    }

    @Test
    void contentPastMaxContentLengthIs413() {
        // A body sent without Content-Length (chunked): only counting what is read can stop it.
        String head = "{\"objects\":[";
        InputStream endless = new SequenceInputStream(text(head), new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        });
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> spool(2048).write(id, endless, out))
                .isInstanceOfSatisfying(TaxiiException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    @Test
    void theLimitCountsTheWholeBodyEvenAfterTheEnvelope() {
        String body = "{\"objects\":[{\"id\":\"x--1\"}]}" + " ".repeat(2048);
        assertThatThrownBy(() -> spool(2048).write(UUID.randomUUID(), text(body), out))
                .isInstanceOfSatisfying(TaxiiException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "{\"objects\":\"none\"}", "{\"objects\":[]}", "{\"more\":true}", "\"objects\"",
            "{\"objects\":[{}]} {}"})
    void anythingButAnEnvelopeWithObjectsIs422(String body) {
        assertThatThrownBy(() -> spool(1 << 20).write(UUID.randomUUID(), text(body), out))
                .isInstanceOfSatisfying(TaxiiException.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void brokenJsonFailsAsJson() {
        assertThatThrownBy(() -> spool(1 << 20).write(UUID.randomUUID(), text("{\"objects\":[{\"id\":"), out))
                .isInstanceOf(JacksonException.class);
    }

}
