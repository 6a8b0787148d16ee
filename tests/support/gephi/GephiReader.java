// Opens graph files with the Gephi Toolkit as Gephi's import does (ImportController, the
// importer Gephi picks by file extension, its default settings, the DefaultProcessor for the
// first file and the AppendProcessor for the next, as "Append to existing workspace") and prints
// what Gephi holds afterwards as JSON on stdout: nodes, edges with their direction, kind and
// intervals, every attribute column with its type, and the import report's issues.
// Usage: java -cp 'lib/*:classes' GephiReader FILE[,FILE...]...  (one workspace per argument)
import java.io.File;
import java.lang.reflect.Array;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.AppendProcessor;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

public class GephiReader {
    public static void main(String[] args) throws Exception {
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < args.length; i++) {
            Workspace workspace = i == 0 ? projects.getCurrentWorkspace()
                : projects.newWorkspace(projects.getCurrentProject());
            projects.openWorkspace(workspace);
            out.append(i == 0 ? "" : ",\n").append(read(args[i].split(","), workspace));
        }
        System.out.print(out.append("]\n"));
        System.out.flush();
        System.exit(0);
    }

    /** Opens the files into the workspace, one after the other, and describes what Gephi holds. */
    private static String read(String[] files, Workspace workspace) throws Exception {
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        List<String> issues = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            Container container = importer.importFile(new File(files[i]));
            if (container == null) throw new IllegalStateException("Gephi could not open " + files[i]);
            container.verify();
            for (Issue issue : container.getReport().getIssuesList(Integer.MAX_VALUE)) {
                if (issue.getLevel().toInteger() >= Issue.Level.WARNING.toInteger()) {
                    issues.add(issue.getLevel() + ": " + issue.getMessage());
                }
            }
            importer.process(container, i == 0 ? new DefaultProcessor() : new AppendProcessor(), workspace);
        }
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        StringBuilder out = new StringBuilder("{\"issues\":[");
        for (int i = 0; i < issues.size(); i++) out.append(i == 0 ? "" : ",").append(json(issues.get(i)));
        out.append("],\n\"nodeColumns\":").append(columns(model.getNodeTable()));
        out.append(",\n\"edgeColumns\":").append(columns(model.getEdgeTable()));
        out.append(",\n\"nodes\":[");
        boolean first = true;
        for (Node node : model.getGraph().getNodes()) {
            out.append(first ? "\n" : ",\n").append("{\"id\":").append(json(node.getId()))
                .append(",\"label\":").append(json(node.getLabel()))
                .append(",\"attributes\":").append(attributes(node, model.getNodeTable())).append("}");
            first = false;
        }
        out.append("],\n\"edges\":[");
        first = true;
        for (Edge edge : model.getGraph().getEdges()) {
            out.append(first ? "\n" : ",\n").append("{\"id\":").append(json(edge.getId()))
                .append(",\"source\":").append(json(edge.getSource().getId()))
                .append(",\"target\":").append(json(edge.getTarget().getId()))
                .append(",\"directed\":").append(edge.isDirected())
                .append(",\"kind\":").append(json(edge.getTypeLabel()))
                .append(",\"label\":").append(json(edge.getLabel()))
                .append(",\"dates\":").append(dates(edge))
                .append(",\"attributes\":").append(attributes(edge, model.getEdgeTable())).append("}");
            first = false;
        }
        return out.append("]}").toString();
    }

    /** Data columns (not Gephi's own properties such as id, label, weight) with their values. */
    private static String attributes(Element element, Table table) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Column column : table) {
            if (column.isProperty()) continue;
            Object value = element.getAttribute(column);
            if (value == null) continue;
            out.append(first ? "" : ",").append(json(column.getTitle())).append(":").append(value(value));
            first = false;
        }
        return out.append("}").toString();
    }

    /** Each data column's value type, as Gephi's simple class name ("Integer", "String[]"). */
    private static String columns(Table table) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Column column : table) {
            if (column.isProperty()) continue;
            out.append(first ? "" : ",").append(json(column.getTitle())).append(":")
                .append(json(column.getTypeClass().getSimpleName()));
            first = false;
        }
        return out.append("}").toString();
    }

    /** The edge's intervals as ISO dates (Gephi holds a date as milliseconds since 1970, UTC). */
    private static String dates(Edge edge) {
        StringBuilder out = new StringBuilder("[");
        Interval[] intervals = edge.getIntervals();
        for (int i = 0; i < intervals.length; i++) {
            out.append(i == 0 ? "" : ",").append("[").append(date(intervals[i].getLow()))
                .append(",").append(date(intervals[i].getHigh())).append("]");
        }
        return out.append("]").toString();
    }

    private static String date(double millis) {
        return json(Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate().toString());
    }

    /** Numbers stay numbers (integers without a fraction), arrays become JSON arrays. */
    private static String value(Object value) {
        if (value.getClass().isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < Array.getLength(value); i++) {
                out.append(i == 0 ? "" : ",").append(value(Array.get(value, i)));
            }
            return out.append("]").toString();
        }
        if (value instanceof Number || value instanceof Boolean) return value.toString();
        return json(value);
    }

    private static String json(Object value) {
        if (value == null) return "null";
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append("\"").toString();
    }
}
