@NullMarked
package nl.kopgroep.programme.ui;

import org.jspecify.annotations.NullMarked;
