/**
 * The benchmark harness: generates realistic forms and times {@code consolidate} end to end against a
 * naive POI usermodel read of the same files, each in a fresh JVM. Run with {@code mvn -Pbench verify}.
 */
package org.kpiconsolidator.bench;
