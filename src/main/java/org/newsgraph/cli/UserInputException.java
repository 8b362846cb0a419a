package org.newsgraph.cli;

/** A problem with what the user asked for (a missing directory, a bad option value), reported without a stack trace. */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }
}
