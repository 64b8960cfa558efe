/**
 * The words of the user interface in English, Belarusian, Russian and Ukrainian. Pure Java and
 * dependent on nothing else in the app, so every layer, from the date words of the model to the
 * menus of the shell, says things the same way.
 */
package org.balancingact.i18n;
