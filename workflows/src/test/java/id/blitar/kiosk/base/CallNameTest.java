package id.blitar.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The name a public screen greets by, for name patterns as Indonesians really write them (public figures and
 * common patterns of library records); an empty expectation means "greet without a name".
 */
class CallNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Javanese single and double names
            Sukarno                              | Sukarno
            Suharto                              | Suharto
            Budi Santoso                         | Budi
            Sri Wahyuni                          | Sri
            SITI AMINAH                          | Siti
            Mbah Karto                           | Karto
            # Islamic honorifics and Muhammad / Abdul
            Hj. Siti Aminah                      | Siti
            H. Agus Salim                        | Agus
            Haji Agus Salim                      | Agus
            KH. Hasyim Asy'ari                   | Hasyim
            K.H. Ahmad Dahlan                    | Ahmad
            Moh. Ali                             | Ali
            Muh. Yamin                           | Yamin
            M. Natsir                            | Natsir
            Mohammad Hatta                       | Hatta
            Muhammad Rizki Pratama               | Rizki
            Muhammad                             | Muhammad
            Mochammad Ridwan Kamil               | Ridwan
            Abdul Haris Nasution                 | Haris
            Abd. Rahman                          | Rahman
            Ustadz Abdul Somad                   | Somad
            Habib Rizieq Shihab                  | Rizieq
            Nyai Siti Walidah                    | Siti
            # Academic and professional titles
            Drs. Bambang                         | Bambang
            Dra. Endang Sulastri                 | Endang
            Prof. Dr. Ir. H. Bambang Sutrisno, M.Sc. | Bambang
            dr. Tirta Mandira Hudhi              | Tirta
            Ir. Soekarno                         | Soekarno
            Bagus Prasetyo, S.Pd.                | Bagus
            Dr. H. Moh. Mahfud MD                | Mahfud
            drg. Ratna Sari Dewi                 | Ratna
            # Initials
            A. Yani                              | Yani
            B.J. Habibie                         | Habibie
            S. Parman                            | Parman
            Siti A.                              | Siti
            # Javanese, Sundanese, Banten nobility and forms of address
            R. Soeprapto                         | Soeprapto
            Raden Ajeng Kartini                  | Kartini
            R.A. Kartini                         | Kartini
            Rr. Sri Hartati                      | Sri
            K.R.T. Hardjonagoro                  | Hardjonagoro
            Tb. Hasanuddin                       | Hasanuddin
            Aa Gym                               | Gym
            Bpk. Joko Widodo                     | Joko
            Ibu Megawati Soekarnoputri           | Megawati
            # Aceh, Minangkabau, Buton, Bugis, Batak
            Teuku Umar                           | Umar
            Cut Nyak Dhien                       | Dhien
            Sutan Sjahrir                        | Sjahrir
            La Ode Ida                           | Ida
            Wa Ode Nurhayati                     | Nurhayati
            Andi Mallarangeng                    | Andi
            Togar Simanjuntak                    | Togar
            # Balinese gender prefixes, birth order and caste titles
            I Made Wirawan                       | Wirawan
            Ni Luh Sari                          | Sari
            I Wayan Koster                       | Koster
            Ni Putu Ayu Lestari                  | Ayu
            Ketut Sudarsana                      | Sudarsana
            I Gusti Ngurah Rai                   | Rai
            Ida Bagus Made Oka                   | Oka
            Ida Ayu Oka Rusmini                  | Oka
            Anak Agung Gede Agung                | Agung
            Cokorda Gede Raka                    | Raka
            I Made                               | Made
            # Nicknames, remarks, capitals
            Ma'ruf "Cak" Hidayat                 | Ma'ruf
            MA'RUF AMIN                          | Ma'ruf
            NUR-AINI SAPUTRI                     | Nur-Aini
            Budi (Alm.) Santoso                  | Budi
            Hj.Siti Aminah                       | Siti
            # Found by a tester: more titles, ranks, spellings
            Cokorda Gde Raka                     | Raka
            I Gde Sudarma                        | Sudarma
            Ki Hajar Dewantara                   | Hajar
            Kapten Pierre Tendean                | Pierre
            Letkol Untung                        | Untung
            AKBP Budi Hartono                    | Budi
            Jro Mangku Wayan                     | Wayan
            Anak Agung Istri Ratih               | Ratih
            Sagung Ayu Sari                      | Sari
            IB Oka                               | Oka
            IGA Sari                             | Sari
            Ning Sari                            | Sari
            Neng Yuli                            | Yuli
            Ceu Popong                           | Popong
            Ustad Adi Hidayat                    | Adi
            Syech Ali Jaber                      | Ali
            Al-Habib Umar                        | Umar
            Hjh Aminah                           | Aminah
            Pdt Yohanes                          | Yohanes
            Romo Mangun                          | Mangun
            Suster Maria                         | Maria
            Karaeng Pattingalloang               | Pattingalloang
            Opu Daeng Risadju                    | Risadju
            Lalu Muhammad Zohri                  | Zohri
            Baiq Nuril                           | Nuril
            Rangkayo Rasuna Said                 | Rasuna
            Tuan Guru Bajang                     | Bajang
            Nyi Ageng Serang                     | Serang
            Moehammad Hatta                      | Hatta
            Abdoel Moeis                         | Moeis
            i made wirawan                       | Wirawan
            dr.siti                              | Siti
            # Nothing that may be greeted
            Drs.                                 | ''
            Hj.                                  | ''
            I                                    | ''
            Ni Luh                               | ''
            Moh.                                 | ''
            A. B.                                | ''
            """)
    void shouldGreetTheNameAPersonIsCalledBy(String fullName, String expected) {
        if (expected.isEmpty()) {
            assertThat(CallName.of(fullName)).isEmpty();
        } else {
            assertThat(CallName.of(fullName)).contains(expected);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "123", "--"})
    void shouldHaveNoCallNameWithoutAName(String fullName) {
        assertThat(CallName.of(fullName)).isEmpty();
    }
}
