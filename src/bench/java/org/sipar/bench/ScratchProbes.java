package org.sipar.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.sipar.detect.internal.index.Probes;

/** One thread's reusable batch of probes. */
@State(Scope.Thread)
public class ScratchProbes {

    final Probes probes = new Probes();
}
