/** The joint programme's pages: administration, the participant's view and the joint dashboard. */
@NullMarked
package nl.kopgroep.joint.ui;

import org.jspecify.annotations.NullMarked;
