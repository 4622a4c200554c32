package io.github.pvetasks.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP/1.1 server on plain sockets, for what WireMock's faults ({@link WireFaults})
 * cannot do: a body cut short of its Content-Length, a body stalled for ever after its headers
 * (and telling when the client closed that connection), a kept-alive connection dropped when it
 * is next used, and the exact bytes of each request's head. One thread per connection; test use
 * only.
 */
final class RawWireServer implements AutoCloseable {

    /** What to do with one request. */
    record Answer(byte[] bytes, boolean close, boolean hold) {

        /** A complete 200 answer with a JSON body; the connection stays open for the next request. */
        static Answer json(String json) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: "
                    + body.length + "\r\n\r\n";
            byte[] all = new byte[head.length() + body.length];
            System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, all, 0, head.length());
            System.arraycopy(body, 0, all, head.length(), body.length);
            return new Answer(all, false, false);
        }

        /** Closes the connection after reading the request, writing nothing. */
        static Answer closeWithoutAnswer() {
            return new Answer(new byte[0], true, false);
        }

        /** Writes these bytes, then closes. */
        static Answer thenClose(String raw) {
            return new Answer(raw.getBytes(StandardCharsets.ISO_8859_1), true, false);
        }

        /** Writes these bytes, then keeps the connection open and silent. */
        static Answer thenStall(String raw) {
            return new Answer(raw.getBytes(StandardCharsets.ISO_8859_1), false, true);
        }
    }

    /** Decides the answer from the request line and its place on its connection. */
    interface Script {
        Answer answer(String requestLine, int indexOnConnection);
    }

    private final ServerSocket server;
    private final Script script;
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger held = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.CountDownLatch firstHeld = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.Semaphore heldClosedByClient = new java.util.concurrent.Semaphore(0);

    RawWireServer(Script script) throws IOException {
        this.script = script;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "raw-wire-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** @return "METHOD /path?query" of every request read, in order */
    List<String> requestLines() {
        return new ArrayList<>(requestLines);
    }

    /** @return each request's head (request line and headers), lower-cased */
    List<String> heads() {
        return new ArrayList<>(heads);
    }

    /** @return how many connections got a stalled answer and are, or were, held open */
    int heldConnections() {
        return held.get();
    }

    /**
     * Waits until a connection is held with a stalled answer.
     *
     * @param within the longest wait
     * @return whether one was within the time
     * @throws InterruptedException when interrupted
     */
    boolean awaitHeld(java.time.Duration within) throws InterruptedException {
        return firstHeld.await(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * Waits until the client has closed this many held connections.
     *
     * @param count how many
     * @param within the longest wait
     * @return whether it did within the time
     * @throws InterruptedException when interrupted
     */
    boolean awaitHeldClosedByClient(int count, java.time.Duration within) throws InterruptedException {
        boolean closed = heldClosedByClient.tryAcquire(count, within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        if (closed) {
            heldClosedByClient.release(count);
        }
        return closed;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                sockets.add(s);
                Thread t = new Thread(() -> serve(s), "raw-wire-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            for (int index = 0; ; index++) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String requestLine = head.substring(0, head.indexOf("\r\n")).replaceFirst(" HTTP/1\\.[01]$", "");
                in.readNBytes(contentLength(head));
                requestLines.add(requestLine);
                heads.add(head.toLowerCase(Locale.ROOT));
                Answer answer = script.answer(requestLine, index);
                out.write(answer.bytes());
                out.flush();
                if (answer.hold()) {
                    held.incrementAndGet();
                    firstHeld.countDown();
                    while (in.read() >= 0) {
                        // silent until the client or the server closes
                    }
                    heldClosedByClient.release(); // read returned -1: the client closed its end
                    return;
                }
                if (answer.close()) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
