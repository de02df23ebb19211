package org.sipar.detect.internal.sighting;

import org.sipar.platform.InputRejected;
import org.sipar.sharing.Tlp;

/**
 * How an organisation's sightings are shared: at {@code tlp} with the indicator's producer (never RED, which is for
 * named people: the producer must see them), and, when {@code anonymous}, published by the national CERT without
 * the organisation's identity, so that the producer learns that and how often, not by whom.
 */
public record Reporting(Tlp tlp, boolean anonymous) {

    /** What an organisation that chose nothing gets: TLP:AMBER, under its own name. */
    static final Reporting DEFAULT = new Reporting(Tlp.AMBER, false);

    public Reporting {
        if (tlp == Tlp.RED) {
            throw new InputRejected("tlp", "RED", "sightings go to the indicator's producer, so TLP:RED (named people only) is not a level for them");
        }
    }
}
