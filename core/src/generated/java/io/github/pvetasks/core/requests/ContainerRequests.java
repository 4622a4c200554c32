package io.github.pvetasks.core.requests;

import io.github.pvetasks.core.spi.HttpMethod;

import javax.annotation.processing.Generated;

/**
 * Containers (lxc): create, clone, start, stop, migrate, snapshots, volumes, consoles.
 *
 * <p>Generated from the facts table ({@code pve-api/task-endpoints.tsv}) by {@code RequestsGenerator};
 * do not edit. Each factory takes the required parameters; optional ones are named setters; every
 * value is checked as it is set, and {@code build()} gives a {@link io.github.pvetasks.core.TaskRequest}.
 */
@Generated(value = "io.github.pvetasks.core.requests.RequestsGenerator", comments = "from pve-api/task-endpoints.tsv")
public final class ContainerRequests {

    private ContainerRequests() {
    }

    /**
     * {@code POST /nodes/{node}/lxc} (starts vzcreate or vzrestore).
     *
     * @param node node (string, pve-node, required)
     * @param ostemplate ostemplate (string, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static CreateVm createVm(String node, String ostemplate, long vmid) {
        return new CreateVm(node, ostemplate, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/lxc} (starts vzcreate or vzrestore). */
    public static final class CreateVm extends TypedTaskRequest<CreateVm> {

        private CreateVm(String node, String ostemplate, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/lxc");
            set("node", node);
            set("ostemplate", ostemplate);
            set("vmid", vmid);
        }

        /**
         * Sets {@code arch}, checked at once.
         *
         * @param value arch (string, optional), default amd64, one of amd64, i386, arm64, armhf, riscv32, riscv64
         * @return this builder
         */
        public CreateVm arch(String value) {
            return set("arch", value);
        }

        /**
         * Sets {@code bwlimit}, checked at once.
         *
         * @param value bwlimit (number, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public CreateVm bwlimit(double value) {
            return set("bwlimit", value);
        }

        /**
         * Sets {@code cmode}, checked at once.
         *
         * @param value cmode (string, optional), default tty, one of shell, console, tty
         * @return this builder
         */
        public CreateVm cmode(String value) {
            return set("cmode", value);
        }

        /**
         * Sets {@code console}, checked at once.
         *
         * @param value console (boolean, optional), default 1
         * @return this builder
         */
        public CreateVm console(boolean value) {
            return set("console", value);
        }

        /**
         * Sets {@code cores}, checked at once.
         *
         * @param value cores (integer, optional)
         * @return this builder
         */
        public CreateVm cores(long value) {
            return set("cores", value);
        }

        /**
         * Sets {@code cpulimit}, checked at once.
         *
         * @param value cpulimit (number, optional), default 0
         * @return this builder
         */
        public CreateVm cpulimit(double value) {
            return set("cpulimit", value);
        }

        /**
         * Sets {@code cpuunits}, checked at once.
         *
         * @param value cpuunits (integer, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public CreateVm cpuunits(long value) {
            return set("cpuunits", value);
        }

        /**
         * Sets {@code debug}, checked at once.
         *
         * @param value debug (boolean, optional), default 0
         * @return this builder
         */
        public CreateVm debug(boolean value) {
            return set("debug", value);
        }

        /**
         * Sets {@code description}, checked at once.
         *
         * @param value description (string, optional)
         * @return this builder
         */
        public CreateVm description(String value) {
            return set("description", value);
        }

        /**
         * Sets {@code devN}, checked at once.
         *
         * @param n the index ({@code dev0}, {@code dev1}, ...)
         * @param value dev[n] (string, object:deny-write,gid,mode,path,uid, optional)
         * @return this builder
         */
        public CreateVm dev(int n, String value) {
            return set("dev" + n, value);
        }

        /**
         * Sets {@code entrypoint}, checked at once.
         *
         * @param value entrypoint (string, optional), default /sbin/init
         * @return this builder
         */
        public CreateVm entrypoint(String value) {
            return set("entrypoint", value);
        }

        /**
         * Sets {@code env}, checked at once.
         *
         * @param value env (string, optional)
         * @return this builder
         */
        public CreateVm env(String value) {
            return set("env", value);
        }

