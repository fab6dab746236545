package org.podium.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

/**
 * Malformed variants of one OpenAPI operation, from its parameters and request body schema. Each
 * variant breaks one thing of a request otherwise shaped as the schema says; the well-shaped
 * request itself is never sent (it might be accepted and change state).
 */
final class FuzzVariants {

    /** One request: what it breaks, and the request itself. */
    record Variant(String what, HttpMethod method, String uri, @Nullable String body, @Nullable String contentType) {
    }

    /** A JSON token written as is (a number too large for any type, an escape a string cannot hold). */
    private record Raw(String token) {
    }

    private static final List<String> BAD_PATH_VALUES = List.of("%00", "%ED%A0%80", "a".repeat(3000), "1e999999", "-1",
            "99999999999999999999", "%20");
    private static final List<String> BAD_QUERY_VALUES = List.of("%00", "%ED%A0%80", "a".repeat(3000), "1e999999", "-1",
            "99999999999999999999", "%2B300000-01-01T00:00:00Z", "2024-13-45T99:99:99Z", "");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final JsonNode docs;
    private final String path;
    private final HttpMethod method;
    private final JsonNode operation;

    FuzzVariants(JsonNode docs, String path, String method, JsonNode operation) {
        this.docs = docs;
        this.path = path;
        this.method = HttpMethod.valueOf(method);
        this.operation = operation;
    }

    List<Variant> all() {
        var variants = new ArrayList<Variant>();
        var pathParameters = new LinkedHashMap<String, String>();
        var queryParameters = new LinkedHashMap<String, String>();
        for (var parameter : operation.path("parameters")) {
            var resolved = resolve(parameter);
            var sample = sampleText(resolve(resolved.path("schema")));
            switch (resolved.path("in").asString("")) {
                case "path" -> pathParameters.put(resolved.path("name").asString(), sample);
                case "query" -> {
                    if (resolved.path("required").asBoolean(false)) {
                        queryParameters.put(resolved.path("name").asString(), sample);
                    }
                }
                default -> {
                }
            }
        }
        var body = operation.path("requestBody").path("content");
        var contentType = body.propertyNames().stream().findFirst().orElse(null);
        var jsonSchema = body.has("application/json") ? resolve(body.path("application/json").path("schema")) : null;
        var sampleBody = jsonSchema != null ? toJson(sample(jsonSchema, 0)) : contentType != null ? "x" : null;

        for (var name : pathParameters.keySet()) {
            for (var bad : BAD_PATH_VALUES) {
                var values = new LinkedHashMap<>(pathParameters);
                values.put(name, bad);
                variants.add(new Variant("path " + name + "=" + abbreviate(bad), method, uri(values, queryParameters), sampleBody, contentType));
            }
        }
        for (var parameter : operation.path("parameters")) {
            var resolved = resolve(parameter);
            if (!resolved.path("in").asString("").equals("query")) {
                continue;
            }
            for (var bad : BAD_QUERY_VALUES) {
                var query = new LinkedHashMap<>(queryParameters);
                query.put(resolved.path("name").asString(), bad);
                var broken = uri(pathParameters, query);
                if (method == HttpMethod.GET || method == HttpMethod.DELETE || sampleBody != null) {
                    variants.add(new Variant("query " + resolved.path("name").asString() + "=" + abbreviate(bad), method, broken,
                            sampleBody, contentType));
                }
            }
        }
        var target = uri(pathParameters, queryParameters);
        if (jsonSchema != null) {
            for (var raw : List.of("", "{", "null", "[]", "\"text\"", "123", "[".repeat(5000), "{\"a\":\"" + "x".repeat(200_000) + "\"}")) {
                variants.add(new Variant("body " + abbreviate(raw), method, target, raw, "application/json"));
            }
            var base = sample(jsonSchema, 0);
            for (var broken : brokenFields(base, jsonSchema, "")) {
                variants.add(new Variant("field " + broken.getKey(), method, target, toJson(broken.getValue()), "application/json"));
            }
            variants.add(new Variant("content type text/plain", method, target, toJson(base), "text/plain"));
            variants.add(new Variant("content type application/xml", method, target, "<a/>", "application/xml"));
        } else if (contentType != null && !contentType.startsWith("multipart")) {
            for (var raw : List.of("a\u0000b", "\ud800", "x".repeat(11 * 1024 * 1024))) {
                variants.add(new Variant("body " + abbreviate(raw), method, target, raw, contentType));
            }
            variants.add(new Variant("content type application/xml", method, target, "<a/>", "application/xml"));
        }
        return variants;
    }

