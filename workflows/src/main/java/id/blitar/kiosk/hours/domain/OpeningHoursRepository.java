package id.blitar.kiosk.hours.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OpeningHoursRepository extends JpaRepository<OpeningHours, Integer> {}
