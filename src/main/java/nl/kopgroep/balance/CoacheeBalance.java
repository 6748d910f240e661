package nl.kopgroep.balance;

import nl.kopgroep.base.UserId;

/** A coachee's balance as their coach sees it: journal entries only as far as shared with the coach. */
public record CoacheeBalance(UserId participant, String name, RoleBalance balance) {
}
