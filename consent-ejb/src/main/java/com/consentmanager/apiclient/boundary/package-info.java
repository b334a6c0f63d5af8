/** API clients. Entry: {@link com.consentmanager.apiclient.boundary.ApiClientManagement}. */
package com.consentmanager.apiclient.boundary;
