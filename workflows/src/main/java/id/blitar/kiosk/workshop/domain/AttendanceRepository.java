package id.blitar.kiosk.workshop.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    boolean existsByRegistrationIdAndSessionId(Long registrationId, Long sessionId);
}
