package org.sipar.platform.launch;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's start class: checks the Java version, then starts Sipar. Compiled for Java 17 (the release of
 * Spring Boot's own launcher), unlike the rest of Sipar, so that an older Java is told in one line what it
 * needs instead of failing on the first class it cannot read.
 */
public final class Launcher {

    static final int REQUIRED = 21;

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        int running = Runtime.version().feature();
        if (running < REQUIRED) {
            System.err.println("Sipar needs Java " + REQUIRED + " or newer, but this is Java " + running + " ("
                    + System.getProperty("java.home") + "); run it with a newer JDK, for example by setting JAVA_HOME.");
            System.exit(1);
        }
        try {
            Class.forName("org.sipar.SiparApplication").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
