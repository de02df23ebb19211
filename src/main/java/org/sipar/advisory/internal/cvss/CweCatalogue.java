package org.sipar.advisory.internal.cvss;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sipar.platform.InputRejected;

/**
 * CWE ids and their exact names, from MITRE's catalogue as published ({@code cwec_vX.Y.xml}, or the zip around it):
 * every weakness, category and view. An administrator's upload can give the whole catalogue where
 * {@link Cwes}' built-in table of common CWEs is not enough.
 */
public record CweCatalogue(Map<String, String> names) {

    private static final Set<String> KINDS = Set.of("Weakness", "Category", "View");

    public CweCatalogue {
        names = Map.copyOf(names);
    }

    /** The catalogue's name of {@code id} ({@code CWE-} and digits), or empty when it has no such entry. */
    public Optional<String> name(String id) {
        return Optional.ofNullable(names.get(Cwes.checkedId(id)));
    }

    /** Reads MITRE's XML catalogue, plain or zipped; DTDs and external entities are refused, not fetched. */
    public static CweCatalogue read(InputStream in) {
        try (InputStream buffered = new BufferedInputStream(in)) {
            buffered.mark(4);
            boolean zipped = buffered.read() == 'P' && buffered.read() == 'K';
            buffered.reset();
            if (!zipped) {
                return new CweCatalogue(entries(buffered));
            }
            ZipInputStream zip = new ZipInputStream(buffered);
            if (zip.getNextEntry() != null) {
                return new CweCatalogue(entries(zip));
            }
            throw new InputRejected("catalogue", null, "the zip file is empty: expected MITRE's cwec_vX.Y.xml in it");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CWE catalogue", e);
        }
    }

    private static Map<String, String> entries(InputStream xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, String> names = new HashMap<>();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && KINDS.contains(reader.getLocalName())
                        && reader.getAttributeValue(null, "ID") != null) {
                    names.put("CWE-" + reader.getAttributeValue(null, "ID"), reader.getAttributeValue(null, "Name"));
                }
            }
        } catch (XMLStreamException e) {
            throw new InputRejected("catalogue", null, "not MITRE's CWE catalogue in XML: " + e.getMessage());
        }
        if (names.isEmpty()) {
            throw new InputRejected("catalogue", null, "no Weakness, Category or View with an ID in this XML");
        }
        return names;
    }
}
