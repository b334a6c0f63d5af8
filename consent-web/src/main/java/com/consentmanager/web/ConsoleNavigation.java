package com.consentmanager.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where the console's page sits in its menu, for the menubar of {@code console.xhtml} (the current
 * item carries {@code aria-current="page"} and, with its group, a visible mark) and for the
 * breadcrumbs of the editors (group › list › this item). An editor belongs to the item of its list:
 * the purpose editor and its version history to "consents and legal bases", a person to "profiles".
 * Which role sees which item is the template's business; the pages' security constraints are in
 * {@code web.xml}.
 */
@Named
@RequestScoped
public class ConsoleNavigation {

    /** The menubar's groups, in their order; {@code console.menu.<name in lower case>} is the label. */
    public enum Group {
        CONFIGURATION, COLLECTION, PEOPLE, MONITORING, ADMINISTRATION;

        public String getLabel() {
            return "console.menu." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The menu's items: their group, the label key, the list page first, then the pages that belong to it. */
    public enum Item {
        PURPOSES(Group.CONFIGURATION, "console.nav.purposes", "purposes", "purpose", "purpose-versions"),
        CHANNELS(Group.CONFIGURATION, "console.nav.channels", "channels"),
        PARTNERS(Group.CONFIGURATION, "console.nav.partners", "partners"),
        OPERATIONS(Group.COLLECTION, "operations.nav", "operations", "operation"),
        IMPORTS(Group.COLLECTION, "imports.nav", "imports"),
        PROFILES(Group.PEOPLE, "console.nav.profiles", "profiles", "profile"),
        CONFIRMATIONS(Group.PEOPLE, "console.nav.confirmations", "confirmations"),
        DASHBOARD(Group.MONITORING, "console.nav.dashboard", "dashboard", "index"),
        EXPIRY(Group.MONITORING, "expiry.nav", "expiry"),
        AUDIT(Group.MONITORING, "console.nav.audit", "audit"),
        GATE_TESTER(Group.MONITORING, "gate_tester.nav", "gate-tester"),
        USERS(Group.ADMINISTRATION, "users.nav", "users"),
        API_CLIENTS(Group.ADMINISTRATION, "console.nav.api_clients", "api-clients"),
        /** Beside the groups: the signed-in user's own account. */
        ACCOUNT(null, "account.nav", "account");

        private static final String CONSOLE = "/console/";

        private final Group group;
        private final String label;
        private final List<String> pages;

        Item(Group group, String label, String... pages) {
            this.group = group;
            this.label = label;
            this.pages = List.of(pages);
        }

        /** The item a view belongs to, if any. */
        public static Optional<Item> of(String viewId) {
            return Arrays.stream(values()).filter(item -> item.viewIds().contains(viewId)).findFirst();
        }

        public Group getGroup() {
            return group;
        }

        /** The key of its label in the {@code text} bundle. */
        public String getLabel() {
            return label;
        }

        /** The outcome of its list page, e.g. {@code /console/purposes}. */
        public String getOutcome() {
            return CONSOLE + pages.get(0);
        }

        public List<String> viewIds() {
            return pages.stream().map(page -> CONSOLE + page + ".xhtml").toList();
        }
    }

    private Optional<Item> current;

    /** {@code aria-current} of an item's link: "page" on the item of this page (or of its list). */
    public String current(String item) {
        return isCurrent(Item.valueOf(item)) ? "page" : "false";
    }

    /** The CSS class that marks the current item's link. */
    public String itemClass(String item) {
        return isCurrent(Item.valueOf(item)) ? "current" : "";
    }

    /** The CSS class that marks the group holding the current item. */
    public String groupClass(String group) {
        Group wanted = Group.valueOf(group);
        return currentItem().map(Item::getGroup).filter(wanted::equals).isPresent() ? "current-group" : "";
    }

    /** The item of this page; empty on a page outside the menu. */
    public Optional<Item> currentItem() {
        if (current == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            UIViewRoot view = faces == null ? null : faces.getViewRoot();
            current = view == null ? Optional.empty() : Item.of(view.getViewId());
        }
        return current;
    }

    /** For the breadcrumbs: the item of this page (null outside the menu). */
    public Item getItem() {
        return currentItem().orElse(null);
    }

    private boolean isCurrent(Item item) {
        return currentItem().filter(item::equals).isPresent();
    }
}
