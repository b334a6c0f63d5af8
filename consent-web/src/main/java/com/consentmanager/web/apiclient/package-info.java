/** Console page of API keys (ADMIN). */
package com.consentmanager.web.apiclient;
