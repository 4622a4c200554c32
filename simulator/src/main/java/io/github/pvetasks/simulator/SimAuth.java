package io.github.pvetasks.simulator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users, API tokens, tickets and CSRF tokens as Proxmox VE issues and checks them: tickets
 * {@code PVE:<user>:<8-hex time>::<signature>} valid 2 h (plus 5 min for clock skew), CSRF tokens
 * {@code <8-hex time>:<signature>}, and token headers split at the last '='.
 */
final class SimAuth {

    static final Duration TICKET_LIFETIME = Duration.ofHours(2);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Who made a request. */
    record Caller(String authId, boolean token, boolean privileged) {
        /** @return user@realm without a token part */
        String user() {
            int bang = authId.lastIndexOf('!');
            return token && bang > 0 ? authId.substring(0, bang) : authId;
        }
    }

    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Set<String> unprivileged = ConcurrentHashMap.newKeySet();
    private final byte[] ticketKey = new byte[32];
    private final byte[] csrfKey = new byte[32];

    /** {@code PVE} or {@code PBS}: the first field of a ticket. */
    private final String ticketPrefix;

    SimAuth() {
        this("PVE");
    }

    SimAuth(String ticketPrefix) {
        this.ticketPrefix = ticketPrefix;
        SecureRandom r = new SecureRandom();
        r.nextBytes(ticketKey);
        r.nextBytes(csrfKey);
    }

    void addUser(String user, String password, boolean privileged) {
        passwords.put(user, password);
        if (!privileged) {
            unprivileged.add(user);
        }
    }

    void addToken(String tokenId, String secret, boolean privileged) {
        tokens.put(tokenId, secret);
        if (!privileged) {
            unprivileged.add(tokenId);
        }
    }

    boolean privileged(String authId) {
        return !unprivileged.contains(authId);
    }

    /** @return the user when the password (or a valid ticket of that user, for renewal) matches */
    Optional<String> login(String user, String password, Instant now) {
        String expected = passwords.get(user);
        if (expected != null && constantTimeEquals(expected, password)) {
            return Optional.of(user);
        }
        return verifyTicket(password, now).filter(u -> u.equals(user));
    }

    String issueTicket(String user, Instant now) {
        String plain = ticketPrefix + ":" + user + ":" + hex(now);
        return plain + "::" + sign(ticketKey, plain);
    }

    Optional<String> verifyTicket(String ticket, Instant now) {
        int sep = ticket.indexOf("::");
        if (!ticket.startsWith(ticketPrefix + ":") || sep < 0) {
            return Optional.empty();
        }
        String plain = ticket.substring(0, sep);
        if (!constantTimeEquals(sign(ticketKey, plain), ticket.substring(sep + 2))) {
            return Optional.empty();
        }
        String[] parts = plain.split(":");
        if (parts.length != 3 || !fresh(parts[2], now)) {
            return Optional.empty();
        }
        return Optional.of(parts[1]);
    }

    String issueCsrf(String user, Instant now) {
        String ts = hex(now);
        return ts + ":" + sign(csrfKey, ts + ":" + user);
    }

    boolean verifyCsrf(String token, String user, Instant now) {
        int colon = token == null ? -1 : token.indexOf(':');
        if (colon != 8) {
            return false;
        }
        String ts = token.substring(0, 8);
        return fresh(ts, now) && constantTimeEquals(sign(csrfKey, ts + ":" + user), token.substring(9));
    }

    /** @return whether the token exists and the secret is its own */
    boolean tokenMatches(String tokenId, String secret) {
        String expected = tokens.get(tokenId);
        return expected != null && constantTimeEquals(expected, secret);
    }

    /** @return the token id when the header value is {@code USER@REALM!ID=SECRET} with the right secret */
    Optional<String> verifyToken(String value) {
        int eq = value.lastIndexOf('=');
        if (eq < 0) {
            return Optional.empty();
        }
        String id = value.substring(0, eq);
        String secret = tokens.get(id);
        return secret != null && constantTimeEquals(secret, value.substring(eq + 1)) ? Optional.of(id) : Optional.empty();
    }

    private static boolean fresh(String hexTime, Instant now) {
        try {
            long issued = Long.parseLong(hexTime, 16);
            long age = now.getEpochSecond() - issued;
            return age >= -CLOCK_SKEW.getSeconds() && age <= TICKET_LIFETIME.getSeconds() + CLOCK_SKEW.getSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String hex(Instant t) {
        return String.format(Locale.ROOT, "%08X", t.getEpochSecond());
    }

    private static String sign(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            // Standard Base64 with padding, so tickets carry '+', '/' and '=' as real ones do.
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
