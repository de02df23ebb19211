package org.sipar.stream.internal.federation;

import java.time.Duration;
import org.sipar.platform.InvalidSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the federation links ({@code sipar.federation.*}).
 *
 * @param connectTimeout how long connecting to a remote may take
 * @param requestTimeout how long one request may take, its body included
 * @param maxResponseBytes the largest body read from a remote: a bigger one is an error, and nothing of it is kept
 * @param maxPagesPerRun the most pages one run of a link fetches (the next run goes on from its cursor)
 * @param pageSize the {@code limit} asked of the remote per page
 * @param threads how many links run at once on a node
 * @param tick how often the node looks for links that are due
 * @param reconcileEvery how often a pulling link's run also reconciles it (so that deletions upstream reach us
 *                       without anyone pressing the button); 0 never
 * @param allowPrivateNetworks whether links may point at private, loopback or link-local addresses (the hub
 *                             administrator's decision, for a remote on the same network)
 */
@ConfigurationProperties("sipar.federation")
record FederationSettings(@DefaultValue("5s") Duration connectTimeout,
                          @DefaultValue("30s") Duration requestTimeout,
                          @DefaultValue("64MB") DataSize maxResponseBytes,
                          @DefaultValue("200") int maxPagesPerRun,
                          @DefaultValue("1000") int pageSize,
                          @DefaultValue("4") int threads,
                          @DefaultValue("10s") Duration tick,
                          @DefaultValue("24h") Duration reconcileEvery,
                          @DefaultValue("false") boolean allowPrivateNetworks) {

    FederationSettings {
        if (maxResponseBytes.toBytes() < 1024 || maxResponseBytes.toBytes() > Integer.MAX_VALUE - 8) {
            throw new InvalidSetting("sipar.federation.max-response-bytes", maxResponseBytes.toString(),
                    "a size from 1KB to 2047MB");
        }
        if (maxPagesPerRun < 1 || pageSize < 1 || threads < 1 || threads > 64) {
            throw new InvalidSetting("sipar.federation.*", maxPagesPerRun + "/" + pageSize + "/" + threads,
                    "max-pages-per-run and page-size at least 1, threads from 1 to 64");
        }
    }

    /** The same settings reconciling every {@code every}, for a test. */
    FederationSettings reconcilingEvery(Duration every) {
        return new FederationSettings(connectTimeout, requestTimeout, maxResponseBytes, maxPagesPerRun, pageSize,
                threads, tick, every, allowPrivateNetworks);
    }

    /** The same settings with other timeouts and limits, for a test's misbehaving remote. */
    FederationSettings with(Duration request, long maxBytes, int maxPages) {
        return new FederationSettings(connectTimeout, request, DataSize.ofBytes(maxBytes), maxPages, pageSize,
                threads, tick, reconcileEvery, allowPrivateNetworks);
    }
}
