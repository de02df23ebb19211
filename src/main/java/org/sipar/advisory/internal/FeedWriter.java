package org.sipar.advisory.internal;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sipar.advisory.internal.signing.ProviderAddresses;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes Atom 1.0 (RFC 4287) and RSS 2.0 feeds of published documents, with the JDK's XML writer (it escapes). */
@Component
class FeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private final ProviderAddresses address;
    private final CsafPublisher publisher;
    private final MessageSource messages;

    FeedWriter(ProviderAddresses address, CsafPublisher publisher, MessageSource messages) {
        this.address = address;
        this.publisher = publisher;
        this.messages = messages;
    }

    static String pageUrl(ProviderAddresses address, PublishedDocument d) {
        return address.absolute("/advisories/" + d.trackingId().replaceAll("-UR$", "") + "?lang=" + d.lang());
    }

    String atom(List<PublishedDocument> docs, String lang, String audience) {
        return write(x -> {
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml:lang", lang(lang));
            text(x, "id", address.absolute("/advisories/feed.atom?lang=" + lang(lang) + "&audience=" + audience));
            text(x, "title", title(lang));
            text(x, "updated", docs.isEmpty() ? "2026-01-01T00:00:00Z" : CsafDocuments.iso(docs.getFirst().releasedAt()));
            x.writeStartElement("author");
            text(x, "name", publisher.name());
            x.writeEndElement();
            link(x, "self", address.absolute("/advisories/feed.atom?lang=" + lang(lang)));
            link(x, "alternate", address.absolute("/advisories"));
            for (PublishedDocument d : docs) {
                x.writeStartElement("entry");
                text(x, "id", "urn:csaf:" + d.trackingId());
                text(x, "title", d.title());
                text(x, "updated", CsafDocuments.iso(d.releasedAt()));
                text(x, "published", CsafDocuments.iso(d.initialRelease()));
                link(x, "alternate", pageUrl(address, d));
                text(x, "summary", d.summary());
                x.writeEndElement();
            }
            x.writeEndElement();
        });
    }

    String rss(List<PublishedDocument> docs, String lang, String audience) {
        return write(x -> {
            x.writeStartElement("rss");
            x.writeAttribute("version", "2.0");
            x.writeStartElement("channel");
            text(x, "title", title(lang));
            text(x, "link", address.absolute("/advisories"));
            text(x, "description", messages.getMessage("advisory.list.lead", null, Locale.forLanguageTag(lang(lang))));
            text(x, "language", lang(lang));
            for (PublishedDocument d : docs) {
                x.writeStartElement("item");
                text(x, "title", d.title());
                text(x, "link", pageUrl(address, d));
                text(x, "guid", "urn:csaf:" + d.trackingId() + ":" + d.revision());
                text(x, "pubDate", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(d.releasedAt().atZone(java.time.ZoneOffset.UTC)));
                text(x, "description", d.summary());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
        });
    }

    private String title(String lang) {
        return publisher.name() + ": " + messages.getMessage("advisory.list.title", null, Locale.forLanguageTag(lang(lang)));
    }

    private static String lang(String lang) {
        return "ur".equals(lang) ? "ur" : "en";
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(value == null ? "" : value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }

    private interface Body {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            body.write(x);
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
        return out + "\n";
    }
}
