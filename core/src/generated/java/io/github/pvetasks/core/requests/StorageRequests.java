package io.github.pvetasks.core.requests;

import io.github.pvetasks.core.spi.HttpMethod;

import javax.annotation.processing.Generated;

/**
 * Storage and disks: downloads, volumes, backups' pruning, disk initialisation and wiping, local storages.
 *
 * <p>Generated from the facts table ({@code pve-api/task-endpoints.tsv}) by {@code RequestsGenerator};
 * do not edit. Each factory takes the required parameters; optional ones are named setters; every
 * value is checked as it is set, and {@code build()} gives a {@link io.github.pvetasks.core.TaskRequest}.
 */
@Generated(value = "io.github.pvetasks.core.requests.RequestsGenerator", comments = "from pve-api/task-endpoints.tsv")
public final class StorageRequests {

    private StorageRequests() {
    }

    /**
     * {@code POST /nodes/{node}/disks/directory} (starts dircreate).
     *
     * @param node node (string, pve-node, required)
     * @param device device (string, required)
     * @param name name (string, pve-storage-id, required)
     * @return the builder; optional parameters are its setters
     */
    public static CreateDirectory createDirectory(String node, String device, String name) {
        return new CreateDirectory(node, device, name);
    }

    /** Builder of {@code POST /nodes/{node}/disks/directory} (starts dircreate). */
    public static final class CreateDirectory extends TypedTaskRequest<CreateDirectory> {

        private CreateDirectory(String node, String device, String name) {
            super(HttpMethod.POST, "/nodes/{node}/disks/directory");
            set("node", node);
            set("device", device);
            set("name", name);
        }

        /**
         * Sets {@code add_storage}, checked at once.
         *
         * @param value add_storage (boolean, optional), default 0
         * @return this builder
         */
        public CreateDirectory addStorage(boolean value) {
            return set("add_storage", value);
        }

