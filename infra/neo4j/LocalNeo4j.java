// A Neo4j Community 5.26 server for development and tests: embedded Neo4j with its Bolt
// connector on loopback, so the app talks to it exactly as to any other Neo4j.
//
// Usage: NEO4J_LOCAL_PASSWORD=... java -Xmx512m -cp '<jars>:<classes>' LocalNeo4j --home DIR
//        --port N [--pagecache 256m] [--tx-timeout 120s] [--tx-max 128m] [--tx-total-max 256m]
// (infra/neo4j/memory.ts sets the two transaction limits from the heap.)
// (The password comes through the environment so that `ps` does not show it.)
//
// Protocol with the parent process (infra/neo4j/local-neo4j.ts):
//   - prints "NEO4J_READY <bolt uri>" on stdout once Bolt accepts connections;
//   - shuts down cleanly when stdin closes (the parent exited or crashed: no orphaned JVM),
//     or on SIGTERM / SIGINT.
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;

public final class LocalNeo4j {
    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path home = Path.of(required(options, "home")).toAbsolutePath();
        String port = required(options, "port");
        String password = System.getenv("NEO4J_LOCAL_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("NEO4J_LOCAL_PASSWORD must hold at least 8 characters (Neo4j's own rule)");
        }

        Map<String, String> config = new LinkedHashMap<>();
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", "127.0.0.1:" + port);
        config.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        config.put("dbms.security.auth_enabled", "true");
        config.put("server.memory.pagecache.size", options.getOrDefault("pagecache", "256m"));
        config.put("db.transaction.timeout", options.getOrDefault("tx-timeout", "120s"));
        config.put("dbms.memory.transaction.total.max", options.getOrDefault("tx-total-max", "256m"));
        config.put("db.memory.transaction.max", options.getOrDefault("tx-max", "128m"));
        config.put("dbms.security.allow_csv_import_from_file_urls", "false");
        // No outgoing connections from Cypher (LOAD CSV over http and the like) to any address,
        // so a user query that slipped past the API's read-only checks still reaches no host.
        config.put("internal.dbms.cypher_ip_blocklist", "0.0.0.0/0,::/0");
        config.put("dbms.usage_report.enabled", "false");
        config.put("db.tx_log.rotation.retention_policy", "100M size");
        config.put("db.shutdown_transaction_end_timeout", "2s");

        // Settings go through a neo4j.conf, written afresh at each start, so that they are the
        // documented server settings and can be read where the data lives.
        Files.createDirectories(home);
        Path conf = home.resolve("neo4j.conf");
        StringBuilder lines = new StringBuilder("# Written by LocalNeo4j at each start; edits are lost.\n");
        config.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
        Files.writeString(conf, lines.toString());

        DatabaseManagementService dbms =
                new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    dbms.shutdown();
                                    stopped.countDown();
                                },
                                "local-neo4j-shutdown"));

        try {
            setPassword(dbms, password);
        } catch (RuntimeException e) {
            // Neo4j's threads would keep the JVM alive after main ends: stop explicitly.
            e.printStackTrace();
            System.exit(1);
        }

        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();

        waitForStdinToClose(System.in);
        System.exit(0); // runs the shutdown hook
    }

    /** Sets the neo4j user's password; setting the one it already has is not an error here. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system")
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static void waitForStdinToClose(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Anything written to stdin is ignored; only its end matters.
            }
        } catch (IOException closed) {
            // A broken pipe means the parent is gone: stop as on EOF.
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                fail("expected --name value pairs, got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isEmpty()) {
            fail("missing --" + name);
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("LocalNeo4j: " + message);
        System.exit(2);
    }
}
