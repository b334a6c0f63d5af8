package com.consentmanager.receipt.control;

import java.util.Objects;

/**
 * The data controller as the receipt names it (ISO/IEC TS 27560 "data controller", Kantara
 * "piiControllers").
 *
 * @param name    the company's name
 * @param contact where the person exercises their rights: an email address or an http(s) address
 */
public record DataController(String name, String contact) {

    public DataController {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contact, "contact");
    }
}
