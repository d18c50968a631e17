// The ShapeSense plugin for IntelliJ IDEA, built with the IntelliJ Platform Gradle Plugin 2.x.
// It needs the repository's server jar: run `mvn -B -ntp package` at the repository root first.

plugins {
    id("java")
    id("org.jetbrains.intellij.platform") version "2.16.0"
}

group = "dev.shapesense"
version = providers.gradleProperty("pluginVersion").get()

repositories {
    mavenCentral()
    intellijPlatform {
        defaultRepositories()
    }
}

dependencies {
    intellijPlatform {
        intellijIdeaCommunity(providers.gradleProperty("platformVersion"))
        bundledPlugin("com.intellij.java")
        // LSP4IJ brings LSP4J and Gson in its own class loader; this plugin declares neither,
        // so no second LSP4J ends up in the plugin (LSP4IJ's developer guide requires that).
        plugin("com.redhat.devtools.lsp4ij:${providers.gradleProperty("lsp4ijVersion").get()}")
    }
}

java {
    toolchain {
        languageVersion = JavaLanguageVersion.of(21)
    }
}

intellijPlatform {
    pluginConfiguration {
        version = providers.gradleProperty("pluginVersion")
        ideaVersion {
            sinceBuild = providers.gradleProperty("pluginSinceBuild")
            untilBuild = provider { null }
        }
    }
    buildSearchableOptions = false
}

// The language server jar built by Maven (`server/target/shapesense.jar`).
val serverJar = layout.projectDirectory.file("../../server/target/shapesense.jar")

tasks {
    prepareSandbox {
        // Bundled as <plugin>/server/shapesense.jar, outside lib/: IntelliJ never puts it on the
        // plugin's class path, and ServerLaunch.bundledJar finds it there.
        from(serverJar) {
            into("${intellijPlatform.projectName.get()}/server")
        }
        doFirst {
            if (!serverJar.asFile.isFile) {
                throw GradleException(
                    "Missing ${serverJar.asFile}: run `mvn -B -ntp package` at the repository root first."
                )
            }
        }
    }
}
