package org.podium.transport.internal.operations;

import java.util.Optional;

import org.podium.transport.internal.fleet.Fleet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who leads which team and which driver signs in as whom: the transport module's scope over the
 * TEAM_LEADER and DRIVER roles. In demo mode noc-fra leads the French team and driver is D0001.
 */
@Component
public class Teams {

    private final JdbcClient jdbc;
    private final Fleet fleet;
    private final boolean demo;

    Teams(JdbcClient jdbc, Fleet fleet, @Value("${podium.demo.enabled:true}") boolean demo) {
        this.jdbc = jdbc;
        this.fleet = fleet;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    @Transactional
    public void atStart() {
        fleet.seed();
        if (demo) {
            assignLeader("noc-fra", "FRA");
            assignDriver("driver", "D0001");
        }
    }

    public void assignLeader(String username, String noc) {
        jdbc.sql("insert into transport.team_leader (username, noc) values (:username, :noc) on conflict (username) do update set noc = :noc")
                .param("username", username).param("noc", noc).update();
    }

    public void assignDriver(String username, String driver) {
        jdbc.sql("update transport.driver set username = null where username = :username").param("username", username).update();
        jdbc.sql("update transport.driver set username = :username where code = :driver").param("username", username).param("driver", driver)
                .update();
    }

    public Optional<String> nocOf(String username) {
        return jdbc.sql("select noc from transport.team_leader where username = :username").param("username", username).query(String.class)
                .optional();
    }

    public Optional<String> driverOf(String username) {
        return jdbc.sql("select code from transport.driver where username = :username").param("username", username).query(String.class)
                .optional();
    }
}
