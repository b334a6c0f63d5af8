/** Schema migrations applied at start-up. Entry: {@link com.consentmanager.migration.boundary.SchemaMigrator}. */
package com.consentmanager.migration.boundary;
