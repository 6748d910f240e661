package nl.kopgroep.joint;

import nl.kopgroep.DemoUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo's joint programme and its people, for the joint programme's tests. */
final class JointFixture {

    static final String LINDENDAL_ADMIN = "beheer@lindendal.nl";
    static final String LINDENDAL_MANAGER = "manager@lindendal.nl";
    static final String[] LINDENDAL_NAMES = {"Iris Kok", "Sem Vermeulen", "Yara Dekker", "Lucas Brouwer"};

    private JointFixture() {
    }

    static JointProgrammeId demo(JdbcClient jdbc) {
        return new JointProgrammeId(jdbc.sql("SELECT id FROM joint_programme WHERE name = ?")
                .param(DemoJointProgramme.NAME).query(Long.class).single());
    }

    static void as(UserDetailsService users, String email) {
        DemoUsers.signIn(users, email);
    }

    static long idOf(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
    }

    static long organisationOf(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT organisation_id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
    }
}
