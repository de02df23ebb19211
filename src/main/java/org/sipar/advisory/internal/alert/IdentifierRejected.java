package org.sipar.advisory.internal.alert;

import java.util.List;
import org.sipar.platform.InputRejected;

/**
 * A product identifier (CPE name or package URL) broke its grammar: where (the character, from 1) and what is wrong,
 * in English and as a message key {@code problem.advisory.alert.<code>} whose arguments are the position and
 * {@code detail}.
 */
public final class IdentifierRejected extends IllegalArgumentException {

    private final int position;
    private final String code;
    private final String detail;

    IdentifierRejected(int position, String code, String detail, String reason) {
        super("at character " + position + ": " + reason);
        this.position = position;
        this.code = code;
        this.detail = detail;
    }

    public int position() {
        return position;
    }

    public String code() {
        return code;
    }

    /** The problem for field {@code field} with its value, for a page or API to show. */
    InputRejected.Problem problem(String field, String value) {
        return new InputRejected.Problem(field, value, getMessage(), "advisory.alert." + code, List.of(position, detail));
    }
}
