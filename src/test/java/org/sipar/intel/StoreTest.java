package org.sipar.intel;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The base of the tests of the store itself: the store, the database, and the demo people as readers and publishers. */
abstract class StoreTest {

    @Autowired
    Intelligence intelligence;

    @Autowired
    JdbcClient jdbc;

    Members members;

    @BeforeEach
    void members() {
        members = new Members(jdbc, intelligence);
    }
}
