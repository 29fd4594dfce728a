package com.momentverse.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A second MomentVerse server beside the one Arquillian manages, started as an operator starts
 * one: the prepared WildFly's {@code bin/momentverse.sh} as a process of its own, with its own
 * base directory (configuration copied there by the build; the packaged EAR dropped into its
 * {@code deployments}, which the deployment scanner deploys at boot), its ports moved by an
 * offset, and the environment given. {@link #close} stops it as SIGTERM does in production (a
 * graceful suspend of {@code MV_SHUTDOWN_TIMEOUT} seconds), and kills it if it hangs.
 */
final class SecondServer implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(45);

    private final Process process;
    private final Path base;
    private final Thread killer;
    private final URI site;
    private final URI management;

    private SecondServer(Process process, Path base, int portOffset) {
        this.process = process;
        this.base = base;
        this.site = URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/");
        this.management = URI.create("http://127.0.0.1:" + (9990 + portOffset) + "/");
        this.killer = new Thread(this::kill, "kill-second-server");
        Runtime.getRuntime().addShutdownHook(killer); // the test JVM ends: the server must not outlive it
    }

    /**
     * Starts the server and waits until it is ready (it answers the ping, and its readiness check
     * is UP: the EAR is deployed and the database answers), for at most the time given. The environment is the
     * test JVM's with the given variables set, or removed where their value is {@code null}.
     */
    static SecondServer start(Path base, int portOffset, Map<String, String> environment, Duration timeout) {
        for (int port : new int[] {8080 + portOffset, 9990 + portOffset}) {
            if (listening(port)) {
                throw new IllegalStateException("port " + port + " is in use: cannot start a second server with offset " + portOffset);
            }
        }
        Path home = Path.of(System.getProperty("mv.server.home"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/momentverse.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + portOffset, "-Djboss.server.base.dir=" + base)
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("console.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1"); // standalone.sh passes SIGTERM on to the JVM
        env.put("MV_SHUTDOWN_TIMEOUT", "5");
        environment.forEach((name, value) -> {
            if (value == null) {
                env.remove(name);
            } else {
                env.put(name, value);
            }
        });
        SecondServer server;
        try {
            prepare(base);
            server = new SecondServer(builder.start(), base, portOffset);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the second server in " + base, e);
        }
        try {
            server.awaitReady(timeout);
        } catch (InterruptedException e) {
            server.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The public site, as {@link Api#at} takes it. */
    URI site() {
        return site;
    }

    /** The last lines of the server's log, for a failure's message. */
    String logTail() {
        Path log = base.resolve("log/server.log");
        try {
            List<String> lines = Files.readAllLines(Files.exists(log) ? log : base.resolve("console.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
    }

    /** A fresh base directory: the configuration the build copied, no data or logs of an earlier run, the EAR to deploy. */
    private static void prepare(Path base) throws IOException {
        if (!Files.exists(base.resolve("configuration/standalone-mv.xml"))) {
            throw new IllegalStateException(base + "/configuration has no standalone-mv.xml: the build copies it (pre-integration-test)");
        }
        for (String dir : new String[] {"data", "log", "tmp", "deployments"}) {
            deleteTree(base.resolve(dir));
        }
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("mv.it.ear")), base.resolve("deployments/momentverse.ear"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Path failed = base.resolve("deployments/momentverse.ear.failed");
        while (Instant.now().isBefore(deadline)) {
            if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the second server stopped (exit " + process.exitValue() + ") before it was ready:\n" + logTail());
            }
            if (Files.exists(failed)) {
                throw new AssertionError("the EAR failed to deploy on the second server:\n" + logTail());
            }
            try {
                // The public ping answers once the EAR is deployed and the server resumed; polling the
                // readiness check instead would log a warning each time it is still DOWN.
                if (Api.anonymous().at(site).get("api/v1/ping").statusCode() == 200) {
                    HttpResponse<String> ready = Http.get(management, "health/ready");
                    if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                        return;
                    }
                }
            } catch (UncheckedIOException notListeningYet) {
                // booting
            }
        }
        throw new AssertionError("the second server was not ready within " + timeout + ":\n" + logTail());
    }

    /** SIGTERM to the launcher, which passes it on to the JVM; whatever still runs after the timeout is killed. */
    private void kill() {
        List<ProcessHandle> started = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        process.destroy();
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        for (ProcessHandle handle : started) {
            try {
                handle.onExit().get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                handle.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                started.forEach(ProcessHandle::destroyForcibly);
                return;
            }
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
