/** The application's HTTP behaviour around Vaadin's static files: how long browsers keep them (issue 16). */
@NullMarked
package nl.kopgroep.base.web;

import org.jspecify.annotations.NullMarked;
