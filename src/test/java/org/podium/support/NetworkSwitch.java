package org.podium.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay in front of the platform that a test can switch off: a browser that reaches the
 * platform through it loses the network entirely, its service workers included (DevTools' offline
 * switch only reaches the page). Switched off, it drops every open connection and refuses new ones.
 */
public final class NetworkSwitch implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final InetAddress from;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean on = true;

    public NetworkSwitch(int targetPort) throws IOException {
        this(targetPort, InetAddress.getLoopbackAddress());
    }

    /**
     * A relay whose connections to the platform leave from {@code from} (any 127.x.y.z on Linux):
     * the platform sees a browser behind it as a client of another address, as a fan elsewhere.
     */
    public NetworkSwitch(int targetPort, InetAddress from) throws IOException {
        this.from = from;
        this.target = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    public void on() {
        on = true;
    }

    public void off() {
        on = false;
        open.forEach(NetworkSwitch::closeQuietly);
        open.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                var client = server.accept();
                if (!on) {
                    closeQuietly(client);
                    continue;
                }
                var upstream = new Socket(InetAddress.getLoopbackAddress(), target, from, 0);
                open.add(client);
                open.add(upstream);
                Thread.ofVirtual().start(() -> pipe(client, upstream));
                Thread.ofVirtual().start(() -> pipe(upstream, client));
            } catch (IOException e) {
                // closed, or a connection that failed: the browser sees a network error, as intended
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        off();
        server.close();
    }
}
