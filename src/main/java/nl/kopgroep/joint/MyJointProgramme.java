package nl.kopgroep.joint;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The joint programme as a participant sees it: its name, the taking-part municipalities (names only), the
 * regiegemeente, the opgaven, and the participant's own WORK goals with the opgave each is linked to.
 */
public record MyJointProgramme(JointProgrammeRef ref, String regieName, List<String> municipalities,
                               List<JointOpgave> opgaven, List<MyGoal> goals) {

    public record MyGoal(long id, String title, List<String> commitments, @Nullable Long opgave) {
    }
}
