/**
 * Personal data under the person's control (AVG): each feature contributes its part
 * ({@link nl.kopgroep.privacy.PersonalDataPart}); this package collects them for the person's own
 * download ({@link nl.kopgroep.privacy.MyDataService}), for an administrator's erasure of a person who
 * left ({@link nl.kopgroep.privacy.ErasureService}) and for the nightly retention job. It sits low in the
 * feature chain (above {@code security}) so that every feature, the organisation included, can implement
 * the contract; it never names another feature's tables.
 */
@NullMarked
package nl.kopgroep.privacy;

import org.jspecify.annotations.NullMarked;
