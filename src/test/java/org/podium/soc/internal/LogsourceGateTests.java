package org.podium.soc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The gate on the logsource an event declares, with SigmaHQ's own Zeek rule "Publicly Accessible
 * RDP Service" (condition {@code not selection}) and Podium's failed sign-in rule, both as shipped:
 * before the gate, the Zeek rule fired on every sign-in, since a sign-in has no private
 * {@code id.orig_h}.
 */
class LogsourceGateTests {

    private final RuleSet rules = rules("soc/sigmahq/rules/network/zeek/zeek_rdp_public_listener.yml", "soc/rules/podium_signin_failed.yml");

    private static RuleSet rules(String... paths) {
        var loaded = new ArrayList<SigmaRule>();
        var refused = new ArrayList<RuleLoader.Refusal>();
        try {
            var mapping = RuleLoader.readYaml(new ClassPathResource("soc/sigmahq/thor.yml"));
            for (var path : paths) {
                try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
                    new RuleLoader(mapping, Map.of()).load(reader, path, loaded, refused);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(refused).isEmpty();
        return new RuleSet(loaded);
    }

    private List<String> fired(Map<String, Object> event) {
        var titles = new ArrayList<String>();
        rules.evaluate(SigmaEvent.of(event), rule -> titles.add(rule.title()));
        return titles;
    }

    @Test
    void aPodiumSignInMeetsPodiumsRuleAndNotAZeekRule() {
        assertThat(fired(Map.of("logsource", Map.of("product", "podium", "service", "accounts"), "event", "sign-in",
                "outcome", "failure", "user", "fan@example.org", "source", Map.of("ip", "198.51.100.7"))))
                .containsExactly("Failed Sign-In to Podium");
    }

    @Test
    void aZeekRdpConnectionFromAPublicAddressMeetsTheZeekRuleWhenItSaysItIsZeekRdp() {
        var connection = Map.<String, Object>of("id.orig_h", "198.51.100.7", "id.resp_h", "10.0.0.5", "id.resp_p", 3389);
        var declared = new java.util.HashMap<>(connection);
        declared.put("logsource", Map.of("product", "zeek", "service", "rdp"));
        assertThat(fired(declared)).containsExactly("Publicly Accessible RDP Service");
        assertThat(fired(connection)).as("an event that does not say where it comes from meets no product's rule").isEmpty();
        declared.put("logsource", Map.of("product", "zeek", "service", "dns"));
        assertThat(fired(declared)).as("another Zeek log").isEmpty();
    }

    @Test
    void aPrivateRdpClientDoesNotFireIt() {
        assertThat(fired(Map.of("logsource", Map.of("product", "zeek", "service", "rdp"), "id.orig_h", "10.1.2.3"))).isEmpty();
    }
}
