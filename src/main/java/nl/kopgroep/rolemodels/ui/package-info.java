/** The role models' pages: the directory with requests, the requests to handle, the administrators' directory. */
@NullMarked
package nl.kopgroep.rolemodels.ui;

import org.jspecify.annotations.NullMarked;
