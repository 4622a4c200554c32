package io.github.pvetasks.core.requests;

import io.github.pvetasks.core.spi.HttpMethod;

import javax.annotation.processing.Generated;

/**
 * A node: services, packages, certificates, network, backups (vzdump), start/stop/migrate all, shells.
 *
 * <p>Generated from the facts table ({@code pve-api/task-endpoints.tsv}) by {@code RequestsGenerator};
 * do not edit. Each factory takes the required parameters; optional ones are named setters; every
 * value is checked as it is set, and {@code build()} gives a {@link io.github.pvetasks.core.TaskRequest}.
 */
@Generated(value = "io.github.pvetasks.core.requests.RequestsGenerator", comments = "from pve-api/task-endpoints.tsv")
public final class NodeRequests {

    private NodeRequests() {
    }

    /**
     * {@code POST /nodes/{node}/aplinfo} (starts download).
     *
     * @param node node (string, pve-node, required)
     * @param storage storage (string, pve-storage-id, required)
     * @param template template (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static AplDownload aplDownload(String node, String storage, String template) {
        return new AplDownload(node, storage, template);
    }

    /** Builder of {@code POST /nodes/{node}/aplinfo} (starts download). */
    public static final class AplDownload extends TypedTaskRequest<AplDownload> {

        private AplDownload(String node, String storage, String template) {
            super(HttpMethod.POST, "/nodes/{node}/aplinfo");
            set("node", node);
            set("storage", storage);
            set("template", template);
        }
    }

    /**
     * {@code POST /nodes/{node}/apt/update} (starts aptupdate).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static UpdateDatabase updateDatabase(String node) {
        return new UpdateDatabase(node);
    }

    /** Builder of {@code POST /nodes/{node}/apt/update} (starts aptupdate). */
    public static final class UpdateDatabase extends TypedTaskRequest<UpdateDatabase> {

        private UpdateDatabase(String node) {
            super(HttpMethod.POST, "/nodes/{node}/apt/update");
            set("node", node);
        }

        /**
         * Sets {@code notify}, checked at once.
         *
         * @param value notify (boolean, optional), default 0
         * @return this builder
         */
        public UpdateDatabase notifyValue(boolean value) {
            return set("notify", value);
        }

