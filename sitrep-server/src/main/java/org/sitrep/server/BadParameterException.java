package org.sitrep.server;

/**
 * A request parameter (query parameter, path parameter, header or body field) that is missing or
 * invalid: answered with status 400 and {@code {"error": message, "parameter": parameter}}.
 */
public final class BadParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    /**
     * @param parameter the name of the offending parameter, e.g. {@code limit} or {@code body}
     * @param message what is wrong with it, for the client
     */
    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
