package org.podium.gates.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.podium.gates.internal.ScannerCodes;
import org.podium.support.Browser;

import tools.jackson.databind.json.JsonMapper;

/**
 * The scanner's decision time in the browser: the page's own code (static/js/credential.js) in
 * headless Chromium decides a series of codes (9 in 10 valid, 1 in 10 from another phone) against
 * a bundle with 10,000 revocations, first at full speed, then with the CPU slowed 4 and 6 times
 * (DevTools CPU throttling) as a stand-in for a phone-class device. Prints p50, p99 and max.
 * Run: {@code bench/scanner-decisions.sh [decisions=2000]}.
 */
public final class ScannerDecisions {

    public static void main(String[] args) throws Exception {
        var count = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim().split("\\s+")[0]) : 2000;
        var fixture = ScannerCodes.make(count, 10_000);
        var dir = Files.createDirectories(Path.of("target/scanner-bench"));
        var page = dir.resolve("bench.html");
        var script = Path.of("src/main/resources/static/js/credential.js").toAbsolutePath().toUri();
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=utf-8><title>scanner bench</title></head><body>"
                + "<script src=\"" + script + "\"></script></body></html>");
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
                          const gate = {session: f.session, entrance: f.entrance, keys: new Map([[f.keyId, key]]), revoked: new Set(f.revoked),
                            reentries: 0, proofMaxAge: 20, proofMaxAhead: 10};
                          const times = [];
                          let admitted = 0;
                          for (const code of f.codes) {
                            const started = performance.now();
                            const d = await PodiumCredential.check(code, gate, f.now, () => 0);
                            times.push(performance.now() - started);
                            if (!d.refusal) admitted++;
                          }
                          done([times, admitted]);
                        })().catch(e => done([[], String(e)]));
                        """, json);
                var times = ((List<?>) result.get(0)).stream().mapToDouble(t -> ((Number) t).doubleValue()).sorted().toArray();
                if (times.length == 0) {
                    throw new IllegalStateException("the page failed: " + result.get(1));
                }
                System.out.printf("CPU slowed %dx: %d decisions (%s admitted), p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", rate,
                        times.length, result.get(1), percentile(times, 50), percentile(times, 99), times[times.length - 1]);
            }
        } finally {
            browser.quit();
        }
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private ScannerDecisions() {
    }
}
