//! The talent's family: children's education and the spouse's employment.

use super::documents::{LABOUR_CONTRACT, MARRIAGE};
use super::{A_TO_C, A_TO_D, A_TO_E, Spec, Text, lifetime};

const CHILD_HOUSEHOLD: Text = [
    "The child's household register or birth certificate.",
    "子女户口簿或出生医学证明。",
    "子女戶口簿或出生醫學證明。",
    "Barnets husstandsregistrering eller fødselsattest.",
    "Daftari la usajili wa kaya la mtoto au cheti chake cha kuzaliwa.",
    "Rehistro ng sambahayan o sertipiko ng kapanganakan ng anak.",
];

const HOME_IN_CITY: Text = [
    "Proof of the family's home in the city: a property certificate or a registered lease.",
    "家庭在本市的住所证明：不动产权证书或已备案的租赁合同。",
    "家庭在本市的住所證明：不動產權證書或已備案的租賃合同。",
    "Bevis for familiens bopæl i byen: et skøde eller en registreret lejekontrakt.",
    "Uthibitisho wa makazi ya familia jijini: hati ya umiliki wa nyumba au mkataba wa kupanga uliosajiliwa.",
    "Patunay ng tirahan ng pamilya sa lungsod: titulo ng ari-arian o rehistradong kontrata ng upa.",
];

const SCHOOL_RECORD: Text = [
    "The child's school registration record.",
    "子女学籍证明。",
    "子女學籍證明。",
    "Barnets bevis for skoleindskrivning.",
    "Cheti cha usajili wa mtoto shuleni.",
    "Katibayan ng pagkakatala ng anak sa paaralan.",
];

const SPOUSE_CV: Text = [
    "The spouse's CV with diploma and qualification certificates.",
    "配偶的个人简历及学历、资格证书。",
    "配偶的個人簡歷及學歷、資格證書。",
    "Ægtefællens CV med eksamensbevis og kvalifikationsbeviser.",
    "Wasifu wa mwenzi pamoja na vyeti vya elimu na vya sifa za kitaaluma.",
    "Résumé ng asawa kasama ang diploma at mga sertipiko ng kwalipikasyon.",
];

const SPOUSE_EMPLOYMENT: Text = [
    "The spouse's current employment contract and the employer's consent to the transfer.",
    "配偶现单位的聘用合同及同意调出的证明。",
    "配偶現單位的聘用合同及同意調出的證明。",
    "Ægtefællens nuværende ansættelseskontrakt og arbejdsgiverens samtykke til overflytningen.",
    "Mkataba wa sasa wa ajira wa mwenzi na idhini ya mwajiri wake kwa uhamisho huo.",
    "Kasalukuyang kontrata sa trabaho ng asawa at pahintulot ng kanyang employer sa paglipat.",
];

