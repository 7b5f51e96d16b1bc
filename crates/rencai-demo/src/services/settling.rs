//! Settling in: housing, residence and entry-exit.

use super::documents::{EMPLOYER_LETTER, LABOUR_CONTRACT, MARRIAGE, PASSPORTS};
use super::{A_TO_C, A_TO_D, A_TO_E, Spec, Text, lifetime};

const NO_HOME: Text = [
    "A certificate from the real estate registry that the holder owns no home in the city.",
    "不动产登记机构出具的本人在本市无自有住房证明。",
    "不動產登記機構出具的本人在本市無自有住房證明。",
    "En attest fra tinglysningen om, at kortindehaveren ikke ejer en bolig i byen.",
    "Cheti kutoka ofisi ya usajili wa mali isiyohamishika kinachothibitisha kwamba mwenye kadi hamiliki nyumba jijini.",
    "Sertipiko mula sa rehistro ng real estate na walang sariling bahay ang may-hawak ng kard sa lungsod.",
];

const PURCHASE_CONTRACT: Text = [
    "The registered purchase contract of the home.",
    "已网签备案的商品房买卖合同。",
    "已網簽備案的商品房買賣合同。",
    "Den registrerede købsaftale for boligen.",
    "Mkataba uliosajiliwa wa kununua nyumba.",
    "Ang nakarehistrong kontrata sa pagbili ng bahay.",
];

const FUND_STATEMENT: Text = [
    "A statement of the holder's housing provident fund contributions.",
    "本人住房公积金缴存明细。",
    "本人住房公積金繳存明細。",
    "En opgørelse over kortindehaverens indbetalinger til boligopsparingsfonden.",
    "Taarifa ya michango ya mwenye kadi kwenye mfuko wa akiba ya nyumba.",
    "Talaan ng mga hulog ng may-hawak ng kard sa pondo ng pabahay.",
];

const HOUSEHOLD_REGISTERS: Text = [
    "The current household registers of everyone moving.",
    "所有迁入人员的现户口簿。",
    "所有遷入人員的現戶口簿。",
    "De nuværende husstandsregistreringer for alle, der flytter.",
    "Madaftari ya sasa ya usajili wa kaya ya wote wanaohamia.",
    "Kasalukuyang rehistro ng sambahayan ng lahat ng lilipat.",
];

const WORK_PERMIT: Text = [
    "The Foreigner's Work Permit.",
    "外国人工作许可证。",
    "外國人工作許可證。",
    "Udlændingens arbejdstilladelse.",
    "Kibali cha kazi cha mgeni.",
    "Permiso sa trabaho ng dayuhan.",
];

const NO_CRIMINAL_RECORD: Text = [
    "A certificate of no criminal record.",
    "无犯罪记录证明。",
    "無犯罪記錄證明。",
    "En straffeattest uden anmærkninger.",
    "Cheti cha kutokuwa na rekodi ya uhalifu.",
    "Sertipiko ng walang rekord na kriminal.",
];

