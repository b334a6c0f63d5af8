/**
 * Console and API authentication: the HTTP authentication mechanism (form for the console, Basic
 * for the API), the identity store on console users, the first administrator.
 */
package com.consentmanager.web.security;
