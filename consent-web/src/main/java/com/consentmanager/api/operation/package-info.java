/** Marketing operations over REST, and their forms for sites that render them themselves. */
package com.consentmanager.api.operation;
