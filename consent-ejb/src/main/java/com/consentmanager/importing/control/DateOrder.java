package com.consentmanager.importing.control;

/** How to read a date written with slashes: 03/04/2024 is 3 April (day first, French) or March 4 (month first). */
public enum DateOrder {
    DAY_FIRST,
    MONTH_FIRST
}
