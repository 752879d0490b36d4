package uk.gov.sli.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) started as a separate process, the way
 * the README's run command starts it, for tests that restart or kill it.
 */
public final class PackagedService implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final Duration startToReady;

    private PackagedService(Process process, int port, int managementPort, Path log, Duration startToReady) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.startToReady = startToReady;
    }

    public static PackagedService start(Map<String, String> environment) throws IOException, InterruptedException {
        return start(environment, List.of());
    }

    public static PackagedService start(Map<String, String> environment, List<String> jvmOptions)
            throws IOException, InterruptedException {
        return start(environment, jvmOptions, Path.of(System.getProperty("java.home")));
    }

    /** Starts the packaged service on the JDK at {@code javaHome} (the benchmark compares JDK 17 with JDK 25). */
    public static PackagedService start(Map<String, String> environment, List<String> jvmOptions, Path javaHome)
            throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the package phase first (mvn verify does)");
        }
        int port = freePort();
        int managementPort = freePort();
        Path log = Files.createTempFile("sli-service", ".log");
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        Instant started = Instant.now();
        Process process = builder.start();
        PackagedService service = new PackagedService(process, port, managementPort, log, null);
        Duration ready = service.awaitReady(Duration.ofSeconds(120), started);
        return new PackagedService(process, port, managementPort, log, ready);
    }

    /** Starts the service expecting it to refuse to start; answers its log once it has exited. */
    public static String expectStartupFailure(Map<String, String> environment) throws IOException, InterruptedException {
        Path log = Files.createTempFile("sli-service", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(freePort()));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(freePort()));
        Process process = builder.start();
        if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The service started although it should have refused:\n" + Files.readString(log));
        }
        if (process.exitValue() == 0) {
            throw new IllegalStateException("The service exited cleanly although it should have failed:\n" + Files.readString(log));
        }
        return Files.readString(log);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Health and metrics: the management interface. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public Duration startToReady() {
        return startToReady;
    }

    public long pid() {
        return process.pid();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL: no shutdown hooks, no chance to tidy up, as in a crash. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
    }

    private Duration awaitReady(Duration limit, Instant started) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = started.plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return Duration.between(started, Instant.now());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            // Asked every 10 ms, so a start-to-ready time is the service's own to within 10 ms (at 100 ms a start read up to
            // a tenth of a second late, 50 ms on average, a twentieth of the one-second goal the benchmark reports on).
            Thread.sleep(10);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The service was not ready within " + limit + ":\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
