/** The pages of the bijeenkomsten: the participant's list and detail, planning, hosting and management. */
@NullMarked
package nl.kopgroep.sessions.ui;

import org.jspecify.annotations.NullMarked;
