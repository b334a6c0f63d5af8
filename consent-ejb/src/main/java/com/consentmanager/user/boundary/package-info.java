/** Console users. Entry: {@link com.consentmanager.user.boundary.ConsoleUserDirectory}. */
package com.consentmanager.user.boundary;
