package org.podium.soc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Sigma engine, one modifier and one condition form at a time, from the specification's examples. */
class SigmaEngineTests {

    private final RuleLoader loader = new RuleLoader(Map.of(), Map.of("Admins", List.of("root", "administrator")));

    private SigmaRule rule(String detection) {
        var loaded = new ArrayList<SigmaRule>();
        var refused = new ArrayList<RuleLoader.Refusal>();
        loader.load(new StringReader("title: Test\nid: 1\nlogsource:\n  product: test\ndetection:\n" + detection.indent(2)),
                "test.yml", loaded, refused);
        assertThat(refused).isEmpty();
        return loaded.getFirst();
    }

    private RuleLoader.Refusal refusal(String detection) {
        var loaded = new ArrayList<SigmaRule>();
        var refused = new ArrayList<RuleLoader.Refusal>();
        loader.load(new StringReader("title: Test\nid: 1\ndetection:\n" + detection.indent(2)), "bad.yml", loaded, refused);
        assertThat(loaded).isEmpty();
        return refused.getFirst();
    }

    private static boolean fires(SigmaRule rule, Map<String, Object> event) {
        return rule.detection().test(SigmaEvent.of(event));
    }

    @Test
    void stringsMatchWholeValuesCaseInsensitivelyWithWildcardsAndEscapes() {
        // A backslash escapes *, ? and itself: a path separator before a wildcard is written twice.
        var rule = rule("sel:\n  Image: 'C:\\Windows\\\\*\\cmd.exe'\n  Title: 'what\\?'\ncondition: sel");
        assertThat(fires(rule, Map.of("Image", "c:\\windows\\system32\\CMD.EXE", "Title", "What?"))).isTrue();
        assertThat(fires(rule, Map.of("Image", "c:\\windows\\system32\\CMD.EXE", "Title", "Whatx"))).isFalse();
        assertThat(fires(rule, Map.of("Image", "d:\\windows\\system32\\cmd.exe", "Title", "What?"))).isFalse();
    }

    @Test
    void containsStartswithEndswithAndCased() {
        var rule = rule("sel:\n  CommandLine|contains: ' -enc '\n  Image|endswith: '\\powershell.exe'\n"
                + "  User|startswith: 'NT AUTHORITY'\n  Host|cased: 'DC01'\ncondition: sel");
        var event = Map.<String, Object>of("CommandLine", "powershell -ENC abc", "Image", "C:\\x\\PowerShell.exe",
                "User", "nt authority\\system", "Host", "DC01");
        assertThat(fires(rule, event)).isTrue();
        var lowerHost = new java.util.HashMap<>(event);
        lowerHost.put("Host", "dc01");
        assertThat(fires(rule, lowerHost)).isFalse();
    }

    @Test
    void aPathEndingWithABackslashStaysLiteralBeforeTheWildcardContainsAdds() {
        var rule = rule("sel:\n  TargetObject|contains: '\\SafeBoot\\Minimal\\'\ncondition: sel");
        assertThat(fires(rule, Map.of("TargetObject", "HKLM\\Control\\SafeBoot\\Minimal\\Svc"))).isTrue();
        assertThat(fires(rule, Map.of("TargetObject", "HKLM\\Control\\SafeBoot\\MinimalX"))).isFalse();
    }

    @Test
    void listsAreAnyUnlessAll() {
        var any = rule("sel:\n  CommandLine|contains:\n    - 'a1'\n    - 'b2'\ncondition: sel");
        var all = rule("sel:\n  CommandLine|contains|all:\n    - 'a1'\n    - 'b2'\ncondition: sel");
        assertThat(fires(any, Map.of("CommandLine", "x a1"))).isTrue();
        assertThat(fires(all, Map.of("CommandLine", "x a1"))).isFalse();
        assertThat(fires(all, Map.of("CommandLine", "b2 x a1"))).isTrue();
    }

