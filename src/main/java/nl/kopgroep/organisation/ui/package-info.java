@NullMarked
package nl.kopgroep.organisation.ui;

import org.jspecify.annotations.NullMarked;