// Heilongjiang's cities no longer ration home purchases with permits, so the card helps
// buyers with money instead: a subsidy and a larger provident fund loan.
pub(super) const HOUSING: &[Spec] = &[
    Spec {
        code: "talent-apartment",
        area: "housing",
        tiers: A_TO_C,
        quota: lifetime(1),
        turnaround_days: 20,
        at_service_point: false,
        name: [
            "Rent-free talent apartment",
            "免费入住人才公寓",
            "免費入住人才公寓",
            "Lejefri talentlejlighed",
            "Nyumba ya vipaji bila kodi",
            "Apartment para sa talento nang walang upa",
        ],
        description: [
            "A furnished apartment near the holder's workplace, rent-free for up to three years while the holder owns no home in the city.",
            "在工作单位附近提供拎包入住的人才公寓，持卡人在本市无自有住房期间最长可免租金居住三年。",
            "在工作單位附近提供拎包入住的人才公寓，持卡人在本市無自有住房期間最長可免租金居住三年。",
            "En møbleret lejlighed nær kortindehaverens arbejdsplads, lejefri i op til tre år, så længe kortindehaveren ikke ejer en bolig i byen.",
            "Nyumba yenye samani karibu na mahali pa kazi pa mwenye kadi, bila kodi kwa hadi miaka mitatu mradi mwenye kadi hamiliki nyumba jijini.",
            "Isang apartment na may kasangkapan malapit sa pinagtatrabahuhan ng may-hawak ng kard, walang upa hanggang tatlong taon habang wala pa siyang sariling bahay sa lungsod.",
        ],
        documents: &[LABOUR_CONTRACT, NO_HOME],
    },
    Spec {
        code: "housing-subsidy",
        area: "housing",
        tiers: A_TO_E,
        quota: lifetime(1),
        turnaround_days: 30,
        at_service_point: false,
        name: [
            "Home purchase subsidy",
            "购房补贴",
            "購房補貼",
            "Tilskud til boligkøb",
            "Ruzuku ya kununua nyumba",
            "Subsidiya sa pagbili ng bahay",
        ],
        description: [
            "A one-off subsidy toward the first home the holder buys in the city, its amount set by tier.",
            "持卡人在本市购买首套住房的，按人才层次给予一次性购房补贴。",
            "持卡人在本市購買首套住房的，按人才層次給予一次性購房補貼。",
            "Et engangstilskud til den første bolig, kortindehaveren køber i byen; beløbet afhænger af niveauet.",
            "Ruzuku ya mara moja kwa nyumba ya kwanza ambayo mwenye kadi ananunua jijini, kiasi chake kikiamuliwa na daraja lake.",
            "Isang beses na subsidiya para sa unang bahay na bibilhin ng may-hawak ng kard sa lungsod, na ang halaga ay ayon sa kanyang antas.",
        ],
        documents: &[PURCHASE_CONTRACT, LABOUR_CONTRACT],
    },
    Spec {
        code: "provident-fund-loan",
        area: "housing",
        tiers: A_TO_D,
        quota: lifetime(1),
        turnaround_days: 15,
        at_service_point: false,
        name: [
            "Larger housing provident fund loan",
            "住房公积金贷款额度上浮",
            "住房公積金貸款額度上浮",
            "Større lån fra boligopsparingsfonden",
            "Mkopo mkubwa zaidi wa mfuko wa akiba ya nyumba",
            "Mas malaking pautang mula sa pondo ng pabahay",
        ],
        description: [
            "When the holder buys a home with a housing provident fund loan, the loan ceiling is doubled and the application is reviewed first.",
            "持卡人使用住房公积金贷款购房的，贷款最高额度提高一倍，并优先审批。",
            "持卡人使用住房公積金貸款購房的，貸款最高額度提高一倍，並優先審批。",
            "Når kortindehaveren køber bolig med et lån fra boligopsparingsfonden, fordobles lånegrænsen, og ansøgningen behandles først.",
            "Mwenye kadi anaponunua nyumba kwa mkopo wa mfuko wa akiba ya nyumba, kiwango cha juu cha mkopo huongezwa mara mbili na ombi lake hushughulikiwa kwanza.",
            "Kapag bumili ng bahay ang may-hawak ng kard gamit ang pautang mula sa pondo ng pabahay, dinodoble ang pinakamataas na halaga ng pautang at inuuna ang pagsusuri sa aplikasyon.",
        ],
        documents: &[PURCHASE_CONTRACT, FUND_STATEMENT],
    },
];

