package id.blitar.kiosk.question.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffShiftRepository extends JpaRepository<StaffShift, String> {}
