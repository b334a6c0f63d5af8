package com.consentmanager.operation.boundary;

import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.channel.entity.Channel;
import com.consentmanager.operation.control.FormVersions;
import com.consentmanager.operation.control.FormViews;
import com.consentmanager.operation.control.OperationReads;
import com.consentmanager.operation.control.OperationRules;
import com.consentmanager.operation.control.OperationSettings.Setting;
import com.consentmanager.operation.control.OperationSettings;
import com.consentmanager.operation.entity.Operation;
import com.consentmanager.operation.entity.OperationState;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.ManagerSupport;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import com.consentmanager.platform.TechnicalKeys;
import com.consentmanager.platform.TimeZoneSetting;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Marketing operations: their name, key, dates and state, and their data-acquisition tab (which
 * purposes the form offers, in which order, on which channels, answer required or not). Every
 * change is audited before → after; a change of what the form shows makes a new form version
 * (see {@link FormVersions}). The rules are the {@link Operation} entity's (name, dates, key, moves
 * between states, a live form keeps an offer) and, where they need a look-up, {@link OperationRules}'
 * (offers resolved to purposes, keys unique and locked once submitted).
 */
@Stateless(name = "OperationManager")
@DeclareRoles({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME, Scope.OPERATIONS_WRITE_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME, Scope.OPERATIONS_WRITE_NAME})
public class OperationManager implements OperationManagement {

    static final String AUDIT_TARGET = "operation";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Operations start and end on calendar days in the company's time zone. */
    @Inject
    TimeZoneSetting timeZone;

    @Inject
    AuditLog audit;

    @Inject
    OperationSettings settings;

    @Inject
    FormVersions versions;

    @Inject
    FormViews forms;

    @Inject
    OperationReads reads;

    @Inject
    OperationRules rules;

    @Resource
    SessionContext session;

    @Override
    public List<OperationView> listOperations(OperationFilter filter, int first, int max) {
        return reads.list(filter, first, max).stream().map(this::view).toList();
    }

    @Override
    public long countOperations(OperationFilter filter) {
        return reads.count(filter);
    }

    @Override
    public OperationView getOperation(String key) {
        return view(reads.get(key));
    }

    @Override
    public String suggestKey(String name) {
        return TechnicalKeys.fromText(name);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.OPERATIONS_WRITE_NAME})
    public OperationView createOperation(OperationDraft draft) {
        OperationRules.Checked checked = rules.forNew(draft);
        rules.requireFreeKey(checked.key());
        Operation operation = new Operation(checked.key(), checked.name(), draft.getStartsOn(), draft.getEndsOn(), clock.instant());
        em.persist(operation);
        flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", checked.name());
        details.put("startsOn", draft.getStartsOn());
        details.put("endsOn", draft.getEndsOn());
        audit.record(session.getCallerPrincipal(), "operation.created", AUDIT_TARGET, checked.key(), details);
        return view(operation);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.OPERATIONS_WRITE_NAME})
    public OperationView updateOperation(String key, OperationDraft draft) {
        Operation operation = reads.get(key);
        OperationRules.Checked checked = rules.forChange(operation, draft);
        String newKey = checked.key();
        if (!newKey.equals(operation.getKey())) {
            rules.requireFreeKey(newKey);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        change(details, "key", operation.getKey(), newKey);
        change(details, "name", operation.getName(), checked.name());
        change(details, "startsOn", operation.getStartsOn(), draft.getStartsOn());
        change(details, "endsOn", operation.getEndsOn(), draft.getEndsOn());
        if (details.isEmpty()) {
            return view(operation);
        }
        operation.change(newKey, checked.name(), draft.getStartsOn(), draft.getEndsOn(), clock.instant());
        flush();
        // The operation's name is part of what its form shows.
        forms.keep(operation);
        audit.record(session.getCallerPrincipal(), "operation.updated", AUDIT_TARGET, newKey, details);
        return view(operation);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.OPERATIONS_WRITE_NAME})
    public OperationView configureForm(String key, List<Offer> offers) {
        Operation operation = reads.get(key);
        List<Setting> wanted = rules.resolve(offers);
        operation.requireOffersWhileLive(wanted.size());
        List<Setting> before = settings.of(operation.getId());
        String beforeText = OperationSettings.describe(before);
        String afterText = OperationSettings.describe(wanted);
        settings.replace(operation.getId(), wanted);
        operation.touch(clock.instant());
        int formVersionBefore = versions.currentNumber(operation.getId());
        int formVersion = forms.keep(operation);
        flush();
        if (!beforeText.equals(afterText) || formVersion != formVersionBefore) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("offers", beforeText + " -> " + afterText);
            details.put("formVersion", formVersionBefore + " -> " + formVersion);
            audit.record(session.getCallerPrincipal(), "operation.form_configured", AUDIT_TARGET, operation.getKey(), details);
        }
        return view(operation);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.OPERATIONS_WRITE_NAME})
    public OperationView changeState(String key, OperationState state) {
        Operation operation = reads.get(key);
        if (state == null) {
            throw InvalidInputException.of("state", "operation.state.required");
        }
        OperationState from = operation.getState();
        if (from == state) {
            return view(operation);
        }
        rules.requireMove(operation, state);
        operation.moveTo(state, clock.instant());
        if (state == OperationState.LIVE) {
            forms.keep(operation);
        }
        flush();
        audit.record(session.getCallerPrincipal(), "operation.state_changed", AUDIT_TARGET, operation.getKey(),
                Map.of("state", from + " -> " + state));
        return view(operation);
    }

    @Override
    public FormView preview(String key, List<Offer> offers, String language) {
        Operation operation = reads.get(key);
        List<Setting> wanted = offers == null ? settings.of(operation.getId()) : rules.resolve(offers);
        String shown = Languages.isSupported(language) ? language : Languages.DEFAULT;
        return forms.build(operation.getKey(), operation.getName(), 0, OperationSettings.items(wanted), shown, null, false);
    }

    @Override
    public String formContent(String key, int formVersion, String language) {
        Operation operation = reads.get(key);
        return versions.content(operation.getId(), formVersion, Languages.isSupported(language) ? language : Languages.DEFAULT)
                .orElseThrow(() -> new NotFoundException("operation.form_version.not_found", key, formVersion));
    }

    OperationView view(Operation operation) {
        List<Offer> offers = settings.of(operation.getId()).stream()
                .map(setting -> new Offer(setting.purpose().getKey(), setting.channels().stream().map(Channel::getKey).toList(),
                        setting.required()))
                .toList();
        int formVersion = versions.currentNumber(operation.getId());
        return new OperationView(operation.getKey(), operation.getName(), operation.getStartsOn(), operation.getEndsOn(),
                operation.getState(), operation.isOpenOn(today()), offers, formVersion, reads.submissions(operation.getId()),
                operation.getCreatedAt(), operation.getUpdatedAt(), operation.getVersion());
    }

    LocalDate today() {
        return timeZone.day(clock.instant());
    }

    private static void change(Map<String, Object> details, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            details.put(field, before + " -> " + after);
        }
    }

    private void flush() {
        ManagerSupport.flush(em);
    }
}