pub(super) const EDUCATION: &[Spec] = &[
    Spec {
        code: "school-place",
        area: "education",
        tiers: A_TO_D,
        // A quota counts per card, not per child: two placements cover a family with
        // two children, or one child placed at two stages.
        quota: lifetime(2),
        turnaround_days: 20,
        at_service_point: false,
        name: [
            "School place for a child",
            "子女入学安排",
            "子女入學安排",
            "Skoleplads til et barn",
            "Nafasi ya shule kwa mtoto",
            "Puwesto sa paaralan para sa anak",
        ],
        description: [
            "A place for the holder's child, from kindergarten to senior high school, at a public school of the family's choice in the city, arranged by the education bureau outside the usual catchment areas. Two placements per card.",
            "由教育部门在全市范围内为持卡人子女协调安排幼儿园至高中阶段的意向公办学校就读，不受学区划分限制。每张卡限两次。",
            "由教育部門在全市範圍內為持卡人子女協調安排幼兒園至高中階段的意向公辦學校就讀，不受學區劃分限制。每張卡限兩次。",
            "En plads til kortindehaverens barn, fra børnehave til gymnasium, på en offentlig skole efter familiens ønske i byen, formidlet af uddannelsesforvaltningen uden for de sædvanlige skoledistrikter. To pladser pr. kort.",
            "Nafasi kwa mtoto wa mwenye kadi, kuanzia chekechea hadi sekondari ya juu, katika shule ya umma ambayo familia inaipendelea jijini, inayopangwa na idara ya elimu bila kufungwa na mipaka ya kawaida ya eneo la shule. Nafasi mbili kwa kila kadi.",
            "Puwesto para sa anak ng may-hawak ng kard, mula kindergarten hanggang senior high school, sa pampublikong paaralang nais ng pamilya sa lungsod, na inaayos ng kawanihan ng edukasyon nang hindi sakop ng karaniwang hangganan ng distrito ng paaralan. Dalawang puwesto sa bawat kard.",
        ],
        documents: &[CHILD_HOUSEHOLD, HOME_IN_CITY],
    },
    Spec {
        code: "affiliated-school",
        area: "education",
        tiers: A_TO_C,
        quota: lifetime(2),
        turnaround_days: 20,
        at_service_point: false,
        name: [
            "Priority place at a university-affiliated school",
            "高校附属学校优先入学",
            "高校附屬學校優先入學",
            "Fortrinsplads på en universitetstilknyttet skole",
            "Nafasi ya kipaumbele katika shule iliyo chini ya chuo kikuu",
            "Prayoridad na puwesto sa paaralang kaanib ng unibersidad",
        ],
        description: [
            "Priority admission for the holder's child to a primary or secondary school affiliated with a university, such as the Harbin Institute of Technology's affiliated middle school, ahead of the general allocation.",
            "持卡人子女可优先进入高校附属中小学就读（如哈尔滨工业大学附属中学），先于统一派位安排。",
            "持卡人子女可優先進入高校附屬中小學就讀（如哈爾濱工業大學附屬中學），先於統一派位安排。",
            "Kortindehaverens barn optages med fortrin på en grundskole eller et gymnasium tilknyttet et universitet, som Harbin Institute of Technologys tilknyttede skole, før den almindelige fordeling.",
            "Mtoto wa mwenye kadi hupewa kipaumbele kujiunga na shule ya msingi au sekondari iliyo chini ya chuo kikuu, kama shule ya sekondari ya Taasisi ya Teknolojia ya Harbin, kabla ya mgawanyo wa kawaida.",
            "Inuuna ang pagtanggap sa anak ng may-hawak ng kard sa elementarya o sekondaryang paaralang kaanib ng unibersidad, gaya ng kaanib na mataas na paaralan ng Harbin Institute of Technology, bago ang karaniwang paglalaan.",
        ],
        documents: &[CHILD_HOUSEHOLD, SCHOOL_RECORD],
    },
    Spec {
        code: "exam-registration",
        area: "education",
        tiers: A_TO_E,
        quota: None,
        turnaround_days: 10,
        at_service_point: false,
        name: [
            "Entrance examinations where the parent works",
            "子女就地参加中高考",
            "子女就地參加中高考",
            "Optagelsesprøver der, hvor forælderen arbejder",
            "Mitihani ya kujiunga mahali mzazi anapofanya kazi",
            "Pagsusulit sa pagpasok kung saan nagtatrabaho ang magulang",
        ],
        description: [
            "The holder's child may register for the senior high school and national college entrance examinations in the city where the holder works, even if the child's household is registered elsewhere.",
            "持卡人子女户籍不在本地的，可在持卡人工作所在地报名参加中考和高考。",
            "持卡人子女戶籍不在本地的，可在持卡人工作所在地報名參加中考和高考。",
            "Kortindehaverens barn kan tilmelde sig optagelsesprøven til gymnasiet og den nationale universitetsoptagelsesprøve i den by, hvor kortindehaveren arbejder, selv om barnets husstand er registreret et andet sted.",
            "Mtoto wa mwenye kadi anaweza kujiandikisha kwa mitihani ya kujiunga na sekondari ya juu na ya kitaifa ya kujiunga na chuo kikuu katika jiji ambalo mwenye kadi anafanya kazi, hata kama kaya ya mtoto imesajiliwa mahali pengine.",
            "Maaaring magparehistro ang anak ng may-hawak ng kard sa pagsusulit sa pagpasok sa senior high school at sa pambansang pagsusulit sa pagpasok sa kolehiyo sa lungsod kung saan nagtatrabaho ang may-hawak, kahit nakarehistro sa ibang lugar ang sambahayan ng anak.",
        ],
        documents: &[SCHOOL_RECORD, LABOUR_CONTRACT],
    },
];

