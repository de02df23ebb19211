package org.sipar.intel;

import java.util.List;
import org.sipar.sharing.Reader;

/**
 * Lines that another module adds to an object's page, such as where a pulled object came from (the stream
 * module's federation links): each module that knows something about objects registers a bean of this type, so
 * that intel's page shows it without depending on that module. Each decides what the reader may be told.
 */
public interface ObjectAnnotation {

    /** The lines about object {@code id} for {@code reader}; empty when there is nothing to say to them. */
    List<Line> about(Reader reader, String id);

    /**
     * One line: a label (a message key), its text as given (not translated), and where it leads, or null.
     */
    record Line(String labelKey, String text, String href) {
    }
}
