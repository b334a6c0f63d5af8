package com.consentmanager.web.operation;

import com.consentmanager.operation.boundary.FormView;
import com.consentmanager.operation.boundary.Offer;
import com.consentmanager.operation.boundary.OperationManagement;
import com.consentmanager.operation.boundary.OperationView;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.Messages;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Backs the "Data acquisition" tab of {@code /console/operation.xhtml}: which active purposes the
 * form offers, in which order, on which of their channels, answer required or not; and the live
 * preview of the form in French and English, built by {@link OperationManagement#preview} from the
 * settings not yet saved. Saving may make a new form version (the boundary decides).
 */
@Named
@ViewScoped
public class AcquisitionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TEXT_BUNDLE = "com.consentmanager.web.text";
    static final String ROWS = OperationBacking.TABS + "rows:";

    @EJB
    private OperationManagement management;

    @Inject
    private OperationBacking editor;

    @Inject
    private OfferRows offerRows;

    @Inject
    private LocaleBacking localeBacking;

    @Inject
    private ConsoleMessages messages;

    private ArrayList<OfferRow> rows = new ArrayList<>();
    private final LinkedHashMap<String, FormView> previews = new LinkedHashMap<>();
    private String previewRefusal;

    /** On GET, after the editor loaded its operation (nothing to set while creating one). */
    public void load() {
        OperationView operation = editor.getOperation();
        if (operation != null) {
            rows = new ArrayList<>(offerRows.of(operation.getOffers(), localeBacking.getLanguage()));
            refresh();
        }
    }

    /** A setting changed: the preview follows. */
    public void refresh() {
        previews.clear();
        previewRefusal = null;
        // A purpose activated without a channel shows nothing yet; its row says so.
        List<Offer> shown = offers().stream().filter(offer -> !offer.getChannels().isEmpty()).toList();
        try {
            for (String language : Languages.ALL) {
                previews.put(language, management.preview(editor.getOperation().getKey(), shown, language));
            }
        } catch (BusinessException e) {
            previews.clear();
            previewRefusal = e.getViolations().isEmpty() ? Messages.format(localeBacking.getLocale(), e.getMessageKey(), e.getArguments())
                    : e.getViolations().get(0).message(localeBacking.getLocale());
        }
    }

    /**
     * A purpose was activated or taken off. Activated rows come first, in form order: a purpose just
     * activated goes last among them, one taken off goes first among the others.
     */
    public void toggled(int index) {
        if (index >= 0 && index < rows.size()) {
            OfferRow row = rows.remove(index);
            rows.add(getOfferedCount(), row);
        }
        refresh();
    }

    /** Moves an activated row up (-1) or down (+1); the keyboard focus stays on the moved row's buttons. */
    public void move(int index, int delta) {
        int target = index + delta;
        int offered = getOfferedCount();
        if (index < 0 || target < 0 || index >= offered || target >= offered) {
            return;
        }
        Collections.swap(rows, index, target);
        refresh();
        // At either end the button pressed is disabled now: the other one takes the focus.
        String button = target == 0 ? "down" : target == offered - 1 ? "up" : delta < 0 ? "up" : "down";
        PrimeFaces.current().executeScript("var b = document.getElementById('" + ROWS + target + ":" + button + "'); if (b) { b.focus(); }");
    }

    /** The activated rows, always the first ones. */
    public int getOfferedCount() {
        return (int) rows.stream().filter(OfferRow::isOffered).count();
    }

    public String save() {
        try {
            OperationView saved = management.configureForm(editor.getOperation().getKey(), offers());
            messages.info("operation.acquisition.saved", saved.getFormVersion());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/console/operation?faces-redirect=true&tab=1&key=" + URLEncoder.encode(saved.getKey(), StandardCharsets.UTF_8);
        } catch (BusinessException e) {
            messages.refusal(e, AcquisitionFields.clientIds(rows, e));
            return null;
        }
    }

    private List<Offer> offers() {
        return rows.stream().map(OfferRow::toOffer).filter(Objects::nonNull).toList();
    }

    /** A text of the preview in the language of the form previewed, not the console's. */
    public String label(String language, String key) {
        return ResourceBundle.getBundle(TEXT_BUNDLE, Locale.forLanguageTag(language)).getString(key);
    }

    /** The form as participants would see it, in French and in English; empty when the settings cannot make one. */
    public List<FormView> getPreviews() { return List.copyOf(previews.values()); }

    public String getPreviewRefusal() { return previewRefusal; }

    public List<OfferRow> getRows() { return rows; }
}
