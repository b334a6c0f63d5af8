/**
 * The console's dashboard: {@code DashboardQueries} counts for every console role (which numbers are
 * live and which come from the summary is said there); {@code DashboardScheduler} keeps the summary.
 */
package com.consentmanager.dashboard.boundary;
