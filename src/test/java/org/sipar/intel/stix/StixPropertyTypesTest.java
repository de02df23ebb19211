package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.stix.ExpectedFindings.error;
import static org.sipar.support.stix.SpecExamples.object;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sipar.support.stix.SpecExamples;
import tools.jackson.databind.node.ObjectNode;

/** Every property is checked for the JSON type STIX 2.1 gives it, and URLs for RFC 3986's absolute form. */
class StixPropertyTypesTest {

    private final StixValidator validator = new StixValidator();

    @Test
    void aListWhereAStringBelongsIsRejected() {
        ObjectNode identity = object(SpecExamples.IDENTITY);
        identity.putArray("identity_class").add("unknown");
        assertThat(validator.validate(identity)).containsExactly(error("identity_class", "must be a string, not [\"unknown\"]"));
    }

    @Test
    void aStringWhereAListBelongsIsRejected() {
        assertThat(validator.validate(object(SpecExamples.IDENTITY).put("sectors", "technology")))
                .containsExactly(error("sectors", "must be a list of strings, not 'technology'"));
    }

    @Test
    void integersBooleansAndObjectsAreChecked() {
        ObjectNode file = object("{\"type\": \"file\", \"id\": \"file--5a27d487-c542-4f97-a131-a8866b477b46\", \"name\": \"a\"}");
        assertThat(validator.validate(file.deepCopy().put("size", -1)))
                .containsExactly(error("size", "must be an integer from 0 to 2^53-1, not -1"));
        assertThat(validator.validate(file.deepCopy().put("size", 9_007_199_254_740_992L)))
                .containsExactly(error("size", "must be an integer from 0 to 2^53-1, not 9007199254740992"));
        assertThat(validator.validate(file.deepCopy().put("size", 1.0))).isEmpty();
        assertThat(validator.validate(file.deepCopy().put("defanged", "no")))
                .containsExactly(error("defanged", "must be a boolean, not 'no'"));
        assertThat(validator.validate(file.deepCopy().put("hashes", "f00")))
                .containsExactly(error("hashes", "must be an object, not 'f00'"));
        assertThat(validator.validate(file.put("magic_number_hex", "ffd")))
                .containsExactly(error("magic_number_hex", "must be an even number of hexadecimal digits, not 'ffd'"));
    }

    @Test
    void knownHashAlgorithmsMustHaveTheirForm() {
        ObjectNode file = object("{\"type\": \"file\", \"id\": \"file--5a27d487-c542-4f97-a131-a8866b477b46\"}");
        file.putObject("hashes").put("SHA-256", "f00").put("x-acme", "anything");
        assertThat(validator.validate(file)).containsExactly(error("hashes.SHA-256", "'f00' is not a valid SHA-256 hash"));
    }

    @Test
    void dictionariesNeedEntriesAndPlainKeys() {
        ObjectNode process = object("{\"type\": \"process\", \"id\": \"process--f52a906a-0dfc-40bd-92f1-e7778ead38a9\"}");
        process.putObject("environment_variables").put("bad key!", "x");
        assertThat(validator.validate(process)).extracting(Finding::property).containsExactly("environment_variables");
    }

    @Test
    void nestedPropertiesAreCheckedAtTheirPath() {
        ObjectNode email = object("""
                {"type": "email-message", "id": "email-message--cf9b4b7f-14c8-5955-8065-020e0316b559", "is_multipart": true,
                 "body_multipart": [{"content_type": 5, "body": "hi"}]}""");
        assertThat(validator.validate(email)).containsExactly(error("body_multipart[0].content_type", "must be a string, not 5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" https://example.com/", "not a url at all", "example.com/path", "https://exa mple.com/",
            "https://example.com/%zz", "1http://example.com/", "https://example.com/#a#b", "https://example.com/ü"})
    void urlsMustBeAbsoluteRfc3986(String url) {
        ObjectNode identity = object(SpecExamples.IDENTITY);
        identity.putArray("external_references").addObject().put("source_name", "acme").put("url", url);
        assertThat(validator.validate(identity)).extracting(Finding::property).containsExactly("external_references[0].url");
        ObjectNode sco = object("{\"type\": \"url\", \"id\": \"url--4c3b9d5f-3a6f-4f1e-9a5b-2c9d1e0f8a7b\"}").put("value", url);
        assertThat(validator.validate(sco)).extracting(Finding::property).containsExactly("value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/", "http://[2001:db8::1]:8080/a?b=c&d=%20#frag", "mailto:a@example.com",
            "urn:isbn:0451450523", "ftp://user@host/path;type=a"})
    void validUrlsAreAccepted(String url) {
        ObjectNode sco = object("{\"type\": \"url\", \"id\": \"url--4c3b9d5f-3a6f-4f1e-9a5b-2c9d1e0f8a7b\"}").put("value", url);
        assertThat(validator.validate(sco)).isEmpty();
    }
}
