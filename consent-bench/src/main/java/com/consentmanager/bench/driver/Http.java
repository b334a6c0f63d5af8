package com.consentmanager.bench.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The driver's HTTP calls, with HttpURLConnection (synchronous, keep-alive, cheap per request: on a
 * two-core machine the clients share the CPU with the server and the database).
 */
final class Http {

    private Http() {
    }

    /** GET; the body read to its end; the status must be 200. */
    static byte[] get(String url, String authorization) {
        return call("GET", url, authorization);
    }

    static int post(String url, String authorization, String json) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Authorization", authorization);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
            int status = connection.getResponseCode();
            InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            if (body != null) {
                body.readAllBytes();
                body.close();
            }
            return status;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name=value lines of a text answer. */
    static Map<String, String> lines(String url) {
        Map<String, String> values = new LinkedHashMap<>();
        new String(get(url, null), StandardCharsets.UTF_8).lines().filter(line -> line.contains("=")).forEach(line ->
                values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return values;
    }

    /** Streams a GET body to its end without keeping it; returns the number of lines. */
    static long countLines(String url, String authorization) {
        try {
            HttpURLConnection connection = open(url, authorization);
            if (connection.getResponseCode() != 200) {
                throw new IllegalStateException(url + " answered " + connection.getResponseCode());
            }
            long lines = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream body = connection.getInputStream()) {
                for (int read; (read = body.read(buffer)) > 0; ) {
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] call(String method, String url, String authorization) {
        try {
            HttpURLConnection connection = open(url, authorization);
            connection.setRequestMethod(method);
            int status = connection.getResponseCode();
            if (status != 200) {
                InputStream error = connection.getErrorStream();
                String text = error == null ? "" : new String(error.readAllBytes(), StandardCharsets.UTF_8);
                throw new IllegalStateException(method + " " + url + " answered " + status + " " + text);
            }
            try (InputStream in = connection.getInputStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpURLConnection open(String url, String authorization) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(600_000);
        if (authorization != null) {
            connection.setRequestProperty("Authorization", authorization);
        }
        return connection;
    }
}
