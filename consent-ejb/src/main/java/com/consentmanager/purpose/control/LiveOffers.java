package com.consentmanager.purpose.control;

import java.util.List;

/**
 * Which LIVE operations' forms offer a purpose: such a purpose cannot be archived or deleted, nor
 * lose a channel the form offers, nor its partner be removed, while the operation is LIVE (a live
 * form stays whole; closing the operation lifts it). The operation feature provides it as a CDI
 * bean, so that purposes need not know operations.
 */
public interface LiveOffers {

    /** Keys of the LIVE operations whose form offers the purpose, on {@code channelId} only when it is given; sorted. */
    List<String> liveOperationsOffering(long purposeId, Long channelId);
}
