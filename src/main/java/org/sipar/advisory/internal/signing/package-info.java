/**
 * The CSAF trusted provider's OpenPGP keys and its signed {@code /.well-known/security.txt} (RFC 9116).
 *
 * <p>For the provider code in {@code org.sipar.advisory.internal}: {@link org.sipar.advisory.internal.signing.ProviderKeys}
 * signs ({@code signDetached} for each document's {@code .asc}, {@code clearSign}), lists the keys to publish in
 * the provider metadata ({@code published()}, each with {@code url(key)}) and rotates;
 * {@link org.sipar.advisory.internal.signing.ProviderAddresses} builds the provider's absolute addresses from
 * {@code sipar.public-base-url}; {@link org.sipar.advisory.internal.signing.ProviderSettings} holds the contacts
 * ({@code sipar.advisory.contact}). Table {@code advisory_signing_keys} (migration V24_3); pages at
 * {@code /admin/signing} for hub administrators; anyone may fetch security.txt and
 * {@code /.well-known/csaf/openpgp/<FINGERPRINT>.asc}.
 */
package org.sipar.advisory.internal.signing;
