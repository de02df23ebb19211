/**
 * Several Sipar nodes as one: intelligence changes published to and followed from Kafka when
 * {@code sipar.kafka.bootstrap-servers} is set ({@link org.sipar.stream.internal.cluster.KafkaSwitch}), so that a
 * change written through one node wakes the streams and webhooks of every node. Web sessions, the identity caches,
 * the TAXII statuses and the periodic work are made cluster-safe in their own modules; docs/deployment.md has the
 * whole picture.
 */
package org.sipar.stream.internal.cluster;
