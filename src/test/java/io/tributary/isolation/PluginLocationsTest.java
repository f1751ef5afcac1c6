package io.tributary.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apache's plugin.path layout rules: what a plugin location is, and what its class path is. */
class PluginLocationsTest {

    @TempDir
    Path temp;

    @Test
    void eachDirectoryJarOrClassFileInAPluginPathDirectoryIsALocation() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("a-plugin"));
        Path jar = touch(temp.resolve("b-uber.jar"));
        Path zip = touch(temp.resolve("c.ZIP"));
        touch(temp.resolve("README.txt"));

        assertThat(PluginLocations.of(temp)).containsExactly(dir, jar, zip);
        assertThat(PluginLocations.of(jar)).containsExactly(jar);
    }

    @Test
    void directoryContributesAllItsJarsEvenNested() throws IOException {
        Path plugin = temp.resolve("plugin");
        Path a = touch(plugin.resolve("a.jar"));
        Path b = touch(plugin.resolve("lib").resolve("deep").resolve("b.jar"));
        touch(plugin.resolve("com").resolve("example").resolve("Loose.class")); // ignored next to jars

        assertThat(PluginLocations.classPathOf(plugin)).containsExactlyInAnyOrder(a.toRealPath(), b.toRealPath());
    }

    @Test
    void directoryWithOnlyClassFilesIsAClassDirectory() throws IOException {
        Path plugin = temp.resolve("classes");
        touch(plugin.resolve("com").resolve("example").resolve("MyConnector.class"));

        assertThat(PluginLocations.classPathOf(plugin)).containsExactly(plugin);
    }

    @Test
    void symbolicLinksAreFollowedOnceAndDanglingOnesIgnored() throws IOException {
        Path plugin = Files.createDirectories(temp.resolve("plugin"));
        Path real = touch(temp.resolve("elsewhere").resolve("real.jar"));
        Files.createSymbolicLink(plugin.resolve("link.jar"), real);
        Files.createSymbolicLink(plugin.resolve("loop"), plugin);
        Files.createSymbolicLink(plugin.resolve("dangling.jar"), temp.resolve("missing.jar"));

        assertThat(PluginLocations.classPathOf(plugin)).containsExactly(real.toRealPath());
    }

    @Test
    void classFileDirectlyOnPluginPathAndMissingPathsAreErrors() throws IOException {
        Path loose = touch(temp.resolve("Loose.class"));
        assertThatThrownBy(() -> PluginLocations.classPathOf(loose)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> PluginLocations.of(temp.resolve("missing"))).isInstanceOf(IOException.class);
        assertThat(PluginLocations.classPathOf(Files.createDirectories(temp.resolve("empty")))).isEmpty();
    }

    private static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[0]);
    }
}
