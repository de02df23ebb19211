package org.sipar.taxii.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the TAXII server.
 *
 * @param maxContentLength the largest request body accepted, announced in the API root
 */
@ConfigurationProperties("sipar.taxii")
record TaxiiSettings(@DefaultValue("100MB") DataSize maxContentLength) {

    TaxiiSettings {
        if (maxContentLength.toBytes() < 1024 || maxContentLength.toBytes() > Integer.MAX_VALUE - 8) {
            throw new org.sipar.platform.InvalidSetting("sipar.taxii.max-content-length",
                    maxContentLength.toString(), "a size from 1KB to 2047MB");
        }
    }

    /** The limit in bytes. */
    long maxBytes() {
        return maxContentLength.toBytes();
    }
}
