/**
 * Presenting to a class: the stage (its own composition of a timeline strip, the step's network and the
 * key quote in large type), the tour's navigation, the presenter console on a second screen and the
 * choice of screens. It composes the views and writes only the explorer state; it never reaches into the
 * workbench ({@code shell}), which hooks it in through the classroom.
 */
package org.balancingact.present;
