rootProject.name = "shapesense-intellij"
