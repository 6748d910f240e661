package nl.kopgroep.security;

/** The signed-in person's second factor: on or off, whether their roles require it, recovery codes left. */
public record SecondFactorStatus(boolean enrolled, boolean required, int recoveryCodesLeft) {
}
