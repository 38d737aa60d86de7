package id.blitar.kiosk.server.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kiosk's network, between the browser and the server: a TCP relay on this machine that can drop
 * like a library's Wi-Fi. While it is cut, every byte in both directions vanishes and new connections
 * hang without an answer (nothing is refused: the browser only learns from silence). When it comes
 * back, the connections that stalled are closed, as a router forgets them, and new ones pass.
 */
final class KioskNetwork implements AutoCloseable {

    private final ServerSocket listener;
    private final int serverPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    KioskNetwork(int serverPort) {
        this.serverPort = serverPort;
        try {
            listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread("kiosk-network-accept", this::accept);
    }

    /** The port the kiosk browser opens instead of the server's. */
    int port() {
        return listener.getLocalPort();
    }

    String url(String path) {
        return "http://localhost:" + port() + path;
    }

    /** The Wi-Fi drops: nothing passes any more, and nothing says so. */
    void cut() {
        cut = true;
    }

    /** The Wi-Fi is back: stalled connections end, new ones pass. */
    void restore() {
        cut = false;
        open.forEach(KioskNetwork::closeQuietly);
        open.clear();
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket kiosk;
            try {
                kiosk = listener.accept();
            } catch (IOException e) {
                return;
            }
            open.add(kiosk);
            if (cut) {
                // A connection made during the cut: heard, never answered.
                thread("kiosk-network-silent", () -> pump(kiosk, null));
                continue;
            }
            try {
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), serverPort));
                open.add(server);
                thread("kiosk-network-up", () -> pump(kiosk, server));
                thread("kiosk-network-down", () -> pump(server, kiosk));
            } catch (IOException e) {
                closeQuietly(kiosk);
            }
        }
    }

    /** Copies from one side to the other while the network is up; swallows everything while it is cut. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to == null ? null : to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (!cut && out != null) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (SocketException e) {
            // closed by the other side or by restore()
        } catch (IOException e) {
            // the same: a connection ends
        } finally {
            closeQuietly(from);
            if (to != null) {
                closeQuietly(to);
            }
            open.remove(from);
            if (to != null) {
                open.remove(to);
            }
        }
    }

    private static void thread(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        restore();
    }
}
