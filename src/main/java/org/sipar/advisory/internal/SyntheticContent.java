package org.sipar.advisory.internal;

import java.util.List;
import java.util.Random;
import org.sipar.advisory.internal.AdvisoryContent.Product;
import org.sipar.advisory.internal.AdvisoryContent.Vulnerability;

/**
 * The content of the benchmark's synthetic advisory number {@code n} ({@link SyntheticAdvisories}): one of the demo's
 * advisories as a model, with its own products, CVEs, CVSS scores (so every severity occurs) and audience; a third
 * of them translated into Urdu. The same {@code n} always gives the same content.
 */
final class SyntheticContent {

    private static final List<String[]> PRODUCTS = List.of(
            new String[] {"Fortinet", "FortiOS", "fortinet:fortios"}, new String[] {"Cisco", "IOS XE", "cisco:ios_xe"},
            new String[] {"Microsoft", "Exchange Server", "microsoft:exchange_server"},
            new String[] {"Apache", "Tomcat", "apache:tomcat"}, new String[] {"Ivanti", "Connect Secure", "ivanti:connect_secure"},
            new String[] {"Citrix", "NetScaler ADC", "citrix:netscaler_application_delivery_controller"},
            new String[] {"VMware", "ESXi", "vmware:esxi"}, new String[] {"Atlassian", "Confluence Server", "atlassian:confluence_server"},
            new String[] {"Oracle", "WebLogic Server", "oracle:weblogic_server"}, new String[] {"SAP", "NetWeaver", "sap:netweaver"},
            new String[] {"Zimbra", "Collaboration Suite", "zimbra:collaboration"}, new String[] {"Huawei", "eSight", "huawei:esight"});
    private static final List<String> SCORES = List.of(
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:N",
            "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:N", "CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N");
    private static final List<String> WEAKNESSES = List.of("CWE-78", "CWE-79", "CWE-89", "CWE-287", "CWE-22", "CWE-502");
    private final List<DemoAdvisories.Entry> models;

    SyntheticContent(List<DemoAdvisories.Entry> models) {
        this.models = List.copyOf(models);
    }

    /** What number {@code n} is: its category, audience and content. */
    record Made(Category category, Audience audience, AdvisoryContent content) {
    }

    Made number(int n) {
        Random random = new Random(n);
        DemoAdvisories.Entry model = models.get(n % models.size());
        String[] product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
        String version = (1 + random.nextInt(9)) + "." + random.nextInt(20);
        AdvisoryContent c = model.content();
        boolean urdu = n % 3 == 0;
        Text title = new Text(c.title().en() + " (" + product[0] + " " + product[1] + " " + version + ", no. " + n + ")",
                urdu ? c.title().ur() + " (" + product[1] + " " + version + "، نمبر " + n + ")" : "");
        Text summary = urdu ? c.summary() : new Text(c.summary().en(), "");
        boolean security = !c.vulnerabilities().isEmpty();
        List<Product> products = security ? products(product, version) : c.products();
        List<Vulnerability> vulnerabilities = security ? vulnerabilities(n, random, c.vulnerabilities().getFirst()) : List.of();
        AdvisoryContent made = new AdvisoryContent(title, summary, urdu ? c.details() : new Text(c.details().en(), ""),
                products, vulnerabilities, c.references(), c.acknowledgments(), List.of())
                .withCweNames(org.sipar.advisory.internal.cvss.Cwes::name);
        Audience audience = n % 4 == 0 ? Audience.parse(model.audience()) : Audience.values()[random.nextInt(4)];
        return new Made(Category.ofCsaf(model.category()), audience, made);
    }

    private static List<Product> products(String[] p, String version) {
        String cpe = "cpe:2.3:a:" + p[2] + ":" + version + ":*:*:*:*:*:*:*";
        return List.of(new Product(p[0], p[1], version, cpe, ""), new Product(p[0], p[1], version + ".1", "", ""));
    }

    private static List<Vulnerability> vulnerabilities(int n, Random random, Vulnerability model) {
        int count = 1 + random.nextInt(3);
        return java.util.stream.IntStream.range(0, count).mapToObj(k -> new Vulnerability(
                "CVE-" + (2023 + n % 3) + "-" + (20000 + n * 3 + k), WEAKNESSES.get(random.nextInt(WEAKNESSES.size())), "",
                SCORES.get(random.nextInt(SCORES.size())), "", model.title(), model.notes(), List.of(1), List.of(2),
                "vendor_fix", model.remediation())).toList();
    }
}
