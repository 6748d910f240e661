package nl.kopgroep.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.kopgroep.base.OrganisationId;

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    /** The organisation that runs this installation (the programme's regisseur); its admins see all. */
    @Column(nullable = false)
    private boolean host;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String code, String name, boolean host, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.host = host;
        this.createdAt = createdAt;
    }

    OrganisationId id() {
        return new OrganisationId(id);
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    boolean host() {
        return host;
    }

    boolean active() {
        return active;
    }
}
