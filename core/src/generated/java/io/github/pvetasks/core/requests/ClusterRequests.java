package io.github.pvetasks.core.requests;

import io.github.pvetasks.core.spi.HttpMethod;

import javax.annotation.processing.Generated;

/**
 * The cluster: bulk actions, ACME accounts, creating and joining a cluster.
 *
 * <p>Generated from the facts table ({@code pve-api/task-endpoints.tsv}) by {@code RequestsGenerator};
 * do not edit. Each factory takes the required parameters; optional ones are named setters; every
 * value is checked as it is set, and {@code build()} gives a {@link io.github.pvetasks.core.TaskRequest}.
 */
@Generated(value = "io.github.pvetasks.core.requests.RequestsGenerator", comments = "from pve-api/task-endpoints.tsv")
public final class ClusterRequests {

    private ClusterRequests() {
    }

    /**
     * {@code POST /cluster/acme/account} (starts acmeregister).
     *
     * @param contact contact (string, email-list, required)
     * @return the builder; optional parameters are its setters
     */
    public static RegisterAccount registerAccount(String contact) {
        return new RegisterAccount(contact);
    }

    /** Builder of {@code POST /cluster/acme/account} (starts acmeregister). */
    public static final class RegisterAccount extends TypedTaskRequest<RegisterAccount> {

        private RegisterAccount(String contact) {
            super(HttpMethod.POST, "/cluster/acme/account");
            set("contact", contact);
        }

        /**
         * Sets {@code directory}, checked at once.
         *
         * @param value directory (string, optional), default https://acme-v02.api.letsencrypt.org/directory
         * @return this builder
         */
        public RegisterAccount directory(String value) {
            return set("directory", value);
        }

        /**
         * Sets {@code eab-hmac-key}, checked at once.
         *
         * @param value eab-hmac-key (string, optional)
         * @return this builder
         */
        public RegisterAccount eabHmacKey(String value) {
            return set("eab-hmac-key", value);
        }

        /**
         * Sets {@code eab-kid}, checked at once.
         *
         * @param value eab-kid (string, optional)
         * @return this builder
         */
        public RegisterAccount eabKid(String value) {
            return set("eab-kid", value);
        }

        /**
         * Sets {@code name}, checked at once.
         *
         * @param value name (string, pve-configid, optional), default default
         * @return this builder
         */
        public RegisterAccount name(String value) {
            return set("name", value);
        }

        /**
         * Sets {@code tos_url}, checked at once.
         *
         * @param value tos_url (string, optional)
         * @return this builder
         */
        public RegisterAccount tosUrl(String value) {
            return set("tos_url", value);
        }
    }

    /**
     * {@code DELETE /cluster/acme/account/{name}} (starts acmedeactivate).
     *
     * @param name name (string, pve-configid, required)
     * @return the builder; optional parameters are its setters
     */
    public static DeactivateAccount deactivateAccount(String name) {
        return new DeactivateAccount(name);
    }

    /** Builder of {@code DELETE /cluster/acme/account/{name}} (starts acmedeactivate). */
    public static final class DeactivateAccount extends TypedTaskRequest<DeactivateAccount> {

        private DeactivateAccount(String name) {
            super(HttpMethod.DELETE, "/cluster/acme/account/{name}");
            set("name", name);
        }
    }

    /**
     * {@code PUT /cluster/acme/account/{name}} (starts acmeupdate or acmerefresh).
     *
     * @param name name (string, pve-configid, required)
     * @return the builder; optional parameters are its setters
     */
    public static UpdateAccount updateAccount(String name) {
        return new UpdateAccount(name);
    }

    /** Builder of {@code PUT /cluster/acme/account/{name}} (starts acmeupdate or acmerefresh). */
    public static final class UpdateAccount extends TypedTaskRequest<UpdateAccount> {

        private UpdateAccount(String name) {
            super(HttpMethod.PUT, "/cluster/acme/account/{name}");
            set("name", name);
        }

        /**
         * Sets {@code contact}, checked at once.
         *
         * @param value contact (string, email-list, optional)
         * @return this builder
         */
        public UpdateAccount contact(String value) {
            return set("contact", value);
        }
    }

