package io.github.pvetasks.core;

import java.util.regex.Pattern;

/** Proxmox's own character rules for user and token ids ({@code pve-access-control}). */
final class CredentialRules {

    /** {@code user@realm!tokenname}: user {@code [^\\s:/]+}, realm and token a letter then 1+ of {@code [A-Za-z0-9.-_]}. */
    static final Pattern TOKEN_ID = Pattern.compile("[^\\s:/@]+@[A-Za-z][A-Za-z0-9.\\-_]+![A-Za-z][A-Za-z0-9.\\-_]+");
    /** {@code user@realm}. */
    static final Pattern USER_ID = Pattern.compile("[^\\s:/@]+@[A-Za-z][A-Za-z0-9.\\-_]+");

    /** The realm and token name rule in words, for error messages. */
    static final String NAME_RULE = "start with a letter followed by 1 or more letters, digits, '.', '-' or '_'";

    private CredentialRules() {
    }
}
