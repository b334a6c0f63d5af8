/** The public data-acquisition form of an operation. */
package com.consentmanager.web.form;
