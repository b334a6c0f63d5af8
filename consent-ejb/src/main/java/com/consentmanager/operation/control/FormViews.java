package com.consentmanager.operation.control;

import com.consentmanager.channel.entity.Channel;
import com.consentmanager.operation.boundary.FormChannel;
import com.consentmanager.operation.boundary.FormPurpose;
import com.consentmanager.operation.boundary.FormView;
import com.consentmanager.operation.entity.Operation;
import com.consentmanager.platform.ConfigurationChanged;
import com.consentmanager.platform.Languages;
import com.consentmanager.purpose.entity.Purpose;
import com.consentmanager.purpose.entity.PurposeText;
import com.consentmanager.purpose.entity.PurposeVersion;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds what a form shows from its lines, and renders it as the text whose SHA-256 identifies a
 * form version: the same lines in the same language always give the same text.
 */
@Dependent
public class FormViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OperationSettings settings;

    @Inject
    FormVersions versions;

    /**
     * Keeps a new form version when what the operation's form shows changed (settings, a wording, a
     * channel's public name, the operation's name); returns the current version number (0 while
     * nothing was ever offered).
     */
    public int keep(Operation operation) {
        List<OperationSettings.Setting> current = settings.of(operation.getId());
        if (current.isEmpty()) {
            return versions.currentNumber(operation.getId());
        }
        List<FormItem> items = OperationSettings.items(current);
        Map<String, String> content = new LinkedHashMap<>();
        for (String language : Languages.ALL) {
            content.put(language, render(build(operation.getKey(), operation.getName(), 0, items, language, null, false)));
        }
        return versions.ensure(operation.getId(), items, content, clock.instant());
    }

    /**
     * A wording, a channel's public name or a partner's name changed: every operation whose form
     * shows purposes (unless closed) keeps a new form version now, in the same transaction, rather
     * than when its form is next shown.
     */
    void configurationChanged(@Observes ConfigurationChanged change) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select distinct o.id from operation o join operation_purpose p on p.operation_id = o.id"
                + " where o.state <> 'CLOSED' order by o.id").getResultList();
        ids.forEach(id -> keep(em.find(Operation.class, id.longValue())));
    }

    public FormView build(String operationKey, String operationName, int formVersion, List<FormItem> items, String language,
                          String sha256, boolean open) {
        Map<Long, List<FormItem>> byPurpose = new LinkedHashMap<>();
        items.stream().sorted((a, b) -> a.position() != b.position() ? Integer.compare(a.position(), b.position())
                        : Long.compare(a.channelId(), b.channelId()))
                .forEach(item -> byPurpose.computeIfAbsent(item.purposeId(), id -> new ArrayList<>()).add(item));
        List<FormPurpose> purposes = new ArrayList<>();
        byPurpose.forEach((purposeId, lines) -> {
            Purpose purpose = em.find(Purpose.class, purposeId);
            FormItem first = lines.get(0);
            PurposeVersion version = em.createNamedQuery(PurposeVersion.BY_NUMBER, PurposeVersion.class)
                    .setParameter("purpose", purpose).setParameter("number", first.purposeVersion()).getSingleResult();
            PurposeText text = version.getTexts().getOrDefault(language, version.getTexts().get(Languages.DEFAULT));
            List<FormChannel> channels = lines.stream().map(line -> channel(em.find(Channel.class, line.channelId()), language)).toList();
            purposes.add(new FormPurpose(purpose.getKey(), purpose.getKind(), purpose.getLawfulBasis().point(), version.getNumber(),
                    text.getSubject(), text.getWording(), text.getInfoUrl(), text.getAdditionalText(), first.required(),
                    purpose.isDoubleOptIn(), purpose.getPartner() == null ? null : purpose.getPartner().getName(), channels));
        });
        return new FormView(operationKey, operationName, formVersion, language, sha256, open, purposes);
    }

    private static FormChannel channel(Channel channel, String language) {
        Map<String, String> names = channel.getPublicNames();
        String label = names.getOrDefault(language, names.getOrDefault(Languages.DEFAULT, channel.getKey()));
        return new FormChannel(channel.getKey(), label);
    }

    /**
     * The rendered content of a form in its language, as kept with each form version: one block per
     * purpose in form order with its kind, key, wording version, whether an answer is required, its
     * texts, its partner and the channels offered under their public names.
     */
    public static String render(FormView form) {
        StringBuilder text = new StringBuilder();
        text.append("operation: ").append(form.getOperationKey()).append('\n')
                .append("name: ").append(form.getOperationName()).append('\n')
                .append("language: ").append(form.getLanguage()).append('\n');
        for (FormPurpose purpose : form.getPurposes()) {
            text.append('\n')
                    .append(purpose.isNotice() ? "notice" : purpose.getPartnerName() != null ? "partner consent" : "consent")
                    .append(": ").append(purpose.getKey()).append(" v").append(purpose.getVersion())
                    .append(" (Art. 6(1)(").append(purpose.getLawfulBasis()).append("))")
                    .append(purpose.isNotice() ? "" : purpose.isRequired() ? ", answer required" : ", answer optional").append('\n')
                    .append("subject: ").append(purpose.getSubject()).append('\n')
                    .append("wording: ").append(purpose.getWording()).append('\n');
            if (purpose.getInfoUrl() != null) {
                text.append("information: ").append(purpose.getInfoUrl()).append('\n');
            }
            if (purpose.getAdditionalText() != null) {
                text.append("additional text: ").append(purpose.getAdditionalText()).append('\n');
            }
            if (purpose.getPartnerName() != null) {
                text.append("partner: ").append(purpose.getPartnerName()).append('\n');
            }
            text.append("channels: ");
            text.append(String.join(", ", purpose.getChannels().stream()
                    .map(channel -> channel.getLabel() + " [" + channel.getKey() + "]").toList())).append('\n');
            if (purpose.isDoubleOptIn() && purpose.getChannels().stream().anyMatch(channel -> Objects.equals(channel.getKey(), "email"))) {
                text.append("double opt-in: email\n");
            }
        }
        return text.toString();
    }
}
