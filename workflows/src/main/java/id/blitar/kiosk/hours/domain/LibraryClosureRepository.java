package id.blitar.kiosk.hours.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LibraryClosureRepository extends JpaRepository<LibraryClosure, LocalDate> {

    List<LibraryClosure> findByClosedOnBetweenOrderByClosedOn(LocalDate from, LocalDate to);
}