    /**
     * {@code POST /cluster/bulk-action/guest/migrate} (starts bulk-migrate).
     *
     * @param target target (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static Migrate migrate(String target) {
        return new Migrate(target);
    }

    /** Builder of {@code POST /cluster/bulk-action/guest/migrate} (starts bulk-migrate). */
    public static final class Migrate extends TypedTaskRequest<Migrate> {

        private Migrate(String target) {
            super(HttpMethod.POST, "/cluster/bulk-action/guest/migrate");
            set("target", target);
        }

        /**
         * Sets {@code max-workers}, checked at once.
         *
         * @param value max-workers (integer, optional), default 1
         * @return this builder
         */
        public Migrate maxWorkers(long value) {
            return set("max-workers", value);
        }

        /**
         * Sets {@code maxworkers}, checked at once.
         *
         * @param value maxworkers (integer, optional), default 1
         * @return this builder
         */
        public Migrate maxworkers(long value) {
            return set("maxworkers", value);
        }

        /**
         * Sets {@code online}, checked at once.
         *
         * @param value online (boolean, optional)
         * @return this builder
         */
        public Migrate online(boolean value) {
            return set("online", value);
        }

        /**
         * Sets {@code vms}, checked at once.
         *
         * @param value vms (array, optional)
         * @return this builder
         */
        public Migrate vms(String value) {
            return set("vms", value);
        }

        /**
         * Sets {@code with-local-disks}, checked at once.
         *
         * @param value with-local-disks (boolean, optional)
         * @return this builder
         */
        public Migrate withLocalDisks(boolean value) {
            return set("with-local-disks", value);
        }
    }

    /**
     * {@code POST /cluster/bulk-action/guest/shutdown} (starts bulk-shutdown).
     *
     * @return the builder; optional parameters are its setters
     */
    public static Shutdown shutdown() {
        return new Shutdown();
    }

    /** Builder of {@code POST /cluster/bulk-action/guest/shutdown} (starts bulk-shutdown). */
    public static final class Shutdown extends TypedTaskRequest<Shutdown> {

        private Shutdown() {
            super(HttpMethod.POST, "/cluster/bulk-action/guest/shutdown");
        }

        /**
         * Sets {@code force-stop}, checked at once.
         *
         * @param value force-stop (boolean, optional), default 1
         * @return this builder
         */
        public Shutdown forceStop(boolean value) {
            return set("force-stop", value);
        }

        /**
         * Sets {@code max-workers}, checked at once.
         *
         * @param value max-workers (integer, optional), default 4
         * @return this builder
         */
        public Shutdown maxWorkers(long value) {
            return set("max-workers", value);
        }

        /**
         * Sets {@code maxworkers}, checked at once.
         *
         * @param value maxworkers (integer, optional), default 4
         * @return this builder
         */
        public Shutdown maxworkers(long value) {
            return set("maxworkers", value);
        }

        /**
         * Sets {@code timeout}, checked at once.
         *
         * @param value timeout (integer, optional), default 180
         * @return this builder
         */
        public Shutdown timeout(long value) {
            return set("timeout", value);
        }

        /**
         * Sets {@code vms}, checked at once.
         *
         * @param value vms (array, optional)
         * @return this builder
         */
        public Shutdown vms(String value) {
            return set("vms", value);
        }
    }

    /**
     * {@code POST /cluster/bulk-action/guest/start} (starts bulk-start).
     *
     * @return the builder; optional parameters are its setters
     */
    public static Start start() {
        return new Start();
    }

    /** Builder of {@code POST /cluster/bulk-action/guest/start} (starts bulk-start). */
    public static final class Start extends TypedTaskRequest<Start> {

        private Start() {
            super(HttpMethod.POST, "/cluster/bulk-action/guest/start");
        }

        /**
         * Sets {@code max-workers}, checked at once.
         *
         * @param value max-workers (integer, optional), default 4
         * @return this builder
         */
        public Start maxWorkers(long value) {
            return set("max-workers", value);
        }

        /**
         * Sets {@code maxworkers}, checked at once.
         *
         * @param value maxworkers (integer, optional), default 4
         * @return this builder
         */
        public Start maxworkers(long value) {
            return set("maxworkers", value);
        }

        /**
         * Sets {@code timeout}, checked at once.
         *
         * @param value timeout (integer, optional)
         * @return this builder
         */
        public Start timeout(long value) {
            return set("timeout", value);
        }

