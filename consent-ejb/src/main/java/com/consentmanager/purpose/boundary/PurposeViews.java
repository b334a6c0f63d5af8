package com.consentmanager.purpose.boundary;

import com.consentmanager.channel.entity.Channel;
import com.consentmanager.platform.Languages;
import com.consentmanager.purpose.entity.OptInMail;
import com.consentmanager.purpose.entity.Partner;
import com.consentmanager.purpose.entity.Purpose;
import com.consentmanager.purpose.entity.PurposeVersion;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Copies entities into the views callers receive. Kept out of the view classes so that those load
 * in client applications, which have the client jar but no entities.
 */
final class PurposeViews {

    private PurposeViews() {
    }

    static PurposeView purpose(Purpose purpose, PurposeVersion current) {
        Partner partner = purpose.getPartner();
        return new PurposeView(purpose.getKey(), purpose.getKind(), purpose.getLawfulBasis().point(), purpose.isBuiltIn(),
                purpose.isDoubleOptIn(), partner == null ? null : partner.getKey(), partner == null ? null : partner.getName(),
                purpose.isActive(), purpose.isKeyLocked(), purpose.getUsedSince(),
                purpose.getChannels().stream().map(Channel::getKey).toList(), version(current),
                purpose.getCreatedAt(), purpose.getUpdatedAt(), purpose.getArchivedAt(), purpose.getVersion(),
                mail(purpose.getOptInMail()), purpose.getOnMaterialChange().name());
    }

    static DoubleOptInMail mail(OptInMail mail) {
        Map<String, String> subjects = new TreeMap<>();
        Map<String, String> intros = new TreeMap<>();
        for (String language : Languages.ALL) {
            subjects.put(language, mail.subject(language));
            intros.put(language, mail.intro(language));
        }
        return new DoubleOptInMail(mail.getSender(), subjects, intros);
    }

    static PurposeVersionView version(PurposeVersion version) {
        Map<String, PurposeTextView> texts = new TreeMap<>();
        version.getTexts().forEach((language, text) -> texts.put(language,
                new PurposeTextView(text.getSubject(), text.getWording(), text.getInfoUrl(), text.getAdditionalText())));
        return new PurposeVersionView(version.getNumber(), version.isMaterial(), version.getSha256(),
                version.getCreatedAt(), version.getCreatedBy(), texts);
    }

    static PartnerView partner(Partner partner, List<String> purposes) {
        return new PartnerView(partner.getKey(), partner.getName(), partner.getPrivacyUrl(), partner.isActive(),
                partner.getCreatedAt(), partner.getRemovedAt(), purposes, partner.getVersion());
    }
}