pub(super) const SPOUSE: &[Spec] = &[
    Spec {
        code: "spouse-placement",
        area: "spouse-employment",
        tiers: A_TO_C,
        quota: lifetime(1),
        turnaround_days: 30,
        at_service_point: false,
        name: [
            "Job placement for the spouse",
            "配偶就业安置",
            "配偶就業安置",
            "Jobformidling til ægtefællen",
            "Kupangiwa kazi kwa mwenzi",
            "Paglalagay sa trabaho para sa asawa",
        ],
        description: [
            "The human resources bureau finds the holder's spouse a post that matches their qualifications, at the holder's employer or at another enterprise or institution in the city.",
            "人力资源和社会保障部门根据配偶的学历和专业，在持卡人所在单位或本市其他企事业单位为其安排相应岗位。",
            "人力資源和社會保障部門根據配偶的學歷和專業，在持卡人所在單位或本市其他企事業單位為其安排相應崗位。",
            "Arbejdsforvaltningen finder en stilling til kortindehaverens ægtefælle, der passer til vedkommendes kvalifikationer, hos kortindehaverens arbejdsgiver eller i en anden virksomhed eller institution i byen.",
            "Idara ya rasilimali watu humtafutia mwenzi wa mwenye kadi nafasi ya kazi inayolingana na sifa zake, kwa mwajiri wa mwenye kadi au katika kampuni au taasisi nyingine jijini.",
            "Hinahanapan ng kawanihan ng yamang-tao ang asawa ng may-hawak ng kard ng posisyong angkop sa kanyang kwalipikasyon, sa employer ng may-hawak o sa ibang negosyo o institusyon sa lungsod.",
        ],
        documents: &[MARRIAGE, SPOUSE_CV],
    },
    Spec {
        code: "spouse-transfer",
        area: "spouse-employment",
        tiers: A_TO_D,
        quota: lifetime(1),
        turnaround_days: 30,
        at_service_point: false,
        name: [
            "Spouse transfer between public institutions",
            "配偶事业单位调动",
            "配偶事業單位調動",
            "Overflytning af ægtefællen mellem offentlige institutioner",
            "Uhamisho wa mwenzi kati ya taasisi za umma",
            "Paglipat ng asawa sa pagitan ng mga pampublikong institusyon",
        ],
        description: [
            "A spouse employed by a public institution or a government agency elsewhere is transferred to a comparable post in a public institution in the city, keeping their grade and length of service.",
            "配偶原在外地机关事业单位工作的，可调入本市事业单位相应岗位，保留原有职级和工龄。",
            "配偶原在外地機關事業單位工作的，可調入本市事業單位相應崗位，保留原有職級和工齡。",
            "En ægtefælle, der er ansat i en offentlig institution eller myndighed et andet sted, flyttes til en tilsvarende stilling i en offentlig institution i byen og bevarer sin lønklasse og anciennitet.",
            "Mwenzi aliyeajiriwa na taasisi ya umma au idara ya serikali mahali pengine huhamishiwa nafasi inayolingana katika taasisi ya umma jijini, akibaki na daraja lake na muda wake wa utumishi.",
            "Ang asawang nagtatrabaho sa pampublikong institusyon o ahensiya ng pamahalaan sa ibang lugar ay inililipat sa katumbas na posisyon sa isang pampublikong institusyon sa lungsod, nang napapanatili ang kanyang ranggo at haba ng serbisyo.",
        ],
        documents: &[MARRIAGE, SPOUSE_EMPLOYMENT],
    },
    Spec {
        code: "spouse-job-referral",
        area: "spouse-employment",
        tiers: A_TO_E,
        quota: None,
        turnaround_days: 10,
        at_service_point: false,
        name: [
            "Job referrals for the spouse",
            "配偶求职推荐",
            "配偶求職推薦",
            "Jobanbefalinger til ægtefællen",
            "Mapendekezo ya kazi kwa mwenzi",
            "Rekomendasyon sa trabaho para sa asawa",
        ],
        description: [
            "The public employment service recommends the spouse for suitable vacancies, gives them priority at job fairs and pays for the vocational training they need.",
            "公共就业服务机构向配偶推荐合适岗位，在招聘会上优先安排，并免费提供所需的职业技能培训。",
            "公共就業服務機構向配偶推薦合適崗位，在招聘會上優先安排，並免費提供所需的職業技能培訓。",
            "Den offentlige jobformidling anbefaler ægtefællen til passende ledige stillinger, giver fortrin på jobmesser og betaler den erhvervsuddannelse, der er brug for.",
            "Huduma ya umma ya ajira humpendekeza mwenzi kwa nafasi za kazi zinazofaa, humpa kipaumbele katika maonyesho ya ajira na hulipia mafunzo ya ufundi anayohitaji.",
            "Inirerekomenda ng pampublikong serbisyo sa empleyo ang asawa sa mga angkop na bakanteng trabaho, inuuna siya sa mga job fair, at sinasagot ang kailangan niyang pagsasanay bokasyonal.",
        ],
        documents: &[MARRIAGE, SPOUSE_CV],
    },
];
