package policygraph.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * A real Neo4j 5.26 Community server for policygraph's tests: the embedded
 * database with only its Bolt connector, on 127.0.0.1.
 *
 * <pre>
 * java -jar target/neo4j-test-server.jar DATA_DIR [--port N] [--password PW | --no-auth] [--page-cache-mb N]
 * </pre>
 *
 * When the server accepts connections it prints exactly one line to stdout,
 * {@code BOLT_URI=bolt://127.0.0.1:PORT}; everything else goes to stderr
 * (warnings and errors) or DATA_DIR/logs/debug.log. It runs until stdin
 * reaches end-of-file or the process gets SIGTERM/SIGINT, then shuts the
 * database down cleanly. Exit codes: 0 after a clean shutdown, 2 for bad
 * arguments, 1 when the server could not start.
 */
public final class Neo4jTestServer {

    /** The password of user {@code neo4j} unless --password or --no-auth says otherwise. */
    static final String DEFAULT_PASSWORD = "policygraph-test";

    /** Page cache unless --page-cache-mb says otherwise (MiB). */
    static final long DEFAULT_PAGE_CACHE_MB = 128;

    private Neo4jTestServer() {}

    public static void main(String[] args) {
        // The caller reads stdout for the one BOLT_URI line, so nothing else may
        // reach it: whatever a library prints goes to stderr instead.
        PrintStream protocolOut = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-test-server: " + e.getMessage());
            System.err.println(
                    "usage: neo4j-test-server DATA_DIR [--port N] [--password PW | --no-auth] [--page-cache-mb N]");
            System.exit(2);
            return;
        }

        long started = System.nanoTime();
        DatabaseManagementService dbms;
        String boltUri;
        try {
            dbms = start(options);
            boltUri = boltUri(dbms);
        } catch (Throwable e) {
            System.err.println("neo4j-test-server: could not start Neo4j: " + rootMessage(e));
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                System.err.println("neo4j-test-server: shutting down");
                try {
                    dbms.shutdown();
                } catch (Throwable e) {
                    System.err.println("neo4j-test-server: shutdown failed: " + rootMessage(e));
                }
                stopped.countDown();
            }
        };
        // SIGTERM/SIGINT run the hook; it waits for the shutdown so the JVM does
        // not exit with the store half-closed.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            awaitQuietly(stopped);
        }, "neo4j-test-server-shutdown"));

        System.err.printf("neo4j-test-server: Neo4j %s ready in %.1f s at %s (%s)%n",
                neo4jVersion(), (System.nanoTime() - started) / 1e9, boltUri,
                options.password == null ? "auth disabled" : "user neo4j, password set");
        protocolOut.println("BOLT_URI=" + boltUri);
        protocolOut.flush();

        waitForEndOfInput(System.in);
        stop.run();
        System.exit(0);
    }

    static DatabaseManagementService start(Options options) throws IOException {
        Path home = options.dataDir.toAbsolutePath();
        Files.createDirectories(home);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(new Log4jLogProvider(System.err, Level.WARN))
                .setConfig(Map.<Setting<?>, Object>of(
                        BoltConnector.enabled, true,
                        BoltConnector.listen_address,
                                new SocketAddress("127.0.0.1", options.port),
                        BoltConnector.advertised_address,
                                new SocketAddress("127.0.0.1", options.port),
                        BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                        HttpConnector.enabled, false,
                        GraphDatabaseSettings.auth_enabled, options.password != null,
                        // Fixed, so two-core CI machines with other work on
                        // them are not asked for half their memory; pages are
                        // only taken as the store grows.
                        GraphDatabaseSettings.pagecache_memory, options.pageCacheMb * 1024L * 1024,
                        // Throw-away data: no preallocated 250 MB log files.
                        GraphDatabaseSettings.preallocate_logical_logs, false,
                        GraphDatabaseSettings.keep_logical_logs, "false"))
                // Netty waits for 5 quiet seconds per event loop group before
                // Bolt stops (10 s per shutdown); a test server has no clients
                // left to wait for by then.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // Tests of wrong passwords must not lock user neo4j (3 failures
                // lock it for 5 s by default) for the tests that follow.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                // As a deployment should: one transaction (a console query
                // such as RETURN range(1, 20000000)) may hold at most 1 GiB.
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, 1024L * 1024 * 1024)
                .build();
        try {
            if (options.password != null) {
                // A fresh store's user neo4j has password "neo4j" that must be
                // changed before use; set the fixed one here, before anyone
                // can know the port.
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", options.password));
            }
            // Fail here, with the reason, rather than at the first client query.
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                    .executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        return dbms;
    }

    /** The address Bolt really listens on: with port 0 the OS chose it. */
    static String boltUri(DatabaseManagementService dbms) {
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        HostnamePort address = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (address == null) {
            throw new IllegalStateException("the Bolt connector did not register an address");
        }
        return "bolt://127.0.0.1:" + address.getPort();
    }

    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored: only its end matters.
            }
        } catch (IOException e) {
            // A broken stdin means the parent is gone: stop as on end-of-file.
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(Duration.ofMinutes(2).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String neo4jVersion() {
        Package p = DatabaseManagementService.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "5.26" : v;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
    }

    /** Command-line options; parse errors are one-line IllegalArgumentExceptions. */
    static final class Options {
        final Path dataDir;
        final int port;
        final String password; // null: auth disabled
        final long pageCacheMb;

        private Options(Path dataDir, int port, String password, long pageCacheMb) {
            this.dataDir = dataDir;
            this.port = port;
            this.password = password;
            this.pageCacheMb = pageCacheMb;
        }

        static Options parse(String[] args) {
            Path dataDir = null;
            int port = 0;
            String password = DEFAULT_PASSWORD;
            long pageCacheMb = DEFAULT_PAGE_CACHE_MB;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--port" -> port = (int) number(args, ++i, a, 0, 65535);
                    case "--password" -> {
                        password = value(args, ++i, a);
                        // Neo4j's own rule (dbms.security.auth_minimum_password_length).
                        if (password.length() < 8) {
                            throw new IllegalArgumentException("--password needs at least 8 characters");
                        }
                    }
                    case "--no-auth" -> password = null;
                    case "--page-cache-mb" -> pageCacheMb = number(args, ++i, a, 8, Long.MAX_VALUE);
                    default -> {
                        if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        if (dataDir != null) {
                            throw new IllegalArgumentException("one DATA_DIR only, got also " + a);
                        }
                        dataDir = Path.of(a);
                    }
                }
            }
            if (dataDir == null) {
                throw new IllegalArgumentException("DATA_DIR is missing");
            }
            return new Options(dataDir, port, password, pageCacheMb);
        }

        /** The option's value as a whole number within [min, max]. */
        private static long number(String[] args, int i, String option, long min, long max) {
            String v = value(args, i, option);
            long n;
            try {
                n = Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, got " + v);
            }
            if (n < min || n > max) {
                throw new IllegalArgumentException(option + " out of range: " + n);
            }
            return n;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
