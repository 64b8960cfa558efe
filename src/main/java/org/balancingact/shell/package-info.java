/**
 * The main window around the three views: menus, toolbar, details of the selection, status bar, and
 * the problems list shown when a file cannot be opened. It composes views; it never draws them.
 */
package org.balancingact.shell;
