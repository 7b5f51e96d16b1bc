//! Tiers D and E: outstanding talent, core and young talent.

use super::high::PRIZE;
use super::{P, criterion, no, yes};
use rencai_domain::accreditation::Criterion;

const TITLE: [&str; 6] = [
    "The professional title certificate.",
    "职称证书。",
    "職稱證書。",
    "Beviset for faglig titel.",
    "Cheti cha cheo cha kitaaluma.",
    "Ang sertipiko ng propesyonal na titulo.",
];

fn skilled(age: i64, skill: &str) -> P {
    P::default()
        .age(age)
        .education("secondary")
        .skill(skill)
        .place("hlj-harbin")
}

pub(super) fn criteria() -> Vec<Criterion> {
    vec![
        // D: outstanding talent.
        criterion(
            "provincial-second-prize",
            "D",
            [
                "Second prize of the Heilongjiang Science and Technology Progress Award",
                "黑龙江省科学技术进步奖二等奖",
                "黑龍江省科學技術進步獎二等獎",
                "Andenpris ved Heilongjiangs pris for videnskabelige og teknologiske fremskridt",
                "Zawadi ya pili ya Tuzo ya Maendeleo ya Sayansi na Teknolojia ya Heilongjiang",
                "Ikalawang gantimpala ng Heilongjiang Science and Technology Progress Award",
            ],
            r#""Heilongjiang Science and Technology Progress Award, second prize" in honours"#,
            PRIZE,
            vec![
                yes(
                    "second prize",
                    P::default()
                        .age(45)
                        .title("deputy_senior")
                        .honour("Heilongjiang Science and Technology Progress Award, second prize"),
                ),
                no(
                    "third prize",
                    P::default()
                        .age(45)
                        .title("deputy_senior")
                        .honour("Heilongjiang Science and Technology Progress Award, third prize"),
                ),
            ],
        ),
        criterion(
            "harbin-chief-technician",
            "D",
            [
                "Harbin Chief Technician",
                "哈尔滨市首席技师",
                "哈爾濱市首席技師",
                "Overtekniker i Harbin",
                "Fundi Mkuu wa Harbin",
                "Punong Teknisyan ng Harbin",
            ],
            r#""Harbin Chief Technician" in honours"#,
            [
                "The city's certificate.",
                "市级证书。",
                "市級證書。",
                "Byens bevis.",
                "Cheti cha jiji.",
                "Ang sertipiko mula sa lungsod.",
            ],
            vec![
                yes(
                    "chief technician",
                    skilled(46, "technician").honour("Harbin Chief Technician"),
                ),
                no(
                    "technical expert of the city",
                    skilled(46, "technician").honour("Harbin Technical Expert"),
                ),
            ],
        ),
        criterion(
            "may-day-medal",
            "D",
            [
                "Provincial May Day Labour Medal holder with a senior title or technician grade",
                "具有副高级以上职称或技师以上等级的省五一劳动奖章获得者",
                "具有副高級以上職稱或技師以上等級的省五一勞動獎章獲得者",
                "Modtager af provinsens 1. maj-arbejdsmedalje med seniortitel eller teknikergrad",
                "Mshindi wa Nishani ya Kazi ya Mei Mosi ya Mkoa mwenye cheo cha juu au daraja la fundi mkuu",
                "May hawak ng Panlalawigang May Day Labour Medal na may mataas na titulo o antas ng teknisyan",
            ],
            r#""Provincial May Day Labour Medal" in honours && (title_rank >= 3 || skill_rank >= 4)"#,
            [
                "The medal certificate and the title or skill certificate.",
                "奖章证书及职称或职业技能等级证书。",
                "獎章證書及職稱或職業技能等級證書。",
                "Medaljens bevis og bevis for titel eller færdighedsniveau.",
                "Cheti cha nishani na cheti cha cheo au cha kiwango cha ujuzi.",
                "Ang sertipiko ng medalya at ang sertipiko ng titulo o antas ng kasanayan.",
            ],
            vec![
                yes(
                    "deputy senior",
                    P::default()
                        .age(39)
                        .title("deputy_senior")
                        .honour("Provincial May Day Labour Medal"),
                ),
                yes(
                    "technician",
                    skilled(39, "technician").honour("Provincial May Day Labour Medal"),
                ),
                no(
                    "intermediate title",
                    P::default()
                        .age(39)
                        .title("intermediate")
                        .honour("Provincial May Day Labour Medal"),
                ),
                no(
                    "city medal",
                    P::default()
                        .age(39)
                        .title("deputy_senior")
                        .honour("City May Day Labour Medal"),
                ),
            ],
        ),
        criterion(
            "outstanding-engineer",
            "D",
            [
                "Outstanding engineer with a senior title",
                "具有副高级以上职称的卓越工程师培养计划入选者",
                "具有副高級以上職稱的卓越工程師培養計畫入選者",
                "Fremragende ingeniør med seniortitel",
                "Mhandisi bora mwenye cheo cha juu",
                "Natatanging inhinyero na may mataas na titulo",
            ],
            r#""Outstanding engineers training program" in honours && title_rank >= 3"#,
            [
                "The programme's admission letter and the title certificate.",
                "培养计划录取通知及职称证书。",
                "培養計畫錄取通知及職稱證書。",
                "Programmets optagelsesbrev og titelbeviset.",
                "Barua ya kukubaliwa kwenye programu na cheti cha cheo.",
                "Ang liham ng pagtanggap sa programa at ang sertipiko ng titulo.",
            ],
            vec![
                yes(
                    "deputy senior",
                    P::default()
                        .age(41)
                        .title("deputy_senior")
                        .honour("Outstanding engineers training program"),
                ),
                no(
                    "intermediate",
                    P::default()
                        .age(41)
                        .title("intermediate")
                        .honour("Outstanding engineers training program"),
                ),
            ],
        ),
        criterion(
            "senior-doctor",
            "D",
            [
                "Doctor with a full-senior title and at least 30 papers",
                "发表论文30篇以上、具有正高级职称的博士",
                "發表論文30篇以上、具有正高級職稱的博士",
                "Ph.d. med fuld seniortitel og mindst 30 artikler",
                "Daktari wa falsafa mwenye cheo cha juu kabisa na makala zisizopungua 30",
                "Doktor na may pinakamataas na titulo at hindi bababa sa 30 papel",
            ],
            r#"title == "full_senior" && education == "doctorate" && papers >= 30"#,
            [
                "The doctoral degree certificate, the title certificate and a list of papers.",
                "博士学位证书、职称证书及论文目录。",
                "博士學位證書、職稱證書及論文目錄。",
                "Ph.d.-eksamensbeviset, titelbeviset og en liste over artikler.",
                "Cheti cha shahada ya uzamivu, cheti cha cheo na orodha ya makala.",
                "Ang sertipiko ng doktorado, ang sertipiko ng titulo at listahan ng mga papel.",
            ],
            vec![
                yes(
                    "doctor with 30 papers",
                    P::default()
                        .age(50)
                        .title("full_senior")
                        .education("doctorate")
                        .papers(30),
                ),
                no(
                    "doctor with 29 papers",
                    P::default()
                        .age(50)
                        .title("full_senior")
                        .education("doctorate")
                        .papers(29),
                ),
                no(
                    "master",
                    P::default()
                        .age(50)
                        .title("full_senior")
                        .education("master")
                        .papers(40),
                ),
            ],
        ),
        criterion(
            "prolific-author",
            "D",
            [
                "Senior-titled author of at least 80 papers",
                "发表论文80篇以上的副高级以上职称人员",
                "發表論文80篇以上的副高級以上職稱人員",
                "Forfatter med seniortitel og mindst 80 artikler",
                "Mwandishi mwenye cheo cha juu na makala zisizopungua 80",
                "May-akda na may mataas na titulo at hindi bababa sa 80 papel",
            ],
            r#"title_rank >= 3 && papers >= 80"#,
            [
                "The title certificate and a list of papers with their indexing records.",
                "职称证书及论文目录和检索证明。",
                "職稱證書及論文目錄和檢索證明。",
                "Titelbeviset og en liste over artikler med indekseringsbevis.",
                "Cheti cha cheo na orodha ya makala pamoja na kumbukumbu za uorodheshaji.",
                "Ang sertipiko ng titulo at listahan ng mga papel kasama ang patunay ng indexing.",
            ],
            vec![
                yes(
                    "80 papers",
                    P::default()
                        .age(48)
                        .title("deputy_senior")
                        .education("master")
                        .papers(80),
                ),
                no(
                    "79 papers",
                    P::default()
                        .age(48)
                        .title("deputy_senior")
                        .education("master")
                        .papers(79),
                ),
            ],
        ),
        criterion(
            "provincial-craftsman",
            "D",
            [
                "Craftsman or chief technician of another province",
                "外省工匠或首席技师称号获得者",
                "外省工匠或首席技師稱號獲得者",
                "Mesterhåndværker eller overtekniker fra en anden provins",
                "Fundi stadi au fundi mkuu wa mkoa mwingine",
                "Dalubhasang manggagawa o punong teknisyan mula sa ibang lalawigan",
            ],
            r#"honours.exists(h, h.endsWith(" Craftsman") || h == "Qilu Chief Technician")"#,
            [
                "The provincial certificate of the title.",
                "省级称号证书。",
                "省級稱號證書。",
                "Provinsens bevis for titlen.",
                "Cheti cha mkoa cha cheo hicho.",
                "Ang sertipiko ng titulo mula sa lalawigan.",
            ],
            vec![
                yes(
                    "Zhejiang craftsman",
                    skilled(44, "advanced")
                        .place("zj-jiaxing")
                        .honour("Zhejiang Craftsman"),
                ),
                yes(
                    "Qilu chief technician",
                    skilled(44, "technician")
                        .place("sd-heze")
                        .honour("Qilu Chief Technician"),
                ),
                no(
                    "workshop member",
                    skilled(44, "advanced")
                        .place("zj-jiaxing")
                        .honour("Craftsmanship workshop member"),
                ),
            ],
        ),
        // E: core and young talent.
        criterion(
            "young-doctor",
            "E",
            [
                "Doctor under 45 with a senior title",
                "45周岁以下、具有副高级以上职称的博士",
                "45週歲以下、具有副高級以上職稱的博士",
                "Ph.d. under 45 år med seniortitel",
                "Daktari wa falsafa chini ya miaka 45 mwenye cheo cha juu",
                "Doktor na wala pang 45 taong gulang at may mataas na titulo",
            ],
            r#"education == "doctorate" && age < 45 && title_rank >= 3"#,
            [
                "The doctoral degree certificate, the title certificate and an identity document.",
                "博士学位证书、职称证书及身份证件。",
                "博士學位證書、職稱證書及身分證件。",
                "Ph.d.-eksamensbeviset, titelbeviset og et identitetsdokument.",
                "Cheti cha shahada ya uzamivu, cheti cha cheo na kitambulisho.",
                "Ang sertipiko ng doktorado, ang sertipiko ng titulo at isang dokumento ng pagkakakilanlan.",
            ],
            vec![
                yes(
                    "44 years old",
                    P::default()
                        .age(44)
                        .education("doctorate")
                        .title("deputy_senior"),
                ),
                no(
                    "45 years old",
                    P::default()
                        .age(45)
                        .education("doctorate")
                        .title("deputy_senior"),
                ),
                no(
                    "intermediate title",
                    P::default()
                        .age(36)
                        .education("doctorate")
                        .title("intermediate"),
                ),
            ],
        ),
        criterion(
            "skills-champion",
            "E",
            [
                "Senior technician who won a skills competition",
                "在技能大赛中获奖的高级技师",
                "在技能大賽中獲獎的高級技師",
                "Seniortekniker, der har vundet en færdighedskonkurrence",
                "Fundi mkuu mwandamizi aliyeshinda mashindano ya ujuzi",
                "Senior technician na nagwagi sa isang paligsahan ng kasanayan",
            ],
            r#"skill_level == "senior_technician" && honours.exists(h, h.contains("Skills Competition"))"#,
            [
                "The senior technician certificate and the competition's award certificate.",
                "高级技师职业资格证书及大赛获奖证书。",
                "高級技師職業資格證書及大賽獲獎證書。",
                "Seniorteknikerbeviset og konkurrencens præmiediplom.",
                "Cheti cha fundi mkuu mwandamizi na cheti cha tuzo ya mashindano.",
                "Ang sertipiko ng senior technician at ang sertipiko ng parangal mula sa paligsahan.",
            ],
            vec![
                yes(
                    "senior technician",
                    skilled(35, "senior_technician")
                        .honour("Heilongjiang Skills Competition first prize"),
                ),
                no(
                    "technician",
                    skilled(35, "technician").honour("Heilongjiang Skills Competition first prize"),
                ),
            ],
        ),
        criterion(
            "productive-full-senior",
            "E",
            [
                "Full-senior professional with at least 25 patents or 70 papers",
                "拥有25项以上专利或发表70篇以上论文的正高级职称人员",
                "擁有25項以上專利或發表70篇以上論文的正高級職稱人員",
                "Fagperson med fuld seniortitel og mindst 25 patenter eller 70 artikler",
                "Mtaalamu mwenye cheo cha juu kabisa na hataza zisizopungua 25 au makala zisizopungua 70",
                "Propesyonal na may pinakamataas na titulo at hindi bababa sa 25 patente o 70 papel",
            ],
            r#"title == "full_senior" && (patents >= 25 || papers >= 70)"#,
            TITLE,
            vec![
                yes(
                    "25 patents",
                    P::default()
                        .age(58)
                        .title("full_senior")
                        .education("bachelor")
                        .patents(25),
                ),
                yes(
                    "70 papers",
                    P::default()
                        .age(58)
                        .title("full_senior")
                        .education("bachelor")
                        .papers(70),
                ),
                no(
                    "24 patents and 69 papers",
                    P::default()
                        .age(58)
                        .title("full_senior")
                        .education("bachelor")
                        .patents(24)
                        .papers(69),
                ),
            ],
        ),
        criterion(
            "technician-inventor",
            "E",
            [
                "Technician with at least 4 patents",
                "拥有4项以上专利的技师或高级技师",
                "擁有4項以上專利的技師或高級技師",
                "Tekniker med mindst 4 patenter",
                "Fundi mkuu mwenye hataza zisizopungua 4",
                "Teknisyan na may hindi bababa sa 4 patente",
            ],
            r#"skill_rank >= 4 && patents >= 4"#,
            [
                "The vocational qualification certificate and the patent certificates.",
                "职业资格证书及专利证书。",
                "職業資格證書及專利證書。",
                "Faglighedsbeviset og patentbrevene.",
                "Cheti cha sifa za ufundi na vyeti vya hataza.",
                "Ang sertipiko ng kwalipikasyong bokasyonal at ang mga sertipiko ng patente.",
            ],
            vec![
                yes("technician", skilled(42, "technician").patents(4)),
                no("advanced worker", skilled(42, "advanced").patents(4)),
                no("three patents", skilled(42, "senior_technician").patents(3)),
            ],
        ),
        criterion(
            "young-inventor",
            "E",
            [
                "Inventor under 40 with at least 10 patents",
                "40周岁以下、拥有10项以上专利的发明人",
                "40週歲以下、擁有10項以上專利的發明人",
                "Opfinder under 40 år med mindst 10 patenter",
                "Mvumbuzi chini ya miaka 40 mwenye hataza zisizopungua 10",
                "Imbentor na wala pang 40 taong gulang at may hindi bababa sa 10 patente",
            ],
            r#"age < 40 && patents >= 10"#,
            [
                "The patent certificates (or the patent office's list) and an identity document.",
                "专利证书（或专利局出具的清单）及身份证件。",
                "專利證書（或專利局出具的清單）及身分證件。",
                "Patentbrevene (eller patentmyndighedens liste) og et identitetsdokument.",
                "Vyeti vya hataza (au orodha ya ofisi ya hataza) na kitambulisho.",
                "Ang mga sertipiko ng patente (o ang listahan mula sa tanggapan ng patente) at isang dokumento ng pagkakakilanlan.",
            ],
            vec![
                yes(
                    "39 years old",
                    P::default().age(39).title("intermediate").patents(25),
                ),
                no(
                    "40 years old",
                    P::default().age(40).title("intermediate").patents(25),
                ),
                no(
                    "9 patents",
                    P::default().age(39).title("intermediate").patents(9),
                ),
            ],
        ),
    ]
}
