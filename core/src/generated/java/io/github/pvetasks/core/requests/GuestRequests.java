package io.github.pvetasks.core.requests;

import io.github.pvetasks.core.spi.HttpMethod;

import javax.annotation.processing.Generated;

/**
 * Virtual machines (qemu): create, clone, start, stop, migrate, snapshots, disks, consoles.
 *
 * <p>Generated from the facts table ({@code pve-api/task-endpoints.tsv}) by {@code RequestsGenerator};
 * do not edit. Each factory takes the required parameters; optional ones are named setters; every
 * value is checked as it is set, and {@code build()} gives a {@link io.github.pvetasks.core.TaskRequest}.
 */
@Generated(value = "io.github.pvetasks.core.requests.RequestsGenerator", comments = "from pve-api/task-endpoints.tsv")
public final class GuestRequests {

    private GuestRequests() {
    }

    /**
     * {@code POST /nodes/{node}/qemu} (starts qmcreate or qmrestore).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static CreateVm createVm(String node, long vmid) {
        return new CreateVm(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu} (starts qmcreate or qmrestore). */
    public static final class CreateVm extends TypedTaskRequest<CreateVm> {

        private CreateVm(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code acpi}, checked at once.
         *
         * @param value acpi (boolean, optional), default 1
         * @return this builder
         */
        public CreateVm acpi(boolean value) {
            return set("acpi", value);
        }

        /**
         * Sets {@code affinity}, checked at once.
         *
         * @param value affinity (string, pve-cpuset, optional)
         * @return this builder
         */
        public CreateVm affinity(String value) {
            return set("affinity", value);
        }

        /**
         * Sets {@code agent}, checked at once.
         *
         * @param value agent (string, object:enabled,freeze-fs,freeze-fs-on-backup,fstrim_cloned_disks,guest-fsfreeze,type, optional)
         * @return this builder
         */
        public CreateVm agent(String value) {
            return set("agent", value);
        }

        /**
         * Sets {@code allow-ksm}, checked at once.
         *
         * @param value allow-ksm (boolean, optional), default 1
         * @return this builder
         */
        public CreateVm allowKsm(boolean value) {
            return set("allow-ksm", value);
        }

        /**
         * Sets {@code amd-sev}, checked at once.
         *
         * @param value amd-sev (string, pve-qemu-sev-fmt, optional)
         * @return this builder
         */
        public CreateVm amdSev(String value) {
            return set("amd-sev", value);
        }

        /**
         * Sets {@code arch}, checked at once.
         *
         * @param value arch (string, optional), one of x86_64, aarch64
         * @return this builder
         */
        public CreateVm arch(String value) {
            return set("arch", value);
        }

        /**
         * Sets {@code archive}, checked at once.
         *
         * @param value archive (string, optional)
         * @return this builder
         */
        public CreateVm archive(String value) {
            return set("archive", value);
        }

        /**
         * Sets {@code args}, checked at once.
         *
         * @param value args (string, optional)
         * @return this builder
         */
        public CreateVm args(String value) {
            return set("args", value);
        }

        /**
         * Sets {@code audio0}, checked at once.
         *
         * @param value audio0 (string, object:device,driver, optional)
         * @return this builder
         */
        public CreateVm audio0(String value) {
            return set("audio0", value);
        }

        /**
         * Sets {@code autostart}, checked at once.
         *
         * @param value autostart (boolean, optional), default 0
         * @return this builder
         */
        public CreateVm autostart(boolean value) {
            return set("autostart", value);
        }

        /**
         * Sets {@code balloon}, checked at once.
         *
         * @param value balloon (integer, optional)
         * @return this builder
         */
        public CreateVm balloon(long value) {
            return set("balloon", value);
        }

        /**
         * Sets {@code bios}, checked at once.
         *
         * @param value bios (string, optional), default seabios, one of seabios, ovmf
         * @return this builder
         */
        public CreateVm bios(String value) {
            return set("bios", value);
        }

        /**
         * Sets {@code boot}, checked at once.
         *
         * @param value boot (string, pve-qm-boot, optional)
         * @return this builder
         */
        public CreateVm boot(String value) {
            return set("boot", value);
        }

        /**
         * Sets {@code bootdisk}, checked at once.
         *
         * @param value bootdisk (string, pve-qm-bootdisk, optional)
         * @return this builder
         */
        public CreateVm bootdisk(String value) {
            return set("bootdisk", value);
        }

        /**
         * Sets {@code bwlimit}, checked at once.
         *
         * @param value bwlimit (integer, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public CreateVm bwlimit(long value) {
            return set("bwlimit", value);
        }

        /**
         * Sets {@code cdrom}, checked at once.
         *
         * @param value cdrom (string, pve-qm-ide, optional)
         * @return this builder
         */
        public CreateVm cdrom(String value) {
            return set("cdrom", value);
        }

        /**
         * Sets {@code cicustom}, checked at once.
         *
         * @param value cicustom (string, pve-qm-cicustom, optional)
         * @return this builder
         */
        public CreateVm cicustom(String value) {
            return set("cicustom", value);
        }

        /**
         * Sets {@code cipassword}, checked at once.
         *
         * @param value cipassword (string, optional)
         * @return this builder
         */
        public CreateVm cipassword(String value) {
            return set("cipassword", value);
        }

        /**
         * Sets {@code citype}, checked at once.
         *
         * @param value citype (string, optional), one of configdrive2, nocloud, opennebula
         * @return this builder
         */
        public CreateVm citype(String value) {
            return set("citype", value);
        }

        /**
         * Sets {@code ciupgrade}, checked at once.
         *
         * @param value ciupgrade (boolean, optional), default 1
         * @return this builder
         */
        public CreateVm ciupgrade(boolean value) {
            return set("ciupgrade", value);
        }

        /**
         * Sets {@code ciuser}, checked at once.
         *
         * @param value ciuser (string, optional)
         * @return this builder
         */
        public CreateVm ciuser(String value) {
            return set("ciuser", value);
        }

        /**
         * Sets {@code cores}, checked at once.
         *
         * @param value cores (integer, optional), default 1
         * @return this builder
         */
        public CreateVm cores(long value) {
            return set("cores", value);
        }

