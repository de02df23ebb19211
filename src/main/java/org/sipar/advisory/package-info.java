/**
 * Awareness and education: the public portal, advisories in English and Urdu published as CSAF 2.0 documents by a
 * CSAF trusted provider, awareness articles, the national catalogue of known exploited vulnerabilities, feeds and
 * e-mail subscriptions, and the alerts an organisation gets when an advisory affects a product it runs.
 *
 * <p>Every advisory carries a distribution (TLP 2.0, recipients) decided by the one sharing policy
 * ({@link org.sipar.sharing.SharingPolicy}) in every output: pages, lists, search, CSAF files, ROLIE, Atom and RSS
 * feeds, mail. TLP:CLEAR is public; anything else reaches only its recipients.
 *
 * <p>Internals: {@code .internal} (the advisories, their CSAF documents, workflow and pages), {@code .internal.kev}
 * (the catalogue of known exploited vulnerabilities), {@code .internal.signing} (the provider's OpenPGP keys and
 * {@code /.well-known/security.txt}), {@code .internal.subscription} (e-mail subscriptions: double opt-in, one-click
 * unsubscription, each published revision mailed to the subscribers the sharing policy lets read it, daily digests).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Awareness and advisories",
        allowedDependencies = {"platform", "identity", "sharing", "intel"})
package org.sipar.advisory;
