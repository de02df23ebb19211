package org.sipar.platform;

import java.util.Map;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/** Turns a bad setting into one line naming it and the values it accepts, instead of a stack trace. */
final class SettingsFailureAnalyzer implements FailureAnalyzer, Ordered {

    private static final Map<String, String> ACCEPTED = Map.of(
            "server.port", "a port number from 0 to 65535",
            "sipar.demo", "true or false",
            "sipar.data-dir", "a directory path",
            "sipar.security.lock-after-failures", "a whole number from 1 to 100",
            "sipar.security.lock-for", "a positive duration such as 15m",
            "sipar.security.failure-delay", "a duration such as 200ms");

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidSetting invalid) {
                return analysis(invalid.getMessage(), invalid.setting(), failure);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidConfigurationPropertyValueException invalid && isOurs(invalid.getName())) {
                return named(invalid.getName(), invalid.getValue(), "a valid value", failure);
            }
            if (t instanceof BindException bind && isOurs(bind.getName().toString())) {
                Object value = bind.getProperty() == null ? "" : bind.getProperty().getValue();
                return named(bind.getName().toString(), value, "a value of type " + bind.getTarget().getType(), failure);
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static FailureAnalysis named(String name, Object value, String fallback, Throwable failure) {
        String accepted = ACCEPTED.getOrDefault(name, fallback);
        return analysis(new InvalidSetting(name, String.valueOf(value), accepted).getMessage(), name, failure);
    }

    private static boolean isOurs(String name) {
        return name.startsWith("sipar.") || name.startsWith("server.");
    }

    private static FailureAnalysis analysis(String description, String setting, Throwable cause) {
        return new FailureAnalysis(description,
                "Correct " + setting + " (a property, or the environment variable of the same name) and start again.",
                cause);
    }
}