        /**
         * Sets {@code features}, checked at once.
         *
         * @param value features (string, object:force_rw_sys,fuse,keyctl,mknod,mount,nesting, optional)
         * @return this builder
         */
        public CreateVm features(String value) {
            return set("features", value);
        }

        /**
         * Sets {@code force}, checked at once.
         *
         * @param value force (boolean, optional)
         * @return this builder
         */
        public CreateVm force(boolean value) {
            return set("force", value);
        }

        /**
         * Sets {@code ha-managed}, checked at once.
         *
         * @param value ha-managed (boolean, optional), default 0
         * @return this builder
         */
        public CreateVm haManaged(boolean value) {
            return set("ha-managed", value);
        }

        /**
         * Sets {@code hookscript}, checked at once.
         *
         * @param value hookscript (string, pve-volume-id, optional)
         * @return this builder
         */
        public CreateVm hookscript(String value) {
            return set("hookscript", value);
        }

        /**
         * Sets {@code hostname}, checked at once.
         *
         * @param value hostname (string, dns-name, optional)
         * @return this builder
         */
        public CreateVm hostname(String value) {
            return set("hostname", value);
        }

        /**
         * Sets {@code ignore-unpack-errors}, checked at once.
         *
         * @param value ignore-unpack-errors (boolean, optional)
         * @return this builder
         */
        public CreateVm ignoreUnpackErrors(boolean value) {
            return set("ignore-unpack-errors", value);
        }

        /**
         * Sets {@code lock}, checked at once.
         *
         * @param value lock (string, optional), one of backup, create, destroyed, disk, fstrim, migrate, mounted, rollback, snapshot, snapshot-delete
         * @return this builder
         */
        public CreateVm lock(String value) {
            return set("lock", value);
        }

        /**
         * Sets {@code memory}, checked at once.
         *
         * @param value memory (integer, optional), default 512
         * @return this builder
         */
        public CreateVm memory(long value) {
            return set("memory", value);
        }

        /**
         * Sets {@code mpN}, checked at once.
         *
         * @param n the index ({@code mp0}, {@code mp1}, ...)
         * @param value mp[n] (string, object:acl,backup,keepattrs,mountoptions,mp,quota,replicate,ro,shared,size,volume, optional)
         * @return this builder
         */
        public CreateVm mp(int n, String value) {
            return set("mp" + n, value);
        }

        /**
         * Sets {@code nameserver}, checked at once.
         *
         * @param value nameserver (string, lxc-ip-with-ll-iface-list, optional)
         * @return this builder
         */
        public CreateVm nameserver(String value) {
            return set("nameserver", value);
        }

        /**
         * Sets {@code netN}, checked at once.
         *
         * @param n the index ({@code net0}, {@code net1}, ...)
         * @param value net[n] (string, object:bridge,firewall,gw,gw6,host-managed,hwaddr,ip,ip6,link_down,mtu,name,rate,tag,trunks,type, optional)
         * @return this builder
         */
        public CreateVm net(int n, String value) {
            return set("net" + n, value);
        }

        /**
         * Sets {@code onboot}, checked at once.
         *
         * @param value onboot (boolean, optional), default 0
         * @return this builder
         */
        public CreateVm onboot(boolean value) {
            return set("onboot", value);
        }

        /**
         * Sets {@code ostype}, checked at once.
         *
         * @param value ostype (string, optional), one of debian, devuan, ubuntu, centos, fedora, opensuse, archlinux, alpine, gentoo, nixos, unmanaged
         * @return this builder
         */
        public CreateVm ostype(String value) {
            return set("ostype", value);
        }

        /**
         * Sets {@code password}, checked at once.
         *
         * @param value password (string, optional)
         * @return this builder
         */
        public CreateVm password(String value) {
            return set("password", value);
        }

        /**
         * Sets {@code pool}, checked at once.
         *
         * @param value pool (string, pve-poolid, optional)
         * @return this builder
         */
        public CreateVm pool(String value) {
            return set("pool", value);
        }

        /**
         * Sets {@code protection}, checked at once.
         *
         * @param value protection (boolean, optional), default 0
         * @return this builder
         */
        public CreateVm protection(boolean value) {
            return set("protection", value);
        }

        /**
         * Sets {@code restore}, checked at once.
         *
         * @param value restore (boolean, optional)
         * @return this builder
         */
        public CreateVm restore(boolean value) {
            return set("restore", value);
        }

