package nl.kopgroep.rolemodels;

import nl.kopgroep.base.UserId;

/** A request was accepted, declined or its meeting logged; the participant hears of it. */
public record RoleModelAnswered(long request, UserId participant, String answererName) {
}
