@NullMarked
package nl.kopgroep.home.ui;

import org.jspecify.annotations.NullMarked;
