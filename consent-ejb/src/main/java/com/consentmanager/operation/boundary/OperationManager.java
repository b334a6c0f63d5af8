package com.consentmanager.operation.boundary;

import com.consentmanager.operation.control.FormViews;
import com.consentmanager.audit.control.AuditLog;
import com.consentmanager.channel.entity.Channel;
import com.consentmanager.operation.control.FormVersions;
import com.consentmanager.operation.control.OperationSettings;
import com.consentmanager.operation.control.OperationSettings.Setting;
import com.consentmanager.operation.entity.Operation;
import com.consentmanager.operation.entity.OperationState;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Languages;
import com.consentmanager.platform.LikePattern;
import com.consentmanager.platform.ManagerSupport;
import com.consentmanager.platform.NotFoundException;
import com.consentmanager.platform.TechnicalKeys;
import com.consentmanager.purpose.entity.Purpose;
import com.consentmanager.purpose.entity.PurposeKind;
import com.consentmanager.platform.Role;
import com.consentmanager.platform.Scope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Marketing operations: their name, key, dates and state, and their data-acquisition tab (which
 * purposes the form offers, in which order, on which channels, answer required or not). Every
 * change is audited before → after; a change of what the form shows makes a new form version
 * (see {@link FormVersions}).
 */
@Stateless(name = "OperationManager")
@DeclareRoles({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME, Scope.OPERATIONS_WRITE_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.AUDITOR_NAME, Scope.CONFIG_READ_NAME, Scope.OPERATIONS_WRITE_NAME})
public class OperationManager implements OperationManagement {

