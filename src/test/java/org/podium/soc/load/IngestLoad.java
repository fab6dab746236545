package org.podium.soc.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.HdrHistogram.ConcurrentHistogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Ingestion end to end against a running platform (loopback only), over HTTP or from Kafka.
 * Batches of failed sign-ins (one in fifty from one address per client that sprays many accounts,
 * the others from addresses with at most four accounts each, below the spraying threshold) each carry one probe: an
 * event that Podium's rule for refused payment webhooks (level high) raises an alert for, with a
 * group of its own. The load listens to the SOC's alert stream (what the board shows) and
 * measures, for every probe, the time from sending its batch (HTTP) or its record (Kafka) to its
 * alert on the stream: the alert latency. Events/s count from the first send to the last
 * probe's alert, so they are events stored and evaluated, not merely accepted.
 * <p>
 * HTTP: a batch answered 429 is sent again after its Retry-After; the count of those is printed.
 * Kafka: the load starts an in-JVM broker, writes its address to {@code <work>/kafka} and waits
 * for {@code <work>/ready} (the script starts the platform on that broker in between); it
 * produces at a given rate (events/s), or as fast as it can.
 * Run with {@code bench/soc-ingest.sh [http|kafka] [clients] [batches per client] [events per batch] [kafka rate]}
 * (after a warm-up, {@code SOC_WARMUP_BATCHES} per client, 50 by default, not measured).
 */
public final class IngestLoad {

    private static final Pattern PROBE = Pattern.compile("probe-(\\d+)-(\\d+)");

