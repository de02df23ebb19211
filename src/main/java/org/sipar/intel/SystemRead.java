package org.sipar.intel;

import java.util.List;
import org.sipar.sharing.Distribution;

/**
 * Reads the whole change log, past the sharing policy, for modules that must compute over all intelligence:
 * detection, which matches every partner's telemetry against every live indicator.
 *
 * <p><b>The rule:</b> what a system read returns is never shown, exported, counted or sent to anyone as it is.
 * It may only decide something that is then delivered through the sharing policy, with the distribution it
 * comes with: a match is told to an organisation only if {@code SharingPolicy.maySee} lets that organisation's
 * reader see the indicator's {@link Distribution}. Each copy of an object comes separately, with its own
 * distribution, and granular markings are not applied: apply {@link StixRedaction} before anything of the
 * content reaches a reader. Every caller says in its own contract why it needs this.
 */
public interface SystemRead {

    /** Up to {@code limit} changes after {@code position}, of objects of {@code types} (all types when empty). */
    List<Held> changes(long position, int limit, List<String> types);

    /** A change with the distribution of the version it is about. */
    record Held(Change change, Distribution distribution) {
    }
}
