package id.blitar.kiosk.member.service;

import java.util.List;

/**
 * One thing wrong with an import file.
 *
 * @param line the line of the file (1 is the header), 0 for the file as a whole
 * @param column the SLiMS column name the problem is in, empty for a whole line or the file
 * @param reason a translation key ({@code memberImport.problem.*})
 * @param arguments the values the reason names, in order
 */
public record ImportProblem(int line, String column, String reason, List<String> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(int line, String column, String reason, Object... arguments) {
        return new ImportProblem(
                line,
                column,
                reason,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
