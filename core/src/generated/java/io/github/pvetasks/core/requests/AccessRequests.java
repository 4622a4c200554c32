package io.github.pvetasks.core.requests;

import io.github.pvetasks.core.spi.HttpMethod;

import javax.annotation.processing.Generated;

/**
 * Access control: realm synchronisation.
 *
 * <p>Generated from the facts table ({@code pve-api/task-endpoints.tsv}) by {@code RequestsGenerator};
 * do not edit. Each factory takes the required parameters; optional ones are named setters; every
 * value is checked as it is set, and {@code build()} gives a {@link io.github.pvetasks.core.TaskRequest}.
 */
@Generated(value = "io.github.pvetasks.core.requests.RequestsGenerator", comments = "from pve-api/task-endpoints.tsv")
public final class AccessRequests {

    private AccessRequests() {
    }

    /**
     * {@code POST /access/domains/{realm}/sync} (starts auth-realm-sync or auth-realm-sync-test).
     *
     * @param realm realm (string, pve-realm, required)
     * @return the builder; optional parameters are its setters
     */
    public static Sync sync(String realm) {
        return new Sync(realm);
    }

    /** Builder of {@code POST /access/domains/{realm}/sync} (starts auth-realm-sync or auth-realm-sync-test). */
    public static final class Sync extends TypedTaskRequest<Sync> {

        private Sync(String realm) {
            super(HttpMethod.POST, "/access/domains/{realm}/sync");
            set("realm", realm);
        }

        /**
         * Sets {@code dry-run}, checked at once.
         *
         * @param value dry-run (boolean, optional), default 0
         * @return this builder
         */
        public Sync dryRun(boolean value) {
            return set("dry-run", value);
        }

        /**
         * Sets {@code enable-new}, checked at once.
         *
         * @param value enable-new (boolean, optional), default 1
         * @return this builder
         */
        public Sync enableNew(boolean value) {
            return set("enable-new", value);
        }

        /**
         * Sets {@code full}, checked at once.
         *
         * @param value full (boolean, optional)
         * @return this builder
         */
        public Sync full(boolean value) {
            return set("full", value);
        }

        /**
         * Sets {@code purge}, checked at once.
         *
         * @param value purge (boolean, optional)
         * @return this builder
         */
        public Sync purge(boolean value) {
            return set("purge", value);
        }

        /**
         * Sets {@code remove-vanished}, checked at once.
         *
         * @param value remove-vanished (string, optional), default none
         * @return this builder
         */
        public Sync removeVanished(String value) {
            return set("remove-vanished", value);
        }

        /**
         * Sets {@code scope}, checked at once.
         *
         * @param value scope (string, optional), one of users, groups, both
         * @return this builder
         */
        public Sync scope(String value) {
            return set("scope", value);
        }
    }
}
