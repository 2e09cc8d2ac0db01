package org.cartflow.ui;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LD calculation's steps in Japanese on the pharmacist's page: {@code {ldstep:ja(st.name)}}. The steps are
 * stored with the order in English (a clinical record must not change with the reader's language), so their fixed
 * wording is translated when shown; numbers, formulas and method names pass through unchanged.
 */
@TemplateExtension(namespace = "ldstep")
public final class LdStepsJa {

    private record Phrase(Pattern english, String japanese) {
    }

    private static final List<Phrase> PHRASES = List.of(
            phrase("BSA \\((\\w+), actual body weight\\)", "体表面積（$1 式、実体重）"),
            phrase("BSA cap \\(institutional\\)", "体表面積の上限（施設基準）"),
            phrase("Creatinine in mg/dL", "血清クレアチニン（mg/dL 換算）"),
            phrase("CrCl \\(Cockcroft-Gault\\)", "クレアチニンクリアランス（Cockcroft-Gault 式）"),
            phrase("CrCl normalised \\(the patient's real BSA, not a dosing cap\\)",
                    "クレアチニンクリアランス（1.73 m² あたりに補正、上限前の実際の体表面積で）"),
            phrase("Renal tier \\((.+), on the unrounded CrCl (.+)\\)", "腎機能区分（$1、丸める前の CrCl $2 で判定）"),
            phrase("Weight for CrCl \\(IDEAL requested; actual is below ideal\\)",
                    "CrCl に用いる体重（理想体重の指定ですが、実体重が理想体重未満のため実体重）"),
            phrase("Weight for CrCl \\(ADJUSTED requested; actual is below ideal\\)",
                    "CrCl に用いる体重（補正体重の指定ですが、実体重が理想体重未満のため実体重）"),
            phrase("Fludarabine daily dose", "フルダラビン 1 日用量"),
            phrase("Cyclophosphamide daily dose", "シクロホスファミド 1 日用量"),
            phrase("Ideal body weight \\(Devine\\)", "理想体重（Devine 式）"),
            phrase("Adjusted body weight", "補正体重"),
            phrase("(.+) in over 60", "$1 in（60 in を超える身長）"),
            phrase("(.+) mg \\(days -5, -4, -3\\)", "$1 mg（-5、-4、-3 日目）"),
            phrase("no dose by policy at this CrCl", "この CrCl では施設基準による用量なし"),
            phrase("a physician must order an explicit dose with a reason", "医師が理由を記録して用量を明示的に指示する必要があります"),
            phrase("CrCl >= 70 mL/min: fludarabine 100 %", "CrCl ≥ 70 mL/min: フルダラビン 100 %"),
            phrase("30 <= CrCl < 70 mL/min: fludarabine 80 %", "30 ≤ CrCl < 70 mL/min: フルダラビン 80 %"),
            phrase("CrCl < 30 mL/min: no fludarabine dose by policy", "CrCl < 30 mL/min: 施設基準によりフルダラビンの用量なし"));

    private LdStepsJa() {
    }

    private static Phrase phrase(String english, String japanese) {
        return new Phrase(Pattern.compile(english), japanese);
    }

    /** The Japanese of a whole step text, or the text itself when it is only numbers and formulas. */
    static String ja(String english) {
        if (english == null) {
            return "";
        }
        for (Phrase p : PHRASES) {
            Matcher m = p.english().matcher(english);
            if (m.matches()) {
                return m.replaceAll(p.japanese());
            }
        }
        return english;
    }
}
