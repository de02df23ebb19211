package org.sipar.detect.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sipar.detect.internal.lifecycle.ValueKind.CIDR;
import static org.sipar.detect.internal.lifecycle.ValueKind.DOMAIN_NAME;
import static org.sipar.detect.internal.lifecycle.ValueKind.EMAIL;
import static org.sipar.detect.internal.lifecycle.ValueKind.IPV4;
import static org.sipar.detect.internal.lifecycle.ValueKind.IPV6;
import static org.sipar.detect.internal.lifecycle.ValueKind.MD5;
import static org.sipar.detect.internal.lifecycle.ValueKind.SHA_1;
import static org.sipar.detect.internal.lifecycle.ValueKind.SHA_256;
import static org.sipar.detect.internal.lifecycle.ValueKind.SHA_512;
import static org.sipar.detect.internal.lifecycle.ValueKind.URL;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CanonicalValuesTests {

    static Stream<Arguments> canonicalForms() {
        return Stream.of(
                Arguments.of(IPV4, " 192.0.2.1 ", IPV4, "192.0.2.1"),
                Arguments.of(IPV4, "0.0.0.0", IPV4, "0.0.0.0"),
                Arguments.of(IPV4, "255.255.255.255", IPV4, "255.255.255.255"),
                Arguments.of(IPV6, "2001:DB8:0:0:0:0:0:1", IPV6, "2001:db8::1"),
                Arguments.of(IPV6, "2001:0db8:0000:0000:0001:0000:0000:0001", IPV6, "2001:db8::1:0:0:1"),
                Arguments.of(IPV6, "2001:db8:0:1:1:1:1:1", IPV6, "2001:db8:0:1:1:1:1:1"),
                Arguments.of(IPV6, "2001:db8:0:0:1:0:0:0", IPV6, "2001:db8:0:0:1::"),
                Arguments.of(IPV6, "0:0:0:0:0:0:0:0", IPV6, "::"),
                Arguments.of(IPV6, "::1", IPV6, "::1"),
                Arguments.of(IPV6, "fe80:0:0:0:0:0:0:0", IPV6, "fe80::"),
                Arguments.of(IPV6, "::ffff:192.0.2.1", IPV4, "192.0.2.1"),
                Arguments.of(IPV6, "::FFFF:c000:0201", IPV4, "192.0.2.1"),
                Arguments.of(IPV6, "64:ff9b::192.0.2.33", IPV6, "64:ff9b::c000:221"),
                Arguments.of(CIDR, "192.0.2.77/24", CIDR, "192.0.2.0/24"),
                Arguments.of(CIDR, "10.1.2.3/8", CIDR, "10.0.0.0/8"),
                Arguments.of(CIDR, "0.0.0.0/0", CIDR, "0.0.0.0/0"),
                Arguments.of(CIDR, "203.0.113.5/32", CIDR, "203.0.113.5/32"),
                Arguments.of(CIDR, "2001:DB8::/32", CIDR, "2001:db8::/32"),
                Arguments.of(CIDR, "2001:db8:aaaa:bbbb::1/33", CIDR, "2001:db8:8000::/33"),
                Arguments.of(CIDR, "FE80::1/10", CIDR, "fe80::/10"),
                Arguments.of(CIDR, "::ffff:10.9.8.7/104", CIDR, "10.0.0.0/8"),
                Arguments.of(DOMAIN_NAME, "WWW.Example.COM.", DOMAIN_NAME, "www.example.com"),
                Arguments.of(DOMAIN_NAME, "bücher.example", DOMAIN_NAME, "xn--bcher-kva.example"),
                Arguments.of(DOMAIN_NAME, "BÜCHER.example", DOMAIN_NAME, "xn--bcher-kva.example"),
                Arguments.of(DOMAIN_NAME, "xn--bcher-kva.example", DOMAIN_NAME, "xn--bcher-kva.example"),
                Arguments.of(DOMAIN_NAME, "пример.рф", DOMAIN_NAME, "xn--e1afmkfd.xn--p1ai"),
                Arguments.of(DOMAIN_NAME, "例え。テスト", DOMAIN_NAME, "xn--r8jz45g.xn--zckzah"),
                Arguments.of(DOMAIN_NAME, "аррӏе.com", DOMAIN_NAME, "xn--80ak6aa92e.com"),
                Arguments.of(DOMAIN_NAME, "_dmarc.Example.org", DOMAIN_NAME, "_dmarc.example.org"),
                Arguments.of(DOMAIN_NAME, "faß.de", DOMAIN_NAME, "fass.de"),
                Arguments.of(URL, "HTTP://Example.COM", URL, "http://example.com/"),
                Arguments.of(URL, "http://example.com:80/a", URL, "http://example.com/a"),
                Arguments.of(URL, "https://example.com:443/", URL, "https://example.com/"),
                Arguments.of(URL, "https://example.com:8443/", URL, "https://example.com:8443/"),
                Arguments.of(URL, "http://example.com:0080/", URL, "http://example.com/"),
                Arguments.of(URL, "http://example.com:/x", URL, "http://example.com/x"),
                Arguments.of(URL, "http://example.com/a/./b/../c#frag", URL, "http://example.com/a/c"),
                Arguments.of(URL, "http://example.com/a/b/..", URL, "http://example.com/a/"),
                Arguments.of(URL, "http://example.com/../../x", URL, "http://example.com/x"),
                Arguments.of(URL, "http://example.com/%7euser/%41%2Fb%2fc", URL, "http://example.com/~user/A%2Fb%2Fc"),
                Arguments.of(URL, "http://example.com/a/%2e%2E/b", URL, "http://example.com/b"),
                Arguments.of(URL, "http://example.com/a b/ü?q=ü x", URL, "http://example.com/a%20b/%C3%BC?q=%C3%BC%20x"),
                Arguments.of(URL, "http://example.com/100%", URL, "http://example.com/100%25"),
                Arguments.of(URL, "http://example.com/p?B=2&a=1&a=%7e#x", URL, "http://example.com/p?B=2&a=1&a=~"),
                Arguments.of(URL, "http://example.com/q?", URL, "http://example.com/q?"),
                Arguments.of(URL, "http://example.com//double//slash", URL, "http://example.com//double//slash"),
                Arguments.of(URL, "example.com/login.php", URL, "http://example.com/login.php"),
                Arguments.of(URL, "  http://exa\tmple.com/\r\nx  ", URL, "http://example.com/x"),
                Arguments.of(URL, "http://www.BÜCHER.example./kaufen", URL, "http://www.xn--bcher-kva.example/kaufen"),
                Arguments.of(URL, "http://%62%C3%BCcher.example/", URL, "http://xn--bcher-kva.example/"),
                Arguments.of(URL, "http://[2001:DB8::0:1]:80/", URL, "http://[2001:db8::1]/"),
                Arguments.of(URL, "http://[::ffff:192.0.2.1]/", URL, "http://192.0.2.1/"),
                Arguments.of(URL, "http://192.0.2.1:8080/x.exe", URL, "http://192.0.2.1:8080/x.exe"),
                Arguments.of(URL, "http://paypal.com@evil.example/", URL, "http://paypal.com@evil.example/"),
                Arguments.of(URL, "FTP://files.example:21/pub", URL, "ftp://files.example/pub"),
                Arguments.of(URL, "http://example.com?x=1", URL, "http://example.com/?x=1"),
                Arguments.of(EMAIL, "Billing@Example.COM", EMAIL, "billing@example.com"),
                Arguments.of(EMAIL, "a.b+tag@Bücher.example", EMAIL, "a.b+tag@xn--bcher-kva.example"),
                Arguments.of(EMAIL, "\"odd@local\"@example.org", EMAIL, "\"odd@local\"@example.org"),
                Arguments.of(EMAIL, "root@[192.0.2.1]", EMAIL, "root@[192.0.2.1]"),
                Arguments.of(MD5, "D41D8CD98F00B204E9800998ECF8427E", MD5, "d41d8cd98f00b204e9800998ecf8427e"),
                Arguments.of(SHA_1, "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709", SHA_1, "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
                Arguments.of(SHA_256, "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", SHA_256,
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                Arguments.of(SHA_512, "CF83E1357EEFB8BDF1542850D66D8007D620E4050B5715DC83F4A921D36CE9CE"
                        + "47D0D13C5D85F2B0FF8318D2877EEC2F63B931BD47417A81A538327AF927DA3E", SHA_512,
                        "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                        + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("canonicalForms")
    void reducesToTheOneCanonicalForm(ValueKind kind, String given, ValueKind expectedKind, String expected) {
        assertThat(CanonicalValues.of(kind, given)).isEqualTo(new CanonicalValue(expectedKind, expected));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("canonicalForms")
    void theCanonicalFormIsAFixedPoint(ValueKind kind, String given, ValueKind expectedKind, String expected) {
        assertThat(CanonicalValues.of(expectedKind, expected).text()).isEqualTo(expected);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(IPV4, "010.0.0.1", "without leading zeros"),
                Arguments.of(IPV4, "10.1", "four decimal octets"),
                Arguments.of(IPV4, "0x7f.0.0.1", "four decimal octets"),
                Arguments.of(IPV4, "192.0.2.256", "the octet 256 is above 255"),
                Arguments.of(IPV6, "2001:db8::1::2", "not an IPv6 address"),
                Arguments.of(IPV6, "fe80::1%eth0", "only hexadecimal digits"),
                Arguments.of(IPV6, "::ffff:192.0.02.1", "embedded IPv4 part"),
                Arguments.of(IPV6, "12345::", "not an IPv6 address"),
                Arguments.of(CIDR, "10.0.0.0", "address/prefix-length"),
                Arguments.of(CIDR, "10.0.0.0/33", "the prefix 33 is longer than the address's 32 bits"),
                Arguments.of(CIDR, "10.0.0.0/08", "address/prefix-length"),
                Arguments.of(CIDR, "::ffff:10.0.0.0/64", "at least 96"),
                Arguments.of(DOMAIN_NAME, "-bad.example", "with no '-' at either end"),
                Arguments.of(DOMAIN_NAME, "a..example", "no IDNA ASCII form"),
                Arguments.of(DOMAIN_NAME, "bad space.example", "is not 1 to 63 letters"),
                Arguments.of(DOMAIN_NAME, "x".repeat(64) + ".example", "no IDNA ASCII form"),
                Arguments.of(DOMAIN_NAME, "192.0.2.1", "last label is all digits"),
                Arguments.of(DOMAIN_NAME, "xn--zz.example", "is not valid punycode"),
                Arguments.of(DOMAIN_NAME, ".", "1 to 253 characters"),
                Arguments.of(URL, "mailto:someone@example.org", "no \"//\" authority"),
                Arguments.of(URL, "http:///path", "it has no host"),
                Arguments.of(URL, "http://0x7f.1/", "its host \"0x7f.1\" is not valid"),
                Arguments.of(URL, "http://3232235777/", "four decimal octets"),
                Arguments.of(URL, "http://example.com:99999/", "above 65535"),
                Arguments.of(URL, "http://example.com:http/", "is not a number"),
                Arguments.of(EMAIL, "no-at-sign.example", "local-part@domain"),
                Arguments.of(EMAIL, "someone@", "local-part@domain"),
                Arguments.of(EMAIL, "some one@example.org", "white space"),
                Arguments.of(EMAIL, "a@-bad.example", "its domain \"-bad.example\" is not valid"),
                Arguments.of(MD5, "d41d8cd98f00b204e9800998ecf8427", "has 32 hexadecimal digits, this one 31"),
                Arguments.of(SHA_1, "zz39a3ee5e6b4b0d3255bfef95601890afd80709", "other than hexadecimal"),
                Arguments.of(SHA_256, "d41d8cd98f00b204e9800998ecf8427e", "has 64 hexadecimal digits"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refusals")
    void refusesNamingTheValueAndWhy(ValueKind kind, String given, String why) {
        assertThatThrownBy(() -> CanonicalValues.of(kind, given))
                .isInstanceOf(RefusedValueException.class)
                .hasMessageContaining("\"" + given + "\"")
                .hasMessageContaining(why);
    }

    @Test
    void anAddressOfEitherFamilyIsReadByItsColon() {
        assertThat(CanonicalValues.address("2001:0DB8::0001")).isEqualTo(new CanonicalValue(IPV6, "2001:db8::1"));
        assertThat(CanonicalValues.address("198.51.100.7")).isEqualTo(new CanonicalValue(IPV4, "198.51.100.7"));
    }

    @Test
    void stixHashAlgorithmNamesGiveTheirKind() {
        assertThat(CanonicalValues.hashKind("SHA-256")).contains(SHA_256);
        assertThat(CanonicalValues.hashKind("sha1")).contains(SHA_1);
        assertThat(CanonicalValues.hashKind("SSDEEP")).isEmpty();
    }
}
