/** The settings of a run: one immutable value, validated once when it is built. */
package org.kpiconsolidator.config;
