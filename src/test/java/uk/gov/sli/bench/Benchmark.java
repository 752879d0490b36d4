package uk.gov.sli.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.sli.platform.embedded.LocalPostgres;
import uk.gov.sli.tables.Table;
import uk.gov.sli.it.PackagedService;

/**
 * The project's benchmark: {@code ./mvnw -B -Pbenchmark package -DskipTests}. Builds a clearly synthetic dataset
 * (20 years x 60 targets, finance, leadership and peer challenge figures; never mixed with seed-data/) in a fresh
 * PostgreSQL, starts the packaged service, drives load on loopback with wrk, and prints requests/s, p50 and p99
 * per endpoint with its ratio to the /q/health/live ceiling measured in the same run, start-to-ready time and RSS.
 */
public final class Benchmark {

    private static final String PASSWORD = "benchmark-password";
    private static final int YEARS = 20;
    private static final int TARGETS = 60;
    private static final String LAST_YEAR = yearId(2040 + YEARS - 1);

    private record Result(String name, double requestsPerSecond, double p50Millis, double p99Millis) {
    }

    /** The import lines: rows and milliseconds of each. */
    private record Import(String name, int rows, long millis) {
        String line() {
            return String.format(Locale.ROOT, "| %s | %,d | %,d | %,.0f |", name, rows, millis, rows * 1000.0 / Math.max(1, millis));
        }
    }

    private static final int LARGE_TARGETS = 25_000;

    public static void main(String[] args) throws Exception {
        int connections = Integer.parseInt(System.getProperty("bench.connections", "8"));
        // The JVM exactly as the deployment runs it (k8s/base/configmap.yaml); override with -Dbench.jvm="...".
        List<String> jvm = System.getProperty("bench.jvm") != null ? List.of(System.getProperty("bench.jvm").trim().split("\\s+"))
                : ContainerJvm.options();
        String duration = System.getProperty("bench.duration", "10s");
        Path home = Files.createTempDirectory("sli-bench");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        String wrk = requireWrk();
        try (LocalPostgres db = LocalPostgres.start(home.resolve("db"))) {
            Map<String, String> env = withDatabase(Map.of(), db);
            Duration firstStart;
            try (PackagedService first = PackagedService.start(env, jvm)) {
                firstStart = first.startToReady();
                Instant loading = Instant.now();
                loadSyntheticData(first.baseUrl());
                System.out.printf("Synthetic dataset (%d years x %d targets) loaded through the API in %d ms%n", YEARS, TARGETS,
                        Duration.between(loading, Instant.now()).toMillis());
            }
            // The large imports run first, on a service of their own with the same JVM (-Dbench.import.jvm changes it)...
            List<String> importJvm = System.getProperty("bench.import.jvm") != null
                    ? List.of(System.getProperty("bench.import.jvm").trim().split("\\s+")) : jvm;
            // ...and in a database of their own, so that the large year weighs on no other line.
            List<Import> imports;
            List<String> largeYearAnswers;
            try (LocalPostgres importDb = LocalPostgres.start(home.resolve("db-imports"));
                    PackagedService importer = PackagedService.start(withDatabase(env, importDb), importJvm)) {
                imports = timeLargeImports(importer.baseUrl());
                largeYearAnswers = timeLargeYearAnswers(importer.baseUrl());
            }
            List<String> startups = new ArrayList<>();
            String database;
            // Measured as the image runs it (Dockerfile.jvm): with an AppCDS archive of its classes, written by a
            // training run with this JDK; start-to-ready without one is measured beside it.
            Path java17 = Path.of(System.getProperty("java.home"));
            List<String> deployed = new ArrayList<>(jvm);
            Path appCds = trainedArchive(env, jvm, java17, "app-cds.jsa", "-XX:ArchiveClassesAtExit=");
            if (appCds != null) {
                deployed.add("-XX:SharedArchiveFile=" + appCds);
            }
            String deployedStarts = startToReady(env, deployed, java17);
            try (PackagedService service = PackagedService.start(env, deployed)) {
                String base = service.baseUrl();
                long xlsxMillis = timeSingleRequest(base + "/api/years/" + LAST_YEAR + "/export.xlsx?quarter=Q4");
                long packMillis = timeSingleRequest(base + "/api/years/" + LAST_YEAR + "/monitoring-pack.xlsx?quarter=Q4");
                String pdf = base + "/api/years/" + LAST_YEAR + "/report.pdf?quarter=Q2";
                long pdfMillis = timeSingleRequest(pdf);
                // One request is one sample on a machine where runs of a build differ by 20%: the median of the next
                // nine is printed beside it, so a render's own cost and a just-started service's can be told apart.
                long pdfMedianMillis = medianOfRequests(pdf, 9);
                long hostileMillis = timeHostileImport(base);
                List<Result> results = driveLoad(service, wrk, connections, duration);
                long[] rssKb = rssAnonymousAndFileKilobytes(service.pid());
                // The same process five quiet seconds later: what it holds between bursts, once glibc has been given
                // back what the last endpoint's requests freed (the JVM trims the C heap every second).
                Thread.sleep(5_000);
                long[] settledKb = rssAnonymousAndFileKilobytes(service.pid());
                startups.add(appCds == null ? "JDK 17 with an AppCDS archive: the training run wrote none"
                        : String.format(Locale.ROOT, "JDK 17 with the AppCDS archive (%d MB): %s", Files.size(appCds) / (1024 * 1024),
                                deployedStarts));
                database = databaseFloor(db, connections, duration);
                print(results, connections, duration, firstStart, service.startToReady(), rssKb, settledKb, xlsxMillis, packMillis,
                        hostileMillis, imports, largeYearAnswers, startups, database, pdfMillis, pdfMedianMillis);
                String options = "service JVM options: " + String.join(" ", deployed) + " " + ContainerJvm.environment() + "\n";
                System.out.println(options);
                Files.writeString(Path.of("target", "benchmark.md"), options, java.nio.file.StandardOpenOption.APPEND);
            }
            startupsWithClassArchives(env, jvm, startups, wrk, connections, duration);
            if (startups.size() > 1) {
                String lines = "\nstart-to-ready against the running PostgreSQL, same data:\n" + String.join("\n", startups) + "\n";
                System.out.println(lines);
                Files.writeString(Path.of("target", "benchmark.md"), lines, java.nio.file.StandardOpenOption.APPEND);
            }
        }
    }

