/** Profiles (data subjects), their current statuses, and the append-only evidence of every change. */
package com.consentmanager.profile.entity;
