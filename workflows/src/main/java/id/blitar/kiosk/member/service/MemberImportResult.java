package id.blitar.kiosk.member.service;

import java.util.List;

/**
 * What came of an import: either every row was written (counts) or the file was refused whole
 * (problems, nothing stored).
 *
 * @param rows the member rows in the file
 * @param problems at most {@link MemberImport#MAX_PROBLEMS} problems, sorted by line and column; empty when accepted
 * @param moreProblems how many further problems were found but not listed
 */
public record MemberImportResult(
        int rows, int inserted, int updated, int unchanged, List<ImportProblem> problems, int moreProblems) {

    public MemberImportResult {
        problems = List.copyOf(problems);
    }

    static MemberImportResult imported(int rows, int inserted, int updated, int unchanged) {
        return new MemberImportResult(rows, inserted, updated, unchanged, List.of(), 0);
    }

    static MemberImportResult rejected(int rows, List<ImportProblem> problems, int moreProblems) {
        return new MemberImportResult(rows, 0, 0, 0, problems, moreProblems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    /**
     * Whether the file was fine but refused because another change to the same members happened at the same
     * time (nothing stored; trying again will do).
     */
    public boolean conflict() {
        return problems.size() == 1 && problems.get(0).reason().equals(MemberImport.CONFLICT);
    }

    /** All problems found, listed or not. */
    public int problemCount() {
        return problems.size() + moreProblems;
    }
}
