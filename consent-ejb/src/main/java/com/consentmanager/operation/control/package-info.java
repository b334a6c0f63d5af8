/** The settings of an operation's form, its immutable versions, and how a version is rendered. */
package com.consentmanager.operation.control;
