@NullMarked
package nl.kopgroep.base.yaml;

import org.jspecify.annotations.NullMarked;
