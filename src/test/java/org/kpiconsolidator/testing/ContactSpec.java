package org.kpiconsolidator.testing;

/** The person responsible for the report, as printed under the block's title lines. Samples use fictional people. */
public record ContactSpec(String person, String position, String phone) {
}
