/**
 * Shared infrastructure every capability stands on: the embedded or external PostgreSQL database, settings,
 * the security filter chains, the audit trail, the web layout and its translations, and request logging.
 * Its public API is this package: {@link org.sipar.platform.SiparSettings}, {@link org.sipar.platform.Audit},
 * {@link org.sipar.platform.Ui}, the failures {@link org.sipar.platform.InputRejected},
 * {@link org.sipar.platform.NotPermitted}, {@link org.sipar.platform.NotFound} and
 * {@link org.sipar.platform.InvalidSetting}, the API tokens' {@link org.sipar.platform.TokenScope}, the mail
 * {@link org.sipar.platform.Outbox} (every module sends mail by queueing an {@link org.sipar.platform.OutgoingMail}
 * in the transaction of the change that causes it; the platform owns its table {@code platform_mail}, sends it
 * over SMTP with retries and shows it to hub administrators at {@code /admin/mail}), the one PDF
 * facility {@link org.sipar.platform.Pdfs} (a {@link org.sipar.platform.PdfDocument} of
 * {@link org.sipar.platform.PdfBlock}s printed in English or correctly shaped Urdu), the answers kept for anonymous
 * readers {@link org.sipar.platform.PublicAnswers} (made once per change of what is public, with ETags; modules say
 * what changed and contribute a {@link org.sipar.platform.PublicAnswers.Stamp} that other nodes compare), and the SPIs {@link org.sipar.platform.Credentials},
 * {@link org.sipar.platform.SessionPeople} and {@link org.sipar.platform.Viewer} that the identity module implements.
 *
 * <p>It is the shell the other modules plug into, each with beans of these types: its pages in the navigation
 * ({@link org.sipar.platform.Navigation.Source}), who may reach its paths ({@link org.sipar.platform.AccessRules}),
 * its dashboard figures ({@link org.sipar.platform.DashboardTile.Source}) and sections
 * ({@link org.sipar.platform.DashboardPanel.Source}), its sections of the public home page
 * ({@link org.sipar.platform.PublicSection.Source}), and its periodic jobs
 * ({@link org.sipar.platform.PeriodicWork}, run on one instance at a time); its translations go in
 * {@code i18n/<module>/messages.properties} and {@code messages_ur.properties}, which the platform finds.
 * Code that decides by the time asks the {@link java.time.Clock} bean (UTC) rather than {@code Instant.now()}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.sipar.platform;