        /**
         * Sets {@code quiet}, checked at once.
         *
         * @param value quiet (boolean, optional), default 0
         * @return this builder
         */
        public UpdateDatabase quiet(boolean value) {
            return set("quiet", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/certificates/acme/certificate} (starts acmerevoke).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static RevokeCertificate revokeCertificate(String node) {
        return new RevokeCertificate(node);
    }

    /** Builder of {@code DELETE /nodes/{node}/certificates/acme/certificate} (starts acmerevoke). */
    public static final class RevokeCertificate extends TypedTaskRequest<RevokeCertificate> {

        private RevokeCertificate(String node) {
            super(HttpMethod.DELETE, "/nodes/{node}/certificates/acme/certificate");
            set("node", node);
        }
    }

    /**
     * {@code POST /nodes/{node}/certificates/acme/certificate} (starts acmenewcert).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static NewCertificate newCertificate(String node) {
        return new NewCertificate(node);
    }

    /** Builder of {@code POST /nodes/{node}/certificates/acme/certificate} (starts acmenewcert). */
    public static final class NewCertificate extends TypedTaskRequest<NewCertificate> {

        private NewCertificate(String node) {
            super(HttpMethod.POST, "/nodes/{node}/certificates/acme/certificate");
            set("node", node);
        }

        /**
         * Sets {@code force}, checked at once.
         *
         * @param value force (boolean, optional), default 0
         * @return this builder
         */
        public NewCertificate force(boolean value) {
            return set("force", value);
        }
    }

    /**
     * {@code PUT /nodes/{node}/certificates/acme/certificate} (starts acmerenew).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static RenewCertificate renewCertificate(String node) {
        return new RenewCertificate(node);
    }

    /** Builder of {@code PUT /nodes/{node}/certificates/acme/certificate} (starts acmerenew). */
    public static final class RenewCertificate extends TypedTaskRequest<RenewCertificate> {

        private RenewCertificate(String node) {
            super(HttpMethod.PUT, "/nodes/{node}/certificates/acme/certificate");
            set("node", node);
        }

        /**
         * Sets {@code force}, checked at once.
         *
         * @param value force (boolean, optional), default 0
         * @return this builder
         */
        public RenewCertificate force(boolean value) {
            return set("force", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/migrateall} (starts migrateall).
     *
     * @param node node (string, pve-node, required)
     * @param target target (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static Migrateall migrateall(String node, String target) {
        return new Migrateall(node, target);
    }

    /** Builder of {@code POST /nodes/{node}/migrateall} (starts migrateall). */
    public static final class Migrateall extends TypedTaskRequest<Migrateall> {

        private Migrateall(String node, String target) {
            super(HttpMethod.POST, "/nodes/{node}/migrateall");
            set("node", node);
            set("target", target);
        }

        /**
         * Sets {@code max-workers}, checked at once.
         *
         * @param value max-workers (integer, optional)
         * @return this builder
         */
        public Migrateall maxWorkers(long value) {
            return set("max-workers", value);
        }

        /**
         * Sets {@code maxworkers}, checked at once.
         *
         * @param value maxworkers (integer, optional)
         * @return this builder
         */
        public Migrateall maxworkers(long value) {
            return set("maxworkers", value);
        }

        /**
         * Sets {@code vms}, checked at once.
         *
         * @param value vms (string, pve-vmid-list, optional)
         * @return this builder
         */
        public Migrateall vms(String value) {
            return set("vms", value);
        }

        /**
         * Sets {@code with-local-disks}, checked at once.
         *
         * @param value with-local-disks (boolean, optional)
         * @return this builder
         */
        public Migrateall withLocalDisks(boolean value) {
            return set("with-local-disks", value);
        }
    }

    /**
     * {@code PUT /nodes/{node}/network} (starts srvreload).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static ReloadNetworkConfig reloadNetworkConfig(String node) {
        return new ReloadNetworkConfig(node);
    }

    /** Builder of {@code PUT /nodes/{node}/network} (starts srvreload). */
    public static final class ReloadNetworkConfig extends TypedTaskRequest<ReloadNetworkConfig> {

        private ReloadNetworkConfig(String node) {
            super(HttpMethod.PUT, "/nodes/{node}/network");
            set("node", node);
        }

        /**
         * Sets {@code regenerate-frr}, checked at once.
         *
         * @param value regenerate-frr (boolean, optional), default 0
         * @return this builder
         */
        public ReloadNetworkConfig regenerateFrr(boolean value) {
            return set("regenerate-frr", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/services/{service}/reload} (starts srvreload).
     *
     * @param node node (string, pve-node, required)
     * @param service service (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static ServiceReload serviceReload(String node, String service) {
        return new ServiceReload(node, service);
    }

    /** Builder of {@code POST /nodes/{node}/services/{service}/reload} (starts srvreload). */
    public static final class ServiceReload extends TypedTaskRequest<ServiceReload> {

        private ServiceReload(String node, String service) {
            super(HttpMethod.POST, "/nodes/{node}/services/{service}/reload");
            set("node", node);
            set("service", service);
        }
    }

    /**
     * {@code POST /nodes/{node}/services/{service}/restart} (starts srvrestart).
     *
     * @param node node (string, pve-node, required)
     * @param service service (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static ServiceRestart serviceRestart(String node, String service) {
        return new ServiceRestart(node, service);
    }

    /** Builder of {@code POST /nodes/{node}/services/{service}/restart} (starts srvrestart). */
    public static final class ServiceRestart extends TypedTaskRequest<ServiceRestart> {

        private ServiceRestart(String node, String service) {
            super(HttpMethod.POST, "/nodes/{node}/services/{service}/restart");
            set("node", node);
            set("service", service);
        }
    }

    /**
     * {@code POST /nodes/{node}/services/{service}/start} (starts srvstart).
     *
     * @param node node (string, pve-node, required)
     * @param service service (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static ServiceStart serviceStart(String node, String service) {
        return new ServiceStart(node, service);
    }

    /** Builder of {@code POST /nodes/{node}/services/{service}/start} (starts srvstart). */
    public static final class ServiceStart extends TypedTaskRequest<ServiceStart> {

        private ServiceStart(String node, String service) {
            super(HttpMethod.POST, "/nodes/{node}/services/{service}/start");
            set("node", node);
            set("service", service);
        }
    }

    /**
     * {@code POST /nodes/{node}/services/{service}/stop} (starts srvstop).
     *
     * @param node node (string, pve-node, required)
     * @param service service (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static ServiceStop serviceStop(String node, String service) {
        return new ServiceStop(node, service);
    }

    /** Builder of {@code POST /nodes/{node}/services/{service}/stop} (starts srvstop). */
    public static final class ServiceStop extends TypedTaskRequest<ServiceStop> {

        private ServiceStop(String node, String service) {
            super(HttpMethod.POST, "/nodes/{node}/services/{service}/stop");
            set("node", node);
            set("service", service);
        }
    }

    /**
     * {@code POST /nodes/{node}/spiceshell} (starts spiceshell). It never answers the task's UPID: find the task in the node's list by worker type and start time.
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static Spiceshell spiceshell(String node) {
        return new Spiceshell(node);
    }

    /** Builder of {@code POST /nodes/{node}/spiceshell} (starts spiceshell). */
    public static final class Spiceshell extends TypedTaskRequest<Spiceshell> {

        private Spiceshell(String node) {
            super(HttpMethod.POST, "/nodes/{node}/spiceshell");
            set("node", node);
        }

        /**
         * Sets {@code cmd}, checked at once.
         *
         * @param value cmd (string, optional), default login, one of ceph_install, login, upgrade
         * @return this builder
         */
        public Spiceshell cmd(String value) {
            return set("cmd", value);
        }

        /**
         * Sets {@code cmd-opts}, checked at once.
         *
         * @param value cmd-opts (string, optional)
         * @return this builder
         */
        public Spiceshell cmdOpts(String value) {
            return set("cmd-opts", value);
        }

        /**
         * Sets {@code proxy}, checked at once.
         *
         * @param value proxy (string, address, optional)
         * @return this builder
         */
        public Spiceshell proxy(String value) {
            return set("proxy", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/startall} (starts startall).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static Startall startall(String node) {
        return new Startall(node);
    }

    /** Builder of {@code POST /nodes/{node}/startall} (starts startall). */
    public static final class Startall extends TypedTaskRequest<Startall> {

        private Startall(String node) {
            super(HttpMethod.POST, "/nodes/{node}/startall");
            set("node", node);
        }

        /**
         * Sets {@code force}, checked at once.
         *
         * @param value force (boolean, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public Startall force(boolean value) {
            return set("force", value);
        }

        /**
         * Sets {@code max-workers}, checked at once.
         *
         * @param value max-workers (integer, optional)
         * @return this builder
         */
        public Startall maxWorkers(long value) {
            return set("max-workers", value);
        }

        /**
         * Sets {@code vms}, checked at once.
         *
         * @param value vms (string, pve-vmid-list, optional)
         * @return this builder
         */
        public Startall vms(String value) {
            return set("vms", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/stopall} (starts stopall).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static Stopall stopall(String node) {
        return new Stopall(node);
    }

    /** Builder of {@code POST /nodes/{node}/stopall} (starts stopall). */
    public static final class Stopall extends TypedTaskRequest<Stopall> {

        private Stopall(String node) {
            super(HttpMethod.POST, "/nodes/{node}/stopall");
            set("node", node);
        }

        /**
         * Sets {@code force-stop}, checked at once.
         *
         * @param value force-stop (boolean, optional), default 1
         * @return this builder
         */
        public Stopall forceStop(boolean value) {
            return set("force-stop", value);
        }

        /**
         * Sets {@code max-workers}, checked at once.
         *
         * @param value max-workers (integer, optional)
         * @return this builder
         */
        public Stopall maxWorkers(long value) {
            return set("max-workers", value);
        }

        /**
         * Sets {@code timeout}, checked at once.
         *
         * @param value timeout (integer, optional), default 180
         * @return this builder
         */
        public Stopall timeout(long value) {
            return set("timeout", value);
        }

        /**
         * Sets {@code vms}, checked at once.
         *
         * @param value vms (string, pve-vmid-list, optional)
         * @return this builder
         */
        public Stopall vms(String value) {
            return set("vms", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/suspendall} (starts suspendall).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static Suspendall suspendall(String node) {
        return new Suspendall(node);
    }

    /** Builder of {@code POST /nodes/{node}/suspendall} (starts suspendall). */
    public static final class Suspendall extends TypedTaskRequest<Suspendall> {

        private Suspendall(String node) {
            super(HttpMethod.POST, "/nodes/{node}/suspendall");
            set("node", node);
        }

        /**
         * Sets {@code max-workers}, checked at once.
         *
         * @param value max-workers (integer, optional)
         * @return this builder
         */
        public Suspendall maxWorkers(long value) {
            return set("max-workers", value);
        }

        /**
         * Sets {@code vms}, checked at once.
         *
         * @param value vms (string, pve-vmid-list, optional)
         * @return this builder
         */
        public Suspendall vms(String value) {
            return set("vms", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/termproxy} (starts vncshell).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static Termproxy termproxy(String node) {
        return new Termproxy(node);
    }

    /** Builder of {@code POST /nodes/{node}/termproxy} (starts vncshell). */
    public static final class Termproxy extends TypedTaskRequest<Termproxy> {

        private Termproxy(String node) {
            super(HttpMethod.POST, "/nodes/{node}/termproxy");
            set("node", node);
        }

        /**
         * Sets {@code cmd}, checked at once.
         *
         * @param value cmd (string, optional), default login, one of ceph_install, login, upgrade
         * @return this builder
         */
        public Termproxy cmd(String value) {
            return set("cmd", value);
        }

        /**
         * Sets {@code cmd-opts}, checked at once.
         *
         * @param value cmd-opts (string, optional)
         * @return this builder
         */
        public Termproxy cmdOpts(String value) {
            return set("cmd-opts", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/vncshell} (starts vncshell).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static Vncshell vncshell(String node) {
        return new Vncshell(node);
    }

    /** Builder of {@code POST /nodes/{node}/vncshell} (starts vncshell). */
    public static final class Vncshell extends TypedTaskRequest<Vncshell> {

        private Vncshell(String node) {
            super(HttpMethod.POST, "/nodes/{node}/vncshell");
            set("node", node);
        }

        /**
         * Sets {@code cmd}, checked at once.
         *
         * @param value cmd (string, optional), default login, one of ceph_install, login, upgrade
         * @return this builder
         */
        public Vncshell cmd(String value) {
            return set("cmd", value);
        }

        /**
         * Sets {@code cmd-opts}, checked at once.
         *
         * @param value cmd-opts (string, optional)
         * @return this builder
         */
        public Vncshell cmdOpts(String value) {
            return set("cmd-opts", value);
        }

        /**
         * Sets {@code height}, checked at once.
         *
         * @param value height (integer, optional)
         * @return this builder
         */
        public Vncshell height(long value) {
            return set("height", value);
        }

        /**
         * Sets {@code websocket}, checked at once.
         *
         * @param value websocket (boolean, optional)
         * @return this builder
         */
        public Vncshell websocket(boolean value) {
            return set("websocket", value);
        }

        /**
         * Sets {@code width}, checked at once.
         *
         * @param value width (integer, optional)
         * @return this builder
         */
        public Vncshell width(long value) {
            return set("width", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/vzdump} (starts vzdump).
     *
     * @param node node (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static Vzdump vzdump(String node) {
        return new Vzdump(node);
    }

    /** Builder of {@code POST /nodes/{node}/vzdump} (starts vzdump). */
    public static final class Vzdump extends TypedTaskRequest<Vzdump> {

        private Vzdump(String node) {
            super(HttpMethod.POST, "/nodes/{node}/vzdump");
            set("node", node);
        }

        /**
         * Sets {@code all}, checked at once.
         *
         * @param value all (boolean, optional), default 0
         * @return this builder
         */
        public Vzdump all(boolean value) {
            return set("all", value);
        }

        /**
         * Sets {@code bwlimit}, checked at once.
         *
         * @param value bwlimit (integer, optional), default 0
         * @return this builder
         */
        public Vzdump bwlimit(long value) {
            return set("bwlimit", value);
        }

        /**
         * Sets {@code compress}, checked at once.
         *
         * @param value compress (string, optional), default 0, one of 0, 1, gzip, lzo, zstd
         * @return this builder
         */
        public Vzdump compress(String value) {
            return set("compress", value);
        }

        /**
         * Sets {@code dumpdir}, checked at once.
         *
         * @param value dumpdir (string, optional)
         * @return this builder
         */
        public Vzdump dumpdir(String value) {
            return set("dumpdir", value);
        }

        /**
         * Sets {@code exclude}, checked at once.
         *
         * @param value exclude (string, pve-vmid-list, optional)
         * @return this builder
         */
        public Vzdump exclude(String value) {
            return set("exclude", value);
        }

        /**
         * Sets {@code exclude-path}, checked at once.
         *
         * @param value exclude-path (array, optional)
         * @return this builder
         */
        public Vzdump excludePath(String value) {
            return set("exclude-path", value);
        }

        /**
         * Sets {@code fleecing}, checked at once.
         *
         * @param value fleecing (string, backup-fleecing, optional)
         * @return this builder
         */
        public Vzdump fleecing(String value) {
            return set("fleecing", value);
        }

        /**
         * Sets {@code ionice}, checked at once.
         *
         * @param value ionice (integer, optional), default 7
         * @return this builder
         */
        public Vzdump ionice(long value) {
            return set("ionice", value);
        }

        /**
         * Sets {@code job-id}, checked at once.
         *
         * @param value job-id (string, optional)
         * @return this builder
         */
        public Vzdump jobId(String value) {
            return set("job-id", value);
        }

        /**
         * Sets {@code lockwait}, checked at once.
         *
         * @param value lockwait (integer, optional), default 180
         * @return this builder
         */
        public Vzdump lockwait(long value) {
            return set("lockwait", value);
        }

        /**
         * Sets {@code mailnotification}, checked at once.
         *
         * @param value mailnotification (string, optional), default always, one of always, failure
         * @return this builder
         */
        public Vzdump mailnotification(String value) {
            return set("mailnotification", value);
        }

        /**
         * Sets {@code mailto}, checked at once.
         *
         * @param value mailto (string, email-or-username-list, optional)
         * @return this builder
         */
        public Vzdump mailto(String value) {
            return set("mailto", value);
        }

        /**
         * Sets {@code maxfiles}, checked at once.
         *
         * @param value maxfiles (integer, optional)
         * @return this builder
         */
        public Vzdump maxfiles(long value) {
            return set("maxfiles", value);
        }

        /**
         * Sets {@code mode}, checked at once.
         *
         * @param value mode (string, optional), default snapshot, one of snapshot, suspend, stop
         * @return this builder
         */
        public Vzdump mode(String value) {
            return set("mode", value);
        }

        /**
         * Sets {@code notes-template}, checked at once.
         *
         * @param value notes-template (string, optional)
         * @return this builder
         */
        public Vzdump notesTemplate(String value) {
            return set("notes-template", value);
        }

        /**
         * Sets {@code notification-mode}, checked at once.
         *
         * @param value notification-mode (string, optional), default auto, one of auto, legacy-sendmail, notification-system
         * @return this builder
         */
        public Vzdump notificationMode(String value) {
            return set("notification-mode", value);
        }

        /**
         * Sets {@code pbs-change-detection-mode}, checked at once.
         *
         * @param value pbs-change-detection-mode (string, optional), one of legacy, data, metadata
         * @return this builder
         */
        public Vzdump pbsChangeDetectionMode(String value) {
            return set("pbs-change-detection-mode", value);
        }

        /**
         * Sets {@code performance}, checked at once.
         *
         * @param value performance (string, backup-performance, optional)
         * @return this builder
         */
        public Vzdump performance(String value) {
            return set("performance", value);
        }

        /**
         * Sets {@code pigz}, checked at once.
         *
         * @param value pigz (integer, optional), default 0
         * @return this builder
         */
        public Vzdump pigz(long value) {
            return set("pigz", value);
        }

        /**
         * Sets {@code pool}, checked at once.
         *
         * @param value pool (string, optional)
         * @return this builder
         */
        public Vzdump pool(String value) {
            return set("pool", value);
        }

        /**
         * Sets {@code protected}, checked at once.
         *
         * @param value protected (boolean, optional)
         * @return this builder
         */
        public Vzdump protectedValue(boolean value) {
            return set("protected", value);
        }

        /**
         * Sets {@code prune-backups}, checked at once.
         *
         * @param value prune-backups (string, prune-backups, optional), default keep-all=1
         * @return this builder
         */
        public Vzdump pruneBackups(String value) {
            return set("prune-backups", value);
        }

        /**
         * Sets {@code quiet}, checked at once.
         *
         * @param value quiet (boolean, optional), default 0
         * @return this builder
         */
        public Vzdump quiet(boolean value) {
            return set("quiet", value);
        }

        /**
         * Sets {@code remove}, checked at once.
         *
         * @param value remove (boolean, optional), default 1
         * @return this builder
         */
        public Vzdump remove(boolean value) {
            return set("remove", value);
        }

        /**
         * Sets {@code script}, checked at once.
         *
         * @param value script (string, optional)
         * @return this builder
         */
        public Vzdump script(String value) {
            return set("script", value);
        }

        /**
         * Sets {@code stdexcludes}, checked at once.
         *
         * @param value stdexcludes (boolean, optional), default 1
         * @return this builder
         */
        public Vzdump stdexcludes(boolean value) {
            return set("stdexcludes", value);
        }

        /**
         * Sets {@code stdout}, checked at once.
         *
         * @param value stdout (boolean, optional)
         * @return this builder
         */
        public Vzdump stdout(boolean value) {
            return set("stdout", value);
        }

        /**
         * Sets {@code stop}, checked at once.
         *
         * @param value stop (boolean, optional), default 0
         * @return this builder
         */
        public Vzdump stop(boolean value) {
            return set("stop", value);
        }

        /**
         * Sets {@code stopwait}, checked at once.
         *
         * @param value stopwait (integer, optional), default 10
         * @return this builder
         */
        public Vzdump stopwait(long value) {
            return set("stopwait", value);
        }

        /**
         * Sets {@code storage}, checked at once.
         *
         * @param value storage (string, pve-storage-id, optional)
         * @return this builder
         */
        public Vzdump storage(String value) {
            return set("storage", value);
        }

        /**
         * Sets {@code tmpdir}, checked at once.
         *
         * @param value tmpdir (string, optional)
         * @return this builder
         */
        public Vzdump tmpdir(String value) {
            return set("tmpdir", value);
        }

        /**
         * Sets {@code vmid}, checked at once.
         *
         * @param value vmid (string, pve-vmid-list, optional)
         * @return this builder
         */
        public Vzdump vmid(String value) {
            return set("vmid", value);
        }

        /**
         * Sets {@code zstd}, checked at once.
         *
         * @param value zstd (integer, optional), default 1
         * @return this builder
         */
        public Vzdump zstd(long value) {
            return set("zstd", value);
        }
    }
}
