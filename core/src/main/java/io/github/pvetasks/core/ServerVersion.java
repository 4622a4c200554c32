package io.github.pvetasks.core;

/**
 * What {@code GET /version} answers: the server's version, release and repository id. Any
 * authenticated user may read it, which makes it the cheapest check that a server is reachable,
 * the certificate pin holds and the credentials work.
 *
 * @param version the version, such as {@code 9.1.1}
 * @param release the release, such as {@code 9.1}
 * @param repoId the repository id of the build, empty when the server gives none
 */
public record ServerVersion(String version, String release, String repoId) {

    /**
     * @param version the version
     * @param release the release
     * @param repoId the repository id, empty when the server gives none
     */
    public ServerVersion {
        PveIdentifiers.requireNonNull(version, "version");
        PveIdentifiers.requireNonNull(release, "release");
        PveIdentifiers.requireNonNull(repoId, "repository id");
    }
}
