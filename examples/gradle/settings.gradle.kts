rootProject.name = "shapesense-example"
