package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.Upid;
import io.github.pvetasks.monitor.TaskOutcome;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every statement on the watch table, and the only owner of a watch row's state: a row is
 * inserted {@code ACTIVE}, moved to {@code ENDED} by a compare-and-set on its version (so a
 * stale replica's late verdict changes nothing), and to {@code DELIVERED} inside the delivery's
 * transaction ({@link Deliveries}). Each method takes its own connection from the pool, in
 * auto-commit, unless it is given one.
 */
final class WatchStore {

    private static final String COLUMNS = "upid, server_name, node, handler, payload, policy, recorded_at, deadline, state, version,"
            + " outcome, exit_status, ended_at, failure, delivery_attempts, next_delivery_at";

    private final DataSource dataSource;
    private final String table;

    WatchStore(DataSource dataSource, String table) {
        this.dataSource = dataSource;
        this.table = table;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /**
     * Inserts the watch unless its UPID is there already. The check is in the statement, not a
     * caught key violation: in the caller's own transaction on PostgreSQL, a failed statement
     * would abort the whole transaction. (Two replicas inserting one UPID at the same instant
     * still meet the key: the loser's statement fails.)
     *
     * @return true when inserted, false when a watch of this UPID exists already
     */
    boolean insert(Connection c, DurableWatch w) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + COLUMNS + ") SELECT ?,?,?,?,?,?,?,?,'ACTIVE',0,NULL,NULL,NULL,NULL,0,0"
                + " FROM (VALUES (0)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE upid = ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, w.upid().toString());
            ps.setString(2, w.server());
            ps.setString(3, w.upid().node());
            ps.setString(4, w.handler());
            ps.setString(5, w.payload());
            ps.setString(6, PolicySnapshot.encode(w.policy()));
            ps.setLong(7, w.recordedAt().toEpochMilli());
            ps.setLong(8, w.deadline().toEpochMilli());
            ps.setString(9, w.upid().toString());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) { // integrity constraint: the key exists
                return false;
            }
            throw e;
        }
    }

    /** @return the node's watches that are active or ended and not yet delivered */
    List<DurableWatch> nodeWork(String server, String node) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM " + table + " WHERE server_name = ? AND node = ? AND state IN ('ACTIVE', 'ENDED')",
                0, server, node);
    }

    Optional<DurableWatch> find(Connection c, Upid upid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE upid = ?")) {
            ps.setString(1, upid.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    Optional<DurableWatch> find(Upid upid) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return find(c, upid);
        }
    }

    /** @return the watches in a state, oldest first, at most {@code limit} */
    List<DurableWatch> inState(DurableWatch.State state, int limit) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM " + table + " WHERE state = ? ORDER BY recorded_at", limit, state.name());
    }

    /**
     * @param schedulerTable db-scheduler's table
     * @param nodeTask the node cycles' task name
     * @return every server and node that has a watch not yet delivered and no cycle, as {@code server|node}
     */
    List<String> nodesWithoutCycle(String schedulerTable, String nodeTask) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT DISTINCT w.server_name, w.node FROM " + table + " w"
                     + " WHERE w.state IN ('ACTIVE', 'ENDED') AND NOT EXISTS (SELECT 1 FROM " + schedulerTable + " s"
                     + " WHERE s.task_name = ? AND s.task_instance = w.server_name || '|' || w.node)")) {
            ps.setString(1, nodeTask);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(NodeKey.of(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    /**
     * Records an ending: {@code ACTIVE -> ENDED}, only if the row is still at the version this
     * replica read. Whoever loses the race (a second cycle of the node, a cancel) changes nothing.
     *
     * @return true when this call recorded the ending
     */
    boolean end(DurableWatch read, TaskOutcome outcome, String exitStatus, String failure, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET state = 'ENDED', version = version + 1, outcome = ?,"
                     + " exit_status = ?, ended_at = ?, failure = ?, next_delivery_at = ? WHERE upid = ? AND state = 'ACTIVE' AND version = ?")) {
            ps.setString(1, outcome.name());
            ps.setString(2, exitStatus);
            ps.setLong(3, at.toEpochMilli());
            ps.setString(4, failure == null ? null : truncate(failure, 1000));
            ps.setLong(5, at.toEpochMilli());
            ps.setString(6, read.upid().toString());
            ps.setLong(7, read.version());
            return ps.executeUpdate() == 1;
        }
    }

    /** Marks the ending delivered, in the delivery's transaction: false when someone else did first. */
    boolean markDelivered(Connection c, Upid upid, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET state = 'DELIVERED', version = version + 1,"
                + " delivered_at = ? WHERE upid = ? AND state = 'ENDED'")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setString(2, upid.toString());
            return ps.executeUpdate() == 1;
        }
    }

    /** After a failed delivery: counts it, and puts the next try off. */
    void deliveryFailed(Upid upid, Instant retryAt, String why) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET delivery_attempts = delivery_attempts + 1,"
                     + " next_delivery_at = ?, failure = COALESCE(failure, ?) WHERE upid = ? AND state = 'ENDED'")) {
            ps.setLong(1, retryAt.toEpochMilli());
            ps.setString(2, truncate(why, 1000));
            ps.setString(3, upid.toString());
            ps.executeUpdate();
        }
    }

    /** Puts the next delivery try off without counting one (no handler of that name here). */
    void postponeDelivery(Upid upid, Instant retryAt) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET next_delivery_at = ? WHERE upid = ? AND state = 'ENDED'")) {
            ps.setLong(1, retryAt.toEpochMilli());
            ps.setString(2, upid.toString());
            ps.executeUpdate();
        }
    }

    /** @return how many delivered watches older than {@code before} were deleted */
    int purgeDelivered(Instant before) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE state = 'DELIVERED' AND delivered_at < ?")) {
            ps.setLong(1, before.toEpochMilli());
            return ps.executeUpdate();
        }
    }

    /** @param maxRows at most this many rows (0: all) */
    private List<DurableWatch> query(String sql, int maxRows, String... args) throws SQLException {
        List<DurableWatch> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setMaxRows(maxRows);
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    private static DurableWatch read(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        long endedAt = rs.getLong("ended_at");
        boolean hasEnd = !rs.wasNull();
        return new DurableWatch(Upid.parse(rs.getString("upid")), rs.getString("server_name"), rs.getString("handler"),
                rs.getString("payload"), PolicySnapshot.decode(rs.getString("policy")), Instant.ofEpochMilli(rs.getLong("recorded_at")),
                Instant.ofEpochMilli(rs.getLong("deadline")), DurableWatch.State.valueOf(rs.getString("state")), rs.getLong("version"),
                outcome == null ? null : TaskOutcome.valueOf(outcome), rs.getString("exit_status"),
                hasEnd ? Instant.ofEpochMilli(endedAt) : null, rs.getString("failure"), rs.getInt("delivery_attempts"),
                Instant.ofEpochMilli(rs.getLong("next_delivery_at")));
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
