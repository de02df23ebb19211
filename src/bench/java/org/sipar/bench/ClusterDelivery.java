package org.sipar.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.sipar.intel.IntelligenceChanged;
import org.sipar.stream.internal.FeedSignal;
import org.sipar.support.Http;
import org.sipar.support.TwoNodes;
import org.sipar.support.stix.Stix;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Cross-node delivery through Kafka (bench/cluster.sh): two Sipar nodes on one PostgreSQL and an embedded KRaft
 * broker ({@link TwoNodes}); one indicator at a time is imported through node A, and the time from intel's
 * publication of the change on A (in the writing transaction, just before its commit) to the wake of B's
 * {@link FeedSignal} by the change notice from Kafka is taken. Prints p50, p99 and the largest, in milliseconds.
 */
public final class ClusterDelivery {

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        TwoNodes nodes = TwoNodes.get();
        LinkedBlockingQueue<Long> wakes = new LinkedBlockingQueue<>();
        nodes.b().getBean(FeedSignal.class).onWake(() -> wakes.add(System.nanoTime()));
        AtomicLong published = new AtomicLong();
        ((AbstractApplicationContext) nodes.a()).addApplicationListener((ApplicationListener<ApplicationEvent>) e -> {
            if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof IntelligenceChanged) {
                published.set(System.nanoTime());
            }
        });
        Http a = new Http(TwoNodes.port(nodes.a()));
        String auth = Http.basic("analyst@cert.demo", "sipar-demo");
        List<Double> millis = new ArrayList<>();
        for (int i = -20; i < samples; i++) { // the first 20 warm up
            wakes.clear();
            HttpResponse<String> added = a.json("POST", "/api/v1/intel/bundles?tlp=clear", auth,
                    Stix.bundle(Stix.indicator(Stix.newIndicatorId())));
            Long woken = wakes.poll(30, TimeUnit.SECONDS);
            if (added.statusCode() != 201 || woken == null) {
                throw new IllegalStateException("no delivery: " + added.statusCode() + " " + added.body());
            }
            if (i >= 0) {
                millis.add((woken - published.get()) / 1e6);
            }
            Thread.sleep(10);
        }
        Collections.sort(millis);
        System.out.printf("cross-node delivery through Kafka, %d writes: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                samples, at(millis, 0.50), at(millis, 0.99), millis.getLast());
        System.exit(0);
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
