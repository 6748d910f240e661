@NullMarked
package nl.kopgroep.agreement.ui;

import org.jspecify.annotations.NullMarked;
