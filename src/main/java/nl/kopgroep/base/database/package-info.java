@NullMarked
package nl.kopgroep.base.database;

import org.jspecify.annotations.NullMarked;
