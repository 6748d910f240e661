@NullMarked
package nl.kopgroep.review.ui;

import org.jspecify.annotations.NullMarked;
