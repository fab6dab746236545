package org.podium.soc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * An event read token by token from its text must be the event Jackson's own reading into maps
 * gives once flattened (the way events were read before, and how the rules were tested): same
 * names, same values, same keyword values in the same order. And what cannot be stored or read is
 * refused with its reason.
 */
class EventTextTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final EventText texts = new EventText(json);

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"user\":\"ada@example.org\",\"source\":{\"ip\":\"10.0.0.1\",\"port\":51234}}",
            "{\"Event\":{\"System\":{\"Provider\":{\"#attributes\":{\"Name\":\"Microsoft-Windows-Sysmon\"}},\"EventID\":1,"
                    + "\"Channel\":\"Microsoft-Windows-Sysmon/Operational\"},\"EventData\":{\"Image\":\"C:\\\\Windows\\\\System32\\\\cmd.exe\","
                    + "\"CommandLine\":\"cmd /c \\\"whoami\\\"\",\"Threat Name\":\"HackTool:Win32/Mimikatz\"}}}",
            "{\"n\":9223372036854775807,\"big\":92233720368547758070,\"small\":-3,\"x\":1.5e10,\"y\":0.1,\"t\":true,\"f\":false,\"z\":null}",
            "{\"tags\":[\"a\",1,2.5,null,true,{\"k\":\"v\",\"deep\":{\"d\":[1,[2,3]]}},[\"x\",\"y\"]],\"empty\":{},\"none\":[]}",
            "{\"a\":{\"Image\":\"one\"},\"b\":{\"Image\":\"two\"},\"text\":\"tab\\there, é, 漢字, \\ud83d\\ude00\"}",
            "{\"same\":1,\"same\":2}"})
    void readsAnEventAsJacksonsMapsFlattenedWould(String text) {
        @SuppressWarnings("unchecked")
        var expected = SigmaEvent.of(json.readValue(text, Map.class));
        var read = texts.event(text);

        assertThat(texts.refusal(text)).isNull();
        assertThat(fields(read)).isEqualTo(fields(expected));
        assertThat(read.values()).isEqualTo(expected.values());
        for (var name : fields(expected).keySet()) {
            assertThat(read.has(name)).as(name).isTrue();
            assertThat(String.valueOf(read.get(name))).as(name).isEqualTo(String.valueOf(expected.get(name)));
        }
        assertThat(read.json()).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void namesTheWaysRulesNameFields() {
        var event = texts.event("{\"Event\":{\"System\":{\"Provider\":{\"#attributes\":{\"Name\":\"Microsoft-Windows-Windows Defender\"}}},"
                + "\"EventData\":{\"Threat Name\":\"HackTool:Win32/Mimikatz!pz\",\"Image\":\"a.exe\"}},\"x\":{\"Image\":\"b.exe\"}}");

        assertThat(event.get("Provider_Name")).isEqualTo("Microsoft-Windows-Windows Defender");
        assertThat(event.get("ThreatName")).as("a name with spaces, as the rules write it").isEqualTo("HackTool:Win32/Mimikatz!pz");
        assertThat(event.get("threat name")).as("any case of the path's last name is not a path").isNull();
        assertThat(event.get("event.eventdata.image")).as("a dotted path in any case").isEqualTo("a.exe");
        assertThat(event.has("Image")).as("Image is two fields' short name: ambiguous").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[1,2]|not a JSON object",
            "42|not a JSON object",
            "{\"a\":1|not JSON",
            "{\"a\":1} {\"b\":2}|more after the object",
            "{\"a\":\"x\\u0000y\"}|a value contains a NUL character",
            "{\"a\\u0000\":\"x\"}|a name contains a NUL character",
            "{\"a\":[\"ok\",{\"b\":\"\\ud800\"}]}|a value contains half of a surrogate pair",
            "{\"a\":\"\\u001b[31m\"}|a value contains the control character U+001B",
            // Written as themselves rather than escaped: a control character is not JSON, half a pair is refused.
            "{\"a\":\"x\u001by\"}|not JSON",
            "{\"a\":{\"b\":[\"x\u0000\"]}}|not JSON",
            "{\"a\":\"x\ud800y\"}|a value contains half of a surrogate pair",
            "{\"a\ude00\":1}|a name contains half of a surrogate pair"})
    void refusesWhatCannotBeStoredOrRead(String caseAndReason) {
        var text = caseAndReason.substring(0, caseAndReason.lastIndexOf('|'));
        var reason = caseAndReason.substring(caseAndReason.lastIndexOf('|') + 1);

        assertThat(texts.refusal(text)).contains(reason);
    }

    /**
     * The indexed fields read where the event is checked, as PostgreSQL 17's {@code #>>} read them
     * from the same texts (psql, json type): EventSearchTests compares every stored event with it.
     */
    @org.junit.jupiter.api.Test
    void readsTheIndexedFieldsAsPostgresqlDoes() {
        assertThat(texts.check("{\"user\":\"a\\\"b\\u00e9\",\"source\":{\"ip\":\"10.0.0.1\"},\"Computer\":\"WS-1\",\"EventID\":1.50e3}").indexed())
                .isEqualTo(new IndexedFields("a\"bé", "10.0.0.1", "WS-1", "1.50e3"));
        assertThat(texts.check("{\"user\": { \"a\" : [1, 2] } ,\"Computer\":[1, 2 ] , \"EventID\":true}").indexed())
                .isEqualTo(new IndexedFields("{ \"a\" : [1, 2] }", null, "[1, 2 ]", "true"));
        assertThat(texts.check("{\"user\":\"a\",\"user\":\"b\",\"source\":{\"ip\":\"1\"},\"source\":{\"x\":\"2\"}}").indexed())
                .isEqualTo(new IndexedFields("b", "1", null, null));
        assertThat(texts.check("{\"user\":\"a\",\"user\":null,\"source\":[{\"ip\":\"1\"}]}").indexed()).isEqualTo(IndexedFields.NONE);
        assertThat(texts.check("{\"user\":\"x\\u0000\"}")).isEqualTo(new EventText.Checked("a value contains a NUL character", IndexedFields.NONE));
        // The platform's own events are not input: a value the check refuses does not hide their account.
        var own = "{\"user\":\"staff@example.org\",\"detail\":\"\\u001b[31m\",\"source\":{\"ip\":\"10.0.0.2\"}}";
        assertThat(texts.check(own).refusal()).isNotNull();
        assertThat(texts.indexedFields(own)).isEqualTo(new IndexedFields("staff@example.org", "10.0.0.2", null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "{\"a\":1", "{\"a\":1} {\"b\":2}"})
    void anEventThatIsNotOneObjectIsNotRead(String text) {
        assertThatThrownBy(() -> texts.event(text)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> fields(SigmaEvent event) {
        var fields = new TreeMap<String, String>();
        event.forEachField((name, value) -> fields.put(name, value.toString()));
        return fields;
    }
}
