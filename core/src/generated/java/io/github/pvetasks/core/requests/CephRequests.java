package io.github.pvetasks.core.requests;

import io.github.pvetasks.core.spi.HttpMethod;

import javax.annotation.processing.Generated;

/**
 * Ceph: OSDs, monitors, managers, metadata servers, pools, file systems, flags.
 *
 * <p>Generated from the facts table ({@code pve-api/task-endpoints.tsv}) by {@code RequestsGenerator};
 * do not edit. Each factory takes the required parameters; optional ones are named setters; every
 * value is checked as it is set, and {@code build()} gives a {@link io.github.pvetasks.core.TaskRequest}.
 */
@Generated(value = "io.github.pvetasks.core.requests.RequestsGenerator", comments = "from pve-api/task-endpoints.tsv")
public final class CephRequests {

    private CephRequests() {
    }

    /**
     * {@code POST /nodes/{node}/ceph/fs/{name}} (starts cephfscreate).
     *
     * @param node node (string, pve-node, required)
     * @param name name (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Createfs createfs(String node, String name) {
        return new Createfs(node, name);
    }

    /** Builder of {@code POST /nodes/{node}/ceph/fs/{name}} (starts cephfscreate). */
    public static final class Createfs extends TypedTaskRequest<Createfs> {

        private Createfs(String node, String name) {
            super(HttpMethod.POST, "/nodes/{node}/ceph/fs/{name}");
            set("node", node);
            set("name", name);
        }

        /**
         * Sets {@code add-storage}, checked at once.
         *
         * @param value add-storage (boolean, optional), default 0
         * @return this builder
         */
        public Createfs addStorage(boolean value) {
            return set("add-storage", value);
        }

