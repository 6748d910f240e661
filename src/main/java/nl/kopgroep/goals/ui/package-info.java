@NullMarked
package nl.kopgroep.goals.ui;

import org.jspecify.annotations.NullMarked;
