/** Purposes, their immutable text versions, and partners. */
package com.consentmanager.purpose.entity;
