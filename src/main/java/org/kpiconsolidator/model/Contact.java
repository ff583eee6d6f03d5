package org.kpiconsolidator.model;

import java.io.Serializable;

/**
 * The person responsible for the report. Personal data: outputs leave it out unless a run asks
 * for contacts.
 */
public record Contact(String person, String position, String phone) implements Serializable {

    public static final Contact NONE = new Contact("", "", "");
}