    @Test
    void regularExpressionsAreCaseSensitiveUnlessI() {
        var cased = rule("sel:\n  CommandLine|re: 'Invoke-[A-Z]+'\ncondition: sel");
        var insensitive = rule("sel:\n  CommandLine|re|i: 'invoke-[a-z]+'\ncondition: sel");
        assertThat(fires(cased, Map.of("CommandLine", "x Invoke-MIMIKATZ"))).isTrue();
        assertThat(fires(cased, Map.of("CommandLine", "x invoke-mimikatz"))).isFalse();
        assertThat(fires(insensitive, Map.of("CommandLine", "x INVOKE-Mimikatz"))).isTrue();
    }

    @Test
    void windashAcceptsEveryDash() {
        var rule = rule("sel:\n  CommandLine|windash|contains: ' -exec bypass'\ncondition: sel");
        for (var dash : List.of("-", "/", "\u2013", "\u2014", "\u2015")) {
            assertThat(fires(rule, Map.of("CommandLine", "powershell " + dash + "exec bypass"))).as(dash).isTrue();
        }
        assertThat(fires(rule, Map.of("CommandLine", "powershell exec bypass"))).isFalse();
    }

    @Test
    void cidrMatchesIpv4AndIpv6Networks() {
        var rule = rule("sel:\n  DestinationIp|cidr:\n    - '10.0.0.0/8'\n    - 'fe80::/10'\ncondition: sel");
        assertThat(fires(rule, Map.of("DestinationIp", "10.20.30.40"))).isTrue();
        assertThat(fires(rule, Map.of("DestinationIp", "fe80::1"))).isTrue();
        assertThat(fires(rule, Map.of("DestinationIp", "11.0.0.1"))).isFalse();
        assertThat(fires(rule, Map.of("DestinationIp", "example.org"))).isFalse();
    }

