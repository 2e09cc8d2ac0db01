package org.cartflow.apheresis;

/**
 * ISO/IEC 7064 MOD 37-2, the pure system ISBT 128 uses for the keyboard check character of a Donation
 * Identification Number. Characters 0-9 have the values 0-9, A-Z 10-35, and '*' (check character only) 36.
 * Each data character is added and the running sum doubled modulo 37; the check character makes the weighted sum
 * of all characters, the check character with weight 1, congruent to 1 modulo 37.
 */
public final class Iso7064Mod37_2 {

    static final String CHARSET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";
    private static final int MODULUS = 37;
    private static final int RADIX = 2;

    private Iso7064Mod37_2() {
    }

    /** The check character for {@code data} (0-9, A-Z only). */
    public static char checkCharacter(String data) {
        int p = 0;
        for (int i = 0; i < data.length(); i++) {
            int v = value(data.charAt(i));
            if (v < 0 || v == 36) {
                throw new IllegalArgumentException("not 0-9 or A-Z at position " + (i + 1));
            }
            p = ((p + v) * RADIX) % MODULUS;
        }
        return CHARSET.charAt((MODULUS + 1 - p) % MODULUS);
    }

    /** Whether {@code check} is the check character of {@code data}. */
    public static boolean isValid(String data, char check) {
        int c = value(Character.toUpperCase(check));
        if (c < 0) {
            return false;
        }
        int p = 0;
        for (int i = 0; i < data.length(); i++) {
            int v = value(data.charAt(i));
            if (v < 0 || v == 36) {
                return false;
            }
            p = ((p + v) * RADIX) % MODULUS;
        }
        return (p + c) % MODULUS == 1;
    }

    private static int value(char ch) {
        return CHARSET.indexOf(ch);
    }
}
