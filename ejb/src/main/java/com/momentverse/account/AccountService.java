package com.momentverse.account;

import com.momentverse.admin.AuditLog;
import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;
import com.momentverse.common.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything a person does with their own account, for pages and API alike; each method is
 * one transaction, and the mails it causes are queued in it.
 *
 * <p>No answer reveals whether an address has an account: registering, asking for a reset or
 * for a new verification link only record the request (after the same checks and, for a
 * registration, the same password hash), and {@link AccountRequests} carries it out after
 * the answer. So the answer is the same, and costs the same, whoever asks.
 */
@Stateless
public class AccountService {

    private static final FieldError BAD_TOKEN =
            new FieldError("token", "INVALID_TOKEN", "is invalid, already used or expired");

    @Inject
    Event<AccountDeleting> deleting;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecretTokens tokens;

    @Inject
    LoginThrottle throttle;

    @EJB
    AuditLog audit;

    @Inject
    AccountMails mails;

    @Inject
    AccountLifecycle lifecycle;

    @Inject
    Event<AccountRequestRecorded> requestRecorded;

    /**
     * Registers a new account and mails a verification link; for a taken address, mails its
     * owner instead. Either way the caller learns nothing more than "check your mail".
     *
     * @throws InvalidInputException when the name, address or password breaks the rules
     */
    public void register(String name, String email, String password) {
        String cleanName = AccountInput.normalizeName(name);
        List<FieldError> errors = new ArrayList<>(AccountInput.checkNameAndEmail(cleanName, email));
        if (errors.isEmpty()) {
            errors.addAll(passwordErrors(password, email));
        } else if (password == null || password.isEmpty()) {
            errors.add(new FieldError("password", "REQUIRED", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        record(AccountRequest.register(cleanName, email, hasher.hash(password.toCharArray()), Instant.now()));
    }

    /** Marks the address verified. @throws InvalidInputException for a bad, used or expired token */
    public AccountView verifyEmail(String token) {
        Instant now = Instant.now();
        AccountToken found = usableToken(token, TokenPurpose.VERIFY_EMAIL, now);
        found.markUsed(now);
        found.getAccount().markEmailVerified();
        return AccountView.of(found.getAccount());
    }

    /** Sends a new verification link if the address has an unverified account (a few per hour at most). */
    public void resendVerification(String email) {
        if (AccountInput.checkEmail(email).isEmpty()) {
            record(AccountRequest.about(AccountRequest.Kind.RESEND_VERIFICATION, email, Instant.now()));
        }
    }

    /**
     * Checks credentials from a client address, honouring the lockout, and re-hashes the
     * password when the hashing parameters changed. Unknown addresses cost a hash too.
     *
     * <p>Every outcome but a refusal during a lockout is audited in this transaction, which
     * commits for failures too (it records the failure for the lockout): a sign-in, a wrong
     * password (of an account, or of an address without one: "account:unknown", the address
     * itself is not written, it may be a password typed in the wrong field), a disabled account,
     * and the failure that starts a lockout. Never the password.
     */
    public SignInResult signIn(String email, String password, String clientAddress) {
        Instant now = Instant.now();
        String key = email == null ? "" : Account.emailKey(email);
        Optional<Duration> locked = throttle.lockedFor(key, clientAddress, now);
        if (locked.isPresent()) {
            return new SignInResult.Locked(locked.get());
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        Optional<Account> found = key.isEmpty() ? Optional.empty() : accounts.findByEmail(email);
        if (found.isEmpty()) {
            hasher.dummyVerify(secret);
            failed(key, clientAddress, now, "account:unknown");
            return new SignInResult.Invalid();
        }
        Account account = found.get();
        String subject = "account:" + account.getId();
        if (!hasher.verify(secret, account.getPasswordHash())) {
            failed(key, clientAddress, now, subject);
            return new SignInResult.Invalid();
        }
        throttle.recordSuccess(key, clientAddress);
        if (account.isDisabled()) {
            audit.record(AuditLog.ANONYMOUS, "account.sign-in-refused", subject, "disabled; from " + clientAddress);
            return new SignInResult.Disabled();
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.rehashPassword(hasher.hash(secret));
        }
        audit.record(account.getId().toString(), "account.signed-in", subject, "from " + clientAddress);
        return new SignInResult.Success(AccountView.of(account));
    }

    private void failed(String key, String clientAddress, Instant now, String subject) {
        throttle.recordFailure(key, clientAddress, now);
        audit.record(AuditLog.ANONYMOUS, "account.sign-in-failed", subject, "from " + clientAddress);
        if (throttle.lockedFor(key, clientAddress, now).isPresent()) {
            audit.record(AuditLog.ANONYMOUS, "account.locked-out", subject, "from " + clientAddress);
        }
    }

    /** Mails a reset link if the address has an account; answers the same either way. */
    public void requestPasswordReset(String email) {
        if (AccountInput.checkEmail(email).isEmpty()) {
            record(AccountRequest.about(AccountRequest.Kind.PASSWORD_RESET, email, Instant.now()));
        }
    }

    /**
     * Sets a new password with a reset token. Ends every session and invalidates every access
     * token issued before; a reset also proves the address, so it counts as verified.
     */
    public AccountView resetPassword(String token, String newPassword) {
        Instant now = Instant.now();
        AccountToken found = usableToken(token, TokenPurpose.RESET_PASSWORD, now);
        Account account = found.getAccount();
        checkPassword(newPassword, account.getEmail());
        found.markUsed(now);
        account.changePassword(hasher.hash(newPassword.toCharArray()));
        account.markEmailVerified();
        mails.passwordChanged(account);
        return AccountView.of(account);
    }

    /**
     * The account behind an earlier sign-in (a session, an access token), if that sign-in
     * still counts: the account exists, is enabled, and its credentials did not change since.
     */
    public Optional<AccountView> stillSignedIn(UUID id, int credentialsVersion) {
        return accounts.find(id).filter(account -> account.acceptsSignIn(credentialsVersion)).map(AccountView::of);
    }

    public AccountView profile(UUID id) {
        return AccountView.of(account(id));
    }

    /**
     * Changes name, address and/or password after checking the current password. A new
     * address must be verified again (the old one is told); a new password ends earlier
     * sign-ins (the owner is told).
     */
    public AccountView updateProfile(UUID id, ProfileChange change) {
        Account account = account(id);
        requireCurrentPassword(account, change.currentPassword());
        List<FieldError> errors = new ArrayList<>();
        String newName = AccountInput.normalizeName(change.name());
        if (newName != null) {
            AccountInput.checkName(newName).ifPresent(errors::add);
        }
        String newEmail = change.email() == null ? null : change.email().strip();
        boolean emailChanges = newEmail != null && !Account.emailKey(newEmail).equals(account.getEmailKey());
        if (newEmail != null) {
            AccountInput.checkEmail(newEmail).ifPresent(errors::add);
            if (errors.isEmpty() && emailChanges && accounts.emailTaken(newEmail)) {
                errors.add(new FieldError("email", "TAKEN", "belongs to another account"));
            }
        }
        if (change.password() != null) {
            errors.addAll(passwordErrors(change.password(), newEmail != null ? newEmail : account.getEmail()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = Instant.now();
        if (newName != null) {
            account.rename(newName);
        }
        if (change.password() != null) {
            account.changePassword(hasher.hash(change.password().toCharArray()));
            mails.passwordChanged(account);
        }
        if (emailChanges) {
            String oldAddress = account.getEmail();
            account.changeEmail(newEmail);
            mails.emailChanged(oldAddress, account);
            lifecycle.sendVerification(account, now);
        } else if (newEmail != null && !newEmail.equals(account.getEmail())) {
            account.changeEmailSpelling(newEmail);
        }
        return AccountView.of(account);
    }

    /** All the account's data, for its owner to download. */
    public AccountExport export(UUID id) {
        return AccountExport.of(account(id), Instant.now());
    }

    /** Deletes the account after checking its password. */
    public void delete(UUID id, String currentPassword) {
        Account account = account(id);
        requireCurrentPassword(account, currentPassword);
        deleting.fire(new AccountDeleting(id));
        accounts.remove(account);
    }

    // -------------------------------------------------------------------------------------

    /**
     * Records a request about an address: the same single insert whether or not the address
     * has an account; {@link AccountRequests} carries it out once this transaction commits.
     */
    private void record(AccountRequest request) {
        accounts.add(request);
        requestRecorded.fire(new AccountRequestRecorded(request.getId()));
    }

    private AccountToken usableToken(String token, TokenPurpose purpose, Instant now) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw new InvalidInputException(List.of(BAD_TOKEN));
        }
        return accounts.findTokenForUpdate(tokens.hash(token.strip()), purpose)
                .filter(t -> t.isUsable(now))
                .orElseThrow(() -> new InvalidInputException(List.of(BAD_TOKEN)));
    }

    private List<FieldError> passwordErrors(String password, String email) {
        if (password == null || password.isEmpty()) {
            return List.of(new FieldError("password", "REQUIRED", "is required"));
        }
        return passwordPolicy.check(password, email).stream()
                .map(violation -> new FieldError("password", violation.code(), violation.message())).toList();
    }

    private void checkPassword(String password, String email) {
        List<FieldError> errors = passwordErrors(password, email);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void requireCurrentPassword(Account account, String currentPassword) {
        if (currentPassword == null
                || !hasher.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "WRONG_PASSWORD", "is not your current password");
        }
    }

    private Account account(UUID id) {
        return accounts.find(id).orElseThrow(NotFoundException::new);
    }
}
