/** Coach review: the queue of shared entries, the depth rubric, the comment library and private coach notes. */
@NullMarked
package nl.kopgroep.review;

import org.jspecify.annotations.NullMarked;