    /** For each field (to three levels), the whole body with that one field broken in each way its type allows. */
    private List<Map.Entry<String, Object>> brokenFields(Object value, JsonNode schema, String at) {
        var broken = new ArrayList<Map.Entry<String, Object>>();
        if (!(value instanceof Map<?, ?> object) || at.chars().filter(c -> c == '.').count() > 3) {
            return broken;
        }
        var properties = schema.path("properties");
        for (var name : properties.propertyNames()) {
            var fieldSchema = resolve(properties.path(name));
            var field = at + "." + name;
            var replacements = new LinkedHashMap<String, Object>();
            replacements.put("null", new Raw("null"));
            replacements.put("missing", null);
            switch (type(fieldSchema)) {
                case "string" -> {
                    replacements.put("a number", 123);
                    replacements.put("an object", Map.of());
                    replacements.put("NUL", new Raw("\"a\\u0000b\""));
                    replacements.put("lone surrogate", new Raw("\"\\ud800\""));
                    replacements.put("100k chars", "x".repeat(100_000));
                    if (fieldSchema.path("format").asString("").startsWith("date")) {
                        replacements.put("year 300000", "+300000-01-01T00:00:00Z");
                        replacements.put("impossible date", "2024-02-30T25:61:00Z");
                    }
                }
                case "integer", "number" -> {
                    replacements.put("a string", "abc");
                    replacements.put("1e999999", new Raw("1e999999"));
                    replacements.put("1.5", new Raw("1.5"));
                    replacements.put("-1", new Raw("-1"));
                    replacements.put("2^70", new Raw("1180591620717411303424"));
                    replacements.put("a 5000-digit number", new Raw("9".repeat(5000)));
                }
                case "boolean" -> replacements.put("a string", "yes");
                case "array" -> {
                    replacements.put("an object", Map.of());
                    replacements.put("[null]", new Raw("[null]"));
                    replacements.put("[NUL]", new Raw("[\"a\\u0000b\"]"));
                }
                default -> replacements.put("a string", "x");
            }
            for (var replacement : replacements.entrySet()) {
                var copy = new LinkedHashMap<Object, Object>(object);
                if (replacement.getValue() == null) {
                    copy.remove(name);
                } else {
                    copy.put(name, replacement.getValue());
                }
                broken.add(Map.entry(field + " " + replacement.getKey(), copy));
            }
            if (object.get(name) instanceof Map<?, ?> && type(fieldSchema).equals("object")) {
                for (var inner : brokenFields(object.get(name), fieldSchema, field)) {
                    var copy = new LinkedHashMap<Object, Object>(object);
                    copy.put(name, inner.getValue());
                    broken.add(Map.entry(inner.getKey(), copy));
                }
            }
            if (object.get(name) instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map<?, ?>) {
                for (var inner : brokenFields(list.getFirst(), resolve(fieldSchema.path("items")), field + "[0]")) {
                    var copy = new LinkedHashMap<Object, Object>(object);
                    copy.put(name, List.of(inner.getValue()));
                    broken.add(Map.entry(inner.getKey(), copy));
                }
            }
        }
        return broken;
    }

    /** A value shaped as the schema says. */
    private Object sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        return switch (type(schema)) {
            case "object" -> {
                var object = new LinkedHashMap<Object, Object>();
                if (depth < 4) {
                    for (var name : schema.path("properties").propertyNames()) {
                        object.put(name, sample(schema.path("properties").path(name), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> depth < 4 ? List.of(sample(schema.path("items"), depth + 1)) : List.of();
            case "integer" -> 1;
            case "number" -> 1.0;
            case "boolean" -> true;
            default -> sampleText(schema);
        };
    }

    private static String sampleText(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").path(0).asString("X");
        }
        return switch (schema.path("format").asString("")) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date-time" -> "2024-07-27T10:00:00Z";
            case "date" -> "2024-07-27";
            case "int32", "int64" -> "1";
            default -> type(schema).equals("integer") ? "1" : "X";
        };
    }

    private static String type(JsonNode schema) {
        var type = schema.path("type");
        if (type.isArray()) {
            for (var t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private JsonNode resolve(JsonNode node) {
        for (var combined : List.of("allOf", "oneOf", "anyOf")) {
            if (node.has(combined)) {
                return resolve(node.path(combined).path(0));
            }
        }
        if (node.has("$ref")) {
            var ref = node.path("$ref").asString();
            var target = docs;
            for (var part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            return resolve(target);
        }
        return node;
    }

    private String uri(Map<String, String> pathValues, Map<String, String> query) {
        var matcher = PARAMETER.matcher(path);
        var uri = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(uri, java.util.regex.Matcher.quoteReplacement(pathValues.getOrDefault(matcher.group(1), "X")));
        }
        matcher.appendTail(uri);
        var separator = "?";
        for (var parameter : query.entrySet()) {
            uri.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = "&";
        }
        return uri.toString();
    }

    static String samplePath(String path) {
        return PARAMETER.matcher(path).replaceAll("X");
    }

    private static String toJson(Object value) {
        return switch (value) {
            case null -> "null";
            case Raw raw -> raw.token();
            case String text -> "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case Map<?, ?> map -> {
                var out = new StringBuilder("{");
                map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(toJson(String.valueOf(k))).append(':').append(toJson(v)));
                yield out.append('}').toString();
            }
            case List<?> list -> {
                var out = new StringBuilder("[");
                list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(toJson(v)));
                yield out.append(']').toString();
            }
            default -> String.valueOf(value);
        };
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 20) + "...(" + text.length() + " chars)" : text;
    }
}
