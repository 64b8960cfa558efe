/**
 * Fast questions about a timeline: which events overlap a stretch of time, which relations are in
 * force at a date, what changed between two dates, and text search in any script. Pure Java, so it can
 * be benchmarked and tested without a toolkit; views ask it so that only what is visible costs anything.
 */
package org.balancingact.index;
