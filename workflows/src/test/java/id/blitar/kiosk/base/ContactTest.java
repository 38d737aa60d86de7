package id.blitar.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone numbers and e-mail addresses as Indonesians type them, to the one form a person is recognised by. */
class ContactTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0812-3456-7890        | +6281234567890
            +62 812-3456-7890     | +6281234567890
            62 812 3456 7890      | +6281234567890
            0812 3456 7890        | +6281234567890
            +62 (812) 3456-7890   | +6281234567890
            081234567890          | +6281234567890
            0812.3456.7890        | +6281234567890
            0856-4567-123         | +628564567123
            (0342) 801234         | +62342801234
            021-3456789           | +62213456789
            +60 12-345 6789       | +60123456789
            """)
    void shouldWriteEveryPhoneNumberOneWay(String typed, String e164) {
        assertThat(Contact.phone(typed)).contains(e164);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "08x",
                "12345",
                "0812",
                "0000-0000-0000",
                "+62 999 1",
                "satu dua tiga",
                "0812345678901234567890",
                "0812-3456-789O",
                "0812-3456-78SI",
                "0812-345"
            })
    void shouldRefuseWhatIsNotAPhoneNumber(String typed) {
        assertThat(Contact.phone(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Siti@Example.ORG,siti@example.org", "'  budi.santoso@gmail.com ',budi.santoso@gmail.com"})
    void shouldCompareEmailAddressesWithoutCase(String typed, String stored) {
        assertThat(Contact.email(typed)).isEqualTo(stored);
    }
}
