package io.github.pvetasks.core;

/**
 * How a client authenticates: an API token (stateless, no CSRF) or a user and password (a
 * ticket, renewed automatically). Secrets never appear in {@code toString()}.
 */
public sealed interface Credentials {

    /**
     * @param tokenId the full token id, {@code user@realm!tokenname}
     * @param secret the token secret (a UUID)
     * @return token credentials
     * @throws IllegalArgumentException naming the token id when it is malformed or the secret is missing
     */
    static Credentials apiToken(String tokenId, String secret) {
        return new ApiToken(tokenId, secret);
    }

    /**
     * @param token the whole token as Proxmox VE shows it, {@code user@realm!tokenname=secret}, or
     *        as Proxmox Backup Server writes it, {@code user@realm!tokenname:secret}
     * @return token credentials
     * @throws IllegalArgumentException when there is no secret part or the id is malformed
     */
    static Credentials apiToken(String token) {
        if (token == null) {
            throw new IllegalArgumentException("API token must not be null");
        }
        // The secret follows the first '=' (PVE) or ':' (PBS) after the '!': token names hold neither.
        // Without a '!' the id is malformed anyway; split at '=' so the id check names what is wrong.
        int bang = token.indexOf('!');
        int eq = bang < 0 ? token.lastIndexOf('=') : firstOf(token, bang, '=', ':');
        if (eq < 0) {
            // Echo it only when it is plainly an id: a lone secret pasted by mistake must not reach a log.
            String shown = CredentialRules.TOKEN_ID.matcher(token).matches() ? "API token '" + token + "'" : "the API token";
            throw new IllegalArgumentException(shown + " has no secret: expected USER@REALM!TOKENID=SECRET (or :SECRET)");
        }
        return new ApiToken(token.substring(0, eq), token.substring(eq + 1));
    }

    private static int firstOf(String s, int from, char a, char b) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param userId the user, {@code user@realm} (such as {@code root@pam})
     * @param password the password
     * @return password credentials; the client logs in for a ticket and renews it
     */
    static Credentials password(String userId, String password) {
        return new UserPassword(userId, password);
    }

    /** An API token. */
    final class ApiToken implements Credentials {
        private final String tokenId;
        private final String secret;

        private ApiToken(String tokenId, String secret) {
            if (tokenId == null || !CredentialRules.TOKEN_ID.matcher(tokenId).matches()) {
                throw new IllegalArgumentException("invalid API token id '" + tokenId
                        + "': expected USER@REALM!TOKENNAME, such as root@pam!automation, where realm and token name "
                        + CredentialRules.NAME_RULE);
            }
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("API token '" + tokenId + "' has no secret");
            }
            this.tokenId = tokenId;
            this.secret = secret;
        }

        /** @return the token id, {@code user@realm!tokenname} */
        public String tokenId() {
            return tokenId;
        }

        /** @return the secret; handle with care, never log it */
        public String secret() {
            return secret;
        }

        @Override
        public String toString() {
            return "ApiToken[" + tokenId + ", secret=***]";
        }
    }

    /** A user and password. */
    final class UserPassword implements Credentials {
        private final String userId;
        private final String password;

        private UserPassword(String userId, String password) {
            if (userId == null || !CredentialRules.USER_ID.matcher(userId).matches()) {
                throw new IllegalArgumentException("invalid user id '" + userId + "': expected USER@REALM, such as root@pam, where the realm "
                        + CredentialRules.NAME_RULE);
            }
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("password for '" + userId + "' must not be empty");
            }
            this.userId = userId;
            this.password = password;
        }

        /** @return the user, {@code user@realm} */
        public String userId() {
            return userId;
        }

        /** @return the password; handle with care, never log it */
        public String password() {
            return password;
        }

        @Override
        public String toString() {
            return "UserPassword[" + userId + ", password=***]";
        }
    }
}
