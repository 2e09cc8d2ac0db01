package org.cartflow.apheresis;

import static org.junit.jupiter.api.Assertions.*;

import org.cartflow.common.ProblemException;
import org.junit.jupiter.api.Test;

class Iso7064Mod37_2Test {

    @Test
    void publishedExamples() {
        // ISO/IEC 7064 MOD 37-2 example string, and the ISBT 128 style DIN "A9999 15 000001".
        assertEquals('Y', Iso7064Mod37_2.checkCharacter("G123489654321"));
        assertEquals('M', Iso7064Mod37_2.checkCharacter("A999915000001"));
        assertTrue(Iso7064Mod37_2.isValid("G123489654321", 'Y'));
        assertTrue(Iso7064Mod37_2.isValid("A999915000001", 'M'));
        assertFalse(Iso7064Mod37_2.isValid("G123489654322", 'Y'));
        assertFalse(Iso7064Mod37_2.isValid("A999915000001", 'N'));
    }

    @Test
    void handDerivedValues() {
        // "0": sum 0 -> check value (38 - 0) mod 37 = 1 -> '1'.
        assertEquals('1', Iso7064Mod37_2.checkCharacter("0"));
        // "A" (10): (0 + 10) * 2 mod 37 = 20 -> check value 18 -> 'I'; 20 + 18 = 38 = 1 mod 37.
        assertEquals('I', Iso7064Mod37_2.checkCharacter("A"));
        // "1" : 2 -> check value 36 -> '*', the supplementary check character.
        assertEquals('*', Iso7064Mod37_2.checkCharacter("1"));
        assertTrue(Iso7064Mod37_2.isValid("1", '*'));
        // "11": ((0+1)*2 = 2; (2+1)*2 = 6) -> check value 32 -> 'W'.
        assertEquals('W', Iso7064Mod37_2.checkCharacter("11"));
    }

    @Test
    void everyCheckCharacterIsFoundForAllSingleSubstitutions() {
        String din = "W000126000123";
        char good = Iso7064Mod37_2.checkCharacter(din);
        for (int i = 0; i < din.length(); i++) {
            for (char c : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray()) {
                if (c == din.charAt(i)) {
                    continue;
                }
                String typo = din.substring(0, i) + c + din.substring(i + 1);
                assertFalse(Iso7064Mod37_2.isValid(typo, good), typo);
            }
        }
    }

    @Test
    void dinValidationNamesTheField() {
        assertEquals("A999915000001", DonationIdentificationNumber.validated("a9999 15 000001", "m", "din", "chk"));
        ProblemException wrong = assertThrows(ProblemException.class,
                () -> DonationIdentificationNumber.validated("A999915000001", "N", "din", "chk"));
        assertEquals(422, wrong.status());
        assertEquals("chk", wrong.toProblem(null).errors().get(0).field());
        ProblemException shortDin = assertThrows(ProblemException.class,
                () -> DonationIdentificationNumber.validated("A99991500001", "M", "din", "chk"));
        assertEquals("din", shortDin.toProblem(null).errors().get(0).field());
    }
}
