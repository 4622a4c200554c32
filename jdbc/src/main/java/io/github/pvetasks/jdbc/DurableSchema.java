package io.github.pvetasks.jdbc;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The tables durable watches need: {@code pve_tasks_watch} and {@code pve_tasks_scheduled} (the
 * table of its own db-scheduler, apart from any the service runs), for PostgreSQL and HSQLDB. A service normally runs the script from its
 * migration tool ({@link #script(String)} gives it; the files are
 * {@code io/github/pvetasks/jdbc/postgresql.sql} and {@code hsqldb.sql} in this jar);
 * {@link #create(DataSource)} is for a demo, a test, or a service without one.
 */
public final class DurableSchema {

    private DurableSchema() {
    }

    /**
     * @param database {@code postgresql} or {@code hsqldb}
     * @return the script that creates both tables
     * @throws IllegalArgumentException for another database
     */
    public static String script(String database) {
        String name = Arguments.requireNonNull(database, "database").toLowerCase(Locale.ROOT);
        if (!name.equals("postgresql") && !name.equals("hsqldb")) {
            throw new IllegalArgumentException("no script for database '" + database + "': postgresql or hsqldb");
        }
        try (InputStream in = DurableSchema.class.getResourceAsStream(name + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the tables unless {@code pve_tasks_watch} exists already (then nothing is done).
     *
     * @param dataSource the database (PostgreSQL or HSQLDB, told by its metadata)
     * @return true when the tables were created
     * @throws SQLException when the database refuses
     * @throws IllegalArgumentException for a database with no script
     */
    public static boolean create(DataSource dataSource) throws SQLException {
        try (Connection c = Arguments.requireNonNull(dataSource, "data source").getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            if (exists(meta, "pve_tasks_watch") || exists(meta, "PVE_TASKS_WATCH")) {
                return false;
            }
            String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
            String script = script(product.contains("postgres") ? "postgresql" : product.contains("hsql") ? "hsqldb" : product);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(script)) {
                    s.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            return true;
        }
    }

    /**
     * Refuses to start on a database that answers but lacks a table, naming it and the fix;
     * a database that does not answer yet is left to the cycles, which retry until it does.
     *
     * @throws IllegalStateException when a table is missing or unreadable
     */
    static void requireTables(DataSource dataSource, String... tables) {
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException down) {
            return; // not there yet: a service may start before its database
        }
        try (c; Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0")) {
                    rs.next();
                } catch (SQLException e) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                        return; // the connection broke, not the table: left to the cycles too
                    }
                    throw new IllegalStateException("table " + table + " is missing or unreadable (" + e.getMessage() + "): create the "
                            + "tables with DurableSchema.script(\"postgresql\") (or \"hsqldb\") from your migration tool, or with "
                            + "DurableSchema.create(dataSource)", e);
                }
            }
        } catch (SQLException closing) {
            // the check ran; closing failed: nothing to refuse
        }
    }

    static List<String> statements(String script) {
        String withoutComments = Arrays.stream(script.split("\n")).filter(l -> !l.trim().startsWith("--")).collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    private static boolean exists(DatabaseMetaData meta, String table) throws SQLException {
        try (ResultSet rs = meta.getTables(null, null, table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }
}
