package org.sipar.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The Sipar processes one test started, so that whatever still runs is stopped after it. */
final class SiparProcesses {

    private final List<SiparProcess> started = new ArrayList<>();

    /** Starts a process as {@link SiparProcess#start} does and remembers it. */
    SiparProcess start(Path dataDir, String name, String... settings) throws IOException {
        SiparProcess sipar = SiparProcess.start(dataDir, name, settings);
        started.add(sipar);
        return sipar;
    }

    /** Stops every process started here that still runs, waiting up to a minute for each. */
    void stopAll() throws InterruptedException {
        for (SiparProcess sipar : started) {
            sipar.process.destroy();
            sipar.process.waitFor(60, TimeUnit.SECONDS);
        }
    }
}
