@NullMarked
package nl.kopgroep.privacy.ui;

import org.jspecify.annotations.NullMarked;
