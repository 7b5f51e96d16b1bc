//! Medical examination and treatment.

use super::{A_TO_C, A_TO_D, A_TO_E, Spec, Text, per_year};

const MEDICAL_RECORDS: Text = [
    "Medical records and test results of the past six months.",
    "近六个月的病历和检查结果。",
    "近六個月的病歷和檢查結果。",
    "Journaler og prøvesvar fra de seneste seks måneder.",
    "Kumbukumbu za matibabu na majibu ya vipimo ya miezi sita iliyopita.",
    "Mga rekord medikal at resulta ng pagsusuri sa nakaraang anim na buwan.",
];

const FAMILY_REGISTERS: Text = [
    "The household registers or residence permits of the family members to be covered.",
    "需签约家庭成员的户口簿或居住证。",
    "需簽約家庭成員的戶口簿或居住證。",
    "Husstandsregistrering eller opholdstilladelser for de familiemedlemmer, der skal omfattes.",
    "Daftari la usajili wa kaya au vibali vya ukaazi vya wanafamilia watakaohudumiwa.",
    "Rehistro ng sambahayan o mga permiso sa paninirahan ng mga miyembro ng pamilyang sasaklawin.",
];

pub(super) const MEDICAL: &[Spec] = &[
    Spec {
        code: "health-check",
        area: "medical",
        tiers: A_TO_D,
        quota: per_year(1),
        // The results, not the visit: the check itself happens when the card is scanned.
        turnaround_days: 5,
        at_service_point: true,
        name: [
            "Annual health check",
            "年度健康体检",
            "年度健康體檢",
            "Årligt helbredstjek",
            "Uchunguzi wa afya wa kila mwaka",
            "Taunang pagsusuri ng kalusugan",
        ],
        description: [
            "A full health check once a year at a designated hospital, paid for by the talent bureau; show the card at the health-check centre.",
            "每年在指定医院进行一次全面健康体检，费用由人才工作部门承担；在体检中心出示人才卡即可。",
            "每年在指定醫院進行一次全面健康體檢，費用由人才工作部門承擔；在體檢中心出示人才卡即可。",
            "Et fuldt helbredstjek en gang om året på et udpeget hospital, betalt af talentkontoret; vis kortet i undersøgelsescentret.",
            "Uchunguzi kamili wa afya mara moja kwa mwaka katika hospitali iliyoteuliwa, unaolipiwa na ofisi ya vipaji; onyesha kadi kwenye kituo cha uchunguzi.",
            "Isang kumpletong pagsusuri ng kalusugan bawat taon sa itinalagang ospital, na binabayaran ng tanggapan ng talento; ipakita ang kard sa sentro ng pagsusuri.",
        ],
        documents: &[],
    },
    Spec {
        code: "green-channel",
        area: "medical",
        tiers: A_TO_D,
        quota: None,
        turnaround_days: 1,
        at_service_point: true,
        name: [
            "Green-channel hospital visits",
            "就医绿色通道",
            "就醫綠色通道",
            "Grøn kanal på hospitalet",
            "Njia maalum ya haraka hospitalini",
            "Berdeng daanan sa pagpapagamot sa ospital",
        ],
        description: [
            "Registration without queueing at a dedicated counter, an appointment with a designated doctor, and priority for examinations and admission.",
            "在专用窗口免排队挂号，由指定医生接诊，检查和住院优先安排。",
            "在專用窗口免排隊掛號，由指定醫生接診，檢查和住院優先安排。",
            "Registrering uden kø ved en særlig skranke, tid hos en udpeget læge og fortrin til undersøgelser og indlæggelse.",
            "Usajili bila kupanga foleni kwenye dirisha maalum, miadi na daktari aliyeteuliwa, na kipaumbele kwa vipimo na kulazwa.",
            "Pagpaparehistro nang walang pila sa nakalaang counter, appointment sa itinalagang doktor, at prayoridad sa mga pagsusuri at pagpapaospital.",
        ],
        documents: &[],
    },
    Spec {
        code: "specialist-consultation",
        area: "medical",
        tiers: A_TO_C,
        quota: per_year(4),
        turnaround_days: 5,
        at_service_point: false,
        name: [
            "Specialist consultation",
            "专家会诊",
            "專家會診",
            "Specialistkonsultation",
            "Mashauriano na madaktari bingwa",
            "Konsultasyon sa espesyalista",
        ],
        description: [
            "For a serious or complex illness, the hospital convenes a consultation of senior specialists from several departments and, if needed, of experts from outside the province.",
            "患重大或疑难疾病时，由医院组织多学科高级专家会诊，必要时邀请省外专家参加。",
            "患重大或疑難疾病時，由醫院組織多學科高級專家會診，必要時邀請省外專家參加。",
            "Ved alvorlig eller kompliceret sygdom indkalder hospitalet til en konference med overlæger fra flere afdelinger og om nødvendigt med eksperter uden for provinsen.",
            "Kwa ugonjwa mzito au tata, hospitali huitisha mashauriano ya madaktari bingwa waandamizi wa idara mbalimbali, na ikihitajika pamoja na wataalamu kutoka nje ya mkoa.",
            "Para sa malubha o masalimuot na karamdaman, nagtitipon ang ospital ng konsultasyon ng mga senior na espesyalista mula sa iba't ibang departamento, at kung kailangan, ng mga eksperto mula sa labas ng lalawigan.",
        ],
        documents: &[MEDICAL_RECORDS],
    },
    Spec {
        code: "family-doctor",
        area: "medical",
        tiers: A_TO_E,
        quota: None,
        turnaround_days: 10,
        at_service_point: false,
        name: [
            "Family doctor",
            "家庭医生签约服务",
            "家庭醫生簽約服務",
            "Fast familielæge",
            "Daktari wa familia",
            "Doktor ng pamilya",
        ],
        description: [
            "A contracted family doctor for the holder and their family: home visits, a personal health record, follow-up after the annual check and referral to specialists.",
            "为持卡人及其家庭签约家庭医生，提供上门诊疗、个人健康档案管理、年度体检后的随访和专科转诊。",
            "為持卡人及其家庭簽約家庭醫生，提供上門診療、個人健康檔案管理、年度體檢後的隨訪和專科轉診。",
            "En fast tilknyttet familielæge for kortindehaveren og familien: hjemmebesøg, en personlig helbredsjournal, opfølgning på det årlige helbredstjek og henvisning til specialister.",
            "Daktari wa familia aliyeingia mkataba na mwenye kadi na familia yake: kutembelewa nyumbani, kumbukumbu ya afya ya kibinafsi, ufuatiliaji baada ya uchunguzi wa kila mwaka na rufaa kwa madaktari bingwa.",
            "Isang nakakontratang doktor ng pamilya para sa may-hawak ng kard at kanyang pamilya: pagbisita sa bahay, personal na rekord ng kalusugan, follow-up pagkatapos ng taunang pagsusuri, at pagre-refer sa mga espesyalista.",
        ],
        documents: &[FAMILY_REGISTERS],
    },
];
