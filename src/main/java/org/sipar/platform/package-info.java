/**
 * Shared infrastructure every capability stands on: the embedded or external PostgreSQL database, settings,
 * the security filter chains, the audit trail, the web layout and its translations, and request logging.
 * Its public API is this package: {@link org.sipar.platform.SiparSettings}, {@link org.sipar.platform.Audit},
 * {@link org.sipar.platform.Ui}, the failures {@link org.sipar.platform.InputRejected},
 * {@link org.sipar.platform.NotPermitted} and {@link org.sipar.platform.NotFound}, and the SPI
 * {@link org.sipar.platform.Credentials} that the identity module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.sipar.platform;
