package id.blitar.kiosk.poll.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.poll.domain.SkmElement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ItemSamplerTest {

    @Test
    void shouldSpreadNineHundredRespondentsWithTwoItemsEvenlyOverTheNineElements() {
        Map<SkmElement, Long> served = new EnumMap<>(SkmElement.class);
        Map<SkmElement, Integer> answers = new EnumMap<>(SkmElement.class);

        for (int respondent = 0; respondent < 900; respondent++) {
            List<SkmElement> items = ItemSampler.choose(served, 2);
            assertThat(items).hasSize(2).doesNotHaveDuplicates();
            for (SkmElement e : items) {
                served.merge(e, 1L, Long::sum);
                answers.merge(e, 1, Integer::sum);
            }
        }

        assertThat(answers).hasSize(9);
        assertThat(answers.values()).allSatisfy(n -> assertThat(n).isBetween(180, 220));
    }

    @Test
    void shouldStayEvenWhenSomeRespondentsGetOneItemAndSomeSkip() {
        Map<SkmElement, Long> served = new EnumMap<>(SkmElement.class);
        Map<SkmElement, Integer> answers = new EnumMap<>(SkmElement.class);
        Random random = new Random(42);

        for (int respondent = 0; respondent < 900; respondent++) {
            // A visitor who used a service gets one SKM item; one in five skips the items.
            List<SkmElement> items = ItemSampler.choose(served, random.nextInt(3) == 0 ? 1 : 2);
            for (SkmElement e : items) {
                served.merge(e, 1L, Long::sum);
                if (random.nextInt(5) != 0) {
                    answers.merge(e, 1, Integer::sum);
                }
            }
        }

        int min = answers.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = answers.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(max - min).as("answers per element stay close").isLessThan(40);
    }

    @Test
    void shouldPreferTheLeastServedElementsInTheRegulationsOrder() {
        Map<SkmElement, Long> served = new EnumMap<>(SkmElement.class);
        for (SkmElement e : SkmElement.values()) {
            served.put(e, 5L);
        }
        served.put(SkmElement.SARANA, 1L);
        served.put(SkmElement.WAKTU, 3L);

        assertThat(ItemSampler.choose(served, 2)).containsExactly(SkmElement.SARANA, SkmElement.WAKTU);
        assertThat(ItemSampler.choose(Map.of(), 2)).containsExactly(SkmElement.PERSYARATAN, SkmElement.PROSEDUR);
    }
}
