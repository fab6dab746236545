package org.podium.accounts;

/** A fan account with that e-mail address exists already. */
public class EmailAlreadyRegistered extends RuntimeException {

    public EmailAlreadyRegistered(String email) {
        super("An account already exists for " + email);
    }
}