    static final String AUDIT_TARGET = "operation";
    /** Operations start and end on calendar days in the company's time zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    OperationSettings settings;

    @Inject
    FormVersions versions;

    @Inject
    FormViews forms;

    @Resource
    SessionContext session;

    @Override
    public List<OperationView> listOperations(OperationFilter filter, int first, int max) {
        return filtered(filter, "select o from Operation o", " order by o.updatedAt desc, o.key", Operation.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultStream().map(this::view).toList();
    }

    @Override
    public long countOperations(OperationFilter filter) {
        return filtered(filter, "select count(o) from Operation o", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(OperationFilter filter, String select, String order, Class<T> type) {
        OperationFilter criteria = filter == null ? new OperationFilter() : filter;
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (criteria.getState() != null) {
            where.add("o.state = :state");
            parameters.put("state", criteria.getState());
        }
        if (criteria.getText() != null && !criteria.getText().isBlank()) {
            where.add("(lower(o.key) like :text escape '\\' or lower(o.name) like :text escape '\\')");
            parameters.put("text", LikePattern.containing(criteria.getText()));
        }
        TypedQuery<T> query = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public OperationView getOperation(String key) {
        return view(existing(key));
    }

    @Override
    public String suggestKey(String name) {
        return TechnicalKeys.fromText(name);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.OPERATIONS_WRITE_NAME})
    public OperationView createOperation(OperationDraft draft) {
        List<FieldViolation> violations = new ArrayList<>();
        String name = checkDraft(draft, violations);
        String key = blank(draft.getKey()) == null ? TechnicalKeys.fromText(name == null ? "" : name) : draft.getKey().strip();
        if (name != null || blank(draft.getKey()) != null) {
            TechnicalKeys.check("key", key, "operation").ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ensureKeyIsFree(key);
        Operation operation = new Operation(key, name, draft.getStartsOn(), draft.getEndsOn(), clock.instant());
        em.persist(operation);
        flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", name);
        details.put("startsOn", draft.getStartsOn());
        details.put("endsOn", draft.getEndsOn());
        audit.record(session.getCallerPrincipal(), "operation.created", AUDIT_TARGET, key, details);
        return view(operation);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.OPERATIONS_WRITE_NAME})
    public OperationView updateOperation(String key, OperationDraft draft) {
        Operation operation = existing(key);
        List<FieldViolation> violations = new ArrayList<>();
        String name = checkDraft(draft, violations);
        String newKey = blank(draft.getKey()) == null ? operation.getKey() : draft.getKey().strip();
        if (!newKey.equals(operation.getKey())) {
            TechnicalKeys.check("key", newKey, "operation").ifPresent(violations::add);
            if (submissions(operation.getId()) > 0) {
                violations.add(new FieldViolation("key", "operation.key.locked"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!newKey.equals(operation.getKey())) {
            ensureKeyIsFree(newKey);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        change(details, "key", operation.getKey(), newKey);
        change(details, "name", operation.getName(), name);
        change(details, "startsOn", operation.getStartsOn(), draft.getStartsOn());
        change(details, "endsOn", operation.getEndsOn(), draft.getEndsOn());
        if (details.isEmpty()) {
            return view(operation);
        }
        operation.change(newKey, name, draft.getStartsOn(), draft.getEndsOn(), clock.instant());
        flush();
        // The operation's name is part of what its form shows.
        forms.keep(operation);
        audit.record(session.getCallerPrincipal(), "operation.updated", AUDIT_TARGET, newKey, details);
        return view(operation);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Scope.OPERATIONS_WRITE_NAME})
    public OperationView configureForm(String key, List<Offer> offers) {
        Operation operation = existing(key);
        List<Setting> wanted = resolve(offers);
        if (wanted.isEmpty() && operation.getState() == OperationState.LIVE) {
            // The public form would keep showing the last form version while the console shows nothing.
            throw new ConflictException("operation.live.offer_required", operation.getKey());
        }
        List<Setting> before = settings.of(operation.getId());
        String beforeText = describe(before);
        String afterText = describe(wanted);
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
        Operation operation = existing(key);
        if (state == null) {
            throw InvalidInputException.of("state", "operation.state.required");
        }
        OperationState from = operation.getState();
        if (from == state) {
            return view(operation);
        }
        boolean allowed = switch (state) {
            case LIVE -> true;
            case CLOSED -> from == OperationState.LIVE;
            case DRAFT -> false;
        };
        if (!allowed) {
            throw new ConflictException("operation.state.transition", from, state);
        }
        if (state == OperationState.LIVE && settings.of(operation.getId()).isEmpty()) {
            throw new ConflictException("operation.live.no_offer");
        }
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
        Operation operation = existing(key);
        List<Setting> wanted = offers == null ? settings.of(operation.getId()) : resolve(offers);
        String shown = Languages.isSupported(language) ? language : Languages.DEFAULT;
        return forms.build(operation.getKey(), operation.getName(), 0, OperationSettings.items(wanted), shown, null, false);
    }

    @Override
    public String formContent(String key, int formVersion, String language) {
        Operation operation = existing(key);
        return versions.content(operation.getId(), formVersion, Languages.isSupported(language) ? language : Languages.DEFAULT)
                .orElseThrow(() -> new NotFoundException("operation.form_version.not_found", key, formVersion));
    }

    // ---- helpers

    private List<Setting> resolve(List<Offer> offers) {
        List<FieldViolation> violations = new ArrayList<>();
        List<Setting> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Offer> given = offers == null ? List.of() : offers;
        for (int i = 0; i < given.size(); i++) {
            Offer offer = given.get(i);
            String field = "offers[" + i + "]";
            if (offer == null || blank(offer.getPurpose()) == null) {
                violations.add(new FieldViolation(field + ".purpose", "choice.purpose.required"));
                continue;
            }
            Purpose purpose = em.createNamedQuery(Purpose.BY_KEY, Purpose.class).setParameter("key", offer.getPurpose().strip())
                    .getResultStream().findFirst().orElse(null);
            if (purpose == null) {
                violations.add(new FieldViolation(field + ".purpose", "purpose.not_found", offer.getPurpose()));
                continue;
            }
            if (!seen.add(purpose.getKey())) {
                violations.add(new FieldViolation(field + ".purpose", "operation.offer.duplicate", purpose.getKey()));
                continue;
            }
            if (!purpose.isActive()) {
                violations.add(new FieldViolation(field + ".purpose", "choice.purpose.archived", purpose.getKey()));
            }
            List<Channel> channels = new ArrayList<>();
            for (String channelKey : offer.getChannels()) {
                Channel channel = purpose.getChannels().stream().filter(candidate -> candidate.getKey().equals(channelKey))
                        .findFirst().orElse(null);
                if (channel == null) {
                    violations.add(new FieldViolation(field + ".channels", "choice.channel.not_covered", channelKey, purpose.getKey()));
                } else if (!channels.contains(channel)) {
                    channels.add(channel);
                }
            }
            if (channels.isEmpty() && offer.getChannels().isEmpty()) {
                violations.add(new FieldViolation(field + ".channels", "operation.offer.channel_required", purpose.getKey()));
            }
            resolved.add(new Setting(purpose, channels, purpose.getKind() == PurposeKind.CONSENT && offer.isRequired()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return resolved;
    }

    private static String describe(List<Setting> settings) {
        return settings.stream().map(setting -> setting.purpose().getKey()
                        + setting.channels().stream().map(Channel::getKey).toList() + (setting.required() ? "!" : ""))
                .toList().toString();
    }

    private String checkDraft(OperationDraft draft, List<FieldViolation> violations) {
        if (draft == null) {
            throw InvalidInputException.of("name", "operation.name.required");
        }
        String name = blank(draft.getName());
        if (name == null) {
            violations.add(new FieldViolation("name", "operation.name.required"));
        } else if (name.length() > Operation.NAME_MAX_LENGTH) {
            violations.add(new FieldViolation("name", "operation.name.too_long", Operation.NAME_MAX_LENGTH));
        }
        if (draft.getStartsOn() != null && draft.getEndsOn() != null && draft.getEndsOn().isBefore(draft.getStartsOn())) {
            violations.add(new FieldViolation("endsOn", "operation.dates.order"));
        }
        return name;
    }

    private void ensureKeyIsFree(String key) {
        if (em.createNamedQuery(Operation.BY_KEY, Operation.class).setParameter("key", key).getResultStream().findAny().isPresent()) {
            throw new ConflictException(new FieldViolation("key", "operation.key.taken", key));
        }
    }

    Operation existing(String key) {
        if (blank(key) == null) {
            throw new NotFoundException("operation.not_found", String.valueOf(key));
        }
        return em.createNamedQuery(Operation.BY_KEY, Operation.class).setParameter("key", key.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("operation.not_found", key));
    }

    private long submissions(long operationId) {
        return ((Number) em.createNativeQuery("select count(*) from operation_submission where operation_id = ?1")
                .setParameter(1, operationId).getSingleResult()).longValue();
    }

    OperationView view(Operation operation) {
        List<Offer> offers = settings.of(operation.getId()).stream()
                .map(setting -> new Offer(setting.purpose().getKey(), setting.channels().stream().map(Channel::getKey).toList(),
                        setting.required()))
                .toList();
        int formVersion = versions.currentNumber(operation.getId());
        return new OperationView(operation.getKey(), operation.getName(), operation.getStartsOn(), operation.getEndsOn(),
                operation.getState(), operation.isOpenOn(today()), offers, formVersion, submissions(operation.getId()),
                operation.getCreatedAt(), operation.getUpdatedAt(), operation.getVersion());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private static void change(Map<String, Object> details, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            details.put(field, before + " -> " + after);
        }
    }

    private void flush() {
        ManagerSupport.flush(em);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
