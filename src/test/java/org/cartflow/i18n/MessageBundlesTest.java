package org.cartflow.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cartflow.common.CommonText;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle of the application (each {@code @MessageBundle} interface under org.cartflow) has a Japanese
 * text for each of its messages, and the Japanese text uses the same parameters as the English one. Qute would
 * otherwise fall back to English silently.
 */
class MessageBundlesTest {

    @Test
    void everyMessageHasAJapaneseTextWithTheSameParameters() throws Exception {
        List<Class<?>> bundles = bundles();
        assertFalse(bundles.size() < 2, "found bundles " + bundles);
        List<String> problems = new ArrayList<>();
        for (Class<?> bundle : bundles) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            name = MessageBundle.DEFAULTED_NAME.equals(name) ? MessageBundle.DEFAULT_NAME : name;
            Properties ja = load("messages/" + name + "_ja.properties");
            for (Method m : bundle.getDeclaredMethods()) {
                Message message = m.getAnnotation(Message.class);
                if (message == null) {
                    continue;
                }
                String ja1 = ja.getProperty(m.getName());
                if (ja1 == null || ja1.isBlank()) {
                    problems.add(bundle.getSimpleName() + "." + m.getName() + ": no Japanese text");
                } else if (!parameters(message.value()).equals(parameters(ja1))) {
                    problems.add(bundle.getSimpleName() + "." + m.getName() + ": parameters " + parameters(ja1)
                            + " differ from " + parameters(message.value()));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static TreeSet<String> parameters(String template) {
        TreeSet<String> out = new TreeSet<>();
        var m = java.util.regex.Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_.]*)").matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The bundle interfaces among the compiled main classes. */
    private static List<Class<?>> bundles() throws IOException, URISyntaxException {
        Path root = Path.of(CommonText.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/cartflow"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(name, false, MessageBundlesTest.class.getClassLoader());
                    if (c.isInterface() && c.isAnnotationPresent(MessageBundle.class)) {
                        out.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Class::getName));
        return out;
    }

    @Test
    void theBundlesAreFound() throws Exception {
        var names = bundles().stream().map(Class::getSimpleName).toList();
        assertFalse(!names.containsAll(Arrays.asList("CommonText", "EligibilityText", "Msg")), names.toString());
    }
}
