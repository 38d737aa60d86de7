package id.blitar.kiosk.modeling.service;

/** What a model file defines: BPMN processes or DMN decisions. */
public enum ModelKind {
    PROCESS(".bpmn"),
    DECISION(".dmn");

    private final String extension;

    ModelKind(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
