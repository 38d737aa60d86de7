package id.blitar.kiosk.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name a public screen may greet a person by (nama panggilan), worked out from a full name as Indonesians
 * write it: one word, never an honorific, a title, an initial or a prefix on its own, and never the full name of
 * a person with several names.
 *
 * <p>The rules, from Indonesian naming practice:
 *
 * <ul>
 *   <li>Academic and professional degrees before the name ({@code Prof.}, {@code Dr.}, {@code dr.}, {@code Drs.},
 *       {@code Dra.}, {@code Ir.}, {@code drg.}) and after it (everything after the first comma: {@code S.Pd.},
 *       {@code M.Si.}) are titles.
 *   <li>Islamic honorifics ({@code H.}/{@code Haji}, {@code Hj.}/{@code Hajjah}, {@code KH.}, {@code Kyai},
 *       {@code Nyai}, {@code Ustadz}, {@code Habib}, {@code Syekh}, {@code Gus}) and forms of address
 *       ({@code Bpk.}, {@code Ibu}, {@code Sdr.}, {@code Ny.}, {@code Mbah}, {@code Mbak}, {@code Mas},
 *       {@code Cak}, {@code Aa}, {@code Teh}) are titles.
 *   <li>Javanese and Sundanese nobility ({@code R.}/{@code Raden}, {@code Rr.}, {@code R.A.}, {@code R.M.},
 *       {@code Raden Ajeng}, {@code K.R.T.}, {@code Ngabehi}), Banten's {@code Tb.}, Palembang's {@code Kms.} and
 *       {@code Mgs.}, Aceh's {@code Teuku}, {@code Tgk.}, {@code Cut}, {@code Nyak}, Minangkabau's {@code Sutan},
 *       {@code St.}, {@code Datuk}, {@code Dt.}, Buton's {@code La Ode} and {@code Wa Ode} are titles.
 *   <li>Balinese names: the gender prefixes {@code I} and {@code Ni} (with {@code Luh}) and the caste titles
 *       ({@code Ida Bagus}, {@code Ida Ayu}, {@code Anak Agung}, {@code Cokorda}, {@code Gusti}, {@code Dewa},
 *       {@code Desak}, {@code Sang}) are titles; a birth-order name ({@code Wayan}, {@code Gede}, {@code Putu},
 *       {@code Made}, {@code Kadek}, {@code Nengah}, {@code Nyoman}, {@code Komang}, {@code Ketut}) is passed over
 *       when a personal name follows ({@code I Made Wirawan} → Wirawan) and greeted when it is all there is.
 *   <li>{@code Muhammad} and its spellings, and {@code Abdul}/{@code Abdur}/{@code Abd.}, are passed over when a
 *       name follows, as Indonesians are called by the next name; their abbreviations ({@code M.}, {@code Moh.},
 *       {@code Muh.}, {@code Mhd.}, {@code Moch.}) and every initial ({@code A. Yani}, {@code B.J. Habibie}) are
 *       never greeted.
 *   <li>Nicknames in quotes and remarks in brackets are left out; a name written in capitals (as many SLiMS
 *       records are) is greeted with one capital.
 * </ul>
 *
 * <p>When nothing greetable remains, there is no call name and the screen greets without a name. A call name
 * stored for the person (set by staff or imported) always wins over this rule; see {@code Member#callName()}.
 */
public final class CallName {

    /** The longest call name a public screen shows; longer words are not names but data errors. */
    public static final int MAX_LENGTH = 40;

    // Lower case, dots removed: "K.H." -> "kh".
    private static final Set<String> TITLES = Set.of(
            // degrees and professions
            "prof",
            "dr",
            "drs",
            "dra",
            "ir",
            "drg",
            "drh",
            "apt",
            "ns",
            "hc",
            "mr",
            "mrs",
            "ms",
            "bc",
            "bsc",
            // Islamic honorifics
            "h",
            "hj",
            "haji",
            "hajjah",
            "hajah",
            "kh",
            "kyai",
            "kiai",
            "kiyai",
            "ky",
            "nyai",
            "ust",
            "ustadz",
            "ustaz",
            "ustadzah",
            "ustazah",
            "habib",
            "habibah",
            "syekh",
            "syaikh",
            "sayyid",
            "syarifah",
            "gus",
            // forms of address
            "bpk",
            "bapak",
            "pak",
            "ibu",
            "bu",
            "sdr",
            "sdri",
            "saudara",
            "saudari",
            "ny",
            "nyonya",
            "nn",
            "nona",
            "tn",
            "tuan",
            "mbah",
            "mbak",
            "mba",
            "mas",
            "cak",
            "kang",
            "bang",
            "abang",
            "kak",
            "dik",
            "om",
            "tante",
            "eyang",
            "mbok",
            "aa",
            "teh",
            "teteh",
            "uda",
            "uni",
            "opung",
            "ompung",
            "amang",
            "inang",
            // nobility
            "raden",
            "r",
            "rr",
            "ra",
            "rm",
            "ray",
            "rd",
            "rara",
            "roro",
            "ajeng",
            "ngabehi",
            "krt",
            "kph",
            "gkr",
            "bra",
            "bray",
            "brm",
            "brat",
            "gpb",
            "kpa",
            "kgpaa",
            "kanjeng",
            "pangeran",
            "tb",
            "tubagus",
            "kms",
            "kemas",
            "mgs",
            "masagus",
            "nyimas",
            "nyi",
            "teuku",
            "tgk",
            "teungku",
            "tengku",
            "cut",
            "nyak",
            "sutan",
            "st",
            "datuk",
            "datuak",
            "dt",
            "tuanku",
            "la",
            "wa",
            "ode",
            "daeng",
            // Balinese gender prefixes and caste titles
            "i",
            "ni",
            "luh",
            "cokorda",
            "cok",
            "tjokorda",
            "gusti",
            "dewa",
            "desak",
            "sang",
            // more forms of address, Christian titles, military and police ranks, Balinese titles (a tester's list)
            "ki",
            "ning",
            "den",
            "neng",
            "ceu",
            "akang",
            "ustad",
            "ustadah",
            "syech",
            "syeikh",
            "syeh",
            "al-habib",
            "alhabib",
            "hjh",
            "rangkayo",
            "guru",
            "tgb",
            "ageng",
            "lalu",
            "baiq",
            "karaeng",
            "puang",
            "petta",
            "opu",
            "pdt",
            "pendeta",
            "pastor",
            "romo",
            "suster",
            "sr",
            "br",
            "bruder",
            "frater",
            "fr",
            "pater",
            "mgr",
            "jenderal",
            "jend",
            "letjen",
            "mayjen",
            "brigjen",
            "kolonel",
            "kol",
            "letkol",
            "mayor",
            "kapten",
            "kapt",
            "lettu",
            "letda",
            "serma",
            "serka",
            "sertu",
            "serda",
            "kopral",
            "pratu",
            "prada",
            "kombes",
            "akbp",
            "kompol",
            "akp",
            "iptu",
            "ipda",
            "aiptu",
            "aipda",
            "bripka",
            "brigpol",
            "briptu",
            "bripda",
            "sagung",
            "istri",
            "jro",
            "jero",
            "mangku",
            "ib",
            "iga",
            "igk",
            "igp",
            "igb",
            "ign",
            "igst",
            "gst");

    // Passed over when a name follows, greeted when alone.
    private static final Set<String> PASSED_OVER = Set.of(
            // Balinese birth order
            "wayan",
            "gede",
            "putu",
            "iluh",
            "made",
            "kadek",
            "nengah",
            "nyoman",
            "komang",
            "ketut",
            "ngurah",
            // Muhammad and Abdul
            "muhammad",
            "muhamad",
            "mohammad",
            "mohamad",
            "mohammed",
            "mochammad",
            "mochamad",
            "muchammad",
            "muchamad",
            "mokhamad",
            "mukhammad",
            "abdul",
            "abdur",
            "abdus",
            // other spellings
            "gde",
            "kade",
            "mokhammad",
            "muhammed",
            "mohamed",
            "moehammad",
            "moehamad",
            "mochamat",
            "abdoel",
            "abdoer");

    // Abbreviations of Muhammad and Abdul: never a call name.
    private static final Set<String> ABBREVIATIONS =
            Set.of("m", "md", "moh", "muh", "mhd", "moch", "much", "mochd", "mohd", "muhd", "mukh", "abd", "ach");

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern DOT_BEFORE_LETTER = Pattern.compile("(?<=\\.)(?=\\p{L})");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}]+|[^\\p{L}.]+$");

    private CallName() {}

    /**
     * The call name within a full name.
     *
     * @param fullName as the person wrote it or as the library's records hold it (may be null)
     * @return one word, or empty when the name holds nothing that may be greeted
     */
    public static Optional<String> of(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return Optional.empty();
        }
        String name = QUOTED.matcher(fullName).replaceAll(" ");
        int comma = name.indexOf(',');
        if (comma >= 0) {
            name = name.substring(0, comma);
        }
        List<String> words = new ArrayList<>();
        for (String part : name.strip().split("\\s+")) {
            for (String word : DOT_BEFORE_LETTER.split(part)) {
                String cleaned = EDGE_PUNCTUATION.matcher(word).replaceAll("");
                if (!cleaned.isEmpty() && cleaned.chars().anyMatch(Character::isLetter)) {
                    words.add(cleaned);
                }
            }
        }
        return pick(words, 0).map(CallName::capitalised);
    }

    private static Optional<String> pick(List<String> words, int from) {
        for (int i = from; i < words.size(); i++) {
            String word = words.get(i);
            String key = key(word);
            String next = i + 1 < words.size() ? key(words.get(i + 1)) : "";
            if (key.equals("ida") && (next.equals("bagus") || next.equals("ayu"))) {
                i++;
            } else if (key.equals("anak") && next.equals("agung")) {
                i++;
                if (i + 1 < words.size() && key(words.get(i + 1)).equals("ayu")) {
                    i++;
                }
            } else if ((key.equals("gusti") || key.equals("dewa") || key.equals("desak") || key.equals("sagung"))
                    && next.equals("ayu")) {
                i++;
            } else if (TITLES.contains(key) || ABBREVIATIONS.contains(key) || isInitial(word)) {
                // a title, an abbreviation or an initial: never greeted
            } else if (word.endsWith(".") && key.length() <= 3) {
                // another abbreviation ("Ach.", "Sy."): not a name one is called by
            } else if (PASSED_OVER.contains(key)) {
                Optional<String> later = pick(words, i + 1);
                return later.isPresent() ? later : Optional.of(strip(word));
            } else if (key.length() > MAX_LENGTH) {
                return Optional.empty();
            } else {
                return Optional.of(strip(word));
            }
        }
        return Optional.empty();
    }

    /** A single letter, with or without its dot, or letters each followed by a dot ("B.J."). */
    private static boolean isInitial(String word) {
        String letters = word.replace(".", "");
        return letters.codePointCount(0, letters.length()) == 1
                || (word.contains(".") && word.matches("(\\p{L}\\.)+\\p{L}?"));
    }

    private static String key(String word) {
        return word.replace(".", "").replace("'", "").toLowerCase(Locale.ROOT);
    }

    private static String strip(String word) {
        return word.replaceAll("\\.+$", "");
    }

    /**
     * "SUKARNO" → "Sukarno", "MA'RUF" → "Ma'ruf", "NUR-AINI" → "Nur-Aini", "wirawan" → "Wirawan"; a name with
     * capitals of its own ("McDonald", "Ni'matul") as written.
     */
    private static String capitalised(String word) {
        boolean allUpper = word.equals(word.toUpperCase(Locale.ROOT));
        boolean allLower = word.equals(word.toLowerCase(Locale.ROOT));
        if (!(allUpper || allLower) || word.codePointCount(0, word.length()) < 2) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        boolean startOfPart = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(startOfPart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            startOfPart = c == '-';
        }
        return out.toString();
    }
}
