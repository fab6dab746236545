package org.podium.accounts.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.podium.accounts.FanAccounts;
import org.podium.accounts.StaffAccounts;
import org.podium.accounts.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates the demo accounts with generated passwords and prints them once. Passwords are never in
 * the code: each start of a demo platform generates new ones (and a restart does not add accounts).
 */
@Component
public class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final String DEMO_FAN = "fan@demo.podium.test";

    /** A demo sign-in as printed at start-up. */
    public record Credential(String username, String password, String roles) {}

    private static final Map<String, Set<StaffRole>> STAFF = Map.ofEntries(
            Map.entry("admin", Set.of(StaffRole.ADMIN)),
            Map.entry("results", Set.of(StaffRole.RESULTS_OPERATOR)),
            Map.entry("ticketing", Set.of(StaffRole.TICKETING_MANAGER)),
            Map.entry("gate", Set.of(StaffRole.GATE_STAFF)),
            Map.entry("soc", Set.of(StaffRole.SOC_ANALYST)),
            Map.entry("accreditation", Set.of(StaffRole.ACCREDITATION_CENTRE)),
            // The accreditation module scopes these managers: the French NOC, the organiser's workforce (DemoManagers).
            // noc-fra also leads the French team's transport (the transport module scopes it to FRA), driver drives pool cars.
            Map.entry("noc-fra", Set.of(StaffRole.ACCREDITATION_MANAGER, StaffRole.TEAM_LEADER)),
            Map.entry("workforce", Set.of(StaffRole.ACCREDITATION_MANAGER, StaffRole.WORKFORCE_MANAGER)),
            Map.entry("transport", Set.of(StaffRole.TRANSPORT_MANAGER)),
            Map.entry("driver", Set.of(StaffRole.DRIVER)),
            Map.entry("catering", Set.of(StaffRole.CATERING_MANAGER)),
            Map.entry("chef", Set.of(StaffRole.CHEF)),
            Map.entry("accountant", Set.of(StaffRole.ACCOUNTANT)),
            // Purchase-to-pay needs two people at several steps (approvals, bank details, payment runs).
            Map.entry("buyer", Set.of(StaffRole.BUYER)),
            Map.entry("buyer2", Set.of(StaffRole.BUYER)),
            Map.entry("approver", Set.of(StaffRole.APPROVER)),
            Map.entry("approver2", Set.of(StaffRole.APPROVER)),
            Map.entry("treasurer", Set.of(StaffRole.TREASURER)),
            Map.entry("treasurer2", Set.of(StaffRole.TREASURER)));

    private final DemoProperties properties;
    private final StaffAccounts staff;
    private final FanAccounts fans;
    private final JdbcClient jdbc;
    private final EmailVerifications verifications;
    private final SecureRandom random = new SecureRandom();
    private volatile List<Credential> issued = List.of();

    private final org.springframework.core.env.Environment environment;

    DemoAccounts(DemoProperties properties, StaffAccounts staff, FanAccounts fans, JdbcClient jdbc, EmailVerifications verifications,
                 org.springframework.core.env.Environment environment) {
        this.environment = environment;
        this.verifications = verifications;
        this.properties = properties;
        this.staff = staff;
        this.fans = fans;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (properties.enabled()) {
            issue();
        }
    }

    /** Creates or resets every demo account with a new password and prints the list. */
    public List<Credential> issue() {
        var credentials = new ArrayList<Credential>();
        STAFF.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            var password = password();
            staff.createOrReset(entry.getKey(), "Demo " + entry.getKey(), password, EnumSet.copyOf(entry.getValue()), "podium-demo");
            credentials.add(new Credential(entry.getKey(), password,
                    String.join(",", entry.getValue().stream().map(StaffRole::name).sorted().toList())));
        });
        var fanPassword = password();
        jdbc.sql("delete from accounts.fan where email = :email").param("email", DEMO_FAN).update();
        // The demo fan's address is a placeholder no mail reaches: it is taken as verified.
        verifications.markVerified(fans.register(DEMO_FAN, "Demo fan", fanPassword, "en").id());
        credentials.add(new Credential(DEMO_FAN, fanPassword, "FAN"));
        issued = List.copyOf(credentials);
        print(credentials);
        return issued;
    }

    public List<Credential> issued() {
        return issued;
    }

    private void print(List<Credential> credentials) {
        var out = new StringBuilder("\n================ Podium demo accounts (new passwords at every start) ================\n");
        var site = "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        out.append("Site: " + site + "/   Staff sign-in: " + site + "/staff/login   Fan sign-in: " + site + "/account/login\n");
        credentials.forEach(c -> out.append("  %-22s %-18s %s%n".formatted(c.username(), c.password(), c.roles())));
        out.append("=====================================================================================\n");
        log.info(out.toString());
    }

    private String password() {
        var chars = new char[18];
        for (var i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(chars);
    }
}
