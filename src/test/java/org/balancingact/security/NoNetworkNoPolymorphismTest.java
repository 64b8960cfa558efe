package org.balancingact.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The app reads local files only and must never open a connection: students run it offline, and a
 * timeline file must not be able to make it fetch anything. These tests read our compiled classes'
 * constant pools (where every class and method a class uses is named) and fail on any network API,
 * on Jackson's polymorphic typing (the door to deserialisation attacks), and on HTML rendering.
 */
class NoNetworkNoPolymorphismTest {
    private static final Path CLASSES = Path.of("target/classes/org/balancingact");

    /** Class and member names that would open a connection or resolve a remote resource. */
    private static final List<String> NETWORK = List.of("java/net/http/", "java/net/Socket", "java/net/ServerSocket",
            "java/net/DatagramSocket", "java/net/HttpURLConnection", "java/net/URLConnection", "openConnection",
            "openStream", "javax/net/ssl/", "java/nio/channels/SocketChannel");
    private static final List<String> POLYMORPHIC = List.of("activateDefaultTyping", "enableDefaultTyping",
            "JsonTypeInfo", "PolymorphicTypeValidator", "setDefaultTyping");
    private static final List<String> MARKUP = List.of("javafx/scene/web/", "HTMLEditor", "WebView");

    private static List<String> offenders(List<String> forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                // class files name what they use in modified UTF-8, which is plain ASCII for these names
                String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String name : forbidden) {
                    if (pool.contains(name)) {
                        found.add(CLASSES.relativize(file) + " uses " + name);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void theCompiledAppHasClassesToCheck() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            assertTrue(files.filter(p -> p.toString().endsWith(".class")).count() > 50);
        }
    }

    @Test
    void noClassOfOursOpensANetworkConnection() throws IOException {
        assertEquals(List.of(), offenders(NETWORK));
    }

    @Test
    void jacksonIsNeverAskedForPolymorphicTyping() throws IOException {
        assertEquals(List.of(), offenders(POLYMORPHIC));
    }

    @Test
    void importedTextIsNeverRenderedAsMarkup() throws IOException {
        assertEquals(List.of(), offenders(MARKUP));
        assertFalse(ModuleLayer.boot().findModule("javafx.web").isPresent() && moduleRequiresWeb(),
                "the app module does not read javafx.web");
    }

    private static boolean moduleRequiresWeb() {
        return ModuleLayer.boot().findModule("org.balancingact")
                .map(m -> m.getDescriptor().requires().stream().anyMatch(r -> r.name().equals("javafx.web")))
                .orElse(false);
    }

    @Test
    void theScanWouldSeeAForbiddenName() throws IOException {
        // guard against a scan that silently matches nothing: a name we do use is found
        try (Stream<Path> files = Files.walk(CLASSES)) {
            long readers = files.filter(p -> p.toString().endsWith(".class")).filter(p -> {
                try {
                    return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains("com/fasterxml/jackson/databind/ObjectMapper");
                } catch (IOException e) {
                    return false;
                }
            }).count();
            assertTrue(readers >= 1);
        }
    }
}