        /**
         * Sets {@code rootfs}, checked at once.
         *
         * @param value rootfs (string, object:acl,mountoptions,quota,replicate,ro,shared,size,volume, optional)
         * @return this builder
         */
        public CreateVm rootfs(String value) {
            return set("rootfs", value);
        }

        /**
         * Sets {@code searchdomain}, checked at once.
         *
         * @param value searchdomain (string, dns-name-list, optional)
         * @return this builder
         */
        public CreateVm searchdomain(String value) {
            return set("searchdomain", value);
        }

        /**
         * Sets {@code ssh-public-keys}, checked at once.
         *
         * @param value ssh-public-keys (string, optional)
         * @return this builder
         */
        public CreateVm sshPublicKeys(String value) {
            return set("ssh-public-keys", value);
        }

        /**
         * Sets {@code start}, checked at once.
         *
         * @param value start (boolean, optional), default 0
         * @return this builder
         */
        public CreateVm start(boolean value) {
            return set("start", value);
        }

        /**
         * Sets {@code startup}, checked at once.
         *
         * @param value startup (string, pve-startup-order, optional)
         * @return this builder
         */
        public CreateVm startup(String value) {
            return set("startup", value);
        }

        /**
         * Sets {@code storage}, checked at once.
         *
         * @param value storage (string, pve-storage-id, optional), default local
         * @return this builder
         */
        public CreateVm storage(String value) {
            return set("storage", value);
        }

        /**
         * Sets {@code swap}, checked at once.
         *
         * @param value swap (integer, optional), default 512
         * @return this builder
         */
        public CreateVm swap(long value) {
            return set("swap", value);
        }

        /**
         * Sets {@code tags}, checked at once.
         *
         * @param value tags (string, pve-tag-list, optional)
         * @return this builder
         */
        public CreateVm tags(String value) {
            return set("tags", value);
        }

        /**
         * Sets {@code template}, checked at once.
         *
         * @param value template (boolean, optional), default 0
         * @return this builder
         */
        public CreateVm template(boolean value) {
            return set("template", value);
        }

        /**
         * Sets {@code timezone}, checked at once.
         *
         * @param value timezone (string, pve-ct-timezone, optional)
         * @return this builder
         */
        public CreateVm timezone(String value) {
            return set("timezone", value);
        }

        /**
         * Sets {@code tty}, checked at once.
         *
         * @param value tty (integer, optional), default 2
         * @return this builder
         */
        public CreateVm tty(long value) {
            return set("tty", value);
        }

        /**
         * Sets {@code unique}, checked at once.
         *
         * @param value unique (boolean, optional)
         * @return this builder
         */
        public CreateVm unique(boolean value) {
            return set("unique", value);
        }

        /**
         * Sets {@code unprivileged}, checked at once.
         *
         * @param value unprivileged (boolean, optional), default 0
         * @return this builder
         */
        public CreateVm unprivileged(boolean value) {
            return set("unprivileged", value);
        }