    public static void main(String[] given) throws Exception {
        var args = given.length == 1 ? given[0].trim().split("\\s+") : given;
        var mode = args[0];
        var base = args[1];
        var clients = Integer.parseInt(args[2]);
        var batches = Integer.parseInt(args[3]);
        var size = Integer.parseInt(args[4]);
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost")) {
            throw new IllegalArgumentException("This load runs against this machine only (loopback), not " + base);
        }
        if (mode.equals("kafka")) {
            var work = Path.of(args[7]);
            var broker = new EmbeddedKafkaKraftBroker(1, 4, "podium.security-events");
            broker.afterPropertiesSet();
            try {
                Files.writeString(work.resolve("kafka"), broker.getBrokersAsString());
                while (!Files.exists(work.resolve("ready"))) {
                    Thread.sleep(200);
                }
                // The platform started on this broker after the load: its demo password is known only now.
                var password = Files.readString(work.resolve("password")).strip();
                var rate = args.length > 8 ? Integer.parseInt(args[8]) : 0;
                var warmup = args.length > 9 ? Integer.parseInt(args[9]) : 0;
                var token = ApiToken.issue(base, args[5], password);
                if (warmup > 0) {
                    System.out.println("warm-up, not measured: " + clients + " clients x " + warmup + " batches of " + size);
                    new IngestLoad(base, token, clients, warmup, size).kafka(broker.getBrokersAsString(), rate, 0);
                }
                // The script reads the platform's CPU from here on.
                Files.writeString(work.resolve("measuring"), "");
                new IngestLoad(base, token, clients, batches, size).kafka(broker.getBrokersAsString(), rate, warmup);
            } finally {
                broker.destroy();
            }
        } else {
            // A run after a warm-up numbers its batches on from it: new accounts, new probes (a probe seen
            // again within ten minutes would only be counted on its open alert, never streamed).
            var first = args.length > 7 ? Integer.parseInt(args[7]) : 0;
            new IngestLoad(base, ApiToken.issue(base, args[5], args[6]), clients, batches, size).http(first);
        }
    }


    private final String base;
    private final String auth;
    private final int clients;
    private final int batches;
    private final int size;
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Long> probesSent = new ConcurrentHashMap<>();
    private final ConcurrentHistogram alertLatency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
    private final CountDownLatch probesSeen;
    private final AtomicLong lastProbeSeen = new AtomicLong();
    // The slowest alert of the probes sent in each second of the run: shows whether the tail is one
    // stall or spread over the run.
    private final Map<Long, Long> slowestBySecond = new ConcurrentHashMap<>();
    private volatile long runStart = System.nanoTime();

    private IngestLoad(String base, String auth, int clients, int batches, int size) {
        this.base = base;
        this.auth = auth;
        this.clients = clients;
        this.batches = batches;
        this.size = size;
        this.probesSeen = new CountDownLatch(clients * batches);
    }

    /** A batch of {@code size} events, the last one the batch's probe. */
    private String batch(int client, int batch, String separator) {
        var body = new StringBuilder(size * 160);
        for (var i = 0; i < size - 1; i++) {
            var sprayer = i % 50 == 0;
            body.append("{\"logsource\":{\"product\":\"podium\",\"service\":\"accounts\"},\"event\":\"sign-in\",\"kind\":\"FAN\",\"outcome\":\"failure\",\"user\":\"user")
                    .append(client).append('-').append(batch).append('-').append(i).append("@example.org\",\"source\":{\"ip\":\"")
                    .append(sprayer ? "203.0.113." + client : "10." + client + "." + (batch % 250) + "." + (i / 4 % 250)).append("\"}}").append(separator);
        }
        body.append("{\"logsource\":{\"product\":\"podium\",\"service\":\"ticketing\"},\"event\":\"payment-webhook-refused\",\"order\":\"probe-").append(client).append('-').append(batch)
                .append("\",\"payment\":\"load\",\"reason\":\"latency probe\"}");
        return body.toString();
    }

    private void listen() throws Exception {
        var connected = new CountDownLatch(1);
        http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/staff/soc/alerts/stream")).header("Authorization", auth)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream()).thenAccept(response -> {
            try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                connected.countDown();
                for (var line = lines.readLine(); line != null; line = lines.readLine()) {
                    var probe = PROBE.matcher(line);
                    if (line.startsWith("data:") && probe.find()) {
                        var sent = probesSent.remove(probe.group());
                        if (sent != null) {
                            var now = System.nanoTime();
                            alertLatency.recordValue((now - sent) / 1000);
                            slowestBySecond.merge((sent - runStart) / 1_000_000_000L, (now - sent) / 1000, Math::max);
                            lastProbeSeen.set(now);
                            probesSeen.countDown();
                        }
                    }
                }
            } catch (java.io.IOException e) {
                System.err.println("alert stream ended: " + e.getMessage());
            }
        });
        if (!connected.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The alert stream did not open");
        }
    }

    private void http(int first) throws Exception {
        listen();
        var refused = new AtomicLong();
        var failed = new AtomicLong();
        var batchLatency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
        var start = System.nanoTime();
        runStart = start;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var c = 0; c < clients; c++) {
                var client = c;
                pool.submit(() -> {
                    for (var b = first; b < first + batches; b++) {
                        var body = batch(client, b, "\n");
                        while (true) {
                            var sent = System.nanoTime();
                            probesSent.put("probe-" + client + "-" + b, sent);
                            var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/soc/events?source=load"))
                                    .header("Authorization", auth).header("Content-Type", "application/x-ndjson")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 429) {
                                refused.incrementAndGet();
                                Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
                                continue;
                            }
                            batchLatency.recordValue((System.nanoTime() - sent) / 1000);
                            if (response.statusCode() != 200) {
                                failed.incrementAndGet();
                                probesSent.remove("probe-" + client + "-" + b);
                                probesSeen.countDown();
                            }
                            break;
                        }
                    }
                    return null;
                });
            }
        }
        report("HTTP", start, failed.get());
        System.out.printf("  batch answered (stored, durable) in: p50 %.1f ms, p99 %.1f ms; %d answered 429 and sent again%n",
                batchLatency.getValueAtPercentile(50) / 1000.0, batchLatency.getValueAtPercentile(99) / 1000.0, refused.get());
    }

    /** Records produced at {@code rate} events/s (0: as fast as the producer goes, the backlog then waits in the topic). */
    private void kafka(String brokers, int rate, int first) throws Exception {
        listen();
        var properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        // Not compressed: on loopback there is no network to save, and lz4 cost CPU on both sides of the
        // same two cores, in this producer and in the platform's consumer (measured unpaced: 39,639
        // events/s with lz4, 67,021 without).
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        var start = System.nanoTime();
        runStart = start;
        try (var producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            var produced = 0L;
            for (var b = first; b < first + batches; b++) {
                for (var c = 0; c < clients; c++) {
                    if (rate > 0) {
                        var due = start + (long) (produced * 1e9 / rate);
                        while (System.nanoTime() < due) {
                            Thread.sleep(1);
                        }
                    }
                    produced += size;
                    var records = batch(c, b, "\n").split("\n");
                    for (var i = 0; i < records.length - 1; i++) {
                        producer.send(new ProducerRecord<>("podium.security-events", records[i]));
                    }
                    var probe = "probe-" + c + "-" + b;
                    probesSent.put(probe, System.nanoTime());
                    producer.send(new ProducerRecord<>("podium.security-events", records[records.length - 1]));
                }
            }
        }
        report("KAFKA", start, 0);
    }

    private void report(String mode, long start, long failed) throws InterruptedException {
        var all = probesSeen.await(120, TimeUnit.SECONDS);
        var events = (long) clients * batches * size;
        var seconds = ((all ? lastProbeSeen.get() : System.nanoTime()) - start) / 1e9;
        System.out.printf("%n%s INGESTION: %,d events in %.1f s = %,.0f events/s stored and evaluated (%d clients, batches of %d)%s%s%n",
                mode, events, seconds, events / seconds, clients, size, failed > 0 ? "; " + failed + " batches failed" : "",
                all ? "" : "; " + probesSeen.getCount() + " probes never raised their alert");
        System.out.printf("  alert latency (sent -> alert on the board's stream), %d probes: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                alertLatency.getTotalCount(), alertLatency.getValueAtPercentile(50) / 1000.0,
                alertLatency.getValueAtPercentile(99) / 1000.0, alertLatency.getMaxValue() / 1000.0);
        System.out.println("  slowest alert of the probes sent in each second (s: ms): " + slowestBySecond.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed()).limit(6)
                .map(e -> e.getKey() + ": " + e.getValue() / 1000).collect(java.util.stream.Collectors.joining(", ")));
        // The generator shares the machine's cores with the platform: what it took is not the platform's.
        var cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        System.out.printf("  load generator's own CPU (start-up included): %.1f s%s%n", cpu / 1e9,
                mode.equals("KAFKA") ? " (the Kafka broker runs in it too)" : "");
    }
}
