// A standalone project using the nn API as a normal dependency. Copy this folder anywhere;
// `gradle run` runs the seed program (com.example.Seed). Needs Gradle 7.3 or newer (Java 17).
plugins {
    application
}

repositories {
    mavenLocal()    // where `mvn -B -ntp -pl nn install` puts dev.shapesense:nn
    mavenCentral()
}

val shapesenseVersion: String by project    // gradle.properties; -PshapesenseVersion=... overrides

dependencies {
    implementation("dev.shapesense:nn:$shapesenseVersion")
}

tasks.withType<JavaCompile>().configureEach {
    options.release.set(17)
    options.encoding = "UTF-8"
}

application {
    mainClass.set("com.example.Seed")
}
