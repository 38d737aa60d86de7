package id.blitar.kiosk.member.service;

/** Told how far an import has got, so that a screen can show a progress bar. Called often: keep it cheap. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (stage, done, total) -> {};

    /** What the import is doing. */
    enum Stage {
        /** Every row is checked before anything is written. */
        CHECKING,
        /** The checked rows are written in one transaction. */
        WRITING
    }

    void update(Stage stage, int done, int total);
}
