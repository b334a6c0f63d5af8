/**
 * The console's home, {@code /console/dashboard.xhtml}: {@code DashboardBacking} over the dashboard
 * boundary, with the Chart.js configurations of its two charts built in {@code ChartConfigs}.
 */
package com.consentmanager.web.dashboard;
