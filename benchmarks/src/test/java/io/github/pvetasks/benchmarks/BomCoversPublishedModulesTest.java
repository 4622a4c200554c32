package io.github.pvetasks.benchmarks;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's check that the BOM lists exactly our published artifacts: every module of the root
 * POM except the BOM itself and modules that skip deployment (benchmarks). It lives here because
 * benchmarks is never published and builds after every other module.
 */
class BomCoversPublishedModulesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final String GROUP = "io.github.pvetasks";

    @Test
    void bomListsEveryPublishedModuleAtTheProjectVersionAndNothingElse() throws Exception {
        Document root = parse(ROOT.resolve("pom.xml"));
        String version = text(root.getDocumentElement(), "version");
        Map<String, Boolean> modules = new TreeMap<>();
        for (String module : children(root.getDocumentElement(), "modules", "module")) {
            Document pom = parse(ROOT.resolve(module).resolve("pom.xml"));
            Element props = first(pom.getDocumentElement(), "properties");
            boolean skipped = props != null && "true".equals(text(props, "maven.deploy.skip"));
            modules.put(text(pom.getDocumentElement(), "artifactId"), !skipped);
        }
        assertThat(modules).as("modules of the root POM").containsKeys("pve-tasks-bom", "pve-tasks-core", "pve-tasks-benchmarks");

        Document bom = parse(ROOT.resolve("bom/pom.xml"));
        assertThat(first(bom.getDocumentElement(), "parent")).as("the BOM must have no parent that could pin third-party versions").isNull();
        assertThat(text(bom.getDocumentElement(), "version")).as("BOM version").isEqualTo(version);

        Map<String, String> listed = new TreeMap<>();
        Element management = first(bom.getDocumentElement(), "dependencyManagement");
        for (Element dep : elements(first(management, "dependencies"), "dependency")) {
            assertThat(text(dep, "groupId")).as("the BOM lists only our artifacts").isEqualTo(GROUP);
            listed.put(text(dep, "artifactId"), text(dep, "version"));
        }
        TreeSet<String> published = new TreeSet<>();
        modules.forEach((artifact, isPublished) -> {
            if (isPublished && !artifact.equals("pve-tasks-bom")) {
                published.add(artifact);
            }
        });
        assertThat(listed.keySet()).as("artifacts in bom/pom.xml (add every published module, and only those)")
                .containsExactlyElementsOf(published);
        assertThat(listed.values()).as("versions in bom/pom.xml").allMatch(version::equals);
    }

    private static Document parse(Path pom) throws Exception {
        assertThat(Files.exists(pom)).as("%s exists", pom).isTrue();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(pom.toFile());
    }

    private static Element first(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> list = elements(parent, name);
        return list.isEmpty() ? null : list.get(0);
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Element e = first(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    private static List<String> children(Element parent, String container, String name) {
        List<String> out = new ArrayList<>();
        for (Element e : elements(first(parent, container), name)) {
            out.add(e.getTextContent().strip());
        }
        return out;
    }
}
