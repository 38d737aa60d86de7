package id.blitar.kiosk.modeling.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import id.blitar.kiosk.modeling.service.ModelProblem;
import java.util.List;

/** Why a model file was not deployed, one line per problem, with the line of the file where known. */
class ProblemList extends Div {

    ProblemList() {
        setId("model-problems");
        addClassName("models-problems");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(List<ModelProblem> problems) {
        removeAll();
        setVisible(!problems.isEmpty());
        if (problems.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("models.problems.title", problems.size())));
        UnorderedList list = new UnorderedList();
        for (ModelProblem problem : problems) {
            String detail = problem.code() == ModelProblem.Code.NOT_XML
                    ? getTranslation("models.xml." + problem.detail())
                    : problem.detail();
            String text = getTranslation("models.problem." + problem.code().name(), detail);
            if (problem.line() > 0) {
                text = getTranslation("models.problems.line", String.valueOf(problem.line())) + " " + text;
            }
            list.add(new ListItem(text));
        }
        add(list);
    }

    void clear() {
        show(List.of());
    }
}
