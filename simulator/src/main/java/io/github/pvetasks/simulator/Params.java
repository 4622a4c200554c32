package io.github.pvetasks.simulator;

import io.github.pvetasks.core.ExitStatus;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The API's parameter rules, with the server's own error texts. */
final class Params {

    private Params() {
    }

    static String required(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null) {
            throw ApiError.param(name, "property is missing and it is not optional");
        }
        return v;
    }

    static long vmidParam(Map<String, String> params, String name) {
        String v = required(params, name);
        if (!v.matches("[1-9][0-9]{2,8}")) {
            throw ApiError.param(name, "invalid format - value does not look like a valid VM ID");
        }
        return Long.parseLong(v);
    }

    static long pathVmid(String text) {
        if (!text.matches("[1-9][0-9]{2,8}")) {
            throw ApiError.param("vmid", "invalid format - value does not look like a valid VM ID");
        }
        return Long.parseLong(text);
    }

    static void onlyParams(Map<String, String> params, Set<String> allowed) {
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                throw ApiError.param(name, "property is not defined in schema and the schema does not allow additional properties");
            }
        }
    }

    static long intParam(Map<String, String> params, String name, long dflt) {
        String v = params.get(name);
        if (v == null) {
            return dflt;
        }
        if (!v.matches("-?[0-9]+")) {
            throw ApiError.param(name, "type check ('integer') failed - got '" + v + "'");
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiError.param(name, "type check ('integer') failed - got '" + v + "'");
        }
        if (n < 0) {
            throw ApiError.param(name, "value must have a minimum value of 0");
        }
        return n;
    }

    static long signedIntParam(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null || !v.matches("-?[0-9]{1,18}")) {
            throw ApiError.param(name, "type check ('integer') failed - got '" + v + "'");
        }
        return Long.parseLong(v);
    }

    static boolean boolParam(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null) {
            return false;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "1": case "true": case "yes": case "on": return true;
            case "0": case "false": case "no": case "off": return false;
            default: throw ApiError.param(name, "type check ('boolean') failed - got '" + v + "'");
        }
    }

    static Set<String> statusFilter(String v) {
        Set<String> out = new HashSet<>();
        if (v == null) {
            return out;
        }
        for (String s : v.split("[,;\\s]+")) {
            if (s.isEmpty()) {
                continue;
            }
            String k = s.toLowerCase(Locale.ROOT);
            if (!Set.of("ok", "warning", "error", "unknown").contains(k)) {
                throw ApiError.param("statusfilter", "invalid format - value '" + s + "' does not look like a valid task status type");
            }
            out.add(k);
        }
        return out;
    }
}
