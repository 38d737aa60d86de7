package id.blitar.kiosk.question.process;

import static id.blitar.kiosk.question.process.QuestionProcess.GROUPS;
import static id.blitar.kiosk.question.process.QuestionProcess.GROUP_MANAGERS;
import static id.blitar.kiosk.question.process.QuestionProcess.GROUP_SUPERVISORS;
import static id.blitar.kiosk.question.process.QuestionProcess.KEY;

import id.blitar.kiosk.question.domain.Question;
import id.blitar.kiosk.question.domain.QuestionNote;
import id.blitar.kiosk.question.service.QuestionService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A librarian's worklist of the {@code ask-librarian} process, read only: the tasks they hold, their groups'
 * unclaimed tasks (each as a {@link WorkItem} with the question's notes), the groups they work for and the
 * desks they call visitors to. What they do with a task is {@link QuestionTasks}'s.
 *
 * <p>Groups are Camunda's identity groups; managers stand in for every librarian group ({@link
 * QuestionProcess#GROUPS}) and for the duty supervisors. A refresh costs the same few queries whatever the
 * number of tasks: the tasks, their questions, and all their notes.
 */
@Component
public class QuestionWorklist {

    private final TaskService tasks;
    private final IdentityService identity;
    private final QuestionService questions;
    private final Clock clock;

    QuestionWorklist(TaskService tasks, IdentityService identity, QuestionService questions, Clock clock) {
        this.tasks = tasks;
        this.identity = identity;
        this.questions = questions;
        this.clock = clock;
    }

    /** Tasks the user has claimed, most urgent first (priority, then due date), with their notes. */
    @Transactional(readOnly = true)
    public List<WorkItem> myTasks(String user) {
        return workItems(tasks.createTaskQuery()
                .processDefinitionKey(KEY)
                .taskAssignee(user)
                .orderByTaskPriority()
                .desc()
                .orderByDueDate()
                .asc()
                .list());
    }

    /** Unclaimed tasks of the user's groups, most urgent first; never the user's own claimed tasks. */
    @Transactional(readOnly = true)
    public List<WorkItem> groupTasks(String user) {
        List<String> groups = groupsOf(user);
        if (groups.isEmpty()) {
            return List.of();
        }
        return workItems(tasks.createTaskQuery()
                .processDefinitionKey(KEY)
                .taskCandidateGroupIn(groups)
                .taskUnassigned()
                .orderByTaskPriority()
                .desc()
                .orderByDueDate()
                .asc()
                .list());
    }

    /** The groups a user may work for; managers may also stand in for every librarian group. */
    public List<String> groupsOf(String user) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .collect(Collectors.toCollection(ArrayList::new));
        if (groups.contains(GROUP_MANAGERS)) {
            GROUPS.stream().filter(g -> !groups.contains(g)).forEach(groups::add);
            if (!groups.contains(GROUP_SUPERVISORS)) {
                groups.add(GROUP_SUPERVISORS);
            }
        }
        return groups;
    }

    /** Whether the task is offered to one of the user's groups (a candidate group of it). */
    boolean isForGroupsOf(Task task, String user) {
        List<String> groups = groupsOf(user);
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getGroupId)
                .anyMatch(groups::contains);
    }

    /** The desks a librarian can call a visitor to ({@code kiosk.question.desks}). */
    public List<String> desks() {
        return questions.properties().desks();
    }

    /** A question's internal notes, oldest first. */
    @Transactional(readOnly = true)
    public List<QuestionNote> notesOf(long questionId) {
        return questions.notesOf(questionId);
    }

    /** The tasks' questions and all their notes in two queries, whatever the number of tasks. */
    private List<WorkItem> workItems(List<Task> list) {
        Map<String, Question> byInstance = questions
                .findByProcessInstances(
                        list.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Question::getProcessInstanceId, q -> q));
        Map<Long, List<QuestionNote>> notes = questions.notesOf(
                byInstance.values().stream().map(Question::getId).toList());
        LocalDateTime now = LocalDateTime.now(clock);
        List<WorkItem> items = new ArrayList<>();
        for (Task task : list) {
            Question q = byInstance.get(task.getProcessInstanceId());
            if (q != null) {
                items.add(WorkItem.of(task, q, notes.getOrDefault(q.getId(), List.of()), now));
            }
        }
        return items;
    }
}
