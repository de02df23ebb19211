package org.sipar.intel.internal.web;

import java.util.Locale;
import org.sipar.intel.Order;
import org.sipar.platform.InputRejected;

/**
 * The {@code sort}, {@code order} and {@code after_key} parameters of the list, on the page and in the REST API:
 * {@code sort} is added, name, type, modified, tlp or relevance (the default when searching, else added);
 * {@code order} asc or desc. Past the first page of any order but added, the cursor is {@code after} and
 * {@code after_key} together (the nextSeq and nextKey of the page before).
 */
final class ListOrder {

    private ListOrder() {
    }

    /** The order these parameters ask for; {@code searching} when search words were given. */
    static Order parse(String sort, String order, String afterKey, long after, boolean searching) {
        Order.Key key = key(sort, searching);
        boolean descending = switch (order == null || order.isBlank() ? "asc" : order.strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new InputRejected("order", order, "must be asc or desc");
        };
        if (key != Order.Key.ADDED && after > 0 && (afterKey == null || afterKey.isEmpty())) {
            throw new InputRejected("after_key", null, "must be given with after when sort is " + name(key)
                    + ": pass the nextKey of the page before");
        }
        return new Order(key, descending, afterKey);
    }

    /** The parameter value of {@code key}. */
    static String name(Order.Key key) {
        return key.name().toLowerCase(Locale.ROOT);
    }

    private static Order.Key key(String sort, boolean searching) {
        if (sort == null || sort.isBlank()) {
            return searching ? Order.Key.RELEVANCE : Order.Key.ADDED;
        }
        try {
            return Order.Key.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputRejected("sort", sort, "must be added, name, type, modified, tlp or relevance");
        }
    }
}
