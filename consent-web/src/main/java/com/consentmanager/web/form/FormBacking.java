package com.consentmanager.web.form;

import com.consentmanager.operation.boundary.FormChannel;
import com.consentmanager.operation.boundary.FormPurpose;
import com.consentmanager.operation.boundary.FormReceipt;
import com.consentmanager.operation.boundary.FormSubmission;
import com.consentmanager.operation.boundary.FormView;
import com.consentmanager.operation.boundary.ParticipantForms;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.profile.boundary.Choice;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.LocaleBacking;
import com.consentmanager.web.hardening.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.Config;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public form of an operation ({@code /public/form.xhtml?operation=<key>}), in the visitor's
 * language. Nothing is pre-ticked: an optional purpose is one unticked box per channel (ticked =
 * accepted, blank = no answer); a required one asks yes or no per channel with neither chosen. The
 * page keeps the form version it showed and a nonce, so that sending the same page twice records
 * once.
 */
@Named
@ViewScoped
public class FormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ParticipantForms forms;

    @Inject
    LocaleBacking locale;

    @Inject
    ConsoleMessages messages;

    @Inject
    transient Config config;

    private String operation;
    private FormView form;
    private String problem;
    private final ArrayList<Row> rows = new ArrayList<>();
    private String email;
    private String phone;
    private String nonce;
    private FormReceipt receipt;

    /** One purpose on the form, with its channel lines. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final FormPurpose purpose;
        private final ArrayList<Line> lines = new ArrayList<>();

        Row(FormPurpose purpose) {
            this.purpose = purpose;
            purpose.getChannels().forEach(channel -> lines.add(new Line(purpose, channel)));
        }

        public FormPurpose getPurpose() {
            return purpose;
        }

        public List<Line> getLines() {
            return lines;
        }
    }

    /** One purpose × channel: a box (optional) or a yes/no choice (required). */
    public static final class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String purpose;
        private final FormChannel channel;
        private boolean accepted;
        private String answer;

        Line(FormPurpose purpose, FormChannel channel) {
            this.purpose = purpose.getKey();
            this.channel = channel;
        }

        public FormChannel getChannel() {
            return channel;
        }

        public boolean isAccepted() {
            return accepted;
        }

        public void setAccepted(boolean accepted) {
            this.accepted = accepted;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }

        String key() {
            return purpose + "/" + channel.getKey();
        }
    }

    public void load() {
        if (form != null) {
            return;
        }
        try {
            form = forms.form(operation, locale.getLanguage());
            nonce = ParticipantForms.newNonce();
            form.getPurposes().stream().filter(purpose -> !purpose.isNotice()).forEach(purpose -> rows.add(new Row(purpose)));
            if (!form.isOpen()) {
                problem = "closed";
            }
        } catch (NotFoundException e) {
            problem = "not_found";
        }
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        FormSubmission submission = new FormSubmission();
        submission.setFormVersion(form.getFormVersion());
        submission.setEmail(email);
        submission.setPhone(phone);
        submission.setLanguage(form.getLanguage());
        submission.setNonce(nonce);
        submission.setIpAddress(ClientAddress.of(request, config));
        String userAgent = request.getHeader("User-Agent");
        submission.setUserAgent(userAgent == null || userAgent.length() <= ParticipantForms.USER_AGENT_MAX_LENGTH ? userAgent
                : userAgent.substring(0, ParticipantForms.USER_AGENT_MAX_LENGTH));
        List<Choice> answers = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        fields.put("email", "participation:email");
        fields.put("phone", "participation:phone");
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            for (int l = 0; l < row.lines.size(); l++) {
                Line line = row.lines.get(l);
                String clientId = "participation:" + section(row.purpose) + ":" + index(row) + ":lines:" + l + ":"
                        + (row.purpose.isRequired() ? "answer" : "accepted");
                fields.put("answers." + line.key(), clientId);
                String state = row.purpose.isRequired() ? line.answer : line.accepted ? "ACCEPTED" : null;
                if (state != null && !state.isEmpty()) {
                    fields.put("answers[" + answers.size() + "]", clientId);
                    answers.add(new Choice(row.purpose.getKey(), line.channel.getKey(), state));
                }
            }
        }
        submission.setAnswers(answers);
        try {
            receipt = forms.submit(operation, submission);
        } catch (ConflictException e) {
            problem = "closed";
        } catch (BusinessException refusal) {
            messages.refusal(refusal, fields);
            messages.error("form.fix");
        }
    }

    /** The rows of one section, in form order: consents, or partner consents. */
    public List<Row> getConsentRows() {
        return rows.stream().filter(row -> row.purpose.getPartnerName() == null).toList();
    }

    public List<Row> getPartnerRows() {
        return rows.stream().filter(row -> row.purpose.getPartnerName() != null).toList();
    }

    private static String section(FormPurpose purpose) {
        return purpose.getPartnerName() == null ? "consents" : "partners";
    }

    private int index(Row row) {
        return (row.purpose.getPartnerName() == null ? getConsentRows() : getPartnerRows()).indexOf(row);
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public FormView getForm() {
        return form;
    }

    /** {@code not_found}, {@code closed}, or null while the form can be filled. */
    public String getProblem() {
        return problem;
    }

    public FormReceipt getReceipt() {
        return receipt;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
