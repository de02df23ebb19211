package org.sipar.intel.internal;

import org.sipar.platform.InvalidSetting;
import org.sipar.sharing.Tlp;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the intelligence store.
 *
 * @param defaultTlp the level of objects that carry no TLP marking (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)
 * @param batchSize how many objects an import writes per transaction
 * @param maxObjectBytes the largest object an import accepts, in bytes of its JSON
 * @param maxPageBytes how many bytes of objects one page of a listing holds at most (it always holds one)
 * @param importThreads how many imports run at once, whatever their entry (REST, web, TAXII); the others wait queued
 * @param importQueueCapacity how many imports may wait queued; a submission beyond that is refused (503)
 */
@ConfigurationProperties("sipar.intel")
public record IntelSettings(@DefaultValue("AMBER") String defaultTlp, @DefaultValue("1000") int batchSize,
                     @DefaultValue("8388608") long maxObjectBytes, @DefaultValue("16777216") long maxPageBytes,
                     @DefaultValue("2") int importThreads, @DefaultValue("64") int importQueueCapacity) {

    public IntelSettings {
        if (importThreads < 1 || importThreads > 16) {
            throw new InvalidSetting("sipar.intel.import-threads", String.valueOf(importThreads), "a whole number from 1 to 16");
        }
        if (importQueueCapacity < 1 || importQueueCapacity > 100_000) {
            throw new InvalidSetting("sipar.intel.import-queue-capacity", String.valueOf(importQueueCapacity),
                    "a whole number from 1 to 100000");
        }
        tlp(defaultTlp);
        if (maxObjectBytes < 1024 || maxObjectBytes > 1_073_741_824L) {
            throw new InvalidSetting("sipar.intel.max-object-bytes", String.valueOf(maxObjectBytes),
                    "a number of bytes from 1024 to 1073741824");
        }
        if (maxPageBytes < maxObjectBytes) {
            throw new InvalidSetting("sipar.intel.max-page-bytes", String.valueOf(maxPageBytes),
                    "a number of bytes no smaller than sipar.intel.max-object-bytes (" + maxObjectBytes + ")");
        }
        if (batchSize < 1 || batchSize > 100_000) {
            throw new InvalidSetting("sipar.intel.batch-size", String.valueOf(batchSize),
                    "a whole number from 1 to 100000");
        }
    }

    /** The level of objects that carry no TLP marking. */
    public Tlp tlp() {
        return tlp(defaultTlp);
    }

    private static Tlp tlp(String text) {
        try {
            return Tlp.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting("sipar.intel.default-tlp", text,
                    "one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED");
        }
    }
}
