package id.blitar.kiosk.visit.process;

/** How the membership desk closed a renewal task; the form values are those of the model's form. */
public enum RenewalOutcome {
    RENEWED("renewed"),
    DECLINED("declined"),
    NOT_MET("notMet");

    private final String formValue;

    RenewalOutcome(String formValue) {
        this.formValue = formValue;
    }

    public String formValue() {
        return formValue;
    }
}
