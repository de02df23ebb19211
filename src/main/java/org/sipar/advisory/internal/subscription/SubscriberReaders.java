package org.sipar.advisory.internal.subscription;

import java.util.Optional;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Directory;
import org.sipar.identity.Person;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Readers;
import org.springframework.stereotype.Component;

/**
 * Who a subscription's mail goes to and reads as, worked out when the mail is sent: the public's address as
 * nobody signed in; a member at their account's address today, as they are today (organisation, groups), so
 * that someone who left, was disabled or locked gets nothing more.
 */
@Component
class SubscriberReaders {

    /** A mail's recipient: the address and the reader the sharing policy judges. */
    record Recipient(String email, Reader reader) {
    }

    private final Directory directory;
    private final Readers readers;

    SubscriberReaders(Directory directory, Readers readers) {
        this.directory = directory;
        this.readers = readers;
    }

    /** The recipient of {@code s}, or empty when its member can no longer read anything. */
    Optional<Recipient> of(Subscription s) {
        if (!s.member()) {
            return Optional.of(new Recipient(s.email(), Reader.ANONYMOUS));
        }
        return directory.person(s.personId()).filter(p -> p.enabled() && !p.locked())
                .map(p -> new Recipient(p.email(), readers.of(user(p))));
    }

    private static CurrentUser user(Person p) {
        return new CurrentUser(p.id(), p.email(), p.displayName(), p.organisationId(), p.organisationName(), p.roles());
    }
}
