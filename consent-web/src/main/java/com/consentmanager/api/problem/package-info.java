/** Error answers of the API: every failure becomes {@code application/problem+json}. */
package com.consentmanager.api.problem;
