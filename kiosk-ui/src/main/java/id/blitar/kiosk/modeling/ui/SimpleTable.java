package id.blitar.kiosk.modeling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A plain HTML table for the managers' short lists (versions, changes, counts per step): screen
 * readers and axe read it as a table, which a Vaadin grid with all rows visible does not manage.
 */
class SimpleTable<T> extends Div {

    private record Column<T>(String header, Function<T, Object> value, boolean number) {}

    private final List<Column<T>> columns = new ArrayList<>();

    SimpleTable(String id) {
        setId(id);
        addClassName("models-table-wrap");
    }

    SimpleTable<T> column(String header, Function<T, Object> value) {
        columns.add(new Column<>(header, value, false));
        return this;
    }

    SimpleTable<T> number(String header, Function<T, Object> value) {
        columns.add(new Column<>(header, value, true));
        return this;
    }

    void setItems(List<T> items) {
        removeAll();
        getElement().removeAllChildren();
        Element table = new Element("table");
        table.getClassList().add("models-table");
        Element head = new Element("thead");
        Element headRow = new Element("tr");
        for (Column<T> column : columns) {
            Element th = new Element("th").setText(column.header());
            th.setAttribute("scope", "col");
            headRow.appendChild(th);
        }
        head.appendChild(headRow);
        Element body = new Element("tbody");
        for (T item : items) {
            Element row = new Element("tr");
            for (Column<T> column : columns) {
                Element td = new Element("td");
                if (column.number()) {
                    td.getClassList().add("models-number");
                }
                Object value = column.value().apply(item);
                if (value instanceof Component component) {
                    td.appendChild(component.getElement());
                } else {
                    td.setText(value == null ? "" : String.valueOf(value));
                }
                row.appendChild(td);
            }
            body.appendChild(row);
        }
        table.appendChild(head, body);
        getElement().appendChild(table);
    }
}
