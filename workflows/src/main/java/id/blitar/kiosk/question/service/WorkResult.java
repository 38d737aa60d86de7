package id.blitar.kiosk.question.service;

/**
 * The result of a librarian's action: on a task of the worklist ({@code QuestionTasks}), a note, or the FAQ
 * ({@link FaqCatalogue}). Nothing is thrown for a business outcome; a refusal carries a translation key.
 */
public sealed interface WorkResult {

    record Done() implements WorkResult {}

    /** Someone else holds the task (for a claim: won the race). */
    record TakenBy(String user) implements WorkResult {}

    /** The task no longer exists: completed or cancelled meanwhile. */
    record Gone() implements WorkResult {}

    /** Not allowed or bad input: nothing changed; a translation key. */
    record Rejected(String problem) implements WorkResult {}

    static WorkResult done() {
        return new Done();
    }
}
