package io.github.pvetasks.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One parameter of a task-starting endpoint, with the facts Proxmox VE's schema states about it
 * (type, optional, enum, format, pattern, bounds), and the check of a value against them.
 * Immutable.
 */
public final class EndpointParam {

    /** Where the parameter travels. */
    public enum Location {
        /** In the path, such as {@code {node}}. */
        PATH,
        /** In the form body. */
        BODY,
        /** In the query string. */
        QUERY
    }

    private static final Pattern NODE = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9\\-]*[a-zA-Z0-9])?");
    private static final Pattern VMID = Pattern.compile("[1-9][0-9]{2,8}");
    private static final Pattern STORAGE = Pattern.compile("[a-z][a-z0-9\\-_.]*[a-z0-9]");
    private static final Pattern CONFIG_ID = Pattern.compile("[a-z][a-z0-9_]{1,40}");
    private static final Pattern VMID_LIST = Pattern.compile("[1-9][0-9]{2,8}([,;\\s]+[1-9][0-9]{2,8})*");

    private final String name;
    private final Location location;
    private final String type;
    private final boolean optional;
    private final String defaultValue;
    private final List<String> enumValues;
    private final String format;
    private final Pattern pattern;
    private final Double minimum;
    private final Double maximum;
    private final Integer maxLength;
    private final Integer minLength;

    EndpointParam(String name, Location location, String type, boolean optional, String defaultValue, List<String> enumValues,
                  String format, String pattern, Double minimum, Double maximum, Integer maxLength, Integer minLength) {
        this.name = name;
        this.location = location;
        this.type = type;
        this.optional = optional;
        this.defaultValue = defaultValue;
        this.enumValues = List.copyOf(enumValues);
        this.format = format;
        this.pattern = compile(pattern);
        this.minimum = minimum;
        this.maximum = maximum;
        this.maxLength = maxLength;
        this.minLength = minLength;
    }

    private static Pattern compile(String perlPattern) {
        if (perlPattern == null || perlPattern.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(perlPattern);
        } catch (PatternSyntaxException e) {
            return null; // a Perl construct Java does not read: the other checks still hold
        }
    }

    /** @return the name, as the API spells it */
    public String name() {
        return name;
    }

    /** @return where it travels */
    public Location location() {
        return location;
    }

    /** @return the schema type: string, integer, number, boolean or array */
    public String type() {
        return type;
    }

    /** @return whether the call may leave it out */
    public boolean optional() {
        return optional;
    }

    /** @return the server's default, if the schema states one */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** @return the allowed values, empty when any value of the type is allowed */
    public List<String> enumValues() {
        return enumValues;
    }

    /** @return the schema's format name ({@code pve-vmid}, {@code pve-node}, ...), if any */
    public Optional<String> format() {
        return Optional.ofNullable(format);
    }

    /**
     * @return a value this parameter's checks accept (its first enum value, or one shaped by its
     *         type, format and name), for examples, help texts and tests; the server may still
     *         refuse it for what only the server knows (an unknown VM, a busy disk)
     */
    public String example() {
        if (!enumValues.isEmpty()) {
            return enumValues.get(0);
        }
        String f = format == null ? "" : format;
        switch (type) {
            case "boolean": return "1";
            case "integer": case "number":
                if (f.equals("pve-vmid") || name.equals("vmid") || name.equals("newid")) {
                    return "150";
                }
                return minimum == null ? "1" : plain(Math.max(minimum, Math.min(1, maximum == null ? 1 : maximum)));
            default: break;
        }
        switch (f) {
            case "pve-node": return "pve1";
            case "pve-vmid": return "150";
            case "pve-vmid-list": return "100,101";
            case "pve-storage-id": return "local";
            case "pve-configid": return "scsi0";
            default: break;
        }
        switch (name) {
            case "snapname": return "before_upgrade";
            case "fingerprint": return String.join(":", java.util.Collections.nCopies(32, "AB"));
            case "size": return "+10G";
            case "url": return "https://example.com/debian.iso";
            case "reference": return "docker.io/library/alpine:3.20";
            case "disk": return pattern != null && pattern.pattern().contains("/dev/") ? "/dev/sdb" : "scsi0";
            default: return "a";
        }
    }

    /**
     * Checks a value as the server would, for the rules that matter before sending.
     *
     * @param value the value as it will be sent
     * @return the value to send ({@code 1}/{@code 0} for booleans)
     * @throws IllegalArgumentException naming the parameter and the value when it is wrong
     */
    public String check(String value) {
        if (value == null) {
            throw new IllegalArgumentException("parameter '" + name + "' needs a value");
        }
        switch (type) {
            case "boolean": return bool(value);
            case "integer": return number(value, true);
            case "number": return number(value, false);
            default: break;
        }
        if (!enumValues.isEmpty() && !enumValues.contains(value)) {
            throw bad(value, "is not one of " + enumValues);
        }
        if (maxLength != null && value.length() > maxLength) {
            throw bad(value, "is longer than " + maxLength + " characters");
        }
        if (minLength != null && value.length() < minLength) {
            throw bad(value, "is shorter than " + minLength + " characters");
        }
        checkFormat(value);
        if (pattern != null && !pattern.matcher(value).matches()) {
            throw bad(value, "does not match " + pattern.pattern());
        }
        return value;
    }

    private String bool(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "1": case "true": case "yes": case "on": return "1";
            case "0": case "false": case "no": case "off": return "0";
            default: throw bad(value, "is not a boolean (1/0, true/false)");
        }
    }

    private String number(String value, boolean integer) {
        double d;
        try {
            d = integer ? Long.parseLong(value.trim()) : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw bad(value, "is not " + (integer ? "an integer" : "a number"));
        }
        if (minimum != null && d < minimum) {
            throw bad(value, "is below the minimum " + plain(minimum));
        }
        if (maximum != null && d > maximum) {
            throw bad(value, "is above the maximum " + plain(maximum));
        }
        return value.trim();
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private void checkFormat(String value) {
        if (format == null) {
            return;
        }
        Pattern p;
        switch (format) {
            case "pve-node": p = NODE; break;
            case "pve-vmid": p = VMID; break;
            case "pve-storage-id": p = STORAGE; break;
            case "pve-configid": p = CONFIG_ID; break;
            case "pve-vmid-list": p = VMID_LIST; break;
            default: return; // other formats are checked by the server
        }
        if (!p.matcher(value).matches()) {
            throw bad(value, "is not a valid " + format);
        }
    }

    private IllegalArgumentException bad(String value, String why) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean secret = lower.contains("password") || lower.contains("secret") || lower.contains("token") || lower.contains("key");
        String shown = secret ? "<hidden>" : value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return new IllegalArgumentException("parameter '" + name + "': value '" + shown + "' " + why);
    }

    @Override
    public String toString() {
        return name + " (" + type + (format != null ? ", " + format : "") + (optional ? ", optional" : ", required") + ")";
    }
}
