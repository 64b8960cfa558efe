/** Startup: the JavaFX application, its command line, and what it remembers between runs. */
package org.balancingact.app;
