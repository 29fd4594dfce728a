package com.momentverse.admin;

import com.momentverse.account.Account;
import com.momentverse.account.AccountRepository;
import com.momentverse.common.NewestFirst;
import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Administrators read the audit log: searched, newest first, in pages, with each acting account's
 * address beside its id. Reading only: the log is written by {@link AuditLog} and never changed.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AuditTrail {

    @Inject
    AuditRepository entries;

    @Inject
    AccountRepository accounts;

    /**
     * The entries that match, newest first. An actor given as an e-mail address stands for that
     * account (no entry matches an address without an account).
     */
    public Slice<AuditView> search(AuditFilter filter, PageRequest page) {
        AuditFilter resolved = filter;
        if (filter.actor() != null && filter.actor().contains("@")) {
            Optional<Account> actor = accounts.findByEmail(filter.actor());
            if (actor.isEmpty()) {
                return new Slice<>(List.of(), null);
            }
            resolved = new AuditFilter(actor.get().getId().toString(), filter.action(), filter.subject(),
                    filter.from(), filter.until());
        }
        NewestFirst after = page.cursor() == null ? null : NewestFirst.fromCursor(page.cursor());
        Slice<AuditEntry> found = Slice.ofOverread(entries.search(resolved, after, page.limit() + 1), page.limit(),
                entry -> new NewestFirst(entry.getAt(), entry.getId()).toCursor());
        return withActors(found.items(), found.nextCursor());
    }

    /** Every entry about one thing ("account:&lt;id&gt;", "order:&lt;id&gt;"), newest first. */
    public List<AuditView> about(String subject) {
        List<AuditEntry> newestFirst = new ArrayList<>(entries.about(subject));
        Collections.reverse(newestFirst);
        return withActors(newestFirst, null).items();
    }

    private Slice<AuditView> withActors(List<AuditEntry> found, String nextCursor) {
        Set<UUID> ids = found.stream().map(entry -> accountId(entry.getActor())).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Map<String, String> emails = accounts.findAll(ids).stream()
                .collect(Collectors.toMap(account -> account.getId().toString(), Account::getEmail));
        Function<AuditEntry, AuditView> view = entry -> new AuditView(entry.getAt(), entry.getActor(),
                emails.get(entry.getActor()), entry.getAction(), entry.getSubject(), entry.getDetail());
        return new Slice<>(found.stream().map(view).toList(), nextCursor);
    }

    private static Optional<UUID> accountId(String actor) {
        try {
            return Optional.of(UUID.fromString(actor));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
