package id.blitar.kiosk.visit.process;

import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.visit.process.VisitProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_ExtendMembership}: the membership desk renewed the card, valid one more year. */
@Component("extendMembershipDelegate")
class ExtendMembershipDelegate implements JavaDelegate {

    private final MemberService members;

    ExtendMembershipDelegate(MemberService members) {
        this.members = members;
    }

    @Override
    public void execute(DelegateExecution execution) {
        members.renewForOneYear(Var.memberId(execution));
    }
}
