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
 * {@code /.well-known/security.txt}), {@code .internal.article} (awareness articles, {@code /awareness}),
 * {@code .internal.media} (uploaded images, {@code /advisories/media/{id}}), {@code .internal.portal} (what the
 * public home page shows), {@code .internal.subscription} (e-mail subscriptions: double opt-in, one-click
 * unsubscription, each published revision mailed to the subscribers the sharing policy lets read it, daily digests)
 * and {@code .internal.alert} (the products organisations register by CPE 2.3 name or
 * package URL, and the alerts a published advisory raises for those that run an affected product and may see it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Awareness and advisories",
        allowedDependencies = {"platform", "identity", "sharing", "intel"})
package org.sipar.advisory;
