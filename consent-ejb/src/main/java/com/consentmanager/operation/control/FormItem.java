package com.consentmanager.operation.control;

/**
 * One line of a form version: a purpose in the version of its wording shown, on one channel, at a
 * position, answer required or not.
 */
public record FormItem(int position, long purposeId, int purposeVersion, long channelId, boolean required) {
}