    private static void print(List<Result> results, int connections, String duration, Duration firstStart,
            Duration start, long[] rssKb, long[] settledKb, long xlsxMillis, long packMillis, long hostileMillis, List<Import> imports,
            List<String> largeYearAnswers, List<String> startups, String database, long pdfMillis, long pdfMedianMillis) throws IOException {
        double ceiling = results.get(0).requestsPerSecond();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nBenchmark %s on %s (%d cores), wrk %d connections x %s per endpoint%n",
                LocalDate.now(), machine(), Runtime.getRuntime().availableProcessors(), connections, duration));
        out.append("| endpoint | requests/s | ratio to ceiling | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.2f |%n", r.name(), r.requestsPerSecond(),
                    r.requestsPerSecond() / ceiling, r.p50Millis(), r.p99Millis()));
        }
        out.append(String.format(Locale.ROOT, "%nstart-to-ready of the measured service: %d ms (without a class archive on an empty database: %d ms,"
                + " with migrations)%n", start.toMillis(), firstStart.toMillis()));
        out.append(String.format(Locale.ROOT, "RSS after the load: %d MB (anonymous %d MB, files %d MB); five quiet seconds later: %d MB"
                + " (anonymous %d MB)%n", (rssKb[0] + rssKb[1]) / 1024, rssKb[0] / 1024, rssKb[1] / 1024,
                (settledKb[0] + settledKb[1]) / 1024, settledKb[0] / 1024));
        out.append(String.format(Locale.ROOT, "single Annex B XLSX export (60 targets): %d ms; monitoring pack: %d ms; board PDF: %d ms "
                + "(the second request after start; the median of the nine after it: %d ms)%n", xlsxMillis, packMillis, pdfMillis,
                pdfMedianMillis));
        out.append(String.format(Locale.ROOT, "figures import of %d rows, every value a 40-character number: refused (400) in %d ms%n",
                HOSTILE_ROWS, hostileMillis));
        out.append("\n| import (CSV through the API, one transaction each, at most " + String.format(Locale.ROOT, "%,d", Table.MAX_ROWS)
                + " rows a file; the service's JVM as above) | rows | ms | rows/s |\n|---|---|---|---|\n");
        imports.forEach(i -> out.append(i.line()).append('\n'));
        out.append("\n| the large year (" + String.format(Locale.ROOT, "%,d", LARGE_TARGETS)
                + " targets, four quarters), as at Q4, the first answer after its imports | bytes | ms |\n|---|---|---|\n");
        largeYearAnswers.forEach(line -> out.append(line).append('\n'));
        out.append('\n').append(database).append('\n');
        System.out.println(out);
        Path report = Path.of("target", "benchmark.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString());
        System.out.println("Written to " + report);
    }

    private static Result runWrk(String wrk, String name, String url, int connections, String duration)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(wrk, "-t2", "-c" + connections, "-d" + duration, "--latency",
                "-H", "Authorization: " + authorization(), url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        if (output.contains("Non-2xx or 3xx responses")) {
            throw new IllegalStateException(name + " answered errors under load:\n" + output);
        }
        return new Result(name, number(output, "Requests/sec:\\s+([\\d.]+)"),
                millis(output, "\\s50%\\s+([\\d.]+)(us|ms|s)"), millis(output, "\\s99%\\s+([\\d.]+)(us|ms|s)"));
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("wrk output without " + regex + ":\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double millis(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("wrk output without " + regex + ":\n" + text);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static final int HOSTILE_ROWS = 10_000;

    /**
     * Rule 11 under load: a figures import whose every value is a 40-character number (out of range) must be refused
     * whole, line by line, without reading any of them into arithmetic. Timed once, after one warm-up.
     */
    private static long timeHostileImport(String base) throws IOException, InterruptedException {
        StringBuilder csv = new StringBuilder("code,quarter,value\n");
        for (int i = 0; i < HOSTILE_ROWS; i++) {
            int t = i % TARGETS + 1;
            csv.append(t == 1 ? "PEER" : "SYN").append(String.format(Locale.ROOT, "-%02d", t)).append(",Q").append(i % 4 + 1).append(',')
                    .append("9".repeat(39)).append(i % 10).append('\n');
        }
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/years/" + LAST_YEAR + "/figures"))
                .header("Authorization", authorization()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build();
        client.send(request, HttpResponse.BodyHandlers.discarding());
        Instant start = Instant.now();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = Duration.between(start, Instant.now()).toMillis();
        if (response.statusCode() != 400) {
            throw new IllegalStateException("the hostile import answered " + response.statusCode() + ", not 400");
        }
        return millis;
    }

    /** The settings every service of the benchmark gets, on the given database. */
    private static Map<String, String> withDatabase(Map<String, String> base, LocalPostgres db) {
        Map<String, String> env = new java.util.HashMap<>(base);
        env.putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(), "QUARKUS_DATASOURCE_USERNAME", db.username(),
                "QUARKUS_DATASOURCE_PASSWORD", db.password(), "SLI_ADMIN_PASSWORD", PASSWORD,
                "SLI_SEED_DATA_LOAD_WHEN_EMPTY", "false", "QUARKUS_LOG_LEVEL", "WARN"));
        env.putAll(ContainerJvm.environment());
        return env;
    }

    /**
     * Start-to-ready with no class archive on JDK 17, and on JDK 25 (when {@code /usr/lib/jvm/temurin-25-jdk-amd64} or
     * {@code -Dbench.java25} exists) plain and with an AOT cache (JEP 483/514) written by a training run.
     */
    private static void startupsWithClassArchives(Map<String, String> env, List<String> jvm, List<String> startups, String wrk,
            int connections, String duration) throws IOException, InterruptedException {
        startups.add(0, "JDK 17, no class archive: " + startToReady(env, jvm, Path.of(System.getProperty("java.home"))));
        Path java25 = Path.of(System.getProperty("bench.java25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        if (!Files.isExecutable(java25.resolve("bin").resolve("java"))) {
            startups.add("JDK 25: not on this machine (set -Dbench.java25)");
            return;
        }
        // As Dockerfile.jvm25 runs it: the image's own settings (G1; see there why), or -Dbench.jvm25="...".
        List<String> jvm25 = System.getProperty("bench.jvm25") != null
                ? List.of(System.getProperty("bench.jvm25").trim().split("\\s+")) : ContainerJvm.jdk25Options();
        startups.add("JDK 25 JVM options: " + String.join(" ", jvm25));
        startups.add("JDK 25, no class archive: " + startToReady(env, jvm25, java25));
        Path cache = trainedArchive(env, jvm25, java25, "app.aot", "-XX:AOTCacheOutput=");
        if (cache == null) {
            startups.add("JDK 25 with the AOT cache: the training run wrote none");
            return;
        }
        List<String> withCache = new ArrayList<>(jvm25);
        withCache.add("-XX:AOTCache=" + cache);
        startups.add(String.format(Locale.ROOT, "JDK 25 with the AOT cache (%d MB): %s", Files.size(cache) / (1024 * 1024),
                startToReady(env, withCache, java25)));
        // Dockerfile.jvm25 runs it this way under the same memory limit: its memory after the same load, beside JDK 17's.
        try (PackagedService service = PackagedService.start(env, withCache, java25)) {
            String pdf = service.baseUrl() + "/api/years/" + LAST_YEAR + "/report.pdf?quarter=Q2";
            timeSingleRequest(service.baseUrl() + "/api/years/" + LAST_YEAR + "/monitoring-pack.xlsx?quarter=Q4");
            long pdfMedianMillis = medianOfRequests(pdf, 11);
            List<Result> results = driveLoad(service, wrk, connections, duration);
            long[] rss = rssAnonymousAndFileKilobytes(service.pid());
            String rates = results.stream().skip(1).map(r -> String.format(Locale.ROOT, "%s %.0f/s (%.2f)", r.name(),
                    r.requestsPerSecond(), r.requestsPerSecond() / results.get(0).requestsPerSecond()))
                    .collect(java.util.stream.Collectors.joining(", "));
            startups.add(String.format(Locale.ROOT, "JDK 25 with the AOT cache, after the same load: RSS %d MB (anonymous %d MB, files %d MB);"
                    + " board PDF median of eleven %d ms; %s", (rss[0] + rss[1]) / 1024, rss[0] / 1024, rss[1] / 1024, pdfMedianMillis,
                    rates));
        }
    }

    /** Each endpoint warmed up (JIT, caches) with the same load, then measured. */
    private static List<Result> driveLoad(PackagedService service, String wrk, int connections, String duration)
            throws IOException, InterruptedException {
        String base = service.baseUrl();
        List<Result> results = new ArrayList<>();
        String[][] endpoints = {
                {"/q/health/live (ceiling, management port)", "MANAGEMENT/q/health/live"},
                {"deliverables JSON", "/api/years/" + LAST_YEAR + "/deliverables?quarter=Q4"},
                {"year page (HTML)", "/years/" + LAST_YEAR + "?quarter=Q4"},
                {"dashboard data (peer challenges)", "/api/dashboards/peer-challenges?year=" + LAST_YEAR},
                {"Annex B XLSX export", "/api/years/" + LAST_YEAR + "/export.xlsx?quarter=Q4"},
        };
        for (String[] endpoint : endpoints) {
            String url = endpoint[1].startsWith("MANAGEMENT") ? service.managementUrl() + endpoint[1].substring(10)
                    : base + endpoint[1];
            runWrk(wrk, endpoint[0], url, connections, System.getProperty("bench.warmup", "5s"));
            results.add(runWrk(wrk, endpoint[0], url, connections, duration));
        }
        return results;
    }

    /** Starts that differ by a fifth on this machine: three of them, their median first. */
    private static final int STARTS = 3;

    private static String startToReady(Map<String, String> env, List<String> jvm, Path javaHome)
            throws IOException, InterruptedException {
        long[] millis = new long[STARTS];
        for (int i = 0; i < STARTS; i++) {
            try (PackagedService service = PackagedService.start(env, jvm, javaHome)) {
                millis[i] = service.startToReady().toMillis();
            }
        }
        String runs = java.util.Arrays.stream(millis).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(", "));
        java.util.Arrays.sort(millis);
        return String.format(Locale.ROOT, "%d ms (median of %d starts: %s)", millis[STARTS / 2], STARTS, runs);
    }

    /**
     * A class archive written by a training run on the JDK at {@code javaHome} (an archive is tied to the JVM build
     * that wrote it): the service asked for the synthetic year's page, its JSON, the report PDF, the monitoring pack and
     * a dashboard (as src/main/docker/aot-train.sh asks for the seed year's), then stopped.
     * Null when none was written.
     */
    private static Path trainedArchive(Map<String, String> env, List<String> jvm, Path javaHome, String file, String write)
            throws IOException, InterruptedException {
        Path archive = Path.of("target", "quarkus-app", file).toAbsolutePath();
        Files.deleteIfExists(archive);
        List<String> training = new ArrayList<>(jvm);
        training.add(write + archive);
        try (PackagedService trainer = PackagedService.start(env, training, javaHome)) {
            for (String path : List.of("/years/" + LAST_YEAR + "?quarter=Q4", "/api/years/" + LAST_YEAR + "/deliverables?quarter=Q4",
                    "/api/years/" + LAST_YEAR + "/report.pdf?quarter=Q2", "/api/years/" + LAST_YEAR + "/monitoring-pack.xlsx?quarter=Q4",
                    "/api/dashboards/peer-challenges?year=" + LAST_YEAR)) {
                timeSingleRequest(trainer.baseUrl() + path);
            }
        }
        return Files.exists(archive) ? archive : null;
    }

    /**
     * The year page's own SQL run straight over JDBC against the same PostgreSQL, by as many threads as wrk has
     * connections, for the same time: the data-version read (made once after each change now that the version is held
     * in memory; a repeated answer no longer asks the database anything) and the queries that compute the year when
     * the version has moved (the floor for a first answer).
     */
    private static String databaseFloor(LocalPostgres db, int connections, String duration) throws Exception {
        long seconds = Long.parseLong(duration.replaceAll("[^0-9]", ""));
        String version = uk.gov.sli.mou.YearView.VERSION;
        String year = """
                select t.id, t.code, t.title, f.quarter, f.figure_value, f.commentary, f.rag_override
                  from target t left join quarterly_figure f on f.target_id = t.id
                 where t.year_id = ? order by t.display_order, f.quarter""";
        double both = rounds(db, connections, seconds, version, year);
        double versionOnly = rounds(db, connections, seconds, version, null);
        return String.format(Locale.ROOT, "database floor (JDBC, %d connections x %ds): the data-version read alone (once per change; "
                + "a repeated answer asks nothing) %.0f/s; with the year's targets and figures (%d rows, a first answer) %.0f rounds/s",
                connections, seconds, versionOnly, TARGETS * 4, both);
    }

    private static double rounds(LocalPostgres db, int connections, long seconds, String version, String year)
            throws InterruptedException {
        java.util.concurrent.atomic.LongAdder rounds = new java.util.concurrent.atomic.LongAdder();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread thread = new Thread(() -> {
                try (java.sql.Connection connection = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                        java.sql.PreparedStatement v = connection.prepareStatement(version);
                        java.sql.PreparedStatement y = year == null ? null : connection.prepareStatement(year)) {
                    if (y != null) {
                        y.setString(1, LAST_YEAR);
                    }
                    while (System.nanoTime() < until) {
                        try (java.sql.ResultSet r = v.executeQuery()) {
                            r.next();
                        }
                        if (y != null) {
                            try (java.sql.ResultSet r = y.executeQuery()) {
                                while (r.next()) {
                                    r.getString(2);
                                }
                            }
                        }
                        rounds.increment();
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return rounds.sum() / (double) seconds;
    }

    /**
     * 25,000 targets into a new year; then 100,000 figure rows (four quarters of each); then 200 figure rows into that
     * large year. Each is one import, timed from request to answer.
     */
    private static List<Import> timeLargeImports(String base) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String year = yearId(2090);
        send(client, "PUT", base + "/api/years/" + year, "application/json", "{\"department\":\"SYNTHETIC large year\"}");
        StringBuilder targets = new StringBuilder("code,theme,title,target,measure,key\n");
        for (int t = 0; t < LARGE_TARGETS; t++) {
            targets.append(String.format(Locale.ROOT, "L-%05d,Synthetic theme %d,Synthetic target %d,%d,cumulative,%s%n", t, t % 12, t,
                    20 + t % 180, t % 3 != 0));
        }
        // Four quarters of 25,000 targets are 100,000 rows: two files (Q1-Q2, Q3-Q4) within the per-import limit.
        List<StringBuilder> figures = List.of(new StringBuilder("code,quarter,value,commentary\n"),
                new StringBuilder("code,quarter,value,commentary\n"));
        for (int t = 0; t < LARGE_TARGETS; t++) {
            for (int q = 1; q <= 4; q++) {
                figures.get((q - 1) / 2).append(String.format(Locale.ROOT, "L-%05d,Q%d,%d,Synthetic commentary %d%n", t, q,
                        (t * q) % 40, q));
            }
        }
        StringBuilder few = new StringBuilder("code,quarter,value,commentary\n");
        for (int t = 0; t < 200; t++) {
            few.append(String.format(Locale.ROOT, "L-%05d,Q4,%d,Revised%n", t * 97, 41 + t % 7));
        }
        List<Import> out = new ArrayList<>();
        out.add(timed(client, "targets into a new year", LARGE_TARGETS, base + "/api/years/" + year + "/targets", targets));
        Import firstHalf = timed(client, "", LARGE_TARGETS * 2, base + "/api/years/" + year + "/figures", figures.get(0));
        Import secondHalf = timed(client, "", LARGE_TARGETS * 2, base + "/api/years/" + year + "/figures", figures.get(1));
        out.add(new Import("figures into that year (4 quarters x 25,000 targets, as two files of 50,000)", LARGE_TARGETS * 4,
                firstHalf.millis() + secondHalf.millis()));
        out.add(timed(client, "figures into the large year (200 rows)", 200, base + "/api/years/" + year + "/figures", few));
        return out;
    }

    /**
     * What people ask of the large year once its figures are in: each answer's first request (computed, not kept),
     * as a table line with its size and time.
     */
    private static List<String> timeLargeYearAnswers(String base) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String year = yearId(2090);
        List<String> lines = new ArrayList<>();
        for (String[] answer : new String[][] {
                { "year page (HTML, the first 200 targets)", "/years/" + year + "?quarter=Q4" },
                { "deliverables JSON (every target)", "/api/years/" + year + "/deliverables?quarter=Q4" },
                { "Annex B XLSX export", "/api/years/" + year + "/export.xlsx?quarter=Q4" },
                { "monitoring pack XLSX", "/api/years/" + year + "/monitoring-pack.xlsx?quarter=Q4" } }) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + answer[1])).header("Authorization", authorization())
                    .build();
            Instant start = Instant.now();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long millis = Duration.between(start, Instant.now()).toMillis();
            if (response.statusCode() != 200) {
                throw new IllegalStateException(answer[1] + " answered " + response.statusCode());
            }
            lines.add(String.format(Locale.ROOT, "| %s | %,d | %,d |", answer[0], response.body().length, millis));
        }
        return lines;
    }

    private static Import timed(HttpClient client, String name, int rows, String url, CharSequence csv)
            throws IOException, InterruptedException {
        Instant start = Instant.now();
        send(client, "POST", url, "text/csv", csv.toString());
        return new Import(name, rows, Duration.between(start, Instant.now()).toMillis());
    }

    private static long timeSingleRequest(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization()).build();
        client.send(request, HttpResponse.BodyHandlers.discarding());
        Instant start = Instant.now();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return Duration.between(start, Instant.now()).toMillis();
    }

    /** The median time of {@code count} requests made one after another. */
    private static long medianOfRequests(String url, int count) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization()).build();
        long[] millis = new long[count];
        for (int i = 0; i < count; i++) {
            Instant start = Instant.now();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            millis[i] = Duration.between(start, Instant.now()).toMillis();
        }
        java.util.Arrays.sort(millis);
        return millis[count / 2];
    }

    /** 20 synthetic years, SYNTHETIC in the department so nobody mistakes them for real figures. */
    private static void loadSyntheticData(String base) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int y = 0; y < YEARS; y++) {
            String year = yearId(2040 + y);
            send(client, "PUT", base + "/api/years/" + year, "application/json",
                    "{\"department\":\"SYNTHETIC benchmark data\",\"grant\":" + (15_000_000 + y * 100_000) + "}");
            StringBuilder targets = new StringBuilder("code,theme,title,description,target,unit,measure,key\n");
            StringBuilder figures = new StringBuilder("code,quarter,value,commentary,rag_override,rag_reason\n");
            for (int t = 1; t <= TARGETS; t++) {
                String code = (t == 1 ? "PEER" : "SYN") + "-" + String.format("%02d", t);
                targets.append(String.format(Locale.ROOT, "%s,Synthetic theme %d,Synthetic target %d,Synthetic MoU text %d,%d,councils,%s,%s%n",
                        code, t % 5, t, t, 20 + (t * 7 + y) % 180, t % 4 == 0 ? "snapshot" : "cumulative", t % 3 != 0));
                for (int q = 1; q <= 4; q++) {
                    boolean override = (t + q + y) % 11 == 0;
                    figures.append(String.format(Locale.ROOT, "%s,Q%d,%d,Synthetic commentary for quarter %d,%s,%s%n", code, q,
                            (t * q + y) % 40, q, override ? "AMBER" : "", override ? "synthetic reason" : ""));
                }
            }
            send(client, "POST", base + "/api/years/" + year + "/targets", "text/csv", targets.toString());
            send(client, "POST", base + "/api/years/" + year + "/figures", "text/csv", figures.toString());
            StringBuilder finance = new StringBuilder("section,description,budget_ytd,actual_ytd,budget_year,forecast_outturn\n");
            for (int l = 1; l <= 20; l++) {
                String section = l <= 7 ? "Core income" : l <= 17 ? "Core expenditure" : "Ring-fenced";
                int sign = l <= 7 ? -1 : 1;
                finance.append(String.format(Locale.ROOT, "%s,Synthetic line %d,%d,%d,%d,%d%n", section, l, sign * 500 * l,
                        sign * (480 + y) * l, sign * 900 * l, sign * (880 + 3 * y) * l));
            }
            send(client, "POST", base + "/api/years/" + year + "/finance?period=7", "text/csv", finance.toString());
            StringBuilder bookings = new StringBuilder("dimension,category,programme,bookings\n");
            for (String programme : List.of("LA", "LE", "FoL", "LEAD", "NXG", "LEDGE")) {
                for (String party : List.of("Party A", "Party B", "Party C")) {
                    bookings.append("party,").append(party).append(',').append(programme).append(',').append(5 + y).append('\n');
                }
            }
            send(client, "POST", base + "/api/years/" + year + "/leadership/bookings", "text/csv", bookings.toString());
            send(client, "POST", base + "/api/years/" + year + "/headlines", "text/csv",
                    "measure,value,qualifier,source\npeer_challenges_pipeline," + (90 + y) + ",,synthetic benchmark data\n");
        }
    }

    private static void send(HttpClient client, String method, String url, String type, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .header("Authorization", authorization()).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String yearId(int start) {
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    /**
     * Resident memory as /proc counts it: anonymous (heap, class data, code, a mapped class archive once written to)
     * and file-backed (the JVM's libraries, the jars), which make VmRSS together (with shared memory, none here).
     */
    private static long[] rssAnonymousAndFileKilobytes(long pid) throws IOException {
        long[] rss = { -1, -1 };
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("RssAnon:")) {
                rss[0] = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("RssFile:")) {
                rss[1] = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return rss;
    }

    private static String machine() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String requireWrk() throws IOException, InterruptedException {
        for (String candidate : List.of("/usr/bin/wrk", "/usr/local/bin/wrk")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        System.out.println("Installing wrk (Debian package)");
        Process install = new ProcessBuilder("sh", "-c", "(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)"
                + " || (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)").inheritIO().start();
        if (install.waitFor() != 0 || !Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            throw new IllegalStateException("wrk is needed: apt-get install wrk");
        }
        return "/usr/bin/wrk";
    }

    private Benchmark() {
    }
}
