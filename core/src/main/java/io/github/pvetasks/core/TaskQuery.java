package io.github.pvetasks.core;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Filters for a node's task list, one for every parameter {@code GET /nodes/{node}/tasks} has.
 * Unset filters are not sent, so the server's defaults apply (archive only, 50 items).
 *
 * <pre>{@code
 * TaskQuery q = TaskQuery.builder().source(TaskSource.ALL).typeFilter("qmclone")
 *         .statusFilter(ExitStatus.Kind.ERROR, ExitStatus.Kind.WARNING).limit(100).build();
 * }</pre>
 *
 * <p>Immutable. Semantics are the server's: {@code userFilter} is a case-insensitive substring,
 * {@code typeFilter} an exact match, {@code vmid} matches the UPID's id field, {@code since} and
 * {@code until} compare with the start time (both inclusive), and {@code errors(true)} drops only
 * {@code OK} tasks and makes the server ignore {@code statusFilter}.
 */
public final class TaskQuery {

    private static final TaskQuery ALL_DEFAULTS = builder().build();

    private final Long start;
    private final Long limit;
    private final TaskSource source;
    private final String typeFilter;
    private final String userFilter;
    private final Long vmid;
    private final Instant since;
    private final Instant until;
    private final Set<ExitStatus.Kind> statusFilter;
    private final Boolean errors;
    private final String store;

