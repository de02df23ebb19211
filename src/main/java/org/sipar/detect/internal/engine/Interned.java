package org.sipar.detect.internal.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Values many indicators share (publishers, distributions, label lists), each kept once and named by a small
 * number, so that the indicator table holds an int per indicator rather than an object. Written by the one thread
 * that applies changes; read by any, which only ever look up numbers handed out before they read.
 */
final class Interned<T> {

    private final Map<T, Integer> numbers = new HashMap<>();
    private volatile Object[] values = new Object[16];
    private int size;

    /** The number of {@code value}, given it when it is new. */
    synchronized int number(T value) {
        Integer known = numbers.get(value);
        if (known != null) {
            return known;
        }
        Object[] array = size == values.length ? Arrays.copyOf(values, size * 2) : values;
        array[size] = value;
        values = array; // the volatile write publishes the slot to readers
        numbers.put(value, size);
        return size++;
    }

    @SuppressWarnings("unchecked")
    T value(int number) {
        return (T) values[number];
    }

    synchronized int size() {
        return size;
    }
}
