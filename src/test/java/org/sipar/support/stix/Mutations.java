package org.sipar.support.stix;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutations of a valid STIX object for fuzzing, written as JSON text so that escapes (NUL, lone surrogates) and
 * numbers beyond a double (1e400) reach the server exactly as an attacker would send them.
 */
public final class Mutations {

    private static final String[] VALUES = {"null", "true", "0", "-1", "1e400", "-1e400", "123456789012345678901234567890",
        "\"\"", "\" leading space\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udfffy\"", "\"0000-01-01T00:00:00Z\"",
        "\"9999-12-31T23:59:60.9999999Z\"", "\"2026-02-30T00:00:00Z\"", "[]", "[\"unknown\"]", "[1,2]", "{}", "{\"a\":{\"b\":[{}]}}",
        "\"not a url at all\"", "\"\\u202eevil\"", "\"" + "w".repeat(3000) + "\""};

    private Mutations() {
    }

    /**
     * One to three mutations of {@code object}: a property's value replaced, a property dropped, one added, or the
     * whole replaced. Values go in as placeholders and are written into the text last, so they arrive verbatim.
     */
    public static String mutate(Random random, ObjectNode object) {
        List<String> names = new ArrayList<>(object.propertyNames());
        if (random.nextInt(10) == 0) {
            return random.nextBoolean() ? "{}" : VALUES[random.nextInt(VALUES.length)];
        }
        ObjectNode tree = object.deepCopy();
        List<String> values = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            String name = names.get(random.nextInt(names.size()));
            String placeholder = "@@fuzz" + values.size() + "@@";
            switch (random.nextInt(3)) {
                case 0 -> tree.put(name, placeholder);
                case 1 -> tree.remove(name);
                default -> tree.put((random.nextBoolean() ? "x_fuzz" : "Bad@@nul@@Name") + random.nextInt(100), placeholder);
            }
            values.add(VALUES[random.nextInt(VALUES.length)]);
        }
        String text = JsonMapper.shared().writeValueAsString(tree).replace("@@nul@@", "\\u0000");
        for (int i = 0; i < values.size(); i++) {
            text = text.replace("\"@@fuzz" + i + "@@\"", values.get(i));
        }
        return text;
    }
}