        /**
         * Sets {@code vms}, checked at once.
         *
         * @param value vms (array, optional)
         * @return this builder
         */
        public Start vms(String value) {
            return set("vms", value);
        }
    }

    /**
     * {@code POST /cluster/bulk-action/guest/suspend} (starts bulk-suspend).
     *
     * @return the builder; optional parameters are its setters
     */
    public static Suspend suspend() {
        return new Suspend();
    }

    /** Builder of {@code POST /cluster/bulk-action/guest/suspend} (starts bulk-suspend). */
    public static final class Suspend extends TypedTaskRequest<Suspend> {

        private Suspend() {
            super(HttpMethod.POST, "/cluster/bulk-action/guest/suspend");
        }

        /**
         * Sets {@code max-workers}, checked at once.
         *
         * @param value max-workers (integer, optional), default 4
         * @return this builder
         */
        public Suspend maxWorkers(long value) {
            return set("max-workers", value);
        }

        /**
         * Sets {@code maxworkers}, checked at once.
         *
         * @param value maxworkers (integer, optional), default 4
         * @return this builder
         */
        public Suspend maxworkers(long value) {
            return set("maxworkers", value);
        }

        /**
         * Sets {@code statestorage}, checked at once.
         *
         * @param value statestorage (string, pve-storage-id, optional)
         * @return this builder
         */
        public Suspend statestorage(String value) {
            return set("statestorage", value);
        }

        /**
         * Sets {@code to-disk}, checked at once.
         *
         * @param value to-disk (boolean, optional), default 0
         * @return this builder
         */
        public Suspend toDisk(boolean value) {
            return set("to-disk", value);
        }

        /**
         * Sets {@code vms}, checked at once.
         *
         * @param value vms (array, optional)
         * @return this builder
         */
        public Suspend vms(String value) {
            return set("vms", value);
        }
    }

    /**
     * {@code PUT /cluster/ceph/flags} (starts cephsetflags).
     *
     * @return the builder; optional parameters are its setters
     */
    public static SetFlags setFlags() {
        return new SetFlags();
    }

    /** Builder of {@code PUT /cluster/ceph/flags} (starts cephsetflags). */
    public static final class SetFlags extends TypedTaskRequest<SetFlags> {

        private SetFlags() {
            super(HttpMethod.PUT, "/cluster/ceph/flags");
        }

        /**
         * Sets {@code nobackfill}, checked at once.
         *
         * @param value nobackfill (boolean, optional)
         * @return this builder
         */
        public SetFlags nobackfill(boolean value) {
            return set("nobackfill", value);
        }

        /**
         * Sets {@code nodeep-scrub}, checked at once.
         *
         * @param value nodeep-scrub (boolean, optional)
         * @return this builder
         */
        public SetFlags nodeepScrub(boolean value) {
            return set("nodeep-scrub", value);
        }

        /**
         * Sets {@code nodown}, checked at once.
         *
         * @param value nodown (boolean, optional)
         * @return this builder
         */
        public SetFlags nodown(boolean value) {
            return set("nodown", value);
        }

        /**
         * Sets {@code noin}, checked at once.
         *
         * @param value noin (boolean, optional)
         * @return this builder
         */
        public SetFlags noin(boolean value) {
            return set("noin", value);
        }

        /**
         * Sets {@code noout}, checked at once.
         *
         * @param value noout (boolean, optional)
         * @return this builder
         */
        public SetFlags noout(boolean value) {
            return set("noout", value);
        }

        /**
         * Sets {@code norebalance}, checked at once.
         *
         * @param value norebalance (boolean, optional)
         * @return this builder
         */
        public SetFlags norebalance(boolean value) {
            return set("norebalance", value);
        }

        /**
         * Sets {@code norecover}, checked at once.
         *
         * @param value norecover (boolean, optional)
         * @return this builder
         */
        public SetFlags norecover(boolean value) {
            return set("norecover", value);
        }

        /**
         * Sets {@code noscrub}, checked at once.
         *
         * @param value noscrub (boolean, optional)
         * @return this builder
         */
        public SetFlags noscrub(boolean value) {
            return set("noscrub", value);
        }

        /**
         * Sets {@code notieragent}, checked at once.
         *
         * @param value notieragent (boolean, optional)
         * @return this builder
         */
        public SetFlags notieragent(boolean value) {
            return set("notieragent", value);
        }

