package com.consentmanager.web.purpose;

import com.consentmanager.channel.boundary.ChannelManagement;
import com.consentmanager.channel.boundary.ChannelView;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.purpose.boundary.PartnerManagement;
import com.consentmanager.purpose.boundary.PartnerView;
import com.consentmanager.purpose.boundary.PurposeManagement;
import com.consentmanager.purpose.boundary.PurposeTextView;
import com.consentmanager.purpose.boundary.PurposeView;
import com.consentmanager.purpose.entity.PurposeKind;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.LocaleBacking;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs {@code /console/purposes.xhtml}: the lazy purposes table and its filters, archiving,
 * restoring and deleting. Texts show in the console's language, falling back (visibly) to French.
 * The rules, and who may change what, live in {@link PurposeManagement}.
 */
@Named
@ViewScoped
public class PurposesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "list:purposes";

    @EJB
    private PurposeManagement management;

    @EJB
    private ChannelManagement channelManagement;

    @EJB
    private PartnerManagement partnerManagement;

    @Inject
    private LocaleBacking localeBacking;

    @Inject
    private ConsoleMessages messages;

    @Inject
    private PurposeTable purposes;

    private List<ChannelView> channels;
    private List<PartnerView> partners;

    @PostConstruct
    void load() {
        channels = channelManagement.listChannels();
        partners = partnerManagement.listPartners(true);
    }

    /** The filters changed: back to the first page. */
    public void filter() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void archive(PurposeView purpose) {
        try {
            management.archivePurpose(purpose.getKey());
            messages.info(byKind("purposes.archive.done", purpose), purpose.getKey());
        } catch (BusinessException e) {
            messages.refusal(e, Map.of());
        }
    }

    public void restore(PurposeView purpose) {
        try {
            management.restorePurpose(purpose.getKey());
            messages.info(byKind("purposes.restore.done", purpose), purpose.getKey());
        } catch (BusinessException e) {
            messages.refusal(e, Map.of());
        }
    }

    public void delete(PurposeView purpose) {
        try {
            management.deletePurpose(purpose.getKey());
            messages.info(byKind("purposes.delete.done", purpose), purpose.getKey());
        } catch (BusinessException e) {
            messages.refusal(e, Map.of());
        }
    }

    /** Never built-in and never used: otherwise it can only be archived. */
    public boolean deletable(PurposeView purpose) {
        return !purpose.isBuiltIn() && purpose.getUsedSince() == null;
    }

    public String question(String action, PurposeView purpose) {
        return messages.text(byKind("purposes." + action + ".question", purpose), subject(purpose), purpose.getKey());
    }

    /** A consent and a legal basis are named as such, never by a word for both. */
    static String byKind(String key, PurposeView purpose) {
        return key + "." + purpose.getKind().name();
    }

    /** The subject in the console's language, else in French (see {@link #fallsBack}). */
    public String subject(PurposeView purpose) {
        PurposeTextView text = purpose.getCurrentVersion().text(localeBacking.getLanguage());
        return text == null ? "" : text.getSubject();
    }

    /** Whether the texts shown are the French ones because this language has none. */
    public boolean fallsBack(PurposeView purpose) {
        return !purpose.getCurrentVersion().isTranslated(localeBacking.getLanguage());
    }

    /** The public names of the purpose's channels in the console's language. */
    public String channelNames(PurposeView purpose) {
        Map<String, String> names = channels.stream()
                .collect(Collectors.toMap(ChannelView::getKey, channel -> channel.publicName(localeBacking.getLanguage())));
        return purpose.getChannels().stream().map(key -> names.getOrDefault(key, key)).collect(Collectors.joining(", "));
    }

    public PurposeTable getPurposes() { return purposes; }

    public List<PurposeKind> getKinds() { return List.of(PurposeKind.values()); }

    public List<ChannelView> getChannels() { return channels; }

    public List<PartnerView> getPartners() { return partners; }
}
