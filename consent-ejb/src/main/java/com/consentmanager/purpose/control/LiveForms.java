package com.consentmanager.purpose.control;

import com.consentmanager.channel.entity.Channel;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.purpose.entity.Purpose;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A live form stays whole: a purpose that a LIVE operation's form offers cannot be archived or
 * deleted, lose a channel the form offers, or lose its partner, until the operation is closed. The
 * refusal is a 409 naming the operations.
 */
@Dependent
public class LiveForms {

    @Inject
    @Any
    Instance<LiveOffers> offers;

    /** Throws {@code messageKey} (arguments: the purpose's key, the operations' keys) when a LIVE form offers it. */
    public void refuseIfOffered(Purpose purpose, Long channelId, String messageKey) {
        for (LiveOffers live : offers) {
            List<String> operations = live.liveOperationsOffering(purpose.getId(), channelId);
            if (!operations.isEmpty()) {
                throw new ConflictException(messageKey, purpose.getKey(), String.join(", ", operations));
            }
        }
    }

    /** Throws {@code purpose.channel.offered_live} when a LIVE form offers a channel of the purpose that {@code kept} drops. */
    public void refuseIfChannelDropped(Purpose purpose, Set<Channel> kept) {
        Set<Long> keptIds = kept.stream().map(Channel::getId).collect(Collectors.toSet());
        for (Channel channel : purpose.getChannels()) {
            if (!keptIds.contains(channel.getId())) {
                refuseIfOffered(purpose, channel.getId(), "purpose.channel.offered_live");
            }
        }
    }
}