        /**
         * Sets {@code cpu}, checked at once.
         *
         * @param value cpu (string, pve-vm-cpu-conf, optional)
         * @return this builder
         */
        public CreateVm cpu(String value) {
            return set("cpu", value);
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
         * Sets {@code description}, checked at once.
         *
         * @param value description (string, optional)
         * @return this builder
         */
        public CreateVm description(String value) {
            return set("description", value);
        }

        /**
         * Sets {@code efidisk0}, checked at once.
         *
         * @param value efidisk0 (string, object:efitype,file,format,import-from,ms-cert,pre-enrolled-keys,size,volume, optional)
         * @return this builder
         */
        public CreateVm efidisk0(String value) {
            return set("efidisk0", value);
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
         * Sets {@code freeze}, checked at once.
         *
         * @param value freeze (boolean, optional)
         * @return this builder
         */
        public CreateVm freeze(boolean value) {
            return set("freeze", value);
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
         * Sets {@code hostpciN}, checked at once.
         *
         * @param n the index ({@code hostpci0}, {@code hostpci1}, ...)
         * @param value hostpci[n] (string, pve-qm-hostpci, optional)
         * @return this builder
         */
        public CreateVm hostpci(int n, String value) {
            return set("hostpci" + n, value);
        }

        /**
         * Sets {@code hotplug}, checked at once.
         *
         * @param value hotplug (string, pve-hotplug-features, optional), default network,disk,usb
         * @return this builder
         */
        public CreateVm hotplug(String value) {
            return set("hotplug", value);
        }

        /**
         * Sets {@code hugepages}, checked at once.
         *
         * @param value hugepages (string, optional), one of any, 2, 1024
         * @return this builder
         */
        public CreateVm hugepages(String value) {
            return set("hugepages", value);
        }

        /**
         * Sets {@code ideN}, checked at once.
         *
         * @param n the index ({@code ide0}, {@code ide1}, ...)
         * @param value ide[n] (string, object:aio,backup,bps,bps_max_length,bps_rd,bps_rd_length,bps_rd_max_length,bps_wr,bps_wr_length,bps_wr_max_length,cache,detect_zeroes,discard,file,format,import-from,iops,iops_max,iops_max_length,iops_rd,iops_rd_length,iops_rd_max,iops_rd_max_length,iops_wr,iops_wr_length,iops_wr_max,iops_wr_max_length,mbps,mbps_max,mbps_rd,mbps_rd_max,mbps_wr,mbps_wr_max,media,model,replicate,rerror,serial,shared,size,snapshot,ssd,volume,werror,wwn, optional)
         * @return this builder
         */
        public CreateVm ide(int n, String value) {
            return set("ide" + n, value);
        }

        /**
         * Sets {@code import-working-storage}, checked at once.
         *
         * @param value import-working-storage (string, pve-storage-id, optional)
         * @return this builder
         */
        public CreateVm importWorkingStorage(String value) {
            return set("import-working-storage", value);
        }

        /**
         * Sets {@code intel-tdx}, checked at once.
         *
         * @param value intel-tdx (string, pve-qemu-tdx-fmt, optional)
         * @return this builder
         */
        public CreateVm intelTdx(String value) {
            return set("intel-tdx", value);
        }

        /**
         * Sets {@code ipconfigN}, checked at once.
         *
         * @param n the index ({@code ipconfig0}, {@code ipconfig1}, ...)
         * @param value ipconfig[n] (string, pve-qm-ipconfig, optional)
         * @return this builder
         */
        public CreateVm ipconfig(int n, String value) {
            return set("ipconfig" + n, value);
        }

        /**
         * Sets {@code ivshmem}, checked at once.
         *
         * @param value ivshmem (string, object:name,size, optional)
         * @return this builder
         */
        public CreateVm ivshmem(String value) {
            return set("ivshmem", value);
        }

        /**
         * Sets {@code keephugepages}, checked at once.
         *
         * @param value keephugepages (boolean, optional), default 0
         * @return this builder
         */
        public CreateVm keephugepages(boolean value) {
            return set("keephugepages", value);
        }

        /**
         * Sets {@code keyboard}, checked at once.
         *
         * @param value keyboard (string, optional), one of de, de-ch, da, en-gb, en-us, es, fi, fr, fr-be, fr-ca, fr-ch, hu, is, it, ja, lt, mk, nl, no, pl, pt, pt-br, sv, sl, tr
         * @return this builder
         */
        public CreateVm keyboard(String value) {
            return set("keyboard", value);
        }

        /**
         * Sets {@code kvm}, checked at once.
         *
         * @param value kvm (boolean, optional), default 1
         * @return this builder
         */
        public CreateVm kvm(boolean value) {
            return set("kvm", value);
        }

        /**
         * Sets {@code live-restore}, checked at once.
         *
         * @param value live-restore (boolean, optional)
         * @return this builder
         */
        public CreateVm liveRestore(boolean value) {
            return set("live-restore", value);
        }

        /**
         * Sets {@code localtime}, checked at once.
         *
         * @param value localtime (boolean, optional)
         * @return this builder
         */
        public CreateVm localtime(boolean value) {
            return set("localtime", value);
        }

        /**
         * Sets {@code lock}, checked at once.
         *
         * @param value lock (string, optional), one of backup, clone, create, migrate, rollback, snapshot, snapshot-delete, suspending, suspended
         * @return this builder
         */
        public CreateVm lock(String value) {
            return set("lock", value);
        }

        /**
         * Sets {@code machine}, checked at once.
         *
         * @param value machine (string, object:aw-bits,enable-s3,enable-s4,type,viommu, optional)
         * @return this builder
         */
        public CreateVm machine(String value) {
            return set("machine", value);
        }

        /**
         * Sets {@code memory}, checked at once.
         *
         * @param value memory (string, object:current, optional)
         * @return this builder
         */
        public CreateVm memory(String value) {
            return set("memory", value);
        }

        /**
         * Sets {@code migrate_downtime}, checked at once.
         *
         * @param value migrate_downtime (number, optional), default 0.1
         * @return this builder
         */
        public CreateVm migrateDowntime(double value) {
            return set("migrate_downtime", value);
        }

        /**
         * Sets {@code migrate_speed}, checked at once.
         *
         * @param value migrate_speed (integer, optional), default 0
         * @return this builder
         */
        public CreateVm migrateSpeed(long value) {
            return set("migrate_speed", value);
        }

        /**
         * Sets {@code name}, checked at once.
         *
         * @param value name (string, dns-name, optional)
         * @return this builder
         */
        public CreateVm name(String value) {
            return set("name", value);
        }

        /**
         * Sets {@code nameserver}, checked at once.
         *
         * @param value nameserver (string, address-list, optional)
         * @return this builder
         */
        public CreateVm nameserver(String value) {
            return set("nameserver", value);
        }

        /**
         * Sets {@code netN}, checked at once.
         *
         * @param n the index ({@code net0}, {@code net1}, ...)
         * @param value net[n] (string, object:bridge,e1000,e1000-82540em,e1000-82544gc,e1000-82545em,e1000e,firewall,i82551,i82557b,i82559er,link_down,macaddr,model,mtu,ne2k_isa,ne2k_pci,pcnet,queues,rate,rtl8139,tag,trunks,virtio,vmxnet3, optional)
         * @return this builder
         */
        public CreateVm net(int n, String value) {
            return set("net" + n, value);
        }

        /**
         * Sets {@code numa}, checked at once.
         *
         * @param value numa (boolean, optional), default 0
         * @return this builder
         */
        public CreateVm numa(boolean value) {
            return set("numa", value);
        }

        /**
         * Sets {@code numaN}, checked at once.
         *
         * @param n the index ({@code numa0}, {@code numa1}, ...)
         * @param value numa[n] (string, object:cpus,hostnodes,memory,policy, optional)
         * @return this builder
         */
        public CreateVm numa(int n, String value) {
            return set("numa" + n, value);
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
         * @param value ostype (string, optional), default other, one of other, wxp, w2k, w2k3, w2k8, wvista, win7, win8, win10, win11, l24, l26, solaris
         * @return this builder
         */
        public CreateVm ostype(String value) {
            return set("ostype", value);
        }

        /**
         * Sets {@code parallelN}, checked at once.
         *
         * @param n the index ({@code parallel0}, {@code parallel1}, ...)
         * @param value parallel[n] (string, optional)
         * @return this builder
         */
        public CreateVm parallel(int n, String value) {
            return set("parallel" + n, value);
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
         * Sets {@code reboot}, checked at once.
         *
         * @param value reboot (boolean, optional), default 1
         * @return this builder
         */
        public CreateVm reboot(boolean value) {
            return set("reboot", value);
        }

        /**
         * Sets {@code rng0}, checked at once.
         *
         * @param value rng0 (string, pve-qm-rng, optional)
         * @return this builder
         */
        public CreateVm rng0(String value) {
            return set("rng0", value);
        }

        /**
         * Sets {@code sataN}, checked at once.
         *
         * @param n the index ({@code sata0}, {@code sata1}, ...)
         * @param value sata[n] (string, object:aio,backup,bps,bps_max_length,bps_rd,bps_rd_length,bps_rd_max_length,bps_wr,bps_wr_length,bps_wr_max_length,cache,detect_zeroes,discard,file,format,import-from,iops,iops_max,iops_max_length,iops_rd,iops_rd_length,iops_rd_max,iops_rd_max_length,iops_wr,iops_wr_length,iops_wr_max,iops_wr_max_length,mbps,mbps_max,mbps_rd,mbps_rd_max,mbps_wr,mbps_wr_max,media,replicate,rerror,serial,shared,size,snapshot,ssd,volume,werror,wwn, optional)
         * @return this builder
         */
        public CreateVm sata(int n, String value) {
            return set("sata" + n, value);
        }

        /**
         * Sets {@code scsiN}, checked at once.
         *
         * @param n the index ({@code scsi0}, {@code scsi1}, ...)
         * @param value scsi[n] (string, object:aio,backup,bps,bps_max_length,bps_rd,bps_rd_length,bps_rd_max_length,bps_wr,bps_wr_length,bps_wr_max_length,cache,detect_zeroes,discard,file,format,import-from,iops,iops_max,iops_max_length,iops_rd,iops_rd_length,iops_rd_max,iops_rd_max_length,iops_wr,iops_wr_length,iops_wr_max,iops_wr_max_length,iothread,mbps,mbps_max,mbps_rd,mbps_rd_max,mbps_wr,mbps_wr_max,media,product,queues,replicate,rerror,ro,scsiblock,serial,shared,size,snapshot,ssd,vendor,volume,werror,wwn, optional)
         * @return this builder
         */
        public CreateVm scsi(int n, String value) {
            return set("scsi" + n, value);
        }

        /**
         * Sets {@code scsihw}, checked at once.
         *
         * @param value scsihw (string, optional), default lsi, one of lsi, lsi53c810, virtio-scsi-pci, virtio-scsi-single, megasas, pvscsi
         * @return this builder
         */
        public CreateVm scsihw(String value) {
            return set("scsihw", value);
        }

        /**
         * Sets {@code searchdomain}, checked at once.
         *
         * @param value searchdomain (string, optional)
         * @return this builder
         */
        public CreateVm searchdomain(String value) {
            return set("searchdomain", value);
        }

        /**
         * Sets {@code serialN}, checked at once.
         *
         * @param n the index ({@code serial0}, {@code serial1}, ...)
         * @param value serial[n] (string, optional)
         * @return this builder
         */
        public CreateVm serial(int n, String value) {
            return set("serial" + n, value);
        }

        /**
         * Sets {@code shares}, checked at once.
         *
         * @param value shares (integer, optional), default 1000
         * @return this builder
         */
        public CreateVm shares(long value) {
            return set("shares", value);
        }

        /**
         * Sets {@code smbios1}, checked at once.
         *
         * @param value smbios1 (string, pve-qm-smbios1, optional)
         * @return this builder
         */
        public CreateVm smbios1(String value) {
            return set("smbios1", value);
        }

        /**
         * Sets {@code smp}, checked at once.
         *
         * @param value smp (integer, optional), default 1
         * @return this builder
         */
        public CreateVm smp(long value) {
            return set("smp", value);
        }

        /**
         * Sets {@code sockets}, checked at once.
         *
         * @param value sockets (integer, optional), default 1
         * @return this builder
         */
        public CreateVm sockets(long value) {
            return set("sockets", value);
        }

        /**
         * Sets {@code spice_enhancements}, checked at once.
         *
         * @param value spice_enhancements (string, object:foldersharing,videostreaming, optional)
         * @return this builder
         */
        public CreateVm spiceEnhancements(String value) {
            return set("spice_enhancements", value);
        }

        /**
         * Sets {@code sshkeys}, checked at once.
         *
         * @param value sshkeys (string, urlencoded, optional)
         * @return this builder
         */
        public CreateVm sshkeys(String value) {
            return set("sshkeys", value);
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
         * Sets {@code startdate}, checked at once.
         *
         * @param value startdate (string, optional), default now
         * @return this builder
         */
        public CreateVm startdate(String value) {
            return set("startdate", value);
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
         * @param value storage (string, pve-storage-id, optional)
         * @return this builder
         */
        public CreateVm storage(String value) {
            return set("storage", value);
        }

        /**
         * Sets {@code tablet}, checked at once.
         *
         * @param value tablet (boolean, optional), default 1
         * @return this builder
         */
        public CreateVm tablet(boolean value) {
            return set("tablet", value);
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
         * Sets {@code tdf}, checked at once.
         *
         * @param value tdf (boolean, optional), default 0
         * @return this builder
         */
        public CreateVm tdf(boolean value) {
            return set("tdf", value);
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
         * Sets {@code tpmstate0}, checked at once.
         *
         * @param value tpmstate0 (string, object:file,format,import-from,size,version,volume, optional)
         * @return this builder
         */
        public CreateVm tpmstate0(String value) {
            return set("tpmstate0", value);
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
         * Sets {@code unusedN}, checked at once.
         *
         * @param n the index ({@code unused0}, {@code unused1}, ...)
         * @param value unused[n] (string, object:file,volume, optional)
         * @return this builder
         */
        public CreateVm unused(int n, String value) {
            return set("unused" + n, value);
        }

        /**
         * Sets {@code usbN}, checked at once.
         *
         * @param n the index ({@code usb0}, {@code usb1}, ...)
         * @param value usb[n] (string, object:host,mapping,usb3, optional)
         * @return this builder
         */
        public CreateVm usb(int n, String value) {
            return set("usb" + n, value);
        }

        /**
         * Sets {@code vcpus}, checked at once.
         *
         * @param value vcpus (integer, optional), default 0
         * @return this builder
         */
        public CreateVm vcpus(long value) {
            return set("vcpus", value);
        }

        /**
         * Sets {@code vga}, checked at once.
         *
         * @param value vga (string, object:clipboard,memory,type, optional)
         * @return this builder
         */
        public CreateVm vga(String value) {
            return set("vga", value);
        }

        /**
         * Sets {@code virtioN}, checked at once.
         *
         * @param n the index ({@code virtio0}, {@code virtio1}, ...)
         * @param value virtio[n] (string, object:aio,backup,bps,bps_max_length,bps_rd,bps_rd_length,bps_rd_max_length,bps_wr,bps_wr_length,bps_wr_max_length,cache,detect_zeroes,discard,file,format,import-from,iops,iops_max,iops_max_length,iops_rd,iops_rd_length,iops_rd_max,iops_rd_max_length,iops_wr,iops_wr_length,iops_wr_max,iops_wr_max_length,iothread,mbps,mbps_max,mbps_rd,mbps_rd_max,mbps_wr,mbps_wr_max,media,replicate,rerror,ro,serial,shared,size,snapshot,volume,werror, optional)
         * @return this builder
         */
        public CreateVm virtio(int n, String value) {
            return set("virtio" + n, value);
        }

        /**
         * Sets {@code virtiofsN}, checked at once.
         *
         * @param n the index ({@code virtiofs0}, {@code virtiofs1}, ...)
         * @param value virtiofs[n] (string, object:cache,direct-io,dirid,expose-acl,expose-xattr, optional)
         * @return this builder
         */
        public CreateVm virtiofs(int n, String value) {
            return set("virtiofs" + n, value);
        }

        /**
         * Sets {@code vmgenid}, checked at once.
         *
         * @param value vmgenid (string, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public CreateVm vmgenid(String value) {
            return set("vmgenid", value);
        }

        /**
         * Sets {@code vmstatestorage}, checked at once.
         *
         * @param value vmstatestorage (string, pve-storage-id, optional)
         * @return this builder
         */
        public CreateVm vmstatestorage(String value) {
            return set("vmstatestorage", value);
        }

        /**
         * Sets {@code watchdog}, checked at once.
         *
         * @param value watchdog (string, pve-qm-watchdog, optional)
         * @return this builder
         */
        public CreateVm watchdog(String value) {
            return set("watchdog", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/qemu/{vmid}} (starts qmdestroy).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static DestroyVm destroyVm(String node, long vmid) {
        return new DestroyVm(node, vmid);
    }

    /** Builder of {@code DELETE /nodes/{node}/qemu/{vmid}} (starts qmdestroy). */
    public static final class DestroyVm extends TypedTaskRequest<DestroyVm> {

        private DestroyVm(String node, long vmid) {
            super(HttpMethod.DELETE, "/nodes/{node}/qemu/{vmid}");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code destroy-unreferenced-disks}, checked at once.
         *
         * @param value destroy-unreferenced-disks (boolean, optional), default 0
         * @return this builder
         */
        public DestroyVm destroyUnreferencedDisks(boolean value) {
            return set("destroy-unreferenced-disks", value);
        }

        /**
         * Sets {@code purge}, checked at once.
         *
         * @param value purge (boolean, optional)
         * @return this builder
         */
        public DestroyVm purge(boolean value) {
            return set("purge", value);
        }

        /**
         * Sets {@code skiplock}, checked at once.
         *
         * @param value skiplock (boolean, optional)
         * @return this builder
         */
        public DestroyVm skiplock(boolean value) {
            return set("skiplock", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/clone} (starts qmclone).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param newid newid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static CloneVm cloneVm(String node, long vmid, long newid) {
        return new CloneVm(node, vmid, newid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/clone} (starts qmclone). */
    public static final class CloneVm extends TypedTaskRequest<CloneVm> {

        private CloneVm(String node, long vmid, long newid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/clone");
            set("node", node);
            set("vmid", vmid);
            set("newid", newid);
        }

        /**
         * Sets {@code bwlimit}, checked at once.
         *
         * @param value bwlimit (integer, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public CloneVm bwlimit(long value) {
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
         * Sets {@code format}, checked at once.
         *
         * @param value format (string, optional), one of raw, qcow2, vmdk
         * @return this builder
         */
        public CloneVm format(String value) {
            return set("format", value);
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
         * Sets {@code name}, checked at once.
         *
         * @param value name (string, dns-name, optional)
         * @return this builder
         */
        public CloneVm name(String value) {
            return set("name", value);
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
     * {@code POST /nodes/{node}/qemu/{vmid}/config} (starts qmconfig).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static UpdateVmAsync updateVmAsync(String node, long vmid) {
        return new UpdateVmAsync(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/config} (starts qmconfig). */
    public static final class UpdateVmAsync extends TypedTaskRequest<UpdateVmAsync> {

        private UpdateVmAsync(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/config");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code acpi}, checked at once.
         *
         * @param value acpi (boolean, optional), default 1
         * @return this builder
         */
        public UpdateVmAsync acpi(boolean value) {
            return set("acpi", value);
        }

        /**
         * Sets {@code affinity}, checked at once.
         *
         * @param value affinity (string, pve-cpuset, optional)
         * @return this builder
         */
        public UpdateVmAsync affinity(String value) {
            return set("affinity", value);
        }

        /**
         * Sets {@code agent}, checked at once.
         *
         * @param value agent (string, object:enabled,freeze-fs,freeze-fs-on-backup,fstrim_cloned_disks,guest-fsfreeze,type, optional)
         * @return this builder
         */
        public UpdateVmAsync agent(String value) {
            return set("agent", value);
        }

        /**
         * Sets {@code allow-ksm}, checked at once.
         *
         * @param value allow-ksm (boolean, optional), default 1
         * @return this builder
         */
        public UpdateVmAsync allowKsm(boolean value) {
            return set("allow-ksm", value);
        }

        /**
         * Sets {@code amd-sev}, checked at once.
         *
         * @param value amd-sev (string, pve-qemu-sev-fmt, optional)
         * @return this builder
         */
        public UpdateVmAsync amdSev(String value) {
            return set("amd-sev", value);
        }

        /**
         * Sets {@code arch}, checked at once.
         *
         * @param value arch (string, optional), one of x86_64, aarch64
         * @return this builder
         */
        public UpdateVmAsync arch(String value) {
            return set("arch", value);
        }

        /**
         * Sets {@code args}, checked at once.
         *
         * @param value args (string, optional)
         * @return this builder
         */
        public UpdateVmAsync args(String value) {
            return set("args", value);
        }

        /**
         * Sets {@code audio0}, checked at once.
         *
         * @param value audio0 (string, object:device,driver, optional)
         * @return this builder
         */
        public UpdateVmAsync audio0(String value) {
            return set("audio0", value);
        }

        /**
         * Sets {@code autostart}, checked at once.
         *
         * @param value autostart (boolean, optional), default 0
         * @return this builder
         */
        public UpdateVmAsync autostart(boolean value) {
            return set("autostart", value);
        }

        /**
         * Sets {@code background_delay}, checked at once.
         *
         * @param value background_delay (integer, optional)
         * @return this builder
         */
        public UpdateVmAsync backgroundDelay(long value) {
            return set("background_delay", value);
        }

        /**
         * Sets {@code balloon}, checked at once.
         *
         * @param value balloon (integer, optional)
         * @return this builder
         */
        public UpdateVmAsync balloon(long value) {
            return set("balloon", value);
        }

        /**
         * Sets {@code bios}, checked at once.
         *
         * @param value bios (string, optional), default seabios, one of seabios, ovmf
         * @return this builder
         */
        public UpdateVmAsync bios(String value) {
            return set("bios", value);
        }

        /**
         * Sets {@code boot}, checked at once.
         *
         * @param value boot (string, pve-qm-boot, optional)
         * @return this builder
         */
        public UpdateVmAsync boot(String value) {
            return set("boot", value);
        }

        /**
         * Sets {@code bootdisk}, checked at once.
         *
         * @param value bootdisk (string, pve-qm-bootdisk, optional)
         * @return this builder
         */
        public UpdateVmAsync bootdisk(String value) {
            return set("bootdisk", value);
        }

        /**
         * Sets {@code cdrom}, checked at once.
         *
         * @param value cdrom (string, pve-qm-ide, optional)
         * @return this builder
         */
        public UpdateVmAsync cdrom(String value) {
            return set("cdrom", value);
        }

        /**
         * Sets {@code cicustom}, checked at once.
         *
         * @param value cicustom (string, pve-qm-cicustom, optional)
         * @return this builder
         */
        public UpdateVmAsync cicustom(String value) {
            return set("cicustom", value);
        }

        /**
         * Sets {@code cipassword}, checked at once.
         *
         * @param value cipassword (string, optional)
         * @return this builder
         */
        public UpdateVmAsync cipassword(String value) {
            return set("cipassword", value);
        }

        /**
         * Sets {@code citype}, checked at once.
         *
         * @param value citype (string, optional), one of configdrive2, nocloud, opennebula
         * @return this builder
         */
        public UpdateVmAsync citype(String value) {
            return set("citype", value);
        }

        /**
         * Sets {@code ciupgrade}, checked at once.
         *
         * @param value ciupgrade (boolean, optional), default 1
         * @return this builder
         */
        public UpdateVmAsync ciupgrade(boolean value) {
            return set("ciupgrade", value);
        }

        /**
         * Sets {@code ciuser}, checked at once.
         *
         * @param value ciuser (string, optional)
         * @return this builder
         */
        public UpdateVmAsync ciuser(String value) {
            return set("ciuser", value);
        }

        /**
         * Sets {@code cores}, checked at once.
         *
         * @param value cores (integer, optional), default 1
         * @return this builder
         */
        public UpdateVmAsync cores(long value) {
            return set("cores", value);
        }

        /**
         * Sets {@code cpu}, checked at once.
         *
         * @param value cpu (string, pve-vm-cpu-conf, optional)
         * @return this builder
         */
        public UpdateVmAsync cpu(String value) {
            return set("cpu", value);
        }

        /**
         * Sets {@code cpulimit}, checked at once.
         *
         * @param value cpulimit (number, optional), default 0
         * @return this builder
         */
        public UpdateVmAsync cpulimit(double value) {
            return set("cpulimit", value);
        }

        /**
         * Sets {@code cpuunits}, checked at once.
         *
         * @param value cpuunits (integer, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public UpdateVmAsync cpuunits(long value) {
            return set("cpuunits", value);
        }

        /**
         * Sets {@code delete}, checked at once.
         *
         * @param value delete (string, pve-configid-list, optional)
         * @return this builder
         */
        public UpdateVmAsync delete(String value) {
            return set("delete", value);
        }

        /**
         * Sets {@code description}, checked at once.
         *
         * @param value description (string, optional)
         * @return this builder
         */
        public UpdateVmAsync description(String value) {
            return set("description", value);
        }

        /**
         * Sets {@code digest}, checked at once.
         *
         * @param value digest (string, optional)
         * @return this builder
         */
        public UpdateVmAsync digest(String value) {
            return set("digest", value);
        }

        /**
         * Sets {@code efidisk0}, checked at once.
         *
         * @param value efidisk0 (string, object:efitype,file,format,import-from,ms-cert,pre-enrolled-keys,size,volume, optional)
         * @return this builder
         */
        public UpdateVmAsync efidisk0(String value) {
            return set("efidisk0", value);
        }

        /**
         * Sets {@code force}, checked at once.
         *
         * @param value force (boolean, optional)
         * @return this builder
         */
        public UpdateVmAsync force(boolean value) {
            return set("force", value);
        }

        /**
         * Sets {@code freeze}, checked at once.
         *
         * @param value freeze (boolean, optional)
         * @return this builder
         */
        public UpdateVmAsync freeze(boolean value) {
            return set("freeze", value);
        }

        /**
         * Sets {@code hookscript}, checked at once.
         *
         * @param value hookscript (string, pve-volume-id, optional)
         * @return this builder
         */
        public UpdateVmAsync hookscript(String value) {
            return set("hookscript", value);
        }

        /**
         * Sets {@code hostpciN}, checked at once.
         *
         * @param n the index ({@code hostpci0}, {@code hostpci1}, ...)
         * @param value hostpci[n] (string, pve-qm-hostpci, optional)
         * @return this builder
         */
        public UpdateVmAsync hostpci(int n, String value) {
            return set("hostpci" + n, value);
        }

        /**
         * Sets {@code hotplug}, checked at once.
         *
         * @param value hotplug (string, pve-hotplug-features, optional), default network,disk,usb
         * @return this builder
         */
        public UpdateVmAsync hotplug(String value) {
            return set("hotplug", value);
        }

        /**
         * Sets {@code hugepages}, checked at once.
         *
         * @param value hugepages (string, optional), one of any, 2, 1024
         * @return this builder
         */
        public UpdateVmAsync hugepages(String value) {
            return set("hugepages", value);
        }

        /**
         * Sets {@code ideN}, checked at once.
         *
         * @param n the index ({@code ide0}, {@code ide1}, ...)
         * @param value ide[n] (string, object:aio,backup,bps,bps_max_length,bps_rd,bps_rd_length,bps_rd_max_length,bps_wr,bps_wr_length,bps_wr_max_length,cache,detect_zeroes,discard,file,format,import-from,iops,iops_max,iops_max_length,iops_rd,iops_rd_length,iops_rd_max,iops_rd_max_length,iops_wr,iops_wr_length,iops_wr_max,iops_wr_max_length,mbps,mbps_max,mbps_rd,mbps_rd_max,mbps_wr,mbps_wr_max,media,model,replicate,rerror,serial,shared,size,snapshot,ssd,volume,werror,wwn, optional)
         * @return this builder
         */
        public UpdateVmAsync ide(int n, String value) {
            return set("ide" + n, value);
        }

        /**
         * Sets {@code import-working-storage}, checked at once.
         *
         * @param value import-working-storage (string, pve-storage-id, optional)
         * @return this builder
         */
        public UpdateVmAsync importWorkingStorage(String value) {
            return set("import-working-storage", value);
        }

        /**
         * Sets {@code intel-tdx}, checked at once.
         *
         * @param value intel-tdx (string, pve-qemu-tdx-fmt, optional)
         * @return this builder
         */
        public UpdateVmAsync intelTdx(String value) {
            return set("intel-tdx", value);
        }

        /**
         * Sets {@code ipconfigN}, checked at once.
         *
         * @param n the index ({@code ipconfig0}, {@code ipconfig1}, ...)
         * @param value ipconfig[n] (string, pve-qm-ipconfig, optional)
         * @return this builder
         */
        public UpdateVmAsync ipconfig(int n, String value) {
            return set("ipconfig" + n, value);
        }

        /**
         * Sets {@code ivshmem}, checked at once.
         *
         * @param value ivshmem (string, object:name,size, optional)
         * @return this builder
         */
        public UpdateVmAsync ivshmem(String value) {
            return set("ivshmem", value);
        }

        /**
         * Sets {@code keephugepages}, checked at once.
         *
         * @param value keephugepages (boolean, optional), default 0
         * @return this builder
         */
        public UpdateVmAsync keephugepages(boolean value) {
            return set("keephugepages", value);
        }

        /**
         * Sets {@code keyboard}, checked at once.
         *
         * @param value keyboard (string, optional), one of de, de-ch, da, en-gb, en-us, es, fi, fr, fr-be, fr-ca, fr-ch, hu, is, it, ja, lt, mk, nl, no, pl, pt, pt-br, sv, sl, tr
         * @return this builder
         */
        public UpdateVmAsync keyboard(String value) {
            return set("keyboard", value);
        }

        /**
         * Sets {@code kvm}, checked at once.
         *
         * @param value kvm (boolean, optional), default 1
         * @return this builder
         */
        public UpdateVmAsync kvm(boolean value) {
            return set("kvm", value);
        }

        /**
         * Sets {@code localtime}, checked at once.
         *
         * @param value localtime (boolean, optional)
         * @return this builder
         */
        public UpdateVmAsync localtime(boolean value) {
            return set("localtime", value);
        }

        /**
         * Sets {@code lock}, checked at once.
         *
         * @param value lock (string, optional), one of backup, clone, create, migrate, rollback, snapshot, snapshot-delete, suspending, suspended
         * @return this builder
         */
        public UpdateVmAsync lock(String value) {
            return set("lock", value);
        }

        /**
         * Sets {@code machine}, checked at once.
         *
         * @param value machine (string, object:aw-bits,enable-s3,enable-s4,type,viommu, optional)
         * @return this builder
         */
        public UpdateVmAsync machine(String value) {
            return set("machine", value);
        }

        /**
         * Sets {@code memory}, checked at once.
         *
         * @param value memory (string, object:current, optional)
         * @return this builder
         */
        public UpdateVmAsync memory(String value) {
            return set("memory", value);
        }

        /**
         * Sets {@code migrate_downtime}, checked at once.
         *
         * @param value migrate_downtime (number, optional), default 0.1
         * @return this builder
         */
        public UpdateVmAsync migrateDowntime(double value) {
            return set("migrate_downtime", value);
        }

        /**
         * Sets {@code migrate_speed}, checked at once.
         *
         * @param value migrate_speed (integer, optional), default 0
         * @return this builder
         */
        public UpdateVmAsync migrateSpeed(long value) {
            return set("migrate_speed", value);
        }

        /**
         * Sets {@code name}, checked at once.
         *
         * @param value name (string, dns-name, optional)
         * @return this builder
         */
        public UpdateVmAsync name(String value) {
            return set("name", value);
        }

        /**
         * Sets {@code nameserver}, checked at once.
         *
         * @param value nameserver (string, address-list, optional)
         * @return this builder
         */
        public UpdateVmAsync nameserver(String value) {
            return set("nameserver", value);
        }

        /**
         * Sets {@code netN}, checked at once.
         *
         * @param n the index ({@code net0}, {@code net1}, ...)
         * @param value net[n] (string, object:bridge,e1000,e1000-82540em,e1000-82544gc,e1000-82545em,e1000e,firewall,i82551,i82557b,i82559er,link_down,macaddr,model,mtu,ne2k_isa,ne2k_pci,pcnet,queues,rate,rtl8139,tag,trunks,virtio,vmxnet3, optional)
         * @return this builder
         */
        public UpdateVmAsync net(int n, String value) {
            return set("net" + n, value);
        }

        /**
         * Sets {@code numa}, checked at once.
         *
         * @param value numa (boolean, optional), default 0
         * @return this builder
         */
        public UpdateVmAsync numa(boolean value) {
            return set("numa", value);
        }

        /**
         * Sets {@code numaN}, checked at once.
         *
         * @param n the index ({@code numa0}, {@code numa1}, ...)
         * @param value numa[n] (string, object:cpus,hostnodes,memory,policy, optional)
         * @return this builder
         */
        public UpdateVmAsync numa(int n, String value) {
            return set("numa" + n, value);
        }

        /**
         * Sets {@code onboot}, checked at once.
         *
         * @param value onboot (boolean, optional), default 0
         * @return this builder
         */
        public UpdateVmAsync onboot(boolean value) {
            return set("onboot", value);
        }

        /**
         * Sets {@code ostype}, checked at once.
         *
         * @param value ostype (string, optional), default other, one of other, wxp, w2k, w2k3, w2k8, wvista, win7, win8, win10, win11, l24, l26, solaris
         * @return this builder
         */
        public UpdateVmAsync ostype(String value) {
            return set("ostype", value);
        }

        /**
         * Sets {@code parallelN}, checked at once.
         *
         * @param n the index ({@code parallel0}, {@code parallel1}, ...)
         * @param value parallel[n] (string, optional)
         * @return this builder
         */
        public UpdateVmAsync parallel(int n, String value) {
            return set("parallel" + n, value);
        }

        /**
         * Sets {@code protection}, checked at once.
         *
         * @param value protection (boolean, optional), default 0
         * @return this builder
         */
        public UpdateVmAsync protection(boolean value) {
            return set("protection", value);
        }

        /**
         * Sets {@code reboot}, checked at once.
         *
         * @param value reboot (boolean, optional), default 1
         * @return this builder
         */
        public UpdateVmAsync reboot(boolean value) {
            return set("reboot", value);
        }

        /**
         * Sets {@code revert}, checked at once.
         *
         * @param value revert (string, pve-configid-list, optional)
         * @return this builder
         */
        public UpdateVmAsync revert(String value) {
            return set("revert", value);
        }

        /**
         * Sets {@code rng0}, checked at once.
         *
         * @param value rng0 (string, pve-qm-rng, optional)
         * @return this builder
         */
        public UpdateVmAsync rng0(String value) {
            return set("rng0", value);
        }

        /**
         * Sets {@code sataN}, checked at once.
         *
         * @param n the index ({@code sata0}, {@code sata1}, ...)
         * @param value sata[n] (string, object:aio,backup,bps,bps_max_length,bps_rd,bps_rd_length,bps_rd_max_length,bps_wr,bps_wr_length,bps_wr_max_length,cache,detect_zeroes,discard,file,format,import-from,iops,iops_max,iops_max_length,iops_rd,iops_rd_length,iops_rd_max,iops_rd_max_length,iops_wr,iops_wr_length,iops_wr_max,iops_wr_max_length,mbps,mbps_max,mbps_rd,mbps_rd_max,mbps_wr,mbps_wr_max,media,replicate,rerror,serial,shared,size,snapshot,ssd,volume,werror,wwn, optional)
         * @return this builder
         */
        public UpdateVmAsync sata(int n, String value) {
            return set("sata" + n, value);
        }

        /**
         * Sets {@code scsiN}, checked at once.
         *
         * @param n the index ({@code scsi0}, {@code scsi1}, ...)
         * @param value scsi[n] (string, object:aio,backup,bps,bps_max_length,bps_rd,bps_rd_length,bps_rd_max_length,bps_wr,bps_wr_length,bps_wr_max_length,cache,detect_zeroes,discard,file,format,import-from,iops,iops_max,iops_max_length,iops_rd,iops_rd_length,iops_rd_max,iops_rd_max_length,iops_wr,iops_wr_length,iops_wr_max,iops_wr_max_length,iothread,mbps,mbps_max,mbps_rd,mbps_rd_max,mbps_wr,mbps_wr_max,media,product,queues,replicate,rerror,ro,scsiblock,serial,shared,size,snapshot,ssd,vendor,volume,werror,wwn, optional)
         * @return this builder
         */
        public UpdateVmAsync scsi(int n, String value) {
            return set("scsi" + n, value);
        }

        /**
         * Sets {@code scsihw}, checked at once.
         *
         * @param value scsihw (string, optional), default lsi, one of lsi, lsi53c810, virtio-scsi-pci, virtio-scsi-single, megasas, pvscsi
         * @return this builder
         */
        public UpdateVmAsync scsihw(String value) {
            return set("scsihw", value);
        }

        /**
         * Sets {@code searchdomain}, checked at once.
         *
         * @param value searchdomain (string, optional)
         * @return this builder
         */
        public UpdateVmAsync searchdomain(String value) {
            return set("searchdomain", value);
        }

        /**
         * Sets {@code serialN}, checked at once.
         *
         * @param n the index ({@code serial0}, {@code serial1}, ...)
         * @param value serial[n] (string, optional)
         * @return this builder
         */
        public UpdateVmAsync serial(int n, String value) {
            return set("serial" + n, value);
        }

        /**
         * Sets {@code shares}, checked at once.
         *
         * @param value shares (integer, optional), default 1000
         * @return this builder
         */
        public UpdateVmAsync shares(long value) {
            return set("shares", value);
        }

        /**
         * Sets {@code skiplock}, checked at once.
         *
         * @param value skiplock (boolean, optional)
         * @return this builder
         */
        public UpdateVmAsync skiplock(boolean value) {
            return set("skiplock", value);
        }

        /**
         * Sets {@code smbios1}, checked at once.
         *
         * @param value smbios1 (string, pve-qm-smbios1, optional)
         * @return this builder
         */
        public UpdateVmAsync smbios1(String value) {
            return set("smbios1", value);
        }

        /**
         * Sets {@code smp}, checked at once.
         *
         * @param value smp (integer, optional), default 1
         * @return this builder
         */
        public UpdateVmAsync smp(long value) {
            return set("smp", value);
        }

        /**
         * Sets {@code sockets}, checked at once.
         *
         * @param value sockets (integer, optional), default 1
         * @return this builder
         */
        public UpdateVmAsync sockets(long value) {
            return set("sockets", value);
        }

        /**
         * Sets {@code spice_enhancements}, checked at once.
         *
         * @param value spice_enhancements (string, object:foldersharing,videostreaming, optional)
         * @return this builder
         */
        public UpdateVmAsync spiceEnhancements(String value) {
            return set("spice_enhancements", value);
        }

        /**
         * Sets {@code sshkeys}, checked at once.
         *
         * @param value sshkeys (string, urlencoded, optional)
         * @return this builder
         */
        public UpdateVmAsync sshkeys(String value) {
            return set("sshkeys", value);
        }

        /**
         * Sets {@code startdate}, checked at once.
         *
         * @param value startdate (string, optional), default now
         * @return this builder
         */
        public UpdateVmAsync startdate(String value) {
            return set("startdate", value);
        }

        /**
         * Sets {@code startup}, checked at once.
         *
         * @param value startup (string, pve-startup-order, optional)
         * @return this builder
         */
        public UpdateVmAsync startup(String value) {
            return set("startup", value);
        }

        /**
         * Sets {@code tablet}, checked at once.
         *
         * @param value tablet (boolean, optional), default 1
         * @return this builder
         */
        public UpdateVmAsync tablet(boolean value) {
            return set("tablet", value);
        }

        /**
         * Sets {@code tags}, checked at once.
         *
         * @param value tags (string, pve-tag-list, optional)
         * @return this builder
         */
        public UpdateVmAsync tags(String value) {
            return set("tags", value);
        }

        /**
         * Sets {@code tdf}, checked at once.
         *
         * @param value tdf (boolean, optional), default 0
         * @return this builder
         */
        public UpdateVmAsync tdf(boolean value) {
            return set("tdf", value);
        }

        /**
         * Sets {@code template}, checked at once.
         *
         * @param value template (boolean, optional), default 0
         * @return this builder
         */
        public UpdateVmAsync template(boolean value) {
            return set("template", value);
        }

        /**
         * Sets {@code tpmstate0}, checked at once.
         *
         * @param value tpmstate0 (string, object:file,format,import-from,size,version,volume, optional)
         * @return this builder
         */
        public UpdateVmAsync tpmstate0(String value) {
            return set("tpmstate0", value);
        }

        /**
         * Sets {@code unusedN}, checked at once.
         *
         * @param n the index ({@code unused0}, {@code unused1}, ...)
         * @param value unused[n] (string, object:file,volume, optional)
         * @return this builder
         */
        public UpdateVmAsync unused(int n, String value) {
            return set("unused" + n, value);
        }

        /**
         * Sets {@code usbN}, checked at once.
         *
         * @param n the index ({@code usb0}, {@code usb1}, ...)
         * @param value usb[n] (string, object:host,mapping,usb3, optional)
         * @return this builder
         */
        public UpdateVmAsync usb(int n, String value) {
            return set("usb" + n, value);
        }

        /**
         * Sets {@code vcpus}, checked at once.
         *
         * @param value vcpus (integer, optional), default 0
         * @return this builder
         */
        public UpdateVmAsync vcpus(long value) {
            return set("vcpus", value);
        }

        /**
         * Sets {@code vga}, checked at once.
         *
         * @param value vga (string, object:clipboard,memory,type, optional)
         * @return this builder
         */
        public UpdateVmAsync vga(String value) {
            return set("vga", value);
        }

        /**
         * Sets {@code virtioN}, checked at once.
         *
         * @param n the index ({@code virtio0}, {@code virtio1}, ...)
         * @param value virtio[n] (string, object:aio,backup,bps,bps_max_length,bps_rd,bps_rd_length,bps_rd_max_length,bps_wr,bps_wr_length,bps_wr_max_length,cache,detect_zeroes,discard,file,format,import-from,iops,iops_max,iops_max_length,iops_rd,iops_rd_length,iops_rd_max,iops_rd_max_length,iops_wr,iops_wr_length,iops_wr_max,iops_wr_max_length,iothread,mbps,mbps_max,mbps_rd,mbps_rd_max,mbps_wr,mbps_wr_max,media,replicate,rerror,ro,serial,shared,size,snapshot,volume,werror, optional)
         * @return this builder
         */
        public UpdateVmAsync virtio(int n, String value) {
            return set("virtio" + n, value);
        }

        /**
         * Sets {@code virtiofsN}, checked at once.
         *
         * @param n the index ({@code virtiofs0}, {@code virtiofs1}, ...)
         * @param value virtiofs[n] (string, object:cache,direct-io,dirid,expose-acl,expose-xattr, optional)
         * @return this builder
         */
        public UpdateVmAsync virtiofs(int n, String value) {
            return set("virtiofs" + n, value);
        }

        /**
         * Sets {@code vmgenid}, checked at once.
         *
         * @param value vmgenid (string, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public UpdateVmAsync vmgenid(String value) {
            return set("vmgenid", value);
        }

        /**
         * Sets {@code vmstatestorage}, checked at once.
         *
         * @param value vmstatestorage (string, pve-storage-id, optional)
         * @return this builder
         */
        public UpdateVmAsync vmstatestorage(String value) {
            return set("vmstatestorage", value);
        }

        /**
         * Sets {@code watchdog}, checked at once.
         *
         * @param value watchdog (string, pve-qm-watchdog, optional)
         * @return this builder
         */
        public UpdateVmAsync watchdog(String value) {
            return set("watchdog", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/migrate} (starts qmigrate or hamigrate).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param target target (string, pve-node, required)
     * @return the builder; optional parameters are its setters
     */
    public static MigrateVm migrateVm(String node, long vmid, String target) {
        return new MigrateVm(node, vmid, target);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/migrate} (starts qmigrate or hamigrate). */
    public static final class MigrateVm extends TypedTaskRequest<MigrateVm> {

        private MigrateVm(String node, long vmid, String target) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/migrate");
            set("node", node);
            set("vmid", vmid);
            set("target", target);
        }

        /**
         * Sets {@code bwlimit}, checked at once.
         *
         * @param value bwlimit (integer, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public MigrateVm bwlimit(long value) {
            return set("bwlimit", value);
        }

        /**
         * Sets {@code force}, checked at once.
         *
         * @param value force (boolean, optional)
         * @return this builder
         */
        public MigrateVm force(boolean value) {
            return set("force", value);
        }

        /**
         * Sets {@code migration_network}, checked at once.
         *
         * @param value migration_network (string, CIDR, optional)
         * @return this builder
         */
        public MigrateVm migrationNetwork(String value) {
            return set("migration_network", value);
        }

        /**
         * Sets {@code migration_type}, checked at once.
         *
         * @param value migration_type (string, optional), one of secure, insecure
         * @return this builder
         */
        public MigrateVm migrationType(String value) {
            return set("migration_type", value);
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
         * Sets {@code targetstorage}, checked at once.
         *
         * @param value targetstorage (string, storage-pair-list, optional)
         * @return this builder
         */
        public MigrateVm targetstorage(String value) {
            return set("targetstorage", value);
        }

        /**
         * Sets {@code with-conntrack-state}, checked at once.
         *
         * @param value with-conntrack-state (boolean, optional), default 0
         * @return this builder
         */
        public MigrateVm withConntrackState(boolean value) {
            return set("with-conntrack-state", value);
        }

        /**
         * Sets {@code with-local-disks}, checked at once.
         *
         * @param value with-local-disks (boolean, optional)
         * @return this builder
         */
        public MigrateVm withLocalDisks(boolean value) {
            return set("with-local-disks", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/move_disk} (starts qmmove).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param disk disk (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static MoveVmDisk moveVmDisk(String node, long vmid, String disk) {
        return new MoveVmDisk(node, vmid, disk);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/move_disk} (starts qmmove). */
    public static final class MoveVmDisk extends TypedTaskRequest<MoveVmDisk> {

        private MoveVmDisk(String node, long vmid, String disk) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/move_disk");
            set("node", node);
            set("vmid", vmid);
            set("disk", disk);
        }

        /**
         * Sets {@code bwlimit}, checked at once.
         *
         * @param value bwlimit (integer, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public MoveVmDisk bwlimit(long value) {
            return set("bwlimit", value);
        }

        /**
         * Sets {@code delete}, checked at once.
         *
         * @param value delete (boolean, optional), default 0
         * @return this builder
         */
        public MoveVmDisk delete(boolean value) {
            return set("delete", value);
        }

        /**
         * Sets {@code digest}, checked at once.
         *
         * @param value digest (string, optional)
         * @return this builder
         */
        public MoveVmDisk digest(String value) {
            return set("digest", value);
        }

        /**
         * Sets {@code format}, checked at once.
         *
         * @param value format (string, optional), one of raw, qcow2, vmdk
         * @return this builder
         */
        public MoveVmDisk format(String value) {
            return set("format", value);
        }

        /**
         * Sets {@code storage}, checked at once.
         *
         * @param value storage (string, pve-storage-id, optional)
         * @return this builder
         */
        public MoveVmDisk storage(String value) {
            return set("storage", value);
        }

        /**
         * Sets {@code target-digest}, checked at once.
         *
         * @param value target-digest (string, optional)
         * @return this builder
         */
        public MoveVmDisk targetDigest(String value) {
            return set("target-digest", value);
        }

        /**
         * Sets {@code target-disk}, checked at once.
         *
         * @param value target-disk (string, optional), one of ide0, ide1, ide2, ide3, scsi0, scsi1, scsi2, scsi3, scsi4, scsi5, scsi6, scsi7, scsi8, scsi9, scsi10, scsi11, scsi12, scsi13, scsi14, scsi15, scsi16, scsi17, scsi18, scsi19, scsi20, scsi21, scsi22, scsi23, scsi24, scsi25, scsi26, scsi27, scsi28, scsi29, scsi30, virtio0, virtio1, virtio2, virtio3, virtio4, virtio5, virtio6, virtio7, virtio8, virtio9, virtio10, virtio11, virtio12, virtio13, virtio14, virtio15, sata0, sata1, sata2, sata3, sata4, sata5, efidisk0, tpmstate0, unused0, unused1, unused2, unused3, unused4, unused5, unused6, unused7, unused8, unused9, unused10, unused11, unused12, unused13, unused14, unused15, unused16, unused17, unused18, unused19, unused20, unused21, unused22, unused23, unused24, unused25, unused26, unused27, unused28, unused29, unused30, unused31, unused32, unused33, unused34, unused35, unused36, unused37, unused38, unused39, unused40, unused41, unused42, unused43, unused44, unused45, unused46, unused47, unused48, unused49, unused50, unused51, unused52, unused53, unused54, unused55, unused56, unused57, unused58, unused59, unused60, unused61, unused62, unused63, unused64, unused65, unused66, unused67, unused68, unused69, unused70, unused71, unused72, unused73, unused74, unused75, unused76, unused77, unused78, unused79, unused80, unused81, unused82, unused83, unused84, unused85, unused86, unused87, unused88, unused89, unused90, unused91, unused92, unused93, unused94, unused95, unused96, unused97, unused98, unused99, unused100, unused101, unused102, unused103, unused104, unused105, unused106, unused107, unused108, unused109, unused110, unused111, unused112, unused113, unused114, unused115, unused116, unused117, unused118, unused119, unused120, unused121, unused122, unused123, unused124, unused125, unused126, unused127, unused128, unused129, unused130, unused131, unused132, unused133, unused134, unused135, unused136, unused137, unused138, unused139, unused140, unused141, unused142, unused143, unused144, unused145, unused146, unused147, unused148, unused149, unused150, unused151, unused152, unused153, unused154, unused155, unused156, unused157, unused158, unused159, unused160, unused161, unused162, unused163, unused164, unused165, unused166, unused167, unused168, unused169, unused170, unused171, unused172, unused173, unused174, unused175, unused176, unused177, unused178, unused179, unused180, unused181, unused182, unused183, unused184, unused185, unused186, unused187, unused188, unused189, unused190, unused191, unused192, unused193, unused194, unused195, unused196, unused197, unused198, unused199, unused200, unused201, unused202, unused203, unused204, unused205, unused206, unused207, unused208, unused209, unused210, unused211, unused212, unused213, unused214, unused215, unused216, unused217, unused218, unused219, unused220, unused221, unused222, unused223, unused224, unused225, unused226, unused227, unused228, unused229, unused230, unused231, unused232, unused233, unused234, unused235, unused236, unused237, unused238, unused239, unused240, unused241, unused242, unused243, unused244, unused245, unused246, unused247, unused248, unused249, unused250, unused251, unused252, unused253, unused254, unused255
         * @return this builder
         */
        public MoveVmDisk targetDisk(String value) {
            return set("target-disk", value);
        }

        /**
         * Sets {@code target-vmid}, checked at once.
         *
         * @param value target-vmid (integer, pve-vmid, optional)
         * @return this builder
         */
        public MoveVmDisk targetVmid(long value) {
            return set("target-vmid", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/mtunnel} (starts qmtunnel).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Mtunnel mtunnel(String node, long vmid) {
        return new Mtunnel(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/mtunnel} (starts qmtunnel). */
    public static final class Mtunnel extends TypedTaskRequest<Mtunnel> {

        private Mtunnel(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/mtunnel");
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
     * {@code POST /nodes/{node}/qemu/{vmid}/remote_migrate} (starts qmigrate).
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

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/remote_migrate} (starts qmigrate). */
    public static final class RemoteMigrateVm extends TypedTaskRequest<RemoteMigrateVm> {

        private RemoteMigrateVm(String node, long vmid, String targetBridge, String targetEndpoint, String targetStorage) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/remote_migrate");
            set("node", node);
            set("vmid", vmid);
            set("target-bridge", targetBridge);
            set("target-endpoint", targetEndpoint);
            set("target-storage", targetStorage);
        }

        /**
         * Sets {@code bwlimit}, checked at once.
         *
         * @param value bwlimit (integer, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public RemoteMigrateVm bwlimit(long value) {
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
         * Sets {@code target-vmid}, checked at once.
         *
         * @param value target-vmid (integer, pve-vmid, optional)
         * @return this builder
         */
        public RemoteMigrateVm targetVmid(long value) {
            return set("target-vmid", value);
        }
    }

    /**
     * {@code PUT /nodes/{node}/qemu/{vmid}/resize} (starts resize).
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

    /** Builder of {@code PUT /nodes/{node}/qemu/{vmid}/resize} (starts resize). */
    public static final class ResizeVm extends TypedTaskRequest<ResizeVm> {

        private ResizeVm(String node, long vmid, String disk, String size) {
            super(HttpMethod.PUT, "/nodes/{node}/qemu/{vmid}/resize");
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

        /**
         * Sets {@code skiplock}, checked at once.
         *
         * @param value skiplock (boolean, optional)
         * @return this builder
         */
        public ResizeVm skiplock(boolean value) {
            return set("skiplock", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/snapshot} (starts qmsnapshot).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param snapname snapname (string, pve-configid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Snapshot snapshot(String node, long vmid, String snapname) {
        return new Snapshot(node, vmid, snapname);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/snapshot} (starts qmsnapshot). */
    public static final class Snapshot extends TypedTaskRequest<Snapshot> {

        private Snapshot(String node, long vmid, String snapname) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/snapshot");
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

        /**
         * Sets {@code vmstate}, checked at once.
         *
         * @param value vmstate (boolean, optional)
         * @return this builder
         */
        public Snapshot vmstate(boolean value) {
            return set("vmstate", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/qemu/{vmid}/snapshot/{snapname}} (starts qmdelsnapshot).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param snapname snapname (string, pve-configid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Delsnapshot delsnapshot(String node, long vmid, String snapname) {
        return new Delsnapshot(node, vmid, snapname);
    }

    /** Builder of {@code DELETE /nodes/{node}/qemu/{vmid}/snapshot/{snapname}} (starts qmdelsnapshot). */
    public static final class Delsnapshot extends TypedTaskRequest<Delsnapshot> {

        private Delsnapshot(String node, long vmid, String snapname) {
            super(HttpMethod.DELETE, "/nodes/{node}/qemu/{vmid}/snapshot/{snapname}");
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
     * {@code POST /nodes/{node}/qemu/{vmid}/snapshot/{snapname}/rollback} (starts qmrollback).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @param snapname snapname (string, pve-configid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Rollback rollback(String node, long vmid, String snapname) {
        return new Rollback(node, vmid, snapname);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/snapshot/{snapname}/rollback} (starts qmrollback). */
    public static final class Rollback extends TypedTaskRequest<Rollback> {

        private Rollback(String node, long vmid, String snapname) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/snapshot/{snapname}/rollback");
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
     * {@code POST /nodes/{node}/qemu/{vmid}/status/reboot} (starts qmreboot).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static VmReboot vmReboot(String node, long vmid) {
        return new VmReboot(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/status/reboot} (starts qmreboot). */
    public static final class VmReboot extends TypedTaskRequest<VmReboot> {

        private VmReboot(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/status/reboot");
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
     * {@code POST /nodes/{node}/qemu/{vmid}/status/reset} (starts qmreset).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static VmReset vmReset(String node, long vmid) {
        return new VmReset(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/status/reset} (starts qmreset). */
    public static final class VmReset extends TypedTaskRequest<VmReset> {

        private VmReset(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/status/reset");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code skiplock}, checked at once.
         *
         * @param value skiplock (boolean, optional)
         * @return this builder
         */
        public VmReset skiplock(boolean value) {
            return set("skiplock", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/status/resume} (starts qmresume).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static VmResume vmResume(String node, long vmid) {
        return new VmResume(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/status/resume} (starts qmresume). */
    public static final class VmResume extends TypedTaskRequest<VmResume> {

        private VmResume(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/status/resume");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code nocheck}, checked at once.
         *
         * @param value nocheck (boolean, optional)
         * @return this builder
         */
        public VmResume nocheck(boolean value) {
            return set("nocheck", value);
        }

        /**
         * Sets {@code skiplock}, checked at once.
         *
         * @param value skiplock (boolean, optional)
         * @return this builder
         */
        public VmResume skiplock(boolean value) {
            return set("skiplock", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/status/shutdown} (starts qmshutdown or hastop).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static VmShutdown vmShutdown(String node, long vmid) {
        return new VmShutdown(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/status/shutdown} (starts qmshutdown or hastop). */
    public static final class VmShutdown extends TypedTaskRequest<VmShutdown> {

        private VmShutdown(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/status/shutdown");
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
         * Sets {@code keepActive}, checked at once.
         *
         * @param value keepActive (boolean, optional), default 0
         * @return this builder
         */
        public VmShutdown keepActive(boolean value) {
            return set("keepActive", value);
        }

        /**
         * Sets {@code skiplock}, checked at once.
         *
         * @param value skiplock (boolean, optional)
         * @return this builder
         */
        public VmShutdown skiplock(boolean value) {
            return set("skiplock", value);
        }

        /**
         * Sets {@code timeout}, checked at once.
         *
         * @param value timeout (integer, optional)
         * @return this builder
         */
        public VmShutdown timeout(long value) {
            return set("timeout", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/status/start} (starts qmstart or hastart).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static VmStart vmStart(String node, long vmid) {
        return new VmStart(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/status/start} (starts qmstart or hastart). */
    public static final class VmStart extends TypedTaskRequest<VmStart> {

        private VmStart(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/status/start");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code force-cpu}, checked at once.
         *
         * @param value force-cpu (string, optional)
         * @return this builder
         */
        public VmStart forceCpu(String value) {
            return set("force-cpu", value);
        }

        /**
         * Sets {@code machine}, checked at once.
         *
         * @param value machine (string, object:aw-bits,enable-s3,enable-s4,type,viommu, optional)
         * @return this builder
         */
        public VmStart machine(String value) {
            return set("machine", value);
        }

        /**
         * Sets {@code migratedfrom}, checked at once.
         *
         * @param value migratedfrom (string, pve-node, optional)
         * @return this builder
         */
        public VmStart migratedfrom(String value) {
            return set("migratedfrom", value);
        }

        /**
         * Sets {@code migration_network}, checked at once.
         *
         * @param value migration_network (string, CIDR, optional)
         * @return this builder
         */
        public VmStart migrationNetwork(String value) {
            return set("migration_network", value);
        }

        /**
         * Sets {@code migration_type}, checked at once.
         *
         * @param value migration_type (string, optional), one of secure, insecure
         * @return this builder
         */
        public VmStart migrationType(String value) {
            return set("migration_type", value);
        }

        /**
         * Sets {@code nets-host-mtu}, checked at once.
         *
         * @param value nets-host-mtu (string, optional)
         * @return this builder
         */
        public VmStart netsHostMtu(String value) {
            return set("nets-host-mtu", value);
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

        /**
         * Sets {@code stateuri}, checked at once.
         *
         * @param value stateuri (string, optional)
         * @return this builder
         */
        public VmStart stateuri(String value) {
            return set("stateuri", value);
        }

        /**
         * Sets {@code targetstorage}, checked at once.
         *
         * @param value targetstorage (string, storage-pair-list, optional)
         * @return this builder
         */
        public VmStart targetstorage(String value) {
            return set("targetstorage", value);
        }

        /**
         * Sets {@code timeout}, checked at once.
         *
         * @param value timeout (integer, optional), default &lt;non-literal&gt;
         * @return this builder
         */
        public VmStart timeout(long value) {
            return set("timeout", value);
        }

        /**
         * Sets {@code with-conntrack-state}, checked at once.
         *
         * @param value with-conntrack-state (boolean, optional), default 0
         * @return this builder
         */
        public VmStart withConntrackState(boolean value) {
            return set("with-conntrack-state", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/status/stop} (starts qmstop or hastop).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static VmStop vmStop(String node, long vmid) {
        return new VmStop(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/status/stop} (starts qmstop or hastop). */
    public static final class VmStop extends TypedTaskRequest<VmStop> {

        private VmStop(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/status/stop");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code keepActive}, checked at once.
         *
         * @param value keepActive (boolean, optional), default 0
         * @return this builder
         */
        public VmStop keepActive(boolean value) {
            return set("keepActive", value);
        }

        /**
         * Sets {@code migratedfrom}, checked at once.
         *
         * @param value migratedfrom (string, pve-node, optional)
         * @return this builder
         */
        public VmStop migratedfrom(String value) {
            return set("migratedfrom", value);
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

        /**
         * Sets {@code timeout}, checked at once.
         *
         * @param value timeout (integer, optional)
         * @return this builder
         */
        public VmStop timeout(long value) {
            return set("timeout", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/status/suspend} (starts qmpause or qmsuspend).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static VmSuspend vmSuspend(String node, long vmid) {
        return new VmSuspend(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/status/suspend} (starts qmpause or qmsuspend). */
    public static final class VmSuspend extends TypedTaskRequest<VmSuspend> {

        private VmSuspend(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/status/suspend");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code skiplock}, checked at once.
         *
         * @param value skiplock (boolean, optional)
         * @return this builder
         */
        public VmSuspend skiplock(boolean value) {
            return set("skiplock", value);
        }

        /**
         * Sets {@code statestorage}, checked at once.
         *
         * @param value statestorage (string, pve-storage-id, optional)
         * @return this builder
         */
        public VmSuspend statestorage(String value) {
            return set("statestorage", value);
        }

        /**
         * Sets {@code todisk}, checked at once.
         *
         * @param value todisk (boolean, optional), default 0
         * @return this builder
         */
        public VmSuspend todisk(boolean value) {
            return set("todisk", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/template} (starts qmtemplate).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Template template(String node, long vmid) {
        return new Template(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/template} (starts qmtemplate). */
    public static final class Template extends TypedTaskRequest<Template> {

        private Template(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/template");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code disk}, checked at once.
         *
         * @param value disk (string, optional), one of ide0, ide1, ide2, ide3, scsi0, scsi1, scsi2, scsi3, scsi4, scsi5, scsi6, scsi7, scsi8, scsi9, scsi10, scsi11, scsi12, scsi13, scsi14, scsi15, scsi16, scsi17, scsi18, scsi19, scsi20, scsi21, scsi22, scsi23, scsi24, scsi25, scsi26, scsi27, scsi28, scsi29, scsi30, virtio0, virtio1, virtio2, virtio3, virtio4, virtio5, virtio6, virtio7, virtio8, virtio9, virtio10, virtio11, virtio12, virtio13, virtio14, virtio15, sata0, sata1, sata2, sata3, sata4, sata5, efidisk0, tpmstate0
         * @return this builder
         */
        public Template disk(String value) {
            return set("disk", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/termproxy} (starts vncproxy).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Termproxy termproxy(String node, long vmid) {
        return new Termproxy(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/termproxy} (starts vncproxy). */
    public static final class Termproxy extends TypedTaskRequest<Termproxy> {

        private Termproxy(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/termproxy");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code serial}, checked at once.
         *
         * @param value serial (string, optional), one of serial0, serial1, serial2, serial3
         * @return this builder
         */
        public Termproxy serial(String value) {
            return set("serial", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/vncproxy} (starts vncproxy).
     *
     * @param node node (string, pve-node, required)
     * @param vmid vmid (integer, pve-vmid, required)
     * @return the builder; optional parameters are its setters
     */
    public static Vncproxy vncproxy(String node, long vmid) {
        return new Vncproxy(node, vmid);
    }

    /** Builder of {@code POST /nodes/{node}/qemu/{vmid}/vncproxy} (starts vncproxy). */
    public static final class Vncproxy extends TypedTaskRequest<Vncproxy> {

        private Vncproxy(String node, long vmid) {
            super(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/vncproxy");
            set("node", node);
            set("vmid", vmid);
        }

        /**
         * Sets {@code generate-password}, checked at once.
         *
         * @param value generate-password (boolean, optional), default 0
         * @return this builder
         */
        public Vncproxy generatePassword(boolean value) {
            return set("generate-password", value);
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
    }
}
