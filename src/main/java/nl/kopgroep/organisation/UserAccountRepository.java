package nl.kopgroep.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    List<UserAccount> findByOrganisationIdOrderByDisplayNameAsc(Long organisationId);

    List<UserAccount> findByIdInOrderByDisplayNameAsc(Collection<Long> ids);

    Optional<UserAccount> findByIdAndOrganisationId(Long id, Long organisationId);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role")
    boolean existsWithRole(Role role);

    @Query("select u.organisationId, count(u) from UserAccount u group by u.organisationId")
    List<Object[]> countPerOrganisation();

    @Query("select u.id, u.displayName from UserAccount u where u.id in :ids")
    List<Object[]> displayNames(Collection<Long> ids);

    /**
     * What each request checks, in one statement by primary key: account and municipality active, the
     * security stamp, and one row per role (a single row with a null role when the account has none).
     */
    @Query("""
            select u.active, o.active, u.securityStamp, r from UserAccount u
            join Organisation o on o.id = u.organisationId left join u.roles r where u.id = :id""")
    List<Object[]> sessionState(Long id);

    /** Replaces the hash only while it is still the one just verified (a password set meanwhile wins). */
    @Modifying
    @Query("update UserAccount u set u.passwordHash = :newHash, u.version = u.version + 1"
            + " where u.id = :id and u.passwordHash = :verifiedHash")
    int replacePasswordHash(Long id, String verifiedHash, String newHash);
}
