package com.consentmanager.web;

import com.consentmanager.web.ConsoleNavigation.Group;
import com.consentmanager.web.ConsoleNavigation.Item;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's menu: every console page has its place (an editor under its list), every item is in
 * the template's menubar with a label in the bundle, and a role sees an item only when web.xml lets
 * it open the page (the template's {@code rendered} rules are read from the file and compared).
 */
class ConsoleNavigationTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path TEMPLATE = WEBAPP.resolve("WEB-INF/templates/console.xhtml");
    private static final Set<String> CONSOLE_ROLES = Set.of("ADMIN", "OPERATOR", "AUDITOR");
    private static final Pattern ROLE = Pattern.compile("isUserInRole\\('(\\w+)'\\)");

    @Test
    void editorsBelongToTheItemOfTheirList() {
        assertThat(Item.of("/console/purpose.xhtml")).contains(Item.PURPOSES);
        assertThat(Item.of("/console/purpose-versions.xhtml")).contains(Item.PURPOSES);
        assertThat(Item.of("/console/operation.xhtml")).contains(Item.OPERATIONS);
        assertThat(Item.of("/console/profile.xhtml")).contains(Item.PROFILES);
        assertThat(Item.PURPOSES.getOutcome()).isEqualTo("/console/purposes");
        assertThat(Item.PURPOSES.getGroup()).isEqualTo(Group.CONFIGURATION);
        assertThat(Item.GATE_TESTER.getGroup()).isEqualTo(Group.MONITORING);
        assertThat(Item.of("/login.xhtml")).isEmpty();
        assertThat(Item.of("/public/form.xhtml")).isEmpty();
    }

    @Test
    void everyConsolePageHasItsPlaceInTheMenu() throws IOException {
        try (Stream<Path> pages = Files.list(WEBAPP.resolve("console"))) {
            List<String> orphans = pages.map(page -> "/console/" + page.getFileName())
                    .filter(view -> view.endsWith(".xhtml"))
                    .filter(view -> Item.of(view).isEmpty())
                    .toList();
            assertThat(orphans).as("console pages outside the menu").isEmpty();
        }
    }

    @Test
    void everyItemIsInTheMenubarMarkedAndLabelled() throws Exception {
        String template = Files.readString(TEMPLATE);
        Properties texts = texts();
        for (Item item : Item.values()) {
            assertThat(template).as(item.name()).contains("consoleNavigation.current('" + item.name() + "')")
                    .contains("outcome=\"" + item.getOutcome() + "\"");
            assertThat(texts).as(item.getLabel()).containsKey(item.getLabel());
        }
        for (Group group : Group.values()) {
            assertThat(template).contains("consoleNavigation.groupClass('" + group.name() + "')");
            assertThat(texts).as(group.getLabel()).containsKey(group.getLabel());
        }
    }

    @Test
    void aRoleSeesAnItemOnlyWhenWebXmlLetsItOpenThePage() throws Exception {
        Map<String, Set<String>> admitted = admittedRoles();
        Document menu = xml(TEMPLATE);
        NodeList items = menu.getElementsByTagNameNS("*", "menuitem");
        Map<String, Set<String>> shown = new HashMap<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            Set<String> roles = new TreeSet<>(roles(item.getAttribute("rendered")));
            if (item.getParentNode() instanceof Element submenu && submenu.hasAttribute("rendered")) {
                roles.retainAll(roles(submenu.getAttribute("rendered")));
            }
            shown.put(item.getAttribute("outcome") + ".xhtml", roles);
        }
        assertThat(shown).containsKeys("/console/users.xhtml", "/console/imports.xhtml", "/console/gate-tester.xhtml");
        shown.forEach((page, roles) -> assertThat(roles).as(page)
                .isEqualTo(admitted.getOrDefault(page, admitted.get("/console/*"))));
        assertThat(shown.get("/console/gate-tester.xhtml")).isEqualTo(CONSOLE_ROLES);
        assertThat(shown.get("/console/audit.xhtml")).containsExactlyInAnyOrder("ADMIN", "AUDITOR");
    }

    /** The roles a {@code rendered} expression names; every console role when there is none. */
    private static Set<String> roles(String rendered) {
        if (rendered == null || rendered.isBlank()) {
            return CONSOLE_ROLES;
        }
        Set<String> roles = new TreeSet<>();
        Matcher matcher = ROLE.matcher(rendered);
        while (matcher.find()) {
            roles.add(matcher.group(1));
        }
        return roles;
    }

    /** web.xml: each URL pattern and the roles its constraint admits. */
    private static Map<String, Set<String>> admittedRoles() throws Exception {
        Document webXml = xml(WEBAPP.resolve("WEB-INF/web.xml"));
        Map<String, Set<String>> admitted = new HashMap<>();
        NodeList constraints = webXml.getElementsByTagNameNS("*", "security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            Set<String> roles = new TreeSet<>();
            NodeList names = constraint.getElementsByTagNameNS("*", "role-name");
            for (int j = 0; j < names.getLength(); j++) {
                roles.add(names.item(j).getTextContent().strip());
            }
            NodeList patterns = constraint.getElementsByTagNameNS("*", "url-pattern");
            for (int j = 0; j < patterns.getLength(); j++) {
                admitted.put("/" + patterns.item(j).getTextContent().strip().replaceFirst("^/", ""), roles);
            }
        }
        return admitted;
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Properties texts() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ConsoleNavigationTest.class.getResourceAsStream("/com/consentmanager/web/text.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