        /**
         * Sets {@code unusedN}, checked at once.
         *
         * @param n the index ({@code unused0}, {@code unused1}, ...)
         * @param value unused[n] (string, object:volume, optional)
         * @return this builder
         */
        public CreateVm unused(int n, String value) {
            return set("unused" + n, value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/lxc/{vmid}} (starts vzdestroy).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static DestroyVm destroyVm(String node, long vmid) {
        return new DestroyVm(node, vmid);
    }

    /** Builder of {@code DELETE /nodes/{node}/lxc/{vmid}} (starts vzdestroy). */
    public static final class DestroyVm extends TypedTaskRequest<DestroyVm> {

        private DestroyVm(String node, long vmid) {
            super(HttpMethod.DELETE, "/nodes/{node}/lxc/{vmid}");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code destroy-unreferenced-disks}, checked at once.
         *
         * @param value destroy-unreferenced-disks (boolean, optional)
         * @return this builder
         */
        public DestroyVm destroyUnreferencedDisks(boolean value) {
            return set("destroy-unreferenced-disks", value);
        }

        /**
         * Sets {@code force}, checked at once.
         *
         * @param value force (boolean, optional), default 0
         * @return this builder
         */
        public DestroyVm force(boolean value) {
            return set("force", value);
        }

        /**
         * Sets {@code purge}, checked at once.
         *
         * @param value purge (boolean, optional), default 0
         * @return this builder
         */
        public DestroyVm purge(boolean value) {
            return set("purge", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/clone} (starts vzclone).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param newid newid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static CloneVm cloneVm(String node, long vmid, long newid) {
        return new CloneVm(node, vmid, newid);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/clone} (starts vzclone). */
    public static final class CloneVm extends TypedTaskRequest<CloneVm> {

        private CloneVm(String node, long vmid, long newid) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/clone");
            set("node", node);
            set("vmid", vmid);
            set("newid", newid);
        }

        /**
         * Sets {@code bwlimit}, checked at once.
         *
         * @param value bwlimit (number, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public CloneVm bwlimit(double value) {
            return set("bwlimit", value);
        }

        /**
         * Sets {@code description}, checked at once.
         *
         * @param value description (string, optional)
         * @return this builder
         */
        public CloneVm description(String value) {
            return set("description", value);
        }

        /**
         * Sets {@code full}, checked at once.
         *
         * @param value full (boolean, optional)
         * @return this builder
         */
        public CloneVm full(boolean value) {
            return set("full", value);
        }

        /**
         * Sets {@code hostname}, checked at once.
         *
         * @param value hostname (string, dns-name, optional)
         * @return this builder
         */
        public CloneVm hostname(String value) {
            return set("hostname", value);
        }

        /**
         * Sets {@code pool}, checked at once.
         *
         * @param value pool (string, pve-poolid, optional)
         * @return this builder
         */
        public CloneVm pool(String value) {
            return set("pool", value);
        }

        /**
         * Sets {@code snapname}, checked at once.
         *
         * @param value snapname (string, pve-configid, optional)
         * @return this builder
         */
        public CloneVm snapname(String value) {
            return set("snapname", value);
        }

        /**
         * Sets {@code storage}, checked at once.
         *
         * @param value storage (string, pve-storage-id, optional)
         * @return this builder
         */
        public CloneVm storage(String value) {
            return set("storage", value);
        }

        /**
         * Sets {@code target}, checked at once.
         *
         * @param value target (string, pve-node, optional)
         * @return this builder
         */
        public CloneVm target(String value) {
            return set("target", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/migrate} (starts vzmigrate or hamigrate).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param target target (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static MigrateVm migrateVm(String node, long vmid, String target) {
        return new MigrateVm(node, vmid, target);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/migrate} (starts vzmigrate or hamigrate). */
    public static final class MigrateVm extends TypedTaskRequest<MigrateVm> {

        private MigrateVm(String node, long vmid, String target) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/migrate");
            set("node", node);
            set("vmid", vmid);
            set("target", target);
        }

        /**
         * Sets {@code bwlimit}, checked at once.
         *
         * @param value bwlimit (number, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public MigrateVm bwlimit(double value) {
            return set("bwlimit", value);
        }

        /**
         * Sets {@code online}, checked at once.
         *
         * @param value online (boolean, optional)
         * @return this builder
         */
        public MigrateVm online(boolean value) {
            return set("online", value);
        }

        /**
         * Sets {@code restart}, checked at once.
         *
         * @param value restart (boolean, optional)
         * @return this builder
         */
        public MigrateVm restart(boolean value) {
            return set("restart", value);
        }

        /**
         * Sets {@code target-storage}, checked at once.
         *
         * @param value target-storage (string, storage-pair-list, optional)
         * @return this builder
         */
        public MigrateVm targetStorage(String value) {
            return set("target-storage", value);
        }

        /**
         * Sets {@code timeout}, checked at once.
         *
         * @param value timeout (integer, optional), default 180
         * @return this builder
         */
        public MigrateVm timeout(long value) {
            return set("timeout", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/move_volume} (starts move_volume).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param volume volume (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static MoveVolume moveVolume(String node, long vmid, String volume) {
        return new MoveVolume(node, vmid, volume);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/move_volume} (starts move_volume). */
    public static final class MoveVolume extends TypedTaskRequest<MoveVolume> {

        private MoveVolume(String node, long vmid, String volume) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/move_volume");
            set("node", node);
            set("vmid", vmid);
            set("volume", volume);
        }

        /**
         * Sets {@code bwlimit}, checked at once.
         *
         * @param value bwlimit (number, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public MoveVolume bwlimit(double value) {
            return set("bwlimit", value);
        }

        /**
         * Sets {@code delete}, checked at once.
         *
         * @param value delete (boolean, optional), default 0
         * @return this builder
         */
        public MoveVolume delete(boolean value) {
            return set("delete", value);
        }

        /**
         * Sets {@code digest}, checked at once.
         *
         * @param value digest (string, optional)
         * @return this builder
         */
        public MoveVolume digest(String value) {
            return set("digest", value);
        }

        /**
         * Sets {@code storage}, checked at once.
         *
         * @param value storage (string, pve-storage-id, optional)
         * @return this builder
         */
        public MoveVolume storage(String value) {
            return set("storage", value);
        }

        /**
         * Sets {@code target-digest}, checked at once.
         *
         * @param value target-digest (string, optional)
         * @return this builder
         */
        public MoveVolume targetDigest(String value) {
            return set("target-digest", value);
        }

        /**
         * Sets {@code target-vmid}, checked at once.
         *
         * @param value target-vmid (integer, pve-vmid, optional)
         * @return this builder
         */
        public MoveVolume targetVmid(long value) {
            return set("target-vmid", value);
        }

        /**
         * Sets {@code target-volume}, checked at once.
         *
         * @param value target-volume (string, optional), one of rootfs, mp0, mp1, mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18, mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34, mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50, mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66, mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78, mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94, mp95, mp96, mp97, mp98, mp99, mp100, mp101, mp102, mp103, mp104, mp105, mp106, mp107, mp108, mp109, mp110, mp111, mp112, mp113, mp114, mp115, mp116, mp117, mp118, mp119, mp120, mp121, mp122, mp123, mp124, mp125, mp126, mp127, mp128, mp129, mp130, mp131, mp132, mp133, mp134, mp135, mp136, mp137, mp138, mp139, mp140, mp141, mp142, mp143, mp144, mp145, mp146, mp147, mp148, mp149, mp150, mp151, mp152, mp153, mp154, mp155, mp156, mp157, mp158, mp159, mp160, mp161, mp162, mp163, mp164, mp165, mp166, mp167, mp168, mp169, mp170, mp171, mp172, mp173, mp174, mp175, mp176, mp177, mp178, mp179, mp180, mp181, mp182, mp183, mp184, mp185, mp186, mp187, mp188, mp189, mp190, mp191, mp192, mp193, mp194, mp195, mp196, mp197, mp198, mp199, mp200, mp201, mp202, mp203, mp204, mp205, mp206, mp207, mp208, mp209, mp210, mp211, mp212, mp213, mp214, mp215, mp216, mp217, mp218, mp219, mp220, mp221, mp222, mp223, mp224, mp225, mp226, mp227, mp228, mp229, mp230, mp231, mp232, mp233, mp234, mp235, mp236, mp237, mp238, mp239, mp240, mp241, mp242, mp243, mp244, mp245, mp246, mp247, mp248, mp249, mp250, mp251, mp252, mp253, mp254, mp255, unused0, unused1, unused2, unused3, unused4, unused5, unused6, unused7, unused8, unused9, unused10, unused11, unused12, unused13, unused14, unused15, unused16, unused17, unused18, unused19, unused20, unused21, unused22, unused23, unused24, unused25, unused26, unused27, unused28, unused29, unused30, unused31, unused32, unused33, unused34, unused35, unused36, unused37, unused38, unused39, unused40, unused41, unused42, unused43, unused44, unused45, unused46, unused47, unused48, unused49, unused50, unused51, unused52, unused53, unused54, unused55, unused56, unused57, unused58, unused59, unused60, unused61, unused62, unused63, unused64, unused65, unused66, unused67, unused68, unused69, unused70, unused71, unused72, unused73, unused74, unused75, unused76, unused77, unused78, unused79, unused80, unused81, unused82, unused83, unused84, unused85, unused86, unused87, unused88, unused89, unused90, unused91, unused92, unused93, unused94, unused95, unused96, unused97, unused98, unused99, unused100, unused101, unused102, unused103, unused104, unused105, unused106, unused107, unused108, unused109, unused110, unused111, unused112, unused113, unused114, unused115, unused116, unused117, unused118, unused119, unused120, unused121, unused122, unused123, unused124, unused125, unused126, unused127, unused128, unused129, unused130, unused131, unused132, unused133, unused134, unused135, unused136, unused137, unused138, unused139, unused140, unused141, unused142, unused143, unused144, unused145, unused146, unused147, unused148, unused149, unused150, unused151, unused152, unused153, unused154, unused155, unused156, unused157, unused158, unused159, unused160, unused161, unused162, unused163, unused164, unused165, unused166, unused167, unused168, unused169, unused170, unused171, unused172, unused173, unused174, unused175, unused176, unused177, unused178, unused179, unused180, unused181, unused182, unused183, unused184, unused185, unused186, unused187, unused188, unused189, unused190, unused191, unused192, unused193, unused194, unused195, unused196, unused197, unused198, unused199, unused200, unused201, unused202, unused203, unused204, unused205, unused206, unused207, unused208, unused209, unused210, unused211, unused212, unused213, unused214, unused215, unused216, unused217, unused218, unused219, unused220, unused221, unused222, unused223, unused224, unused225, unused226, unused227, unused228, unused229, unused230, unused231, unused232, unused233, unused234, unused235, unused236, unused237, unused238, unused239, unused240, unused241, unused242, unused243, unused244, unused245, unused246, unused247, unused248, unused249, unused250, unused251, unused252, unused253, unused254, unused255
         * @return this builder
         */
        public MoveVolume targetVolume(String value) {
            return set("target-volume", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/mtunnel} (starts vzmtunnel).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Mtunnel mtunnel(String node, long vmid) {
        return new Mtunnel(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/mtunnel} (starts vzmtunnel). */
    public static final class Mtunnel extends TypedTaskRequest<Mtunnel> {

        private Mtunnel(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/mtunnel");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code bridges}, checked at once.
         *
         * @param value bridges (string, pve-bridge-id-list, optional)
         * @return this builder
         */
        public Mtunnel bridges(String value) {
            return set("bridges", value);
        }

        /**
         * Sets {@code storages}, checked at once.
         *
         * @param value storages (string, pve-storage-id-list, optional)
         * @return this builder
         */
        public Mtunnel storages(String value) {
            return set("storages", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/remote_migrate} (starts vzmigrate).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param targetBridge target-bridge (string, bridge-pair-list, required)
     * @param targetEndpoint target-endpoint (string, proxmox-remote, required)
     * @param targetStorage target-storage (string, storage-pair-list, required)
     * @return the builder; optional parameters are its setters
     */
    public static RemoteMigrateVm remoteMigrateVm(String node, long vmid, String targetBridge, String targetEndpoint, String targetStorage) {
        return new RemoteMigrateVm(node, vmid, targetBridge, targetEndpoint, targetStorage);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/remote_migrate} (starts vzmigrate). */
    public static final class RemoteMigrateVm extends TypedTaskRequest<RemoteMigrateVm> {

        private RemoteMigrateVm(String node, long vmid, String targetBridge, String targetEndpoint, String targetStorage) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/remote_migrate");
            set("node", node);
            set("vmid", vmid);
            set("target-bridge", targetBridge);
            set("target-endpoint", targetEndpoint);
            set("target-storage", targetStorage);
        }

        /**
         * Sets {@code bwlimit}, checked at once.
         *
         * @param value bwlimit (number, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public RemoteMigrateVm bwlimit(double value) {
            return set("bwlimit", value);
        }

        /**
         * Sets {@code delete}, checked at once.
         *
         * @param value delete (boolean, optional), default 0
         * @return this builder
         */
        public RemoteMigrateVm delete(boolean value) {
            return set("delete", value);
        }

        /**
         * Sets {@code online}, checked at once.
         *
         * @param value online (boolean, optional)
         * @return this builder
         */
        public RemoteMigrateVm online(boolean value) {
            return set("online", value);
        }

        /**
         * Sets {@code restart}, checked at once.
         *
         * @param value restart (boolean, optional)
         * @return this builder
         */
        public RemoteMigrateVm restart(boolean value) {
            return set("restart", value);
        }

        /**
         * Sets {@code target-vmid}, checked at once.
         *
         * @param value target-vmid (integer, pve-vmid, optional)
         * @return this builder
         */
        public RemoteMigrateVm targetVmid(long value) {
            return set("target-vmid", value);
        }

        /**
         * Sets {@code timeout}, checked at once.
         *
         * @param value timeout (integer, optional), default 180
         * @return this builder
         */
        public RemoteMigrateVm timeout(long value) {
            return set("timeout", value);
        }
    }

    /**
     * {@code PUT /nodes/{node}/lxc/{vmid}/resize} (starts resize).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param disk disk (string, required)
     * @param size size (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static ResizeVm resizeVm(String node, long vmid, String disk, String size) {
        return new ResizeVm(node, vmid, disk, size);
    }

    /** Builder of {@code PUT /nodes/{node}/lxc/{vmid}/resize} (starts resize). */
    public static final class ResizeVm extends TypedTaskRequest<ResizeVm> {

        private ResizeVm(String node, long vmid, String disk, String size) {
            super(HttpMethod.PUT, "/nodes/{node}/lxc/{vmid}/resize");
            set("node", node);
            set("vmid", vmid);
            set("disk", disk);
            set("size", size);
        }

        /**
         * Sets {@code digest}, checked at once.
         *
         * @param value digest (string, optional)
         * @return this builder
         */
        public ResizeVm digest(String value) {
            return set("digest", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/snapshot} (starts vzsnapshot).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param snapname snapname (string, pve-configid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Snapshot snapshot(String node, long vmid, String snapname) {
        return new Snapshot(node, vmid, snapname);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/snapshot} (starts vzsnapshot). */
    public static final class Snapshot extends TypedTaskRequest<Snapshot> {

        private Snapshot(String node, long vmid, String snapname) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/snapshot");
            set("node", node);
            set("vmid", vmid);
            set("snapname", snapname);
        }

        /**
         * Sets {@code description}, checked at once.
         *
         * @param value description (string, optional)
         * @return this builder
         */
        public Snapshot description(String value) {
            return set("description", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/lxc/{vmid}/snapshot/{snapname}} (starts vzdelsnapshot).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param snapname snapname (string, pve-configid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Delsnapshot delsnapshot(String node, long vmid, String snapname) {
        return new Delsnapshot(node, vmid, snapname);
    }

    /** Builder of {@code DELETE /nodes/{node}/lxc/{vmid}/snapshot/{snapname}} (starts vzdelsnapshot). */
    public static final class Delsnapshot extends TypedTaskRequest<Delsnapshot> {

        private Delsnapshot(String node, long vmid, String snapname) {
            super(HttpMethod.DELETE, "/nodes/{node}/lxc/{vmid}/snapshot/{snapname}");
            set("node", node);
            set("vmid", vmid);
            set("snapname", snapname);
        }

        /**
         * Sets {@code force}, checked at once.
         *
         * @param value force (boolean, optional)
         * @return this builder
         */
        public Delsnapshot force(boolean value) {
            return set("force", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/rollback} (starts vzrollback).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param snapname snapname (string, pve-configid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Rollback rollback(String node, long vmid, String snapname) {
        return new Rollback(node, vmid, snapname);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/rollback} (starts vzrollback). */
    public static final class Rollback extends TypedTaskRequest<Rollback> {

        private Rollback(String node, long vmid, String snapname) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/snapshot/{snapname}/rollback");
            set("node", node);
            set("vmid", vmid);
            set("snapname", snapname);
        }

        /**
         * Sets {@code start}, checked at once.
         *
         * @param value start (boolean, optional), default 0
         * @return this builder
         */
        public Rollback start(boolean value) {
            return set("start", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/spiceproxy} (starts spiceproxy). It never answers the task's UPID: find the task in the node's list by worker type and start time.
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Spiceproxy spiceproxy(String node, long vmid) {
        return new Spiceproxy(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/spiceproxy} (starts spiceproxy). */
    public static final class Spiceproxy extends TypedTaskRequest<Spiceproxy> {

        private Spiceproxy(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/spiceproxy");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code proxy}, checked at once.
         *
         * @param value proxy (string, address, optional)
         * @return this builder
         */
        public Spiceproxy proxy(String value) {
            return set("proxy", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/status/reboot} (starts vzreboot).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static VmReboot vmReboot(String node, long vmid) {
        return new VmReboot(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/status/reboot} (starts vzreboot). */
    public static final class VmReboot extends TypedTaskRequest<VmReboot> {

        private VmReboot(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/status/reboot");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code timeout}, checked at once.
         *
         * @param value timeout (integer, optional)
         * @return this builder
         */
        public VmReboot timeout(long value) {
            return set("timeout", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/status/resume} (starts vzresume).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static VmResume vmResume(String node, long vmid) {
        return new VmResume(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/status/resume} (starts vzresume). */
    public static final class VmResume extends TypedTaskRequest<VmResume> {

        private VmResume(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/status/resume");
            set("node", node);
            set("vmid", vmid);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/status/shutdown} (starts vzshutdown or hastop).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static VmShutdown vmShutdown(String node, long vmid) {
        return new VmShutdown(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/status/shutdown} (starts vzshutdown or hastop). */
    public static final class VmShutdown extends TypedTaskRequest<VmShutdown> {

        private VmShutdown(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/status/shutdown");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code forceStop}, checked at once.
         *
         * @param value forceStop (boolean, optional), default 0
         * @return this builder
         */
        public VmShutdown forceStop(boolean value) {
            return set("forceStop", value);
        }

        /**
         * Sets {@code timeout}, checked at once.
         *
         * @param value timeout (integer, optional), default 60
         * @return this builder
         */
        public VmShutdown timeout(long value) {
            return set("timeout", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/status/start} (starts vzstart or hastart).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static VmStart vmStart(String node, long vmid) {
        return new VmStart(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/status/start} (starts vzstart or hastart). */
    public static final class VmStart extends TypedTaskRequest<VmStart> {

        private VmStart(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/status/start");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code debug}, checked at once.
         *
         * @param value debug (boolean, optional), default 0
         * @return this builder
         */
        public VmStart debug(boolean value) {
            return set("debug", value);
        }

        /**
         * Sets {@code skiplock}, checked at once.
         *
         * @param value skiplock (boolean, optional)
         * @return this builder
         */
        public VmStart skiplock(boolean value) {
            return set("skiplock", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/status/stop} (starts vzstop or hastop).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static VmStop vmStop(String node, long vmid) {
        return new VmStop(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/status/stop} (starts vzstop or hastop). */
    public static final class VmStop extends TypedTaskRequest<VmStop> {

        private VmStop(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/status/stop");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code overrule-shutdown}, checked at once.
         *
         * @param value overrule-shutdown (boolean, optional), default 0
         * @return this builder
         */
        public VmStop overruleShutdown(boolean value) {
            return set("overrule-shutdown", value);
        }

        /**
         * Sets {@code skiplock}, checked at once.
         *
         * @param value skiplock (boolean, optional)
         * @return this builder
         */
        public VmStop skiplock(boolean value) {
            return set("skiplock", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/status/suspend} (starts vzsuspend).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static VmSuspend vmSuspend(String node, long vmid) {
        return new VmSuspend(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/status/suspend} (starts vzsuspend). */
    public static final class VmSuspend extends TypedTaskRequest<VmSuspend> {

        private VmSuspend(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/status/suspend");
            set("node", node);
            set("vmid", vmid);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/template} (starts vztemplate). It never answers the task's UPID: find the task in the node's list by worker type and start time.
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Template template(String node, long vmid) {
        return new Template(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/template} (starts vztemplate). */
    public static final class Template extends TypedTaskRequest<Template> {

        private Template(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/template");
            set("node", node);
            set("vmid", vmid);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/termproxy} (starts vncproxy).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Termproxy termproxy(String node, long vmid) {
        return new Termproxy(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/termproxy} (starts vncproxy). */
    public static final class Termproxy extends TypedTaskRequest<Termproxy> {

        private Termproxy(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/termproxy");
            set("node", node);
            set("vmid", vmid);
        }
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/vncproxy} (starts vncproxy).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Vncproxy vncproxy(String node, long vmid) {
        return new Vncproxy(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/lxc/{vmid}/vncproxy} (starts vncproxy). */
    public static final class Vncproxy extends TypedTaskRequest<Vncproxy> {

        private Vncproxy(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/lxc/{vmid}/vncproxy");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code height}, checked at once.
         *
         * @param value height (integer, optional)
         * @return this builder
         */
        public Vncproxy height(long value) {
            return set("height", value);
        }

        /**
         * Sets {@code websocket}, checked at once.
         *
         * @param value websocket (boolean, optional)
         * @return this builder
         */
        public Vncproxy websocket(boolean value) {
            return set("websocket", value);
        }

        /**
         * Sets {@code width}, checked at once.
         *
         * @param value width (integer, optional)
         * @return this builder
         */
        public Vncproxy width(long value) {
            return set("width", value);
        }
    }
}
