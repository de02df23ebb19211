package org.sipar.intel;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the tests of the store itself share (not a test of its own): the store, the database, and the demo people as readers and publishers. */
abstract class StoreFixture {

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
