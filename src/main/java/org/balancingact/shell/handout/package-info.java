/**
 * The printable handout drawn for paper: fonts it embeds, text set in lines and columns over pages, and
 * the timeline figure (a broken time axis, lanes of labelled marks, a legend), all drawn as vectors into
 * an OpenPDF document. Nothing here knows the shell: {@code shell.HandoutPages} decides what goes where.
 */
package org.balancingact.shell.handout;
