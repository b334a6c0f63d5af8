/** Double opt-in in the web module: the public confirmation page, and the console's pending confirmations and mail outbox. */
package com.consentmanager.web.optin;
