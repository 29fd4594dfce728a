package com.momentverse.account;

import com.momentverse.admin.AuditLog;
import com.momentverse.common.StateConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an administrator may change on an account, and that each change, and only a change, is audited. */
class AccountAdminServiceTest {

    private static final Set<Role> ADMIN = EnumSet.of(Role.USER, Role.ADMIN);
    private static final Set<Role> USER = EnumSet.of(Role.USER);

    private final Map<UUID, Account> stored = new HashMap<>();
    private final List<String> audited = new ArrayList<>();
    private AccountAdminService service;
    private Account admin;
    private Account user;

    @BeforeEach
    void wire() {
        service = new AccountAdminService();
        service.accounts = new AccountRepository() {
            @Override
            public Optional<Account> find(UUID id) {
                return Optional.ofNullable(stored.get(id));
            }
        };
        service.audit = new AuditLog() {
            @Override
            public void record(String actor, String action, String subject, String detail) {
                audited.add(actor + " " + action + " " + subject);
            }
        };
        admin = account("Admin");
        admin.grantAdmin();
        user = account("User");
    }

    @Test
    void promotingDemotingDisablingAndEnablingAreEachAuditedWithTheAdministrator() {
        service.update(admin.getId(), user.getId(), ADMIN, null);
        service.update(admin.getId(), user.getId(), USER, null);
        service.update(admin.getId(), user.getId(), null, true);
        service.update(admin.getId(), user.getId(), null, false);
        String subject = " account:" + user.getId();
        assertThat(audited).containsExactly(
                admin.getId() + " account.admin-granted" + subject,
                admin.getId() + " account.admin-revoked" + subject,
                admin.getId() + " account.disabled" + subject,
                admin.getId() + " account.enabled" + subject);
    }

    @Test
    void askingForWhatAlreadyIsChangesAndRecordsNothing() {
        service.update(admin.getId(), user.getId(), USER, false);
        service.update(admin.getId(), admin.getId(), ADMIN, false);
        assertThat(audited).isEmpty();
        assertThat(user.isAdmin()).isFalse();
        assertThat(admin.isAdmin()).isTrue();
    }

    @Test
    void anAdministratorCannotDemoteOrDisableThemselves() {
        assertThatThrownBy(() -> service.update(admin.getId(), admin.getId(), USER, null))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> service.update(admin.getId(), admin.getId(), null, true))
                .isInstanceOf(StateConflictException.class);
        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.isDisabled()).isFalse();
        assertThat(audited).isEmpty();
    }

    private Account account(String name) {
        Account account = new Account(name, name.toLowerCase() + "@example.test", "hash", Instant.now());
        stored.put(account.getId(), account);
        return account;
    }
}
