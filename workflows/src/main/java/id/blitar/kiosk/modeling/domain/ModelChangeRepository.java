package id.blitar.kiosk.modeling.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelChangeRepository extends JpaRepository<ModelChange, Long> {

    List<ModelChange> findTop50ByOrderByChangedAtDescIdDesc();

    List<ModelChange> findByDefinitionIdIn(List<String> definitionIds);
}
