/**
 * Who takes part: organisations with the networks, autonomous systems and domains they answer for, the
 * people in them and their roles, sharing groups of organisations, sign-in and API tokens.
 * Its public API is this package: {@link org.sipar.identity.Directory} to look organisations and groups up,
 * {@link org.sipar.identity.CurrentUser} for the caller of a request, the records it returns, and the
 * events it publishes ({@link org.sipar.identity.OrganisationRegistered} and the like).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = "platform")
package org.sipar.identity;
