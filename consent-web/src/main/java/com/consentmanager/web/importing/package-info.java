/** The console's consent import page: upload, column mapping, dry run, progress, error report. */
package com.consentmanager.web.importing;
