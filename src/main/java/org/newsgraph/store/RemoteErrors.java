package org.newsgraph.store;

import java.net.http.HttpRequest;

/** Turns a refused write into a message that says what to do. */
final class RemoteErrors {
    private static final int MAX_BODY = 300;

    private RemoteErrors() {
    }

    static RemoteStoreException of(int status, String body, HttpRequest request, String user, String what) {
        String where = request.method() + " " + request.uri().toString().replaceAll("\\?.*", "");
        String advice = switch (status) {
            case 401 -> "the server did not accept the password of user '" + user + "' (HTTP 401 Unauthorized)."
                    + " Check the password (--password-file or " + ServerCredentials.PASSWORD_ENV + ") against the"
                    + " server's --password-file";
            case 403 -> "user '" + user + "' may not write (HTTP 403 Forbidden): writes need a user in role admin"
                    + " in the server's --password-file";
            case 404, 405 -> "the server has no write endpoint there (HTTP " + status + "). Start it with"
                    + " 'newsgraph serve --allow-update --password-file FILE' and give the dataset URL,"
                    + " e.g. http://127.0.0.1:3030/newsgraph";
            case 413 -> "the request was too large for the server (HTTP 413 Payload Too Large): use smaller"
                    + " batches (--batch)";
            default -> "the server answered HTTP " + status + snippet(body);
        };
        return new RemoteStoreException("cannot write " + what + " (" + where + "): " + advice, status, null);
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String s = body.strip().replaceAll("\\s+", " ");
        return ": " + (s.length() > MAX_BODY ? s.substring(0, MAX_BODY) + "..." : s);
    }
}
