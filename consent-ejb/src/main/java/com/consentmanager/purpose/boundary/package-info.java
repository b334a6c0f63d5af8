/**
 * Purposes ("bases juridiques": consents and legal bases) and partners: the boundaries with their
 * local and remote views, and what they exchange with callers.
 */
package com.consentmanager.purpose.boundary;
