package io.github.pvetasks.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Percent-encoding for paths, queries and form bodies. Everything but RFC 3986's unreserved
 * characters is encoded, so UPIDs ({@code :}, {@code @}, {@code !}, {@code >}) and volume ids
 * ({@code /}) travel safely, and a space is {@code %20} (never {@code +}, which Proxmox VE keeps
 * as a literal plus).
 */
public final class UriEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEncoding() {
    }

    /**
     * @param value any text
     * @return the text with every byte outside {@code A-Za-z0-9-._~} written as {@code %XX}
     */
    public static String encode(String value) {
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            if (!isUnreserved(value.charAt(i))) {
                sb = new StringBuilder(value.length() + 16).append(value, 0, i);
                appendEncoded(sb, value.substring(i));
                break;
            }
        }
        return sb == null ? value : sb.toString();
    }

    private static void appendEncoded(StringBuilder sb, String rest) {
        for (byte b : rest.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isUnreserved(c)) {
                sb.append(c);
            } else {
                sb.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /**
     * @param prefix the API prefix, such as {@code /api2/json}
     * @param segments unencoded path segments
     * @return the prefix followed by each encoded segment after a '/'
     */
    public static String path(String prefix, List<String> segments) {
        StringBuilder sb = new StringBuilder(prefix);
        for (String s : segments) {
            sb.append('/').append(encode(s));
        }
        return sb.toString();
    }

    /**
     * @param parameters unencoded names and values
     * @return {@code name=value&...}, encoded; empty for no parameters
     */
    public static String form(Map<String, ?> parameters) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, ?> e : parameters.entrySet()) {
            // a list is a repeated key (PBS's statusfilter=ok&statusfilter=error)
            Iterable<?> values = e.getValue() instanceof Iterable ? (Iterable<?>) e.getValue() : List.of(e.getValue());
            for (Object value : values) {
                if (sb.length() > 0) {
                    sb.append('&');
                }
                sb.append(encode(e.getKey())).append('=').append(encode(String.valueOf(value)));
            }
        }
        return sb.toString();
    }
}
