package com.consentmanager.dashboard.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** Evidence events of one day (in the company's time zone) from one source (a {@code SourceType} name), live. */
public record DecisionCount(LocalDate day, String source, long decisions) implements Serializable {
}
