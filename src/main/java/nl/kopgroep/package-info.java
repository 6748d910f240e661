@NullMarked
package nl.kopgroep;

import org.jspecify.annotations.NullMarked;
