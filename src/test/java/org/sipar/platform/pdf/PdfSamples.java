package org.sipar.platform.pdf;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.sipar.platform.PdfBlock;
import org.sipar.platform.PdfDocument;
import org.sipar.platform.Pdfs;
import org.sipar.platform.SiparSettings;
import org.springframework.context.support.ResourceBundleMessageSource;

/** An advisory-like document in English and in Urdu, and a {@link Pdfs} made without a Spring context. */
final class PdfSamples {

    static final String CVE = "CVE-2026-1234";
    static final String VECTOR = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    static final String PAKISTAN = "پاکستان";
    static final String MIXED = "سپر نے " + CVE + " کے بارے میں انتباہ جاری کیا ہے";

    private PdfSamples() {
    }

    static Pdfs pdfs() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SiparSettings settings = new SiparSettings(Path.of("target/unused"), false,
                new SiparSettings.Db(null, null, null),
                new SiparSettings.Security(5, Duration.ofMinutes(15), Duration.ofMillis(200)),
                new SiparSettings.Bootstrap("admin@cert.local", null, "National CERT"));
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T09:30:00Z"), ZoneOffset.UTC);
        return new Pdfs(messages, clock, settings, new PdfSettings("PKCERT — National CERT of Pakistan"));
    }

    static PdfDocument english() {
        return new PdfDocument("Critical vulnerability in Example Gateway firmware", "en", "National CERT",
                "TLP:CLEAR", List.of(
                new PdfBlock.KeyValues(List.of(
                        new PdfBlock.KeyValues.Entry("Advisory", "PKCERT-2026-0042"),
                        new PdfBlock.KeyValues.Entry("Vulnerability", CVE),
                        new PdfBlock.KeyValues.Entry("Severity", "Critical (CVSS 9.8)"),
                        new PdfBlock.KeyValues.Entry("Affected", "Example Gateway firmware 4.0 to 4.2.1, "
                                + "on every hardware revision sold in Pakistan"))),
                new PdfBlock.Heading(1, "Summary"),
                new PdfBlock.Paragraph("An unauthenticated attacker who can reach the management interface can run "
                        + "commands as root. The flaw is being exploited: apply the vendor's fix today and keep "
                        + "the interface off the internet."),
                new PdfBlock.Heading(2, "CVSS vector"),
                new PdfBlock.Monospace(VECTOR),
                new PdfBlock.Heading(2, "What to do"),
                new PdfBlock.Bullets(List.of("Update to firmware 4.2.2 or later.",
                        "Block the management port (TCP 8443) at the perimeter.",
                        "Look for the indicators below in your logs since 1 November 2026.")),
                new PdfBlock.PageBreak(),
                new PdfBlock.Heading(1, "Indicators"),
                new PdfBlock.Paragraph("Hashes of the web shells found on compromised devices.")));
    }

    static PdfDocument urdu() {
        return new PdfDocument("ایگزیمپل گیٹ وے فرم ویئر میں سنگین کمزوری", "ur", "قومی سرٹ", "TLP:CLEAR", List.of(
                new PdfBlock.KeyValues(List.of(
                        new PdfBlock.KeyValues.Entry("انتباہ", "PKCERT-2026-0042"),
                        new PdfBlock.KeyValues.Entry("کمزوری", CVE),
                        new PdfBlock.KeyValues.Entry("شدت", "سنگین (CVSS 9.8)"),
                        new PdfBlock.KeyValues.Entry("متاثرہ", "ایگزیمپل گیٹ وے فرم ویئر 4.0 سے 4.2.1 تک"))),
                new PdfBlock.Heading(1, "خلاصہ"),
                new PdfBlock.Paragraph(MIXED + "۔ " + PAKISTAN + " میں بہت سے ادارے یہ آلہ استعمال کرتے ہیں، "
                        + "اس لیے فوری طور پر اپ ڈیٹ کریں اور انتظامی انٹرفیس کو انٹرنیٹ سے دور رکھیں۔"),
                new PdfBlock.Paragraph(PAKISTAN),
                new PdfBlock.Heading(2, "سی وی ایس ایس ویکٹر"),
                new PdfBlock.Monospace(VECTOR),
                new PdfBlock.Heading(2, "کیا کریں"),
                new PdfBlock.Bullets(List.of("فرم ویئر 4.2.2 یا اس کے بعد کا ورژن لگائیں۔",
                        "انتظامی پورٹ (TCP 8443) کو بند کریں۔"))));
    }
}
