@NullMarked
package nl.kopgroep.security.ui;

import org.jspecify.annotations.NullMarked;