pub(super) const RESIDENCE: &[Spec] = &[
    Spec {
        code: "settlement",
        area: "residence",
        tiers: A_TO_E,
        quota: lifetime(1),
        turnaround_days: 5,
        at_service_point: false,
        name: [
            "Household registration for the family",
            "人才及家属落户",
            "人才及家屬落戶",
            "Husstandsregistrering for familien",
            "Usajili wa kaya kwa familia",
            "Pagpaparehistro ng sambahayan para sa pamilya",
        ],
        description: [
            "The holder, their spouse, children and parents may register their household in the city at once, with no requirement of prior residence or social insurance contributions.",
            "持卡人及其配偶、子女、父母可随时在本市落户，不受居住年限和社保缴纳年限限制。",
            "持卡人及其配偶、子女、父母可隨時在本市落戶，不受居住年限和社保繳納年限限制。",
            "Kortindehaveren, ægtefælle, børn og forældre kan straks registrere deres husstand i byen uden krav om forudgående ophold eller indbetalinger til social sikring.",
            "Mwenye kadi, mwenzi wake, watoto na wazazi wanaweza kusajili kaya yao jijini mara moja, bila sharti la kuishi hapo awali wala la michango ya hifadhi ya jamii.",
            "Maaaring iparehistro agad ng may-hawak ng kard, ng kanyang asawa, mga anak, at mga magulang ang kanilang sambahayan sa lungsod, nang hindi kinakailangan ang naunang paninirahan o hulog sa social insurance.",
        ],
        documents: &[HOUSEHOLD_REGISTERS, MARRIAGE, LABOUR_CONTRACT],
    },
    Spec {
        code: "residence-permit",
        area: "residence",
        tiers: A_TO_E,
        quota: None,
        turnaround_days: 7,
        at_service_point: false,
        name: [
            "Fast-track residence permit",
            "外籍人才居留许可快速办理",
            "外籍人才居留許可快速辦理",
            "Hurtig opholdstilladelse",
            "Kibali cha ukaazi kwa utaratibu wa haraka",
            "Mabilis na pagproseso ng permiso sa paninirahan",
        ],
        description: [
            "Foreign holders and their families receive a work-type residence permit valid for up to five years, issued within seven working days.",
            "外籍持卡人及其家属可办理有效期最长五年的工作类居留许可，七个工作日内办结。",
            "外籍持卡人及其家屬可辦理有效期最長五年的工作類居留許可，七個工作日內辦結。",
            "Udenlandske kortindehavere og deres familier får en opholdstilladelse med henblik på arbejde, der gælder i op til fem år og udstedes inden for syv arbejdsdage.",
            "Wenye kadi wa kigeni na familia zao hupewa kibali cha ukaazi cha kazi kinachodumu hadi miaka mitano, kinachotolewa ndani ya siku saba za kazi.",
            "Ang mga dayuhang may-hawak ng kard at kanilang pamilya ay binibigyan ng permiso sa paninirahan para sa trabaho na may bisa hanggang limang taon, na inilalabas sa loob ng pitong araw ng trabaho.",
        ],
        documents: &[PASSPORTS, WORK_PERMIT],
    },
    Spec {
        code: "permanent-residence",
        area: "residence",
        tiers: A_TO_C,
        quota: lifetime(1),
        turnaround_days: 30,
        at_service_point: false,
        name: [
            "Recommendation for permanent residence",
            "外籍专家永久居留推荐",
            "外籍專家永久居留推薦",
            "Anbefaling til permanent ophold",
            "Pendekezo la ukaazi wa kudumu",
            "Rekomendasyon para sa permanenteng paninirahan",
        ],
        description: [
            "The talent bureau recommends a foreign expert for the Foreign Permanent Resident ID Card, so that the application is decided without the usual years of residence.",
            "由人才工作部门推荐外籍专家申请外国人永久居留身份证，不受一般居留年限要求限制。",
            "由人才工作部門推薦外籍專家申請外國人永久居留身份證，不受一般居留年限要求限制。",
            "Talentkontoret anbefaler en udenlandsk ekspert til det permanente opholdskort for udlændinge, så ansøgningen afgøres uden de sædvanlige krav om flere års ophold.",
            "Ofisi ya vipaji humpendekeza mtaalamu wa kigeni kwa Kitambulisho cha Ukaazi wa Kudumu cha Mgeni, ili ombi liamuliwe bila masharti ya kawaida ya miaka ya kuishi nchini.",
            "Inirerekomenda ng tanggapan ng talento ang isang dayuhang eksperto para sa Foreign Permanent Resident ID Card, kaya napagpapasyahan ang aplikasyon nang hindi hinihingi ang karaniwang mga taon ng paninirahan.",
        ],
        documents: &[PASSPORTS, EMPLOYER_LETTER, NO_CRIMINAL_RECORD],
    },
    Spec {
        code: "multi-entry-visa",
        area: "residence",
        tiers: A_TO_D,
        quota: None,
        turnaround_days: 5,
        at_service_point: false,
        name: [
            "Multiple-entry visa",
            "多次往返签证",
            "多次往返簽證",
            "Visum til flere indrejser",
            "Viza ya kuingia mara nyingi",
            "Visa para sa maramihang pagpasok",
        ],
        description: [
            "A multiple-entry talent (R) visa valid for up to five years, with stays of up to 180 days each, for foreign holders and their families.",
            "外籍持卡人及其家属可办理有效期最长五年、每次停留不超过180天的多次往返人才签证（R字签证）。",
            "外籍持卡人及其家屬可辦理有效期最長五年、每次停留不超過180天的多次往返人才簽證（R字簽證）。",
            "Et talentvisum (R) til flere indrejser, gyldigt i op til fem år med ophold på op til 180 dage ad gangen, for udenlandske kortindehavere og deres familier.",
            "Viza ya vipaji (R) ya kuingia mara nyingi inayodumu hadi miaka mitano, ikiruhusu kukaa hadi siku 180 kila mara, kwa wenye kadi wa kigeni na familia zao.",
            "Isang talent visa (R) para sa maramihang pagpasok na may bisa hanggang limang taon, na may pananatiling hanggang 180 araw bawat pagpasok, para sa mga dayuhang may-hawak ng kard at kanilang pamilya.",
        ],
        documents: &[PASSPORTS, EMPLOYER_LETTER],
    },
];