    private TaskQuery(Builder b) {
        this.start = b.start;
        this.limit = b.limit;
        this.source = b.source;
        this.typeFilter = b.typeFilter;
        this.userFilter = b.userFilter;
        this.vmid = b.vmid;
        this.since = b.since;
        this.until = b.until;
        this.statusFilter = b.statusFilter.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.statusFilter));
        this.errors = b.errors;
        this.store = b.store;
    }

    /** @return a query with no filter: the server's defaults */
    public static TaskQuery defaults() {
        return ALL_DEFAULTS;
    }

    /** @return a new builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this query's filters */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.start = start;
        b.limit = limit;
        b.source = source;
        b.typeFilter = typeFilter;
        b.userFilter = userFilter;
        b.vmid = vmid;
        b.since = since;
        b.until = until;
        b.statusFilter.addAll(statusFilter);
        b.errors = errors;
        b.store = store;
        return b;
    }

    /** @return how many matching tasks to skip */
    public OptionalLong start() {
        return start == null ? OptionalLong.empty() : OptionalLong.of(start);
    }

    /** @return the most tasks to return (the server's default is 50; 0 returns none, only the total) */
    public OptionalLong limit() {
        return limit == null ? OptionalLong.empty() : OptionalLong.of(limit);
    }

    /** @return which part of the list to read */
    public Optional<TaskSource> source() {
        return Optional.ofNullable(source);
    }

    /** @return the exact task type to keep */
    public Optional<String> typeFilter() {
        return Optional.ofNullable(typeFilter);
    }

    /** @return the case-insensitive substring of the user to keep */
    public Optional<String> userFilter() {
        return Optional.ofNullable(userFilter);
    }

    /** @return the VM id to keep */
    public OptionalLong vmid() {
        return vmid == null ? OptionalLong.empty() : OptionalLong.of(vmid);
    }

    /** @return the earliest start time to keep */
    public Optional<Instant> since() {
        return Optional.ofNullable(since);
    }

    /** @return the latest start time to keep */
    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }

    /** @return the status classes to keep; empty means all */
    public Set<ExitStatus.Kind> statusFilter() {
        return statusFilter;
    }

    /** @return whether only non-OK tasks are wanted */
    public Optional<Boolean> errors() {
        return Optional.ofNullable(errors);
    }

    /**
     * @return the datastore whose jobs to keep (Proxmox Backup Server only; not part of
     *         {@link #toParameters()}, which are Proxmox VE's)
     */
    public Optional<String> store() {
        return Optional.ofNullable(store);
    }

    /**
     * The query parameters exactly as they are sent, in a stable order, unencoded.
     *
     * @return parameter name to value; only the filters that are set
     */
    public Map<String, String> toParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (start != null) {
            p.put("start", start.toString());
        }
        if (limit != null) {
            p.put("limit", limit.toString());
        }
        if (source != null) {
            p.put("source", source.apiName());
        }
        if (typeFilter != null) {
            p.put("typefilter", typeFilter);
        }
        if (userFilter != null) {
            p.put("userfilter", userFilter);
        }
        if (vmid != null) {
            p.put("vmid", vmid.toString());
        }
        if (since != null) {
            p.put("since", Long.toString(since.getEpochSecond()));
        }
        if (until != null) {
            p.put("until", Long.toString(until.getEpochSecond()));
        }
        if (!statusFilter.isEmpty()) {
            p.put("statusfilter", statusFilter.stream().map(ExitStatus.Kind::apiName).collect(Collectors.joining(",")));
        }
        if (errors != null) {
            p.put("errors", errors ? "1" : "0");
        }
        return Collections.unmodifiableMap(p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskQuery && ((TaskQuery) o).toParameters().equals(toParameters())
                && java.util.Objects.equals(((TaskQuery) o).store, store);
    }

    @Override
    public int hashCode() {
        return toParameters().hashCode();
    }

    @Override
    public String toString() {
        return "TaskQuery" + toParameters() + (store == null ? "" : "[store=" + store + "]");
    }

    /** Builds a {@link TaskQuery}; every setter checks its value at once. */
    public static final class Builder {
        private Long start;
        private Long limit;
        private TaskSource source;
        private String typeFilter;
        private String userFilter;
        private Long vmid;
        private Instant since;
        private Instant until;
        private final Set<ExitStatus.Kind> statusFilter = EnumSet.noneOf(ExitStatus.Kind.class);
        private Boolean errors;
        private String store;

        private Builder() {
        }

        /**
         * @param start how many matching tasks to skip, 0 or more
         * @return this builder
         */
        public Builder start(long start) {
            if (start < 0) {
                throw new IllegalArgumentException("task list start must not be negative, got " + start);
            }
            this.start = start;
            return this;
        }

        /**
         * @param limit the most tasks to return, 0 or more (0 returns only the total)
         * @return this builder
         */
        public Builder limit(long limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("task list limit must not be negative, got " + limit);
            }
            this.limit = limit;
            return this;
        }

        /**
         * @param source which part of the list to read
         * @return this builder
         */
        public Builder source(TaskSource source) {
            this.source = PveIdentifiers.requireNonNull(source, "task source");
            return this;
        }

        /**
         * @param type the exact task type, such as {@code qmclone}
         * @return this builder
         */
        public Builder typeFilter(String type) {
            this.typeFilter = requireText(type, "type filter");
            return this;
        }

        /**
         * @param user a case-insensitive substring of the task's user
         * @return this builder
         */
        public Builder userFilter(String user) {
            this.userFilter = requireText(user, "user filter");
            return this;
        }

        /**
         * @param vmid the VM or container id, 100 to 999999999
         * @return this builder
         */
        public Builder vmid(long vmid) {
            this.vmid = PveIdentifiers.requireVmid(vmid);
            return this;
        }

        /**
         * @param since the earliest start time to keep (inclusive, whole seconds)
         * @return this builder
         */
        public Builder since(Instant since) {
            this.since = requireEpoch(since, "since");
            return this;
        }

        /**
         * @param until the latest start time to keep (inclusive, whole seconds)
         * @return this builder
         */
        public Builder until(Instant until) {
            this.until = requireEpoch(until, "until");
            return this;
        }

        /**
         * @param kinds the status classes to keep (running tasks count as unknown)
         * @return this builder
         */
        public Builder statusFilter(ExitStatus.Kind... kinds) {
            PveIdentifiers.requireNonNull(kinds, "status filter");
            return statusFilter(Set.of(kinds));
        }

        /**
         * @param kinds the status classes to keep (running tasks count as unknown)
         * @return this builder
         */
        public Builder statusFilter(Set<ExitStatus.Kind> kinds) {
            PveIdentifiers.requireNonNull(kinds, "status filter");
            for (ExitStatus.Kind k : kinds) {
                PveIdentifiers.requireNonNull(k, "status filter entry");
            }
            statusFilter.clear();
            statusFilter.addAll(kinds);
            return this;
        }

        /**
         * @param errors true to keep every task that did not end {@code OK}
         * @return this builder
         */
        public Builder errors(boolean errors) {
            this.errors = errors;
            return this;
        }

        /**
         * Proxmox Backup Server only: the tasks of one datastore's jobs (verify, sync, prune,
         * backup, garbage collection). A Proxmox VE client refuses a query with it.
         *
         * @param datastore the datastore's name
         * @return this builder
         */
        public Builder store(String datastore) {
            PveIdentifiers.requireNonNull(datastore, "datastore");
            if (datastore.isBlank()) {
                throw new IllegalArgumentException("datastore must not be blank");
            }
            this.store = datastore;
            return this;
        }

        /**
         * @return the query
         * @throws IllegalArgumentException when since is after until
         */
        public TaskQuery build() {
            if (since != null && until != null && since.isAfter(until)) {
                throw new IllegalArgumentException("task list since (" + since + ") is after until (" + until + ")");
            }
            return new TaskQuery(this);
        }

        private static String requireText(String value, String what) {
            PveIdentifiers.requireNonNull(value, what);
            if (value.isEmpty()) {
                throw new IllegalArgumentException(what + " must not be empty");
            }
            return value;
        }

        private static Instant requireEpoch(Instant time, String what) {
            PveIdentifiers.requireNonNull(time, what);
            if (time.getEpochSecond() < 0) {
                throw new IllegalArgumentException(what + " must not be before 1970, got " + time);
            }
            return time;
        }
    }
}
