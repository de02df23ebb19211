package org.sipar.detect.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sipar.detect.internal.engine.Key.Kind;
import org.sipar.intel.pattern.StixPatterns;

/** Which values a pattern needs, and whether the index alone decides it. */
class PatternKeysTests {

    private final PatternKeys keys = new PatternKeys(UnaryOperator.identity());

    private Plan plan(String pattern) {
        return keys.plan(StixPatterns.parse(pattern));
    }

    @Test
    void oneValueOrSeveralOredAreDecidedByTheIndexAlone() {
        assertThat(plan("[ipv4-addr:value = '198.51.100.7']")).isEqualTo(new Plan.Indexed(List.of(new Key(Kind.IPV4, "198.51.100.7"))));
        assertThat(plan("[ipv6-addr:value = '2001:db8::1']")).isEqualTo(new Plan.Indexed(List.of(new Key(Kind.IPV6, "2001:db8::1"))));
        assertThat(plan("[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'] OR [domain-name:value = 'x.example']")).isEqualTo(new Plan.Indexed(
                List.of(new Key(Kind.HASH, "SHA-256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), new Key(Kind.DOMAIN, "x.example"))));
        assertThat(plan("[url:value = 'http://x.example/a' OR email-addr:value = 'a@x.example']")).isEqualTo(new Plan.Indexed(
                List.of(new Key(Kind.URL, "http://x.example/a"), new Key(Kind.EMAIL, "a@x.example"))));
        assertThat(plan("[ipv4-addr:value IN ('192.0.2.1', '192.0.2.2')]")).isEqualTo(new Plan.Indexed(
                List.of(new Key(Kind.IPV4, "192.0.2.1"), new Key(Kind.IPV4, "192.0.2.2"))));
    }

    @Test
    void rangesAndSubdomainsAreContainmentKeys() {
        assertThat(plan("[ipv4-addr:value ISSUBSET '198.51.100.0/24']")).isEqualTo(new Plan.Indexed(List.of(new Key(Kind.CIDR, "198.51.100.0/24"))));
        assertThat(plan("[ipv4-addr:value = '203.0.113.0/25']")).isEqualTo(new Plan.Indexed(List.of(new Key(Kind.CIDR, "203.0.113.0/25"))));
        assertThat(plan("[domain-name:value LIKE '%.bad.example']")).isEqualTo(new Plan.Indexed(List.of(new Key(Kind.DOMAIN_TREE, "bad.example"))));
        assertThat(plan("[domain-name:value LIKE 'bad%.example']")).isEqualTo(new Plan.Unfiltered());
    }

    @Test
    void otherPropertiesComparedWithEqualsAreKeysToo() {
        assertThat(plan("[mutex:name = 'Global\\\\evil']")).isEqualTo(new Plan.Indexed(List.of(new Key(Kind.PROPERTY, "mutex:name=Global\\evil"))));
        assertThat(plan("[artifact:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']")).isEqualTo(new Plan.Indexed(List.of(new Key(Kind.PROPERTY, "artifact:hashes.MD5=d41d8cd98f00b204e9800998ecf8427e"))));
    }

    @Test
    void compoundPatternsAreFilteredByTheFewestValuesAMatchNeeds() {
        assertThat(plan("[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e' AND file:size > 10]")).isEqualTo(new Plan.Filtered(List.of(new Key(Kind.HASH, "MD5:d41d8cd98f00b204e9800998ecf8427e"))));
        assertThat(plan("[ipv4-addr:value = '192.0.2.1'] FOLLOWEDBY [domain-name:value = 'a.example' OR domain-name:value = 'b.example']"))
                .isEqualTo(new Plan.Filtered(List.of(new Key(Kind.IPV4, "192.0.2.1"))));
        assertThat(plan("[domain-name:value = 'a.example'] REPEATS 3 TIMES WITHIN 60 SECONDS"))
                .isEqualTo(new Plan.Filtered(List.of(new Key(Kind.DOMAIN, "a.example"))));
        assertThat(plan("([ipv4-addr:value = '192.0.2.1'] AND [url:value = 'http://a.example/']) OR [email-addr:value = 'x@a.example']"))
                .isEqualTo(new Plan.Filtered(List.of(new Key(Kind.IPV4, "192.0.2.1"), new Key(Kind.EMAIL, "x@a.example"))));
    }

    @Test
    void whatNeedsNoValueIsEvaluatedOnEveryObservation() {
        assertThat(plan("[file:size > 1000]")).isEqualTo(new Plan.Unfiltered());
        assertThat(plan("[ipv4-addr:value NOT = '192.0.2.1']")).isEqualTo(new Plan.Unfiltered());
        assertThat(plan("[domain-name:value MATCHES '^evil'] OR [ipv4-addr:value = '192.0.2.1']")).isEqualTo(new Plan.Unfiltered());
        assertThat(plan("[network-traffic:dst_ref.value = '192.0.2.1']")).isEqualTo(new Plan.Unfiltered());
        assertThat(plan("[email-message:to_refs[*].value = 'a@x.example']")).isEqualTo(new Plan.Unfiltered());
    }
}
