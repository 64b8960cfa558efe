/**
 * The main window around the three views: menus, toolbar with search (Ctrl+F) and filters, the
 * breadcrumb that says what is filtered and selected, details of the selection with reference links
 * opened only through {@link org.balancingact.shell.LinkOpener}, status bar, and the problems list.
 * It composes views; it never draws them.
 */
package org.balancingact.shell;
