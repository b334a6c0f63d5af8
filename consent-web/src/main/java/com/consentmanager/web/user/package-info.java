/**
 * The console's user pages: {@code /console/users.xhtml} (ADMIN: the lazy list with its filters,
 * {@link com.consentmanager.web.user.UsersBacking} and {@link com.consentmanager.web.user.NewUserBacking})
 * and {@code /console/account.xhtml} (everyone: {@link com.consentmanager.web.user.AccountBacking}).
 * They call {@code ConsoleUserManagement} and show its refusals next to the fields they name.
 */
package com.consentmanager.web.user;
