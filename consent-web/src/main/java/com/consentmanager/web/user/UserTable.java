package com.consentmanager.web.user;

import com.consentmanager.platform.Role;
import com.consentmanager.user.boundary.ConsoleUserManagement;
import com.consentmanager.user.boundary.ConsoleUserView;
import com.consentmanager.user.boundary.UserFilter;
import com.consentmanager.web.KeyedLazyModel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * The users table, one page at a time: paging and the filters above the table (username, role,
 * enabled) are applied by the database, never in memory.
 */
@Dependent
public class UserTable extends KeyedLazyModel<ConsoleUserView> {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConsoleUserManagement management;

    private String username;
    private Role role;
    private Boolean enabled;

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        return Math.toIntExact(management.countUsers(filter()));
    }

    @Override
    public List<ConsoleUserView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> columnFilters) {
        return management.listUsers(filter(), first, pageSize);
    }

    @Override
    protected Object key(ConsoleUserView user) {
        return user.getUsername();
    }

    private UserFilter filter() {
        return new UserFilter(username, role, enabled);
    }

    public String getUsername() { return username; }

    public void setUsername(String username) { this.username = username; }

    public Role getRole() { return role; }

    public void setRole(Role role) { this.role = role; }

    public Boolean getEnabled() { return enabled; }

    public void setEnabled(Boolean enabled) { this.enabled = enabled; }
}
