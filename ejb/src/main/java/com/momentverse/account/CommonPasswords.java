package com.momentverse.account;

import com.nulabinc.zxcvbn.StandardDictionaries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The well-known common passwords a new password may not be: the frequency list of the
 * 30,000 most used passwords that ships inside zxcvbn4j ({@code com.nulab-inc:zxcvbn}, the
 * Java port of Dropbox's zxcvbn), read through the library's public
 * {@link StandardDictionaries#PASSWORDS_LOADER}. The list is therefore pinned and updated
 * with the library's version in the parent pom; nothing is typed in here and nothing is
 * fetched at run time.
 *
 * <p>Only entries at least {@link PasswordPolicy#MIN_LENGTH} code points long are kept:
 * a shorter password is refused for its length whatever it is, so the shorter entries
 * could never make a difference (of the 30,000, 229 are long enough in zxcvbn4j 1.9.0).
 * Entries are lower case; callers compare a lower-cased password.
 *
 * <p>The list is read once, on first use (the first registration or password change pays
 * for it: about 0.2 s in a cold JVM here), and shared; a failure to read it is an error of the packaging and
 * is thrown to the caller (and tried again on the next call), never taken as "not common".
 */
final class CommonPasswords {

    private static volatile Set<String> entries;

    private CommonPasswords() {
    }

    /** Whether the password, already normalised and lower-cased, is on the list. */
    static boolean contains(String normalizedLowerCase) {
        return entries().contains(normalizedLowerCase);
    }

    /** The entries kept (those long enough to matter), normalised and lower case. */
    static Set<String> entries() {
        Set<String> loaded = entries;
        if (loaded == null) {
            synchronized (CommonPasswords.class) {
                loaded = entries;
                if (loaded == null) {
                    loaded = keepLongEnough(readList());
                    entries = loaded;
                }
            }
        }
        return loaded;
    }

    /** The whole list as the library ships it, most frequent first. */
    static List<String> readList() {
        try {
            return StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies();
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list of zxcvbn4j could not be read", e);
        }
    }

    private static Set<String> keepLongEnough(List<String> list) {
        return list.stream()
                .map(entry -> PasswordText.normalize(entry.strip()).toLowerCase(Locale.ROOT))
                .filter(entry -> PasswordText.length(entry) >= PasswordPolicy.MIN_LENGTH)
                .collect(Collectors.toUnmodifiableSet());
    }
}
