/**
 * The dashboard's SQL: the live reads ({@code DashboardReads}), the contactable rule as SQL
 * ({@code Contactable}) and the summary's refresh ({@code SummaryRefresh}, tables of V18).
 */
package com.consentmanager.dashboard.control;
