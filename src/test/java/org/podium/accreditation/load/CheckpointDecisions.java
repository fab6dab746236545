package org.podium.accreditation.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.podium.accreditation.internal.CardCodes;
import org.podium.support.Browser;

import tools.jackson.databind.json.JsonMapper;

/**
 * The checkpoint's decision time in the browser: the page's own code (static/js/credential.js and
 * card.js) in headless Chromium decides a series of cards against a revocation list of 50,000
 * (default) entries, at full speed and with the CPU slowed 4 and 6 times (DevTools CPU throttling)
 * as a stand-in for a phone-class device. Prints p50, p99 and max.
 * Run: {@code bench/checkpoint-decisions.sh [decisions=2000] [revocations=50000]}.
 */
public final class CheckpointDecisions {

    public static void main(String[] given) throws Exception {
        var args = given.length == 1 ? given[0].trim().split("\\s+") : given;
        var count = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 2000;
        var revocations = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        var fixture = CardCodes.make(count, revocations);
        var dir = Files.createDirectories(Path.of("target/checkpoint-bench"));
        var page = dir.resolve("bench.html");
        var scripts = List.of("credential.js", "card.js").stream()
                .map(s -> "<script src=\"" + Path.of("src/main/resources/static/js", s).toAbsolutePath().toUri() + "\"></script>")
                .reduce("", String::concat);
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=utf-8><title>checkpoint bench</title></head><body>" + scripts
                + "</body></html>");
        var json = JsonMapper.builder().build().writeValueAsString(fixture);
        var browser = Browser.start("en");
        try {
            browser.get(page.toAbsolutePath().toUri().toString());
            for (var rate : List.of(1, 4, 6)) {
                browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", rate));
                @SuppressWarnings("unchecked")
                var result = (List<Object>) browser.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const f = JSON.parse(arguments[0]);
                        (async () => {
                          const key = await crypto.subtle.importKey('raw', PodiumCredential.b64decode(f.publicKey), {name: 'Ed25519'}, false, ['verify']);
                          const point = {keys: new Map([[f.keyId, key]]), revokedBelow: new Map(f.revoked), venue: f.venue, zone: f.zone};
                          const times = [], outcomes = {};
                          for (const code of f.codes) {
                            const started = performance.now();
                            const d = await PodiumCard.check(code, point, f.now);
                            times.push(performance.now() - started);
                            const o = d.refusal || 'ADMITTED';
                            outcomes[o] = (outcomes[o] || 0) + 1;
                          }
                          done([times, JSON.stringify(outcomes)]);
                        })().catch(e => done([[], String(e)]));
                        """, json);
                var times = ((List<?>) result.get(0)).stream().mapToDouble(t -> ((Number) t).doubleValue()).sorted().toArray();
                if (times.length == 0) {
                    throw new IllegalStateException("the page failed: " + result.get(1));
                }
                System.out.printf("CPU slowed %dx, %,d revocations: %d decisions %s, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", rate,
                        revocations, times.length, result.get(1), percentile(times, 50), percentile(times, 99), times[times.length - 1]);
            }
        } finally {
            browser.quit();
        }
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private CheckpointDecisions() {
    }
}
