/**
 * What every feature shares: the business exception family (rolled back, mapped to problem JSON
 * and Faces messages), the message bundle, supported languages, the clock, the one CSV writer.
 */
package com.consentmanager.platform;
