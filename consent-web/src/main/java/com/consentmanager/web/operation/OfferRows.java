package com.consentmanager.web.operation;

import com.consentmanager.channel.boundary.ChannelManagement;
import com.consentmanager.channel.boundary.ChannelView;
import com.consentmanager.operation.boundary.Offer;
import com.consentmanager.purpose.boundary.PurposeFilter;
import com.consentmanager.purpose.boundary.PurposeManagement;
import com.consentmanager.purpose.boundary.PurposeTextView;
import com.consentmanager.purpose.boundary.PurposeView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows of the data-acquisition tab: the purposes the operation offers, in form order, then the
 * other active purposes. A purpose offered but archived since stays listed, so that the admin sees
 * why saving is refused and can take it off.
 */
@Dependent
public class OfferRows implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Far more purposes than a marketing team defines; the tab lists them all on one page. */
    private static final int MAX_PURPOSES = 500;

    @EJB
    private PurposeManagement purposes;

    @EJB
    private ChannelManagement channels;

    public List<OfferRow> of(List<Offer> offers, String language) {
        Map<String, String> channelNames = channels.listChannels().stream()
                .collect(Collectors.toMap(ChannelView::getKey, channel -> channel.publicName(language)));
        Map<String, PurposeView> active = purposes.listPurposes(new PurposeFilter().setActive(true), 0, MAX_PURPOSES).stream()
                .collect(Collectors.toMap(PurposeView::getKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<OfferRow> rows = new ArrayList<>();
        for (Offer offer : offers) {
            PurposeView purpose = active.containsKey(offer.getPurpose()) ? active.remove(offer.getPurpose())
                    : purposes.getPurpose(offer.getPurpose());
            rows.add(row(purpose, channelNames, language).offering(offer));
        }
        active.values().forEach(purpose -> rows.add(row(purpose, channelNames, language)));
        return rows;
    }

    private static OfferRow row(PurposeView purpose, Map<String, String> channelNames, String language) {
        PurposeTextView text = purpose.getCurrentVersion().text(language);
        Map<String, String> available = new LinkedHashMap<>();
        purpose.getChannels().forEach(key -> available.put(key, channelNames.getOrDefault(key, key)));
        return new OfferRow(purpose.getKey(), purpose.getKind(), text == null ? purpose.getKey() : text.getSubject(),
                purpose.getPartnerName(), available);
    }
}
