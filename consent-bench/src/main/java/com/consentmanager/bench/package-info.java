/**
 * The benchmark of issue 5 ("./consent bench"), never part of the product. {@code server}: what
 * runs inside the server, from consent-bench.war, added to the web module of a copy of consent.ear;
 * {@code driver}: the command that generates the dataset, drives the server and prints the table.
 */
package com.consentmanager.bench;
