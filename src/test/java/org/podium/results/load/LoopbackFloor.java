package org.podium.results.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The least time this machine needs to push one small event to N open TCP connections on
 * loopback, with no HTTP server at all: N raw non-blocking writes of an SSE-sized message by one
 * thread per core, read back by two selector threads in the same process. It bounds what any SSE
 * server can reach here, since on loopback the kernel's send and receive paths share the cores.
 *
 * <p>Run with {@code bench/sse-floor.sh [connections=9000]} (the open-files limit here is 20,000,
 * and both ends of every connection are in this one process).
 */
public final class LoopbackFloor {

    public static void main(String[] given) throws Exception {
        var args = given.length == 1 ? given[0].trim().split("\\s+") : given;
        var connections = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 9_000;
        var writers = Runtime.getRuntime().availableProcessors();
        var server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0), connections);
        var address = server.getLocalAddress();
        var readers = List.of(Selector.open(), Selector.open());
        var sockets = new ArrayList<SocketChannel>();
        for (var i = 0; i < connections; i++) {
            var client = SocketChannel.open(address);
            client.configureBlocking(false);
            client.register(readers.get(i % readers.size()), SelectionKey.OP_READ);
            var socket = server.accept();
            socket.configureBlocking(false);
            socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
            sockets.add(socket);
        }
        var received = new AtomicLong();
        var lastArrival = new AtomicLong();
        for (var selector : readers) {
            Thread.ofPlatform().daemon().start(() -> read(selector, received, lastArrival));
        }
        var event = new byte[130]; // an unit-result event's size
        Arrays.fill(event, (byte) 'x');
        var pool = Executors.newFixedThreadPool(writers);
        var rounds = 30;
        var lasts = new double[rounds - 10];
        for (var round = 0; round < rounds; round++) {
            received.set(0);
            var start = System.nanoTime();
            var done = new CountDownLatch(writers);
            var share = (connections + writers - 1) / writers;
            for (var w = 0; w < writers; w++) {
                var from = w * share;
                pool.execute(() -> {
                    var bytes = ByteBuffer.wrap(event);
                    for (var i = from; i < Math.min(connections, from + share); i++) {
                        try {
                            bytes.rewind();
                            sockets.get(i).write(bytes);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    done.countDown();
                });
            }
            done.await();
            while (received.get() < connections) {
                Thread.sleep(1);
            }
            if (round >= 10) { // the first rounds warm the JIT up
                lasts[round - 10] = (lastArrival.get() - start) / 1e6;
            }
            Thread.sleep(300);
        }
        Arrays.sort(lasts);
        System.out.printf("%d connections, %d writer threads: last arrival ms: median %.1f  min %.1f  max %.1f%n",
                connections, writers, lasts[lasts.length / 2], lasts[0], lasts[lasts.length - 1]);
        System.exit(0);
    }

    private static void read(Selector selector, AtomicLong received, AtomicLong lastArrival) {
        var buffer = ByteBuffer.allocateDirect(1 << 16);
        try {
            while (true) {
                selector.select(key -> {
                    try {
                        buffer.clear();
                        if (((SocketChannel) key.channel()).read(buffer) > 0) {
                            received.incrementAndGet();
                            lastArrival.set(System.nanoTime());
                        }
                    } catch (IOException e) {
                        key.cancel();
                    }
                });
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
