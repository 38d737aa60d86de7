package id.blitar.kiosk.poll.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.blitar.kiosk.poll.domain.SkmElement;
import id.blitar.kiosk.poll.service.SatisfactionIndex.Category;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The IKM of PermenPAN-RB No. 14/2017 against an example worked by hand.
 *
 * <pre>
 * element          scores        NRR (average)
 * U1 persyaratan   4 4 3 3       14 / 4 = 3.50
 * U2 prosedur      3 3 3 4       13 / 4 = 3.25
 * U3 waktu         2 3 3 2       10 / 4 = 2.50
 * U4 biaya         4 4 4 4       16 / 4 = 4.00
 * U5 produk        3 3 4 4       14 / 4 = 3.50
 * U6 kompetensi    3 4 4 4       15 / 4 = 3.75
 * U7 perilaku      4 4 4 3       15 / 4 = 3.75
 * U8 pengaduan     2 3 3 3       11 / 4 = 2.75
 * U9 sarana        3 3 3 2       11 / 4 = 2.75
 *                                sum     = 29.75
 * weighted average: each NRR x 1/9 (the regulation's "bobot nilai rata-rata tertimbang" = 1/9 = 0.11)
 * IKM        = 29.75 / 9  = 3.30556
 * conversion = 3.30556 x 25 = 82.64  ->  76.61 - 88.30  ->  category B (baik)
 * (with the rounded weight 0.11: 29.75 x 0.11 = 3.2725, x 25 = 81.81, also B)
 * </pre>
 */
class SatisfactionIndexTest {

    @Test
    void shouldComputeTheIndexOfTheWorkedExample() {
        Map<SkmElement, List<Integer>> scores = new EnumMap<>(SkmElement.class);
        scores.put(SkmElement.PERSYARATAN, List.of(4, 4, 3, 3));
        scores.put(SkmElement.PROSEDUR, List.of(3, 3, 3, 4));
        scores.put(SkmElement.WAKTU, List.of(2, 3, 3, 2));
        scores.put(SkmElement.BIAYA, List.of(4, 4, 4, 4));
        scores.put(SkmElement.PRODUK, List.of(3, 3, 4, 4));
        scores.put(SkmElement.KOMPETENSI, List.of(3, 4, 4, 4));
        scores.put(SkmElement.PERILAKU, List.of(4, 4, 4, 3));
        scores.put(SkmElement.PENGADUAN, List.of(2, 3, 3, 3));
        scores.put(SkmElement.SARANA, List.of(3, 3, 3, 2));

        SatisfactionIndex ikm = SatisfactionIndex.of(scores).orElseThrow();

        assertThat(ikm.elementAverages().get(SkmElement.WAKTU)).isEqualTo(2.50);
        assertThat(ikm.elementAverages().get(SkmElement.KOMPETENSI)).isEqualTo(3.75);
        assertThat(ikm.index()).isCloseTo(3.30556, within(0.00001));
        assertThat(ikm.converted()).isCloseTo(82.64, within(0.005));
        assertThat(ikm.category()).isEqualTo(Category.B);
        assertThat(ikm.answersPerElement().get(SkmElement.SARANA)).isEqualTo(4);
    }

    @Test
    void shouldWeighOnlyTheElementsAnsweredInThePeriod() {
        Map<SkmElement, List<Integer>> scores = new EnumMap<>(SkmElement.class);
        scores.put(SkmElement.PERSYARATAN, List.of(4, 4));
        scores.put(SkmElement.SARANA, List.of(3));
        scores.put(SkmElement.BIAYA, List.of());

        SatisfactionIndex ikm = SatisfactionIndex.of(scores).orElseThrow();

        assertThat(ikm.index()).isCloseTo(3.5, within(1e-9));
        assertThat(ikm.converted()).isCloseTo(87.5, within(1e-9));
        assertThat(ikm.elementAverages()).doesNotContainKey(SkmElement.BIAYA);
        assertThat(SatisfactionIndex.of(Map.of())).isEmpty();
    }

    @Test
    void shouldPlaceTheConvertedValueInTheRegulationsCategories() {
        assertThat(Category.of(100.00)).isEqualTo(Category.A);
        assertThat(Category.of(88.31)).isEqualTo(Category.A);
        assertThat(Category.of(88.30)).isEqualTo(Category.B);
        assertThat(Category.of(76.61)).isEqualTo(Category.B);
        assertThat(Category.of(76.60)).isEqualTo(Category.C);
        assertThat(Category.of(65.00)).isEqualTo(Category.C);
        assertThat(Category.of(64.99)).isEqualTo(Category.D);
        assertThat(Category.of(25.00)).isEqualTo(Category.D);
    }
}
