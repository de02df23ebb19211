package org.sipar.detect.internal.sighting;

import java.util.List;
import org.sipar.sharing.Tlp;

/** What the detection desk shows: the values checked and their answers, an upload's outcome, the sightings, the sharing choice. */
public record DeskView(String values, List<LookupForm.Row> checked, TelemetryIntake.Outcome uploaded, List<Sighting> sightings,
                       Reporting reporting, boolean decides, List<Tlp> levels, List<org.sipar.platform.InputRejected.Problem> problems) {
}
