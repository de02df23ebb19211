/**
 * Partners' logs read into observables: JSON lines through a field {@link org.sipar.detect.internal.telemetry.Mapping}
 * (presets for Elastic Common Schema and Suricata EVE), Zeek logs (TSV with their headers, and JSON lines) and CSV
 * with a header. Each reader streams its input line by line (never the whole upload in memory), hands each
 * {@link org.sipar.detect.internal.telemetry.Event} to a consumer and answers a
 * {@link org.sipar.detect.internal.telemetry.TelemetryReport}: lines read, parsed, malformed (with line numbers and
 * reasons) and observables extracted. A malformed line or a value that is not valid for its type is counted and
 * skipped, never fatal. Values are validated here, not canonicalised: that is {@code detect.internal.lifecycle}'s.
 */
package org.sipar.detect.internal.telemetry;
