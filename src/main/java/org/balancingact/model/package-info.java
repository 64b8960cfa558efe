/**
 * The immutable model of a timeline: events, actors, dated relations, verbatim quotes and their sources.
 * Pure Java on purpose: it never imports JavaFX, so the reader, the index and the command line share it
 * with the views, and it can be tested without a toolkit.
 */
package org.balancingact.model;
