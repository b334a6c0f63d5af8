/**
 * The reading of an operation draft and its offers, the queries on operations, the settings of an
 * operation's form, its immutable versions, and how a version is rendered.
 */
package com.consentmanager.operation.control;