    @Test
    void base64AndBase64offsetFindAnEncodedValue() {
        var plain = rule("sel:\n  CommandLine|base64: 'whoami'\ncondition: sel");
        assertThat(fires(plain, Map.of("CommandLine", "d2hvYW1p"))).isTrue();
        var offset = rule("sel:\n  CommandLine|base64offset|contains: 'http://'\ncondition: sel");
        for (var prefix : List.of("", "a", "ab")) {
            var encoded = java.util.Base64.getEncoder().encodeToString((prefix + "http://evil.example").getBytes());
            assertThat(fires(offset, Map.of("CommandLine", "powershell -e " + encoded))).as(prefix).isTrue();
        }
        var wide = rule("sel:\n  CommandLine|wide|base64offset|contains: 'ping'\ncondition: sel");
        var encoded = java.util.Base64.getEncoder().encodeToString("x ping y".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThat(fires(wide, Map.of("CommandLine", encoded))).isTrue();
    }

    @Test
    void existsNullAndNeq() {
        var exists = rule("sel:\n  ParentImage|exists: true\ncondition: sel");
        var missing = rule("sel:\n  ParentImage: null\ncondition: sel");
        var neq = rule("sel:\n  User|neq: 'SYSTEM'\ncondition: sel");
        assertThat(fires(exists, Map.of("ParentImage", ""))).isTrue();
        assertThat(fires(exists, Map.of("Image", "x"))).isFalse();
        assertThat(fires(missing, Map.of("Image", "x"))).isTrue();
        assertThat(fires(neq, Map.of("User", "alice"))).isTrue();
        assertThat(fires(neq, Map.of("User", "system"))).isFalse();
    }

    @Test
    void numericComparisons() {
        var rule = rule("sel:\n  Count|gte: 10\n  Count|lt: 20\ncondition: sel");
        assertThat(fires(rule, Map.of("Count", 10))).isTrue();
        assertThat(fires(rule, Map.of("Count", "19"))).isTrue();
        assertThat(fires(rule, Map.of("Count", 20))).isFalse();
        assertThat(fires(rule, Map.of("Count", "many"))).isFalse();
    }

    @Test
    void fieldrefComparesTwoFieldsOfTheEvent() {
        var rule = rule("sel:\n  SourceUser|fieldref: TargetUser\ncondition: sel");
        assertThat(fires(rule, Map.of("SourceUser", "Bob", "TargetUser", "bob"))).isTrue();
        assertThat(fires(rule, Map.of("SourceUser", "Bob", "TargetUser", "alice"))).isFalse();
    }

    @Test
    void expandUsesConfiguredPlaceholdersAndRefusesUnknownOnes() {
        var rule = rule("sel:\n  User|expand: '%Admins%'\ncondition: sel");
        assertThat(fires(rule, Map.of("User", "Administrator"))).isTrue();
        assertThat(fires(rule, Map.of("User", "guest"))).isFalse();
        var refused = refusal("sel:\n  User|expand: '%Unknown%'\ncondition: sel");
        assertThat(refused.path()).isEqualTo("detection.sel.User|expand");
        assertThat(refused.reason()).contains("%Unknown%");
    }

    @Test
    void keywordsSearchEveryValue() {
        var rule = rule("keywords:\n  - 'mimikatz'\n  - 'sekurlsa'\ncondition: keywords");
        assertThat(fires(rule, Map.of("Message", "found Mimikatz.exe"))).isTrue();
        assertThat(fires(rule, Map.of("Message", "nothing"))).isFalse();
        var all = rule("keywords:\n  '|all':\n    - ':179'\n    - 'BADAUTH'\ncondition: keywords");
        assertThat(fires(all, Map.of("a", "peer 10.0.0.1:179", "b", "IP-TCP-3-BADAUTH"))).isTrue();
        assertThat(fires(all, Map.of("a", "peer 10.0.0.1:179"))).isFalse();
    }

    @Test
    void conditionsFollowThePrecedenceOfTheSpecification() {
        var detection = "a:\n  x: 1\nb:\n  y: 1\nc:\n  z: 1\n_helper:\n  w: 1\n";
        var precedence = rule(detection + "condition: a or b and not c");
        assertThat(fires(precedence, Map.of("x", 1, "z", 1))).isTrue();   // a or (b and not c)
        assertThat(fires(precedence, Map.of("y", 1, "z", 1))).isFalse();
        var grouped = rule(detection + "condition: (a or b) and not c");
        assertThat(fires(grouped, Map.of("x", 1, "z", 1))).isFalse();
        var oneOf = rule(detection + "condition: 1 of them");
        assertThat(fires(oneOf, Map.of("w", 1))).isFalse();                // _helper is not part of them
        assertThat(fires(oneOf, Map.of("z", 1))).isTrue();
        var allOf = rule(detection + "condition: all of them");
        assertThat(fires(allOf, Map.of("x", 1, "y", 1, "z", 1))).isTrue();
        var pattern = rule("sel_a:\n  x: 1\nsel_b:\n  y: 1\nfilter:\n  z: 1\ncondition: all of sel_* and not filter");
        assertThat(fires(pattern, Map.of("x", 1, "y", 1))).isTrue();
        assertThat(fires(pattern, Map.of("x", 1, "y", 1, "z", 1))).isFalse();
    }

    @Test
    void whatTheEngineCannotHonourIsRefusedWithWhereAndWhy() {
        var modifier = refusal("sel:\n  CommandLine|base32: 'x'\ncondition: sel");
        assertThat(modifier.file()).isEqualTo("bad.yml");
        assertThat(modifier.path()).isEqualTo("detection.sel.CommandLine|base32");
        assertThat(modifier.reason()).contains("base32");
        assertThat(refusal("sel:\n  x: 1\ncondition: sel | count() > 5").reason()).contains("correlation");
        assertThat(refusal("sel:\n  x: 1\ncondition: sel and other").reason()).contains("other");
        assertThat(refusal("sel:\n  x: 1\ncondition: (sel").reason()).contains("parenthesis");
    }

    @Test
    void attackTagsGiveTacticsAndTechniques() {
        var loaded = new ArrayList<SigmaRule>();
        loader.load(new StringReader("title: T\nid: 2\ntags:\n  - attack.execution\n  - attack.t1059.001\ndetection:\n  s:\n    x: 1\n  condition: s"),
                "t.yml", loaded, new ArrayList<>());
        assertThat(loaded.getFirst().techniques()).containsExactly("T1059.001");
        assertThat(loaded.getFirst().tactics()).containsExactly("execution");
    }
}