        /**
         * Sets {@code filesystem}, checked at once.
         *
         * @param value filesystem (string, optional), default ext4, one of ext4, xfs
         * @return this builder
         */
        public CreateDirectory filesystem(String value) {
            return set("filesystem", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/disks/directory/{name}} (starts dirremove).
     *
     * @param node node (string, pve-node, required)
     * @param name name (string, pve-storage-id, required)
     * @return the builder; optional parameters are its setters
     */
    public static DeleteDirectory deleteDirectory(String node, String name) {
        return new DeleteDirectory(node, name);
    }

    /** Builder of {@code DELETE /nodes/{node}/disks/directory/{name}} (starts dirremove). */
    public static final class DeleteDirectory extends TypedTaskRequest<DeleteDirectory> {

        private DeleteDirectory(String node, String name) {
            super(HttpMethod.DELETE, "/nodes/{node}/disks/directory/{name}");
            set("node", node);
            set("name", name);
        }

        /**
         * Sets {@code cleanup-config}, checked at once.
         *
         * @param value cleanup-config (boolean, optional), default 0
         * @return this builder
         */
        public DeleteDirectory cleanupConfig(boolean value) {
            return set("cleanup-config", value);
        }

        /**
         * Sets {@code cleanup-disks}, checked at once.
         *
         * @param value cleanup-disks (boolean, optional), default 0
         * @return this builder
         */
        public DeleteDirectory cleanupDisks(boolean value) {
            return set("cleanup-disks", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/disks/initgpt} (starts diskinit).
     *
     * @param node node (string, pve-node, required)
     * @param disk disk (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Initgpt initgpt(String node, String disk) {
        return new Initgpt(node, disk);
    }

    /** Builder of {@code POST /nodes/{node}/disks/initgpt} (starts diskinit). */
    public static final class Initgpt extends TypedTaskRequest<Initgpt> {

        private Initgpt(String node, String disk) {
            super(HttpMethod.POST, "/nodes/{node}/disks/initgpt");
            set("node", node);
            set("disk", disk);
        }

        /**
         * Sets {@code uuid}, checked at once.
         *
         * @param value uuid (string, optional)
         * @return this builder
         */
        public Initgpt uuid(String value) {
            return set("uuid", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/disks/lvm} (starts lvmcreate).
     *
     * @param node node (string, pve-node, required)
     * @param device device (string, required)
     * @param name name (string, pve-storage-id, required)
     * @return the builder; optional parameters are its setters
     */
    public static CreateLvm createLvm(String node, String device, String name) {
        return new CreateLvm(node, device, name);
    }

    /** Builder of {@code POST /nodes/{node}/disks/lvm} (starts lvmcreate). */
    public static final class CreateLvm extends TypedTaskRequest<CreateLvm> {

        private CreateLvm(String node, String device, String name) {
            super(HttpMethod.POST, "/nodes/{node}/disks/lvm");
            set("node", node);
            set("device", device);
            set("name", name);
        }

        /**
         * Sets {@code add_storage}, checked at once.
         *
         * @param value add_storage (boolean, optional), default 0
         * @return this builder
         */
        public CreateLvm addStorage(boolean value) {
            return set("add_storage", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/disks/lvm/{name}} (starts lvmremove).
     *
     * @param node node (string, pve-node, required)
     * @param name name (string, pve-storage-id, required)
     * @return the builder; optional parameters are its setters
     */
    public static DeleteLvm deleteLvm(String node, String name) {
        return new DeleteLvm(node, name);
    }

    /** Builder of {@code DELETE /nodes/{node}/disks/lvm/{name}} (starts lvmremove). */
    public static final class DeleteLvm extends TypedTaskRequest<DeleteLvm> {

        private DeleteLvm(String node, String name) {
            super(HttpMethod.DELETE, "/nodes/{node}/disks/lvm/{name}");
            set("node", node);
            set("name", name);
        }

        /**
         * Sets {@code cleanup-config}, checked at once.
         *
         * @param value cleanup-config (boolean, optional), default 0
         * @return this builder
         */
        public DeleteLvm cleanupConfig(boolean value) {
            return set("cleanup-config", value);
        }

        /**
         * Sets {@code cleanup-disks}, checked at once.
         *
         * @param value cleanup-disks (boolean, optional), default 0
         * @return this builder
         */
        public DeleteLvm cleanupDisks(boolean value) {
            return set("cleanup-disks", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/disks/lvmthin} (starts lvmthincreate).
     *
     * @param node node (string, pve-node, required)
     * @param device device (string, required)
     * @param name name (string, pve-storage-id, required)
     * @return the builder; optional parameters are its setters
     */
    public static CreateLvmthin createLvmthin(String node, String device, String name) {
        return new CreateLvmthin(node, device, name);
    }

    /** Builder of {@code POST /nodes/{node}/disks/lvmthin} (starts lvmthincreate). */
    public static final class CreateLvmthin extends TypedTaskRequest<CreateLvmthin> {

        private CreateLvmthin(String node, String device, String name) {
            super(HttpMethod.POST, "/nodes/{node}/disks/lvmthin");
            set("node", node);
            set("device", device);
            set("name", name);
        }

        /**
         * Sets {@code add_storage}, checked at once.
         *
         * @param value add_storage (boolean, optional), default 0
         * @return this builder
         */
        public CreateLvmthin addStorage(boolean value) {
            return set("add_storage", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/disks/lvmthin/{name}} (starts lvmthinremove).
     *
     * @param node node (string, pve-node, required)
     * @param name name (string, pve-storage-id, required)
     * @param volumeGroup volume-group (string, pve-storage-id, required)
     * @return the builder; optional parameters are its setters
     */
    public static DeleteLvmthin deleteLvmthin(String node, String name, String volumeGroup) {
        return new DeleteLvmthin(node, name, volumeGroup);
    }

    /** Builder of {@code DELETE /nodes/{node}/disks/lvmthin/{name}} (starts lvmthinremove). */
    public static final class DeleteLvmthin extends TypedTaskRequest<DeleteLvmthin> {

        private DeleteLvmthin(String node, String name, String volumeGroup) {
            super(HttpMethod.DELETE, "/nodes/{node}/disks/lvmthin/{name}");
            set("node", node);
            set("name", name);
            set("volume-group", volumeGroup);
        }

        /**
         * Sets {@code cleanup-config}, checked at once.
         *
         * @param value cleanup-config (boolean, optional), default 0
         * @return this builder
         */
        public DeleteLvmthin cleanupConfig(boolean value) {
            return set("cleanup-config", value);
        }

        /**
         * Sets {@code cleanup-disks}, checked at once.
         *
         * @param value cleanup-disks (boolean, optional), default 0
         * @return this builder
         */
        public DeleteLvmthin cleanupDisks(boolean value) {
            return set("cleanup-disks", value);
        }
    }

    /**
     * {@code PUT /nodes/{node}/disks/wipedisk} (starts wipedisk).
     *
     * @param node node (string, pve-node, required)
     * @param disk disk (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static WipeDisk wipeDisk(String node, String disk) {
        return new WipeDisk(node, disk);
    }

    /** Builder of {@code PUT /nodes/{node}/disks/wipedisk} (starts wipedisk). */
    public static final class WipeDisk extends TypedTaskRequest<WipeDisk> {

        private WipeDisk(String node, String disk) {
            super(HttpMethod.PUT, "/nodes/{node}/disks/wipedisk");
            set("node", node);
            set("disk", disk);
        }
    }

    /**
     * {@code POST /nodes/{node}/disks/zfs} (starts zfscreate).
     *
     * @param node node (string, pve-node, required)
     * @param devices devices (string, string-list, required)
     * @param name name (string, pve-storage-id, required)
     * @param raidlevel raidlevel (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static CreateZfs createZfs(String node, String devices, String name, String raidlevel) {
        return new CreateZfs(node, devices, name, raidlevel);
    }

    /** Builder of {@code POST /nodes/{node}/disks/zfs} (starts zfscreate). */
    public static final class CreateZfs extends TypedTaskRequest<CreateZfs> {

        private CreateZfs(String node, String devices, String name, String raidlevel) {
            super(HttpMethod.POST, "/nodes/{node}/disks/zfs");
            set("node", node);
            set("devices", devices);
            set("name", name);
            set("raidlevel", raidlevel);
        }

        /**
         * Sets {@code add_storage}, checked at once.
         *
         * @param value add_storage (boolean, optional), default 0
         * @return this builder
         */
        public CreateZfs addStorage(boolean value) {
            return set("add_storage", value);
        }

        /**
         * Sets {@code ashift}, checked at once.
         *
         * @param value ashift (integer, optional), default 12
         * @return this builder
         */
        public CreateZfs ashift(long value) {
            return set("ashift", value);
        }

        /**
         * Sets {@code compression}, checked at once.
         *
         * @param value compression (string, optional), default on, one of on, off, gzip, lz4, lzjb, zle, zstd
         * @return this builder
         */
        public CreateZfs compression(String value) {
            return set("compression", value);
        }

        /**
         * Sets {@code draid-config}, checked at once.
         *
         * @param value draid-config (string, object:data,spares, optional)
         * @return this builder
         */
        public CreateZfs draidConfig(String value) {
            return set("draid-config", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/disks/zfs/{name}} (starts zfsremove).
     *
     * @param node node (string, pve-node, required)
     * @param name name (string, pve-storage-id, required)
     * @return the builder; optional parameters are its setters
     */
    public static DeleteZfs deleteZfs(String node, String name) {
        return new DeleteZfs(node, name);
    }

    /** Builder of {@code DELETE /nodes/{node}/disks/zfs/{name}} (starts zfsremove). */
    public static final class DeleteZfs extends TypedTaskRequest<DeleteZfs> {

        private DeleteZfs(String node, String name) {
            super(HttpMethod.DELETE, "/nodes/{node}/disks/zfs/{name}");
            set("node", node);
            set("name", name);
        }

        /**
         * Sets {@code cleanup-config}, checked at once.
         *
         * @param value cleanup-config (boolean, optional), default 0
         * @return this builder
         */
        public DeleteZfs cleanupConfig(boolean value) {
            return set("cleanup-config", value);
        }

        /**
         * Sets {@code cleanup-disks}, checked at once.
         *
         * @param value cleanup-disks (boolean, optional), default 0
         * @return this builder
         */
        public DeleteZfs cleanupDisks(boolean value) {
            return set("cleanup-disks", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/storage/{storage}/content/{volume}} (starts imgdel).
     *
     * @param node node (string, pve-node, required)
     * @param storage storage (string, pve-storage-id, required)
     * @param volume volume (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static DeleteContent deleteContent(String node, String storage, String volume) {
        return new DeleteContent(node, storage, volume);
    }

    /** Builder of {@code DELETE /nodes/{node}/storage/{storage}/content/{volume}} (starts imgdel). */
    public static final class DeleteContent extends TypedTaskRequest<DeleteContent> {

        private DeleteContent(String node, String storage, String volume) {
            super(HttpMethod.DELETE, "/nodes/{node}/storage/{storage}/content/{volume}");
            set("node", node);
            set("storage", storage);
            set("volume", volume);
        }

        /**
         * Sets {@code delay}, checked at once.
         *
         * @param value delay (integer, optional)
         * @return this builder
         */
        public DeleteContent delay(long value) {
            return set("delay", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/storage/{storage}/content/{volume}} (starts imgcopy).
     *
     * @param node node (string, pve-node, required)
     * @param storage storage (string, pve-storage-id, required)
     * @param volume volume (string, required)
     * @param target target (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Copy copy(String node, String storage, String volume, String target) {
        return new Copy(node, storage, volume, target);
    }

    /** Builder of {@code POST /nodes/{node}/storage/{storage}/content/{volume}} (starts imgcopy). */
    public static final class Copy extends TypedTaskRequest<Copy> {

        private Copy(String node, String storage, String volume, String target) {
            super(HttpMethod.POST, "/nodes/{node}/storage/{storage}/content/{volume}");
            set("node", node);
            set("storage", storage);
            set("volume", volume);
            set("target", target);
        }

        /**
         * Sets {@code target_node}, checked at once.
         *
         * @param value target_node (string, pve-node, optional)
         * @return this builder
         */
        public Copy targetNode(String value) {
            return set("target_node", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/storage/{storage}/download-url} (starts download).
     *
     * @param node node (string, pve-node, required)
     * @param storage storage (string, pve-storage-id, required)
     * @param content content (string, pve-storage-content, required)
     * @param filename filename (string, required)
     * @param url url (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static DownloadUrl downloadUrl(String node, String storage, String content, String filename, String url) {
        return new DownloadUrl(node, storage, content, filename, url);
    }

    /** Builder of {@code POST /nodes/{node}/storage/{storage}/download-url} (starts download). */
    public static final class DownloadUrl extends TypedTaskRequest<DownloadUrl> {

        private DownloadUrl(String node, String storage, String content, String filename, String url) {
            super(HttpMethod.POST, "/nodes/{node}/storage/{storage}/download-url");
            set("node", node);
            set("storage", storage);
            set("content", content);
            set("filename", filename);
            set("url", url);
        }

        /**
         * Sets {@code checksum}, checked at once.
         *
         * @param value checksum (string, optional)
         * @return this builder
         */
        public DownloadUrl checksum(String value) {
            return set("checksum", value);
        }

        /**
         * Sets {@code checksum-algorithm}, checked at once.
         *
         * @param value checksum-algorithm (string, optional), one of md5, sha1, sha224, sha256, sha384, sha512
         * @return this builder
         */
        public DownloadUrl checksumAlgorithm(String value) {
            return set("checksum-algorithm", value);
        }

        /**
         * Sets {@code compression}, checked at once.
         *
         * @param value compression (string, optional)
         * @return this builder
         */
        public DownloadUrl compression(String value) {
            return set("compression", value);
        }

        /**
         * Sets {@code verify-certificates}, checked at once.
         *
         * @param value verify-certificates (boolean, optional), default 1
         * @return this builder
         */
        public DownloadUrl verifyCertificates(boolean value) {
            return set("verify-certificates", value);
        }
    }

    /**
     * {@code GET /nodes/{node}/storage/{storage}/file-restore/download} (starts pbs-download). It never answers the task's UPID: find the task in the node's list by worker type and start time.
     *
     * @param node node (string, pve-node, required)
     * @param storage storage (string, pve-storage-id, required)
     * @param filepath filepath (string, required)
     * @param volume volume (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Download download(String node, String storage, String filepath, String volume) {
        return new Download(node, storage, filepath, volume);
    }

    /** Builder of {@code GET /nodes/{node}/storage/{storage}/file-restore/download} (starts pbs-download). */
    public static final class Download extends TypedTaskRequest<Download> {

        private Download(String node, String storage, String filepath, String volume) {
            super(HttpMethod.GET, "/nodes/{node}/storage/{storage}/file-restore/download");
            set("node", node);
            set("storage", storage);
            set("filepath", filepath);
            set("volume", volume);
        }

        /**
         * Sets {@code tar}, checked at once.
         *
         * @param value tar (boolean, optional), default 0
         * @return this builder
         */
        public Download tar(boolean value) {
            return set("tar", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/storage/{storage}/oci-registry-pull} (starts ociregistrypull).
     *
     * @param node node (string, pve-node, required)
     * @param storage storage (string, pve-storage-id, required)
     * @param reference reference (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static OciRegistryPull ociRegistryPull(String node, String storage, String reference) {
        return new OciRegistryPull(node, storage, reference);
    }

    /** Builder of {@code POST /nodes/{node}/storage/{storage}/oci-registry-pull} (starts ociregistrypull). */
    public static final class OciRegistryPull extends TypedTaskRequest<OciRegistryPull> {

        private OciRegistryPull(String node, String storage, String reference) {
            super(HttpMethod.POST, "/nodes/{node}/storage/{storage}/oci-registry-pull");
            set("node", node);
            set("storage", storage);
            set("reference", reference);
        }

        /**
         * Sets {@code filename}, checked at once.
         *
         * @param value filename (string, optional)
         * @return this builder
         */
        public OciRegistryPull filename(String value) {
            return set("filename", value);
        }
    }

    /**
     * {@code DELETE /nodes/{node}/storage/{storage}/prunebackups} (starts prunebackups).
     *
     * @param node node (string, pve-node, required)
     * @param storage storage (string, pve-storage-id, required)
     * @return the builder; optional parameters are its setters
     */
    public static DeletePrunebackups deletePrunebackups(String node, String storage) {
        return new DeletePrunebackups(node, storage);
    }

    /** Builder of {@code DELETE /nodes/{node}/storage/{storage}/prunebackups} (starts prunebackups). */
    public static final class DeletePrunebackups extends TypedTaskRequest<DeletePrunebackups> {

        private DeletePrunebackups(String node, String storage) {
            super(HttpMethod.DELETE, "/nodes/{node}/storage/{storage}/prunebackups");
            set("node", node);
            set("storage", storage);
        }

        /**
         * Sets {@code prune-backups}, checked at once.
         *
         * @param value prune-backups (string, prune-backups, optional)
         * @return this builder
         */
        public DeletePrunebackups pruneBackups(String value) {
            return set("prune-backups", value);
        }

        /**
         * Sets {@code type}, checked at once.
         *
         * @param value type (string, optional), one of qemu, lxc
         * @return this builder
         */
        public DeletePrunebackups type(String value) {
            return set("type", value);
        }

        /**
         * Sets {@code vmid}, checked at once.
         *
         * @param value vmid (integer, pve-vmid, optional)
         * @return this builder
         */
        public DeletePrunebackups vmid(long value) {
            return set("vmid", value);
        }
    }

    /**
     * {@code POST /nodes/{node}/storage/{storage}/upload} (starts imgcopy).
     *
     * @param node node (string, pve-node, required)
     * @param storage storage (string, pve-storage-id, required)
     * @param content content (string, pve-storage-content, required)
     * @param filename filename (string, required)
     * @return the builder; optional parameters are its setters
     */
    public static Upload upload(String node, String storage, String content, String filename) {
        return new Upload(node, storage, content, filename);
    }

    /** Builder of {@code POST /nodes/{node}/storage/{storage}/upload} (starts imgcopy). */
    public static final class Upload extends TypedTaskRequest<Upload> {

        private Upload(String node, String storage, String content, String filename) {
            super(HttpMethod.POST, "/nodes/{node}/storage/{storage}/upload");
            set("node", node);
            set("storage", storage);
            set("content", content);
            set("filename", filename);
        }

        /**
         * Sets {@code checksum}, checked at once.
         *
         * @param value checksum (string, optional)
         * @return this builder
         */
        public Upload checksum(String value) {
            return set("checksum", value);
        }

        /**
         * Sets {@code checksum-algorithm}, checked at once.
         *
         * @param value checksum-algorithm (string, optional), one of md5, sha1, sha224, sha256, sha384, sha512
         * @return this builder
         */
        public Upload checksumAlgorithm(String value) {
            return set("checksum-algorithm", value);
        }

        /**
         * Sets {@code tmpfilename}, checked at once.
         *
         * @param value tmpfilename (string, optional)
         * @return this builder
         */
        public Upload tmpfilename(String value) {
            return set("tmpfilename", value);
        }
    }
}
