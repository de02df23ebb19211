package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Deterministic SCO identifiers against the examples the STIX 2.1 specification itself shows. */
class StixScoIdTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode sco(String text) {
        return json.readTree(text);
    }

    @Test
    void ipv4AddressOfSections2_9And6_8() {
        assertThat(StixValidator.expectedScoId(sco("{\"type\":\"ipv4-addr\",\"value\":\"198.51.100.3\"}")))
                .isEqualTo("ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4");
        assertThat(StixValidator.expectedScoId(sco("{\"type\":\"ipv4-addr\",\"value\":\"198.51.100.0/24\"}")))
                .isEqualTo("ipv4-addr--1ea47840-aa39-5aa8-b4a2-cd203eb6662a");
    }

    @Test
    void ipv6AddressesOfSection6_9() {
        assertThat(StixValidator.expectedScoId(
                sco("{\"type\":\"ipv6-addr\",\"value\":\"2001:0db8:85a3:0000:0000:8a2e:0370:7334\"}")))
                .isEqualTo("ipv6-addr--85a85a8c-ee99-5722-946d-3c3a3270fc6f");
        assertThat(StixValidator.expectedScoId(sco("{\"type\":\"ipv6-addr\",\"value\":\"2001:0db8::/96\"}")))
                .isEqualTo("ipv6-addr--084d3b4c-7785-568a-a569-0c61c95754ab");
    }

    @Test
    void otherSingleValueExamplesOfSection6() {
        assertThat(StixValidator.expectedScoId(sco("{\"type\":\"autonomous-system\",\"number\":15139,"
                + "\"name\":\"Slime Industries\",\"rir\":\"ARIN\"}")))
                .isEqualTo("autonomous-system--3aa27478-50b5-5ab8-9da9-cdc12b657fff");
        assertThat(StixValidator.expectedScoId(sco("{\"type\":\"directory\",\"path\":\"C:\\\\Windows\\\\System32\"}")))
                .isEqualTo("directory--0a58d0c1-59e6-5afd-8252-dcd3f13e5622");
        assertThat(StixValidator.expectedScoId(sco("{\"type\":\"domain-name\",\"value\":\"example.com\","
                + "\"resolves_to_refs\":[\"ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4\"]}")))
                .isEqualTo("domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7");
        assertThat(StixValidator.expectedScoId(
                sco("{\"type\":\"email-addr\",\"value\":\"john@example.com\",\"display_name\":\"John Doe\"}")))
                .isEqualTo("email-addr--7165e2a9-671f-585d-b1e1-ca59c671d934");
    }

    @Test
    void fileExamplesOfSection6_7WithNonAsciiNamesAndExtensions() {
        assertThat(StixValidator.expectedScoId(sco("""
                {"type": "file", "hashes": {"SHA-256": "841a8921140aba50671ebb0770fecc4ee308c4952cfeff8de154ab14eeef4649"},
                 "name": "qu\u00eary.dll", "name_enc": "windows-1252"}""")))
                .isEqualTo("file--7d1e3a18-89e7-5bc5-be36-9879f5b7f5c8");
        assertThat(StixValidator.expectedScoId(sco("""
                {"type": "file", "hashes": {"SHA-256": "35a01331e9ad96f751278b891b6ea09699806faedfa237d40513d92ad1b7100f"},
                 "extensions": {"ntfs-ext": {"alternate_data_streams": [{"name": "second.stream", "size": 25536}]}}}""")))
                .isEqualTo("file--ba04c974-3cef-5f42-adc7-084d467874e2");
        assertThat(StixValidator.expectedScoId(sco("""
                {"type": "file", "name": "picture.jpg",
                 "hashes": {"SHA-256": "4bac27393bdd9777ce02453256c5577cd02275510b2227f473d03f533924f877"},
                 "extensions": {"raster-image-ext": {"exif_tags": {"Make": "Nikon", "Model": "D7000",
                   "XResolution": 4928, "YResolution": 3264}}}}""")))
                .isEqualTo("file--66772174-3442-5e0d-b577-4bd7be55fb87");
    }

    @Test
    void peBinaryExampleOfSection6_7_6HashesFloatsThroughJcs() {
        String file = """
                {"type": "file", "name": "example.exe", "extensions": {"windows-pebinary-ext": {
                  "pe_type": "exe", "machine_hex": "014c", "number_of_sections": 4,
                  "time_date_stamp": "2016-01-22T12:31:12Z", "pointer_to_symbol_table_hex": "74726144",
                  "number_of_symbols": 4542568, "size_of_optional_header": 224, "characteristics_hex": "818f",
                  "optional_header": {"magic_hex": "010b", "major_linker_version": 2, "minor_linker_version": 25,
                    "size_of_code": 512, "size_of_initialized_data": 283648, "size_of_uninitialized_data": 0,
                    "address_of_entry_point": 4096, "base_of_code": 4096, "base_of_data": 8192,
                    "image_base": 14548992, "section_alignment": 4096, "file_alignment": 4096,
                    "major_os_version": 1, "minor_os_version": 0, "major_image_version": 0,
                    "minor_image_version": 0, "major_subsystem_version": 4, "minor_subsystem_version": 0,
                    "win32_version_value_hex": "00", "size_of_image": 299008, "size_of_headers": 4096,
                    "checksum_hex": "00", "subsystem_hex": "03", "dll_characteristics_hex": "00",
                    "size_of_stack_reserve": 100000, "size_of_stack_commit": 8192, "size_of_heap_reserve": 100000,
                    "size_of_heap_commit": 4096, "loader_flags_hex": "abdbffde", "number_of_rva_and_sizes": 3758087646},
                  "sections": [{"name": "CODE", "entropy": 0.061089}, {"name": "DATA", "entropy": 7.980693},
                    {"name": "NicolasB", "entropy": 0.607433}, {"name": ".idata", "entropy": 0.607433}]}}}""";
        assertThat(StixValidator.expectedScoId(sco(file))).isEqualTo("file--9af228db-9a04-5787-ad43-ccadc137a0e2");
    }

    @Test
    void onlyTheMostPreferredHashContributes() {
        String md5 = "{\"type\":\"file\",\"hashes\":{\"MD5\":\"3773a88f65a5e780c8dff9cdc3a056f3\"}}";
        String md5AndSha256 = "{\"type\":\"file\",\"hashes\":{\"SHA-256\":"
                + "\"ceafbfd424be2ca4a5f0402cae090dda2fb0526cf521b60b60077c0f622b285a\","
                + "\"MD5\":\"3773a88f65a5e780c8dff9cdc3a056f3\"}}";
        assertThat(StixValidator.expectedScoId(sco(md5AndSha256))).isEqualTo(StixValidator.expectedScoId(sco(md5)));
        // The archive member of section 6.7.2 carries only a SHA-256, which then is the one used.
        assertThat(StixValidator.expectedScoId(sco("{\"type\":\"file\",\"hashes\":{\"SHA-256\":"
                + "\"ceafbfd424be2ca4a5f0402cae090dda2fb0526cf521b60b60077c0f622b285a\"}}")))
                .isEqualTo("file--70221dbf-52fd-5377-9619-c0ce6b3ffc8c");
    }

    @Test
    void uuid5MatchesRfc4122ForTheDnsNamespaceExample() {
        // The well-known UUIDv5 of "www.example.com" in the RFC 4122 DNS namespace.
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(Uuid5.of(dns, "www.example.com".getBytes(StandardCharsets.UTF_8)))
                .hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"process\",\"pid\":4}", "{\"type\":\"user-account\",\"is_disabled\":true}"})
    void withoutContributingPropertiesTheIdMustBeAUuid4(String text) {
        assertThatThrownBy(() -> StixValidator.expectedScoId(sco(text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("carries none of its ID contributing properties, so its id must be a UUIDv4");
    }

    @Test
    void onlyScosHaveDeterministicIds() {
        assertThatThrownBy(() -> StixValidator.expectedScoId(sco("{\"type\":\"indicator\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a STIX cyber-observable object: type indicator");
    }
}