        /**
         * Sets {@code pg_num}, checked at once.
         *
         * @param value pg_num (integer, optional), default 128
         * @return this builder
         */
        public Createfs pgNum(long value) {
            return set("pg_num", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/ceph/mds/{name}} (starts cephdestroymds).
     *
     * @param node node (string, pve-node, required)
     * @param name name (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Destroymds destroymds(String node, String name) {
        return new Destroymds(node, name);
    }

    /** Builder of {@code DELETE /nodes/{node}/ceph/mds/{name}} (starts cephdestroymds). */
    public static final class Destroymds extends TypedTaskRequest<Destroymds> {

        private Destroymds(String node, String name) {
            super(HttpMethod.DELETE, "/nodes/{node}/ceph/mds/{name}");
            set("node", node);
            set("name", name);
        }
    }

    /**
     * {@code POST /nodes/{node}/ceph/mds/{name}} (starts cephcreatemds).
     *
     * @param node node (string, pve-node, required)
     * @param name name (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Createmds createmds(String node, String name) {
        return new Createmds(node, name);
    }

    /** Builder of {@code POST /nodes/{node}/ceph/mds/{name}} (starts cephcreatemds). */
    public static final class Createmds extends TypedTaskRequest<Createmds> {

        private Createmds(String node, String name) {
            super(HttpMethod.POST, "/nodes/{node}/ceph/mds/{name}");
            set("node", node);
            set("name", name);
        }

        /**
         * Sets {@code hotstandby}, checked at once.
         *
         * @param value hotstandby (boolean, optional), default 0
         * @return this builder
         */
        public Createmds hotstandby(boolean value) {
            return set("hotstandby", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/ceph/mgr/{id}} (starts cephdestroymgr).
     *
     * @param node node (string, pve-node, required)
     * @param id id (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Destroymgr destroymgr(String node, String id) {
        return new Destroymgr(node, id);
    }

    /** Builder of {@code DELETE /nodes/{node}/ceph/mgr/{id}} (starts cephdestroymgr). */
    public static final class Destroymgr extends TypedTaskRequest<Destroymgr> {

        private Destroymgr(String node, String id) {
            super(HttpMethod.DELETE, "/nodes/{node}/ceph/mgr/{id}");
            set("node", node);
            set("id", id);
        }
    }

    /**
     * {@code POST /nodes/{node}/ceph/mgr/{id}} (starts cephcreatemgr).
     *
     * @param node node (string, pve-node, required)
     * @param id id (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Createmgr createmgr(String node, String id) {
        return new Createmgr(node, id);
    }

    /** Builder of {@code POST /nodes/{node}/ceph/mgr/{id}} (starts cephcreatemgr). */
    public static final class Createmgr extends TypedTaskRequest<Createmgr> {

        private Createmgr(String node, String id) {
            super(HttpMethod.POST, "/nodes/{node}/ceph/mgr/{id}");
            set("node", node);
            set("id", id);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/ceph/mon/{monid}} (starts cephdestroymon).
     *
     * @param node node (string, pve-node, required)
     * @param monid monid (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Destroymon destroymon(String node, String monid) {
        return new Destroymon(node, monid);
    }

    /** Builder of {@code DELETE /nodes/{node}/ceph/mon/{monid}} (starts cephdestroymon). */
    public static final class Destroymon extends TypedTaskRequest<Destroymon> {

        private Destroymon(String node, String monid) {
            super(HttpMethod.DELETE, "/nodes/{node}/ceph/mon/{monid}");
            set("node", node);
            set("monid", monid);
        }
    }

    /**
     * {@code POST /nodes/{node}/ceph/mon/{monid}} (starts cephcreatemon).
     *
     * @param node node (string, pve-node, required)
     * @param monid monid (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Createmon createmon(String node, String monid) {
        return new Createmon(node, monid);
    }

    /** Builder of {@code POST /nodes/{node}/ceph/mon/{monid}} (starts cephcreatemon). */
    public static final class Createmon extends TypedTaskRequest<Createmon> {

        private Createmon(String node, String monid) {
            super(HttpMethod.POST, "/nodes/{node}/ceph/mon/{monid}");
            set("node", node);
            set("monid", monid);
        }

        /**
         * Sets {@code mon-address}, checked at once.
         *
         * @param value mon-address (string, ip-list, optional)
         * @return this builder
         */
        public Createmon monAddress(String value) {
            return set("mon-address", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/ceph/osd} (starts cephcreateosd).
     *
     * @param node node (string, pve-node, required)
     * @param dev dev (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Createosd createosd(String node, String dev) {
        return new Createosd(node, dev);
    }

    /** Builder of {@code POST /nodes/{node}/ceph/osd} (starts cephcreateosd). */
    public static final class Createosd extends TypedTaskRequest<Createosd> {

        private Createosd(String node, String dev) {
            super(HttpMethod.POST, "/nodes/{node}/ceph/osd");
            set("node", node);
            set("dev", dev);
        }

        /**
         * Sets {@code crush-device-class}, checked at once.
         *
         * @param value crush-device-class (string, optional)
         * @return this builder
         */
        public Createosd crushDeviceClass(String value) {
            return set("crush-device-class", value);
        }

        /**
         * Sets {@code db_dev}, checked at once.
         *
         * @param value db_dev (string, optional)
         * @return this builder
         */
        public Createosd dbDev(String value) {
            return set("db_dev", value);
        }

        /**
         * Sets {@code db_dev_size}, checked at once.
         *
         * @param value db_dev_size (number, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public Createosd dbDevSize(double value) {
            return set("db_dev_size", value);
        }

        /**
         * Sets {@code encrypted}, checked at once.
         *
         * @param value encrypted (boolean, optional), default 0
         * @return this builder
         */
        public Createosd encrypted(boolean value) {
            return set("encrypted", value);
        }

        /**
         * Sets {@code osds-per-device}, checked at once.
         *
         * @param value osds-per-device (integer, optional)
         * @return this builder
         */
        public Createosd osdsPerDevice(long value) {
            return set("osds-per-device", value);
        }

        /**
         * Sets {@code wal_dev}, checked at once.
         *
         * @param value wal_dev (string, optional)
         * @return this builder
         */
        public Createosd walDev(String value) {
            return set("wal_dev", value);
        }

        /**
         * Sets {@code wal_dev_size}, checked at once.
         *
         * @param value wal_dev_size (number, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public Createosd walDevSize(double value) {
            return set("wal_dev_size", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/ceph/osd/{osdid}} (starts cephdestroyosd).
     *
     * @param node node (string, pve-node, required)
     * @param osdid osdid (integer, required)
     * @return the builder; optional parameters are its setters
     */
    public static Destroyosd destroyosd(String node, long osdid) {
        return new Destroyosd(node, osdid);
    }

    /** Builder of {@code DELETE /nodes/{node}/ceph/osd/{osdid}} (starts cephdestroyosd). */
    public static final class Destroyosd extends TypedTaskRequest<Destroyosd> {

        private Destroyosd(String node, long osdid) {
            super(HttpMethod.DELETE, "/nodes/{node}/ceph/osd/{osdid}");
            set("node", node);
            set("osdid", osdid);
        }

        /**
         * Sets {@code cleanup}, checked at once.
         *
         * @param value cleanup (boolean, optional), default 0
         * @return this builder
         */
        public Destroyosd cleanup(boolean value) {
            return set("cleanup", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/ceph/pool} (starts cephcreatepool).
     *
     * @param node node (string, pve-node, required)
     * @param name name (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Createpool createpool(String node, String name) {
        return new Createpool(node, name);
    }

    /** Builder of {@code POST /nodes/{node}/ceph/pool} (starts cephcreatepool). */
    public static final class Createpool extends TypedTaskRequest<Createpool> {

        private Createpool(String node, String name) {
            super(HttpMethod.POST, "/nodes/{node}/ceph/pool");
            set("node", node);
            set("name", name);
        }

        /**
         * Sets {@code add_storages}, checked at once.
         *
         * @param value add_storages (boolean, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public Createpool addStorages(boolean value) {
            return set("add_storages", value);
        }

        /**
         * Sets {@code application}, checked at once.
         *
         * @param value application (string, optional), default rbd, one of rbd, cephfs, rgw
         * @return this builder
         */
        public Createpool application(String value) {
            return set("application", value);
        }

        /**
         * Sets {@code crush_rule}, checked at once.
         *
         * @param value crush_rule (string, optional)
         * @return this builder
         */
        public Createpool crushRule(String value) {
            return set("crush_rule", value);
        }

        /**
         * Sets {@code erasure-coding}, checked at once.
         *
         * @param value erasure-coding (string, object:device-class,failure-domain,k,m,profile, optional)
         * @return this builder
         */
        public Createpool erasureCoding(String value) {
            return set("erasure-coding", value);
        }

        /**
         * Sets {@code min_size}, checked at once.
         *
         * @param value min_size (integer, optional), default 2
         * @return this builder
         */
        public Createpool minSize(long value) {
            return set("min_size", value);
        }

        /**
         * Sets {@code pg_autoscale_mode}, checked at once.
         *
         * @param value pg_autoscale_mode (string, optional), default warn, one of on, off, warn
         * @return this builder
         */
        public Createpool pgAutoscaleMode(String value) {
            return set("pg_autoscale_mode", value);
        }

        /**
         * Sets {@code pg_num}, checked at once.
         *
         * @param value pg_num (integer, optional), default 128
         * @return this builder
         */
        public Createpool pgNum(long value) {
            return set("pg_num", value);
        }

        /**
         * Sets {@code pg_num_min}, checked at once.
         *
         * @param value pg_num_min (integer, optional)
         * @return this builder
         */
        public Createpool pgNumMin(long value) {
            return set("pg_num_min", value);
        }

        /**
         * Sets {@code size}, checked at once.
         *
         * @param value size (integer, optional), default 3
         * @return this builder
         */
        public Createpool size(long value) {
            return set("size", value);
        }

        /**
         * Sets {@code target_size}, checked at once.
         *
         * @param value target_size (string, optional)
         * @return this builder
         */
        public Createpool targetSize(String value) {
            return set("target_size", value);
        }

        /**
         * Sets {@code target_size_ratio}, checked at once.
         *
         * @param value target_size_ratio (number, optional)
         * @return this builder
         */
        public Createpool targetSizeRatio(double value) {
            return set("target_size_ratio", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/ceph/pool/{name}} (starts cephdestroypool).
     *
     * @param node node (string, pve-node, required)
     * @param name name (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Destroypool destroypool(String node, String name) {
        return new Destroypool(node, name);
    }

    /** Builder of {@code DELETE /nodes/{node}/ceph/pool/{name}} (starts cephdestroypool). */
    public static final class Destroypool extends TypedTaskRequest<Destroypool> {

        private Destroypool(String node, String name) {
            super(HttpMethod.DELETE, "/nodes/{node}/ceph/pool/{name}");
            set("node", node);
            set("name", name);
        }

        /**
         * Sets {@code force}, checked at once.
         *
         * @param value force (boolean, optional), default 0
         * @return this builder
         */
        public Destroypool force(boolean value) {
            return set("force", value);
        }

        /**
         * Sets {@code remove_ecprofile}, checked at once.
         *
         * @param value remove_ecprofile (boolean, optional), default 1
         * @return this builder
         */
        public Destroypool removeEcprofile(boolean value) {
            return set("remove_ecprofile", value);
        }

        /**
         * Sets {@code remove_storages}, checked at once.
         *
         * @param value remove_storages (boolean, optional), default 0
         * @return this builder
         */
        public Destroypool removeStorages(boolean value) {
            return set("remove_storages", value);
        }
    }

    /**
     * {@code PUT /nodes/{node}/ceph/pool/{name}} (starts cephsetpool).
     *
     * @param node node (string, pve-node, required)
     * @param name name (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Setpool setpool(String node, String name) {
        return new Setpool(node, name);
    }

    /** Builder of {@code PUT /nodes/{node}/ceph/pool/{name}} (starts cephsetpool). */
    public static final class Setpool extends TypedTaskRequest<Setpool> {

        private Setpool(String node, String name) {
            super(HttpMethod.PUT, "/nodes/{node}/ceph/pool/{name}");
            set("node", node);
            set("name", name);
        }

        /**
         * Sets {@code application}, checked at once.
         *
         * @param value application (string, optional), one of rbd, cephfs, rgw
         * @return this builder
         */
        public Setpool application(String value) {
            return set("application", value);
        }

        /**
         * Sets {@code crush_rule}, checked at once.
         *
         * @param value crush_rule (string, optional)
         * @return this builder
         */
        public Setpool crushRule(String value) {
            return set("crush_rule", value);
        }

        /**
         * Sets {@code min_size}, checked at once.
         *
         * @param value min_size (integer, optional)
         * @return this builder
         */
        public Setpool minSize(long value) {
            return set("min_size", value);
        }

        /**
         * Sets {@code pg_autoscale_mode}, checked at once.
         *
         * @param value pg_autoscale_mode (string, optional), one of on, off, warn
         * @return this builder
         */
        public Setpool pgAutoscaleMode(String value) {
            return set("pg_autoscale_mode", value);
        }

        /**
         * Sets {@code pg_num}, checked at once.
         *
         * @param value pg_num (integer, optional)
         * @return this builder
         */
        public Setpool pgNum(long value) {
            return set("pg_num", value);
        }

        /**
         * Sets {@code pg_num_min}, checked at once.
         *
         * @param value pg_num_min (integer, optional)
         * @return this builder
         */
        public Setpool pgNumMin(long value) {
            return set("pg_num_min", value);
        }

        /**
         * Sets {@code size}, checked at once.
         *
         * @param value size (integer, optional)
         * @return this builder
         */
        public Setpool size(long value) {
            return set("size", value);
        }

        /**
         * Sets {@code target_size}, checked at once.
         *
         * @param value target_size (string, optional)
         * @return this builder
         */
        public Setpool targetSize(String value) {
            return set("target_size", value);
        }

        /**
         * Sets {@code target_size_ratio}, checked at once.
         *
         * @param value target_size_ratio (number, optional)
         * @return this builder
         */
        public Setpool targetSizeRatio(double value) {
            return set("target_size_ratio", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/ceph/restart} (starts srvrestart).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static Restart restart(String node) {
        return new Restart(node);
    }

    /** Builder of {@code POST /nodes/{node}/ceph/restart} (starts srvrestart). */
    public static final class Restart extends TypedTaskRequest<Restart> {

        private Restart(String node) {
            super(HttpMethod.POST, "/nodes/{node}/ceph/restart");
            set("node", node);
        }

        /**
         * Sets {@code service}, checked at once.
         *
         * @param value service (string, optional), default ceph.target
         * @return this builder
         */
        public Restart service(String value) {
            return set("service", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/ceph/start} (starts srvstart).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static Start start(String node) {
        return new Start(node);
    }

    /** Builder of {@code POST /nodes/{node}/ceph/start} (starts srvstart). */
    public static final class Start extends TypedTaskRequest<Start> {

        private Start(String node) {
            super(HttpMethod.POST, "/nodes/{node}/ceph/start");
            set("node", node);
        }

        /**
         * Sets {@code service}, checked at once.
         *
         * @param value service (string, optional), default ceph.target
         * @return this builder
         */
        public Start service(String value) {
            return set("service", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/ceph/stop} (starts srvstop).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static Stop stop(String node) {
        return new Stop(node);
    }

    /** Builder of {@code POST /nodes/{node}/ceph/stop} (starts srvstop). */
    public static final class Stop extends TypedTaskRequest<Stop> {

        private Stop(String node) {
            super(HttpMethod.POST, "/nodes/{node}/ceph/stop");
            set("node", node);
        }

        /**
         * Sets {@code service}, checked at once.
         *
         * @param value service (string, optional), default ceph.target
         * @return this builder
         */
        public Stop service(String value) {
            return set("service", value);
        }
    }
}