        /**
         * Sets {@code noup}, checked at once.
         *
         * @param value noup (boolean, optional)
         * @return this builder
         */
        public SetFlags noup(boolean value) {
            return set("noup", value);
        }

        /**
         * Sets {@code pause}, checked at once.
         *
         * @param value pause (boolean, optional)
         * @return this builder
         */
        public SetFlags pause(boolean value) {
            return set("pause", value);
        }
    }

    /**
     * {@code POST /cluster/config} (starts clustercreate).
     *
     * @param clustername clustername (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static Create create(String clustername) {
        return new Create(clustername);
    }

    /** Builder of {@code POST /cluster/config} (starts clustercreate). */
    public static final class Create extends TypedTaskRequest<Create> {

        private Create(String clustername) {
            super(HttpMethod.POST, "/cluster/config");
            set("clustername", clustername);
        }

        /**
         * Sets {@code linkN}, checked at once.
         *
         * @param n the index ({@code link0}, {@code link1}, ...)
         * @param value link[n] (string, object:address,priority, optional)
         * @return this builder
         */
        public Create link(int n, String value) {
            return set("link" + n, value);
        }

        /**
         * Sets {@code nodeid}, checked at once.
         *
         * @param value nodeid (integer, optional)
         * @return this builder
         */
        public Create nodeid(long value) {
            return set("nodeid", value);
        }

        /**
         * Sets {@code token-coefficient}, checked at once.
         *
         * @param value token-coefficient (integer, optional), default 125
         * @return this builder
         */
        public Create tokenCoefficient(long value) {
            return set("token-coefficient", value);
        }

        /**
         * Sets {@code votes}, checked at once.
         *
         * @param value votes (integer, optional)
         * @return this builder
         */
        public Create votes(long value) {
            return set("votes", value);
        }
    }

    /**
     * {@code POST /cluster/config/join} (starts clusterjoin).
     *
     * @param fingerprint fingerprint (string, required)
     * @param hostname hostname (string, required)
     * @param password password (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Join join(String fingerprint, String hostname, String password) {
        return new Join(fingerprint, hostname, password);
    }

    /** Builder of {@code POST /cluster/config/join} (starts clusterjoin). */
    public static final class Join extends TypedTaskRequest<Join> {

        private Join(String fingerprint, String hostname, String password) {
            super(HttpMethod.POST, "/cluster/config/join");
            set("fingerprint", fingerprint);
            set("hostname", hostname);
            set("password", password);
        }

        /**
         * Sets {@code force}, checked at once.
         *
         * @param value force (boolean, optional)
         * @return this builder
         */
        public Join force(boolean value) {
            return set("force", value);
        }

        /**
         * Sets {@code linkN}, checked at once.
         *
         * @param n the index ({@code link0}, {@code link1}, ...)
         * @param value link[n] (string, object:address,priority, optional)
         * @return this builder
         */
        public Join link(int n, String value) {
            return set("link" + n, value);
        }

        /**
         * Sets {@code nodeid}, checked at once.
         *
         * @param value nodeid (integer, optional)
         * @return this builder
         */
        public Join nodeid(long value) {
            return set("nodeid", value);
        }

        /**
         * Sets {@code votes}, checked at once.
         *
         * @param value votes (integer, optional)
         * @return this builder
         */
        public Join votes(long value) {
            return set("votes", value);
        }
    }

    /**
     * {@code PUT /cluster/sdn} (starts reloadnetworkall).
     *
     * @return the builder; optional parameters are its setters
     */
    public static Reload reload() {
        return new Reload();
    }

    /** Builder of {@code PUT /cluster/sdn} (starts reloadnetworkall). */
    public static final class Reload extends TypedTaskRequest<Reload> {

        private Reload() {
            super(HttpMethod.PUT, "/cluster/sdn");
        }

        /**
         * Sets {@code lock-token}, checked at once.
         *
         * @param value lock-token (string, optional)
         * @return this builder
         */
        public Reload lockToken(String value) {
            return set("lock-token", value);
        }

        /**
         * Sets {@code release-lock}, checked at once.
         *
         * @param value release-lock (boolean, optional), default 1
         * @return this builder
         */
        public Reload releaseLock(boolean value) {
            return set("release-lock", value);
        }
    }
}
