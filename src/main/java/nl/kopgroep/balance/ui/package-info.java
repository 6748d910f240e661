@NullMarked
package nl.kopgroep.balance.ui;

import org.jspecify.annotations.NullMarked;
