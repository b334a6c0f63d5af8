package com.consentmanager.web.apiclient;

import com.consentmanager.apiclient.boundary.ApiClientManagement;
import com.consentmanager.apiclient.boundary.ApiClientView;
import com.consentmanager.apiclient.boundary.IssuedApiKey;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.Scope;
import com.consentmanager.web.ConsoleMessages;
import com.consentmanager.web.ConsoleTimes;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /console/api-clients.xhtml}: lists the API keys, issues one (its key is shown once,
 * in this view only) and revokes them. Rules live in {@link ApiClientManagement}.
 */
@Named
@ViewScoped
public class ApiClientsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "issue:client-name", "scopes", "issue:scopes");

    @Inject
    ConsoleTimes times;

    @EJB
    private ApiClientManagement management;

    @Inject
    private ConsoleMessages messages;

    private List<ApiClientView> clients;
    private String name;
    private List<String> scopes = new ArrayList<>();
    private String issuedToken;

    @PostConstruct
    void load() {
        clients = management.list();
    }

    public void issue() {
        try {
            IssuedApiKey issued = management.issue(name, scopes);
            issuedToken = issued.token();
            name = null;
            scopes = new ArrayList<>();
            load();
        } catch (BusinessException e) {
            issuedToken = null;
            messages.refusal(e, FIELDS);
        }
    }

    public void revoke(String prefix) {
        management.revoke(prefix);
        issuedToken = null;
        load();
    }

    /** A moment as the console shows it: minutes, in the company's time zone. */
    public String when(Instant instant) {
        return times.minutes(instant);
    }

    public List<String> getScopeNames() {
        return Arrays.stream(Scope.values()).map(Scope::roleName).toList();
    }

    public List<ApiClientView> getClients() {
        return clients;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    /** The key just issued, shown once; null otherwise. */
    public String getIssuedToken() {
        return issuedToken;
    }
}
