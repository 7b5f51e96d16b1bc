//! Tiers A, B and C: academies, national honours, provincial leading talent.

use super::{P, criterion, no, yes};
use rencai_domain::accreditation::Criterion;

const ACADEMY: [&str; 6] = [
    "The academy's certificate of election or its published list of members.",
    "院士当选证书或学院公布的院士名单。",
    "院士當選證書或學院公布的院士名單。",
    "Akademiets valgbevis eller dets offentliggjorte medlemsliste.",
    "Cheti cha kuchaguliwa cha akademia au orodha yake ya wanachama iliyochapishwa.",
    "Ang sertipiko ng pagkahalal mula sa akademya o ang inilathala nitong listahan ng mga miyembro.",
];

const AWARD: [&str; 6] = [
    "The award certificate.",
    "获奖证书。",
    "獲獎證書。",
    "Prisens diplom.",
    "Cheti cha tuzo.",
    "Ang sertipiko ng parangal.",
];

pub(super) const PRIZE: [&str; 6] = [
    "The award certificate naming the applicant among the principal contributors.",
    "列明申请人为主要完成人的获奖证书。",
    "列明申請人為主要完成人的獲獎證書。",
    "Prisens diplom, der nævner ansøgeren blandt hovedbidragyderne.",
    "Cheti cha tuzo kinachomtaja mwombaji miongoni mwa wachangiaji wakuu.",
    "Ang sertipiko ng parangal na nagbabanggit sa aplikante bilang isa sa mga pangunahing nag-ambag.",
];

const WILD_GOOSE: &str = "Selected for the Leading Wild Goose talent support plan";

fn senior(age: i64) -> P {
    P::default()
        .age(age)
        .title("full_senior")
        .education("doctorate")
        .place("hlj-harbin-nangang")
}

pub(super) fn criteria() -> Vec<Criterion> {
    vec![
        // A: top talent.
        criterion(
            "academician-cas",
            "A",
            [
                "Academician of the Chinese Academy of Sciences",
                "中国科学院院士",
                "中國科學院院士",
                "Medlem af Det Kinesiske Videnskabsakademi",
                "Mwanataaluma wa Akademia ya Sayansi ya China",
                "Akademiko ng Chinese Academy of Sciences",
            ],
            r#"honours.exists(h, h.startsWith("Academician of the Chinese Academy of Sciences"))"#,
            ACADEMY,
            vec![
                yes(
                    "academician",
                    senior(66).honour("Academician of the Chinese Academy of Sciences"),
                ),
                no(
                    "candidate",
                    senior(66)
                        .honour("Candidate for Academician of the Chinese Academy of Sciences"),
                ),
            ],
        ),
        criterion(
            "academician-cae",
            "A",
            [
                "Academician of the Chinese Academy of Engineering",
                "中国工程院院士",
                "中國工程院院士",
                "Medlem af Det Kinesiske Ingeniørakademi",
                "Mwanataaluma wa Akademia ya Uhandisi ya China",
                "Akademiko ng Chinese Academy of Engineering",
            ],
            r#"honours.exists(h, h.startsWith("Academician of the Chinese Academy of Engineering"))"#,
            ACADEMY,
            vec![
                yes(
                    "academician",
                    senior(58).honour("Academician of the Chinese Academy of Engineering"),
                ),
                no(
                    "nominee",
                    senior(58).honour("Nominee, Academician of the Chinese Academy of Engineering"),
                ),
            ],
        ),
        criterion(
            "foreign-academician",
            "A",
            [
                "Foreign member of the Chinese Academy of Sciences or of Engineering",
                "中国科学院或中国工程院外籍院士",
                "中國科學院或中國工程院外籍院士",
                "Udenlandsk medlem af Det Kinesiske Videnskabsakademi eller Ingeniørakademi",
                "Mwanachama wa kigeni wa Akademia ya Sayansi au ya Uhandisi ya China",
                "Dayuhang miyembro ng Chinese Academy of Sciences o ng Engineering",
            ],
            r#"honours.exists(h, h.startsWith("Foreign Member of the Chinese Academy of"))"#,
            ACADEMY,
            vec![
                yes(
                    "foreign member",
                    P::default()
                        .age(61)
                        .honour("Foreign Member of the Chinese Academy of Engineering"),
                ),
                no(
                    "another academy",
                    P::default()
                        .age(61)
                        .honour("Foreign Member of the Royal Society"),
                ),
            ],
        ),
        criterion(
            "preeminent-award",
            "A",
            [
                "State Preeminent Science and Technology Award laureate",
                "国家最高科学技术奖获得者",
                "國家最高科學技術獎獲得者",
                "Modtager af statens højeste pris for videnskab og teknologi",
                "Mshindi wa Tuzo Kuu ya Taifa ya Sayansi na Teknolojia",
                "Nagwagi ng State Preeminent Science and Technology Award",
            ],
            r#""State Preeminent Science and Technology Award" in honours"#,
            AWARD,
            vec![
                yes(
                    "laureate",
                    senior(80).honour("State Preeminent Science and Technology Award"),
                ),
                no(
                    "provincial award",
                    senior(80).honour("Provincial Preeminent Science and Technology Award"),
                ),
            ],
        ),
        // B: national leading talent.
        criterion(
            "national-first-prize",
            "B",
            [
                "First prize of a national science and technology award",
                "国家科学技术奖一等奖",
                "國家科學技術獎一等獎",
                "Førstepris ved en national videnskabs- og teknologipris",
                "Zawadi ya kwanza ya tuzo ya taifa ya sayansi na teknolojia",
                "Unang gantimpala sa isang pambansang parangal sa agham at teknolohiya",
            ],
            r#"honours.exists(h, h.startsWith("National ") && h.endsWith("Award, first prize"))"#,
            PRIZE,
            vec![
                yes(
                    "progress award",
                    senior(52)
                        .honour("National Science and Technology Progress Award, first prize"),
                ),
                yes(
                    "invention award",
                    senior(49).honour("National Technological Invention Award, first prize"),
                ),
                no(
                    "second prize",
                    senior(52)
                        .honour("National Science and Technology Progress Award, second prize"),
                ),
            ],
        ),
        criterion(
            "changjiang-scholar",
            "B",
            [
                "Changjiang Scholar",
                "长江学者",
                "長江學者",
                "Changjiang-forsker",
                "Msomi wa Changjiang",
                "Changjiang Scholar",
            ],
            r#"honours.exists(h, h.startsWith("Changjiang Scholar"))"#,
            [
                "The Ministry of Education's letter of appointment.",
                "教育部聘任文件。",
                "教育部聘任文件。",
                "Undervisningsministeriets ansættelsesbrev.",
                "Barua ya uteuzi ya Wizara ya Elimu.",
                "Ang liham ng paghirang mula sa Ministry of Education.",
            ],
            vec![
                yes(
                    "distinguished professor",
                    senior(50).honour("Changjiang Scholar Distinguished Professor"),
                ),
                no(
                    "Longjiang scholar",
                    senior(50).honour("Longjiang Scholar Distinguished Professor"),
                ),
            ],
        ),
        criterion(
            "distinguished-young-scholar",
            "B",
            [
                "Distinguished Young Scholar of the National Science Fund",
                "国家杰出青年科学基金获得者",
                "國家傑出青年科學基金獲得者",
                "Modtager af Den Nationale Videnskabsfonds bevilling til fremragende unge forskere",
                "Mpokeaji wa Mfuko wa Taifa wa Sayansi kwa Wasomi Vijana Mashuhuri",
                "Tumanggap ng National Science Fund for Distinguished Young Scholars",
            ],
            r#""National Science Fund for Distinguished Young Scholars" in honours"#,
            [
                "The National Natural Science Foundation's grant approval.",
                "国家自然科学基金委员会资助批准通知。",
                "國家自然科學基金委員會資助批准通知。",
                "Bevillingsbrevet fra Den Nationale Naturvidenskabelige Fond.",
                "Barua ya idhini ya ruzuku kutoka Taasisi ya Taifa ya Sayansi Asilia.",
                "Ang abiso ng pag-apruba ng grant mula sa National Natural Science Foundation.",
            ],
            vec![
                yes(
                    "funded",
                    P::default()
                        .age(41)
                        .title("deputy_senior")
                        .honour("National Science Fund for Distinguished Young Scholars"),
                ),
                no(
                    "young scholars fund",
                    P::default()
                        .age(41)
                        .title("deputy_senior")
                        .honour("National Science Fund for Young Scholars"),
                ),
            ],
        ),
        criterion(
            "wild-goose-leader",
            "B",
            [
                "Leading Wild Goose plan scientist with a full-senior title",
                "具有正高级职称的“头雁”计划入选者",
                "具有正高級職稱的「頭雁」計畫入選者",
                "Forsker i »Den førende vildgås«-planen med fuld seniortitel",
                "Mwanasayansi wa mpango wa \"Bata Bukini Kiongozi\" mwenye cheo cha juu kabisa",
                "Siyentipiko ng planong \"Nangungunang Gansang Ligaw\" na may pinakamataas na titulo",
            ],
            r#""Selected for the Leading Wild Goose talent support plan" in honours && title == "full_senior""#,
            [
                "The provincial selection notice and the full-senior title certificate.",
                "省级入选通知及正高级职称证书。",
                "省級入選通知及正高級職稱證書。",
                "Provinsens udvælgelsesmeddelelse og bevis for fuld seniortitel.",
                "Tangazo la uteuzi la mkoa na cheti cha cheo cha juu kabisa.",
                "Ang abiso ng pagkakapili mula sa lalawigan at ang sertipiko ng pinakamataas na titulo.",
            ],
            vec![
                yes("full senior", senior(47).honour(WILD_GOOSE)),
                no(
                    "deputy senior",
                    senior(47).title("deputy_senior").honour(WILD_GOOSE),
                ),
            ],
        ),
        criterion(
            "china-skills-award",
            "B",
            [
                "China Skills Award winner",
                "中华技能大奖获得者",
                "中華技能大獎獲得者",
                "Vinder af Kinas færdighedspris",
                "Mshindi wa Tuzo ya Ujuzi ya China",
                "Nagwagi ng China Skills Award",
            ],
            r#""China Skills Award" in honours"#,
            AWARD,
            vec![
                yes(
                    "winner",
                    P::default()
                        .age(51)
                        .skill("senior_technician")
                        .honour("China Skills Award"),
                ),
                no(
                    "technical expert",
                    P::default()
                        .age(51)
                        .skill("technician")
                        .honour("National Technical Expert"),
                ),
            ],
        ),
        criterion(
            "friendship-award",
            "B",
            [
                "Chinese Government Friendship Award laureate",
                "中国政府友谊奖获得者",
                "中國政府友誼獎獲得者",
                "Modtager af Den Kinesiske Regerings Venskabspris",
                "Mshindi wa Tuzo ya Urafiki ya Serikali ya China",
                "Nagwagi ng Chinese Government Friendship Award",
            ],
            r#""Chinese Government Friendship Award" in honours"#,
            [
                "The award certificate and the applicant's passport.",
                "获奖证书及本人护照。",
                "獲獎證書及本人護照。",
                "Prisens diplom og ansøgerens pas.",
                "Cheti cha tuzo na pasipoti ya mwombaji.",
                "Ang sertipiko ng parangal at ang pasaporte ng aplikante.",
            ],
            vec![
                yes(
                    "laureate",
                    P::default()
                        .age(55)
                        .education("doctorate")
                        .honour("Chinese Government Friendship Award"),
                ),
                no(
                    "city award",
                    P::default()
                        .age(55)
                        .education("doctorate")
                        .honour("Shanghai Magnolia Memorial Award"),
                ),
            ],
        ),
        // C: provincial leading talent.
        criterion(
            "national-second-prize",
            "C",
            [
                "Second prize of a national science and technology award",
                "国家科学技术奖二等奖",
                "國家科學技術獎二等獎",
                "Andenpris ved en national videnskabs- og teknologipris",
                "Zawadi ya pili ya tuzo ya taifa ya sayansi na teknolojia",
                "Ikalawang gantimpala sa isang pambansang parangal sa agham at teknolohiya",
            ],
            r#"honours.exists(h, h.startsWith("National ") && h.endsWith("Award, second prize"))"#,
            PRIZE,
            vec![
                yes(
                    "natural science award",
                    senior(48).honour("National Natural Science Award, second prize"),
                ),
                no(
                    "provincial second prize",
                    senior(48)
                        .honour("Heilongjiang Science and Technology Progress Award, second prize"),
                ),
            ],
        ),
        criterion(
            "state-council-allowance",
            "C",
            [
                "Expert with the State Council's special government allowance",
                "享受国务院政府特殊津贴专家",
                "享受國務院政府特殊津貼專家",
                "Ekspert med Statsrådets særlige regeringstilskud",
                "Mtaalamu anayepokea posho maalum ya serikali ya Baraza la Serikali",
                "Ekspertong tumatanggap ng espesyal na allowance ng pamahalaan mula sa State Council",
            ],
            r#""Special Government Allowance of the State Council" in honours"#,
            [
                "The State Council's certificate of the special allowance.",
                "国务院政府特殊津贴证书。",
                "國務院政府特殊津貼證書。",
                "Statsrådets bevis for det særlige tilskud.",
                "Cheti cha Baraza la Serikali cha posho maalum.",
                "Ang sertipiko ng State Council para sa espesyal na allowance.",
            ],
            vec![
                yes(
                    "allowance",
                    P::default()
                        .age(57)
                        .title("deputy_senior")
                        .honour("Special Government Allowance of the State Council"),
                ),
                no(
                    "no allowance",
                    P::default().age(57).title("deputy_senior").papers(12),
                ),
            ],
        ),
        criterion(
            "national-technical-expert",
            "C",
            [
                "National Technical Expert",
                "全国技术能手",
                "全國技術能手",
                "National teknisk ekspert",
                "Mtaalamu wa Kiufundi wa Taifa",
                "Pambansang Dalubhasang Teknikal",
            ],
            r#""National Technical Expert" in honours"#,
            [
                "The certificate from the Ministry of Human Resources and Social Security.",
                "人力资源和社会保障部颁发的证书。",
                "人力資源和社會保障部頒發的證書。",
                "Beviset fra Ministeriet for Menneskelige Ressourcer og Social Sikring.",
                "Cheti kutoka Wizara ya Rasilimali Watu na Hifadhi ya Jamii.",
                "Ang sertipiko mula sa Ministry of Human Resources and Social Security.",
            ],
            vec![
                yes(
                    "expert",
                    P::default()
                        .age(38)
                        .skill("technician")
                        .honour("National Technical Expert"),
                ),
                no(
                    "competition winner",
                    P::default()
                        .age(38)
                        .skill("advanced")
                        .honour("Heilongjiang Skills Competition first prize"),
                ),
            ],
        ),
        criterion(
            "longjiang-scholar",
            "C",
            [
                "Longjiang Scholar",
                "龙江学者",
                "龍江學者",
                "Longjiang-forsker",
                "Msomi wa Longjiang",
                "Longjiang Scholar",
            ],
            r#"honours.exists(h, h.startsWith("Longjiang Scholar"))"#,
            [
                "The provincial letter of appointment.",
                "省级聘任文件。",
                "省級聘任文件。",
                "Provinsens ansættelsesbrev.",
                "Barua ya uteuzi ya mkoa.",
                "Ang liham ng paghirang mula sa lalawigan.",
            ],
            vec![
                yes(
                    "scholar",
                    P::default()
                        .age(44)
                        .title("deputy_senior")
                        .honour("Longjiang Scholar Distinguished Professor"),
                ),
                no(
                    "talent week speaker",
                    P::default()
                        .age(44)
                        .title("deputy_senior")
                        .honour("Heilongjiang Talent Week speaker"),
                ),
            ],
        ),
        criterion(
            "provincial-first-prize",
            "C",
            [
                "First prize of the Heilongjiang Science and Technology Progress Award",
                "黑龙江省科学技术进步奖一等奖",
                "黑龍江省科學技術進步獎一等獎",
                "Førstepris ved Heilongjiangs pris for videnskabelige og teknologiske fremskridt",
                "Zawadi ya kwanza ya Tuzo ya Maendeleo ya Sayansi na Teknolojia ya Heilongjiang",
                "Unang gantimpala ng Heilongjiang Science and Technology Progress Award",
            ],
            r#""Heilongjiang Science and Technology Progress Award, first prize" in honours"#,
            PRIZE,
            vec![
                yes(
                    "first prize",
                    P::default()
                        .age(46)
                        .title("deputy_senior")
                        .honour("Heilongjiang Science and Technology Progress Award, first prize"),
                ),
                no(
                    "second prize",
                    P::default()
                        .age(46)
                        .title("deputy_senior")
                        .honour("Heilongjiang Science and Technology Progress Award, second prize"),
                ),
            ],
        ),
        criterion(
            "wild-goose",
            "C",
            [
                "Member of the Leading Wild Goose talent support plan",
                "“头雁”人才支持计划入选者",
                "「頭雁」人才支持計畫入選者",
                "Medlem af talentstøtteplanen »Den førende vildgås«",
                "Mwanachama wa mpango wa kusaidia vipaji wa \"Bata Bukini Kiongozi\"",
                "Kasapi ng planong pansuporta sa talento na \"Nangungunang Gansang Ligaw\"",
            ],
            r#""Selected for the Leading Wild Goose talent support plan" in honours"#,
            [
                "The provincial selection notice.",
                "省级入选通知。",
                "省級入選通知。",
                "Provinsens udvælgelsesmeddelelse.",
                "Tangazo la uteuzi la mkoa.",
                "Ang abiso ng pagkakapili mula sa lalawigan.",
            ],
            vec![
                yes(
                    "deputy senior",
                    P::default()
                        .age(43)
                        .title("deputy_senior")
                        .honour(WILD_GOOSE),
                ),
                no(
                    "engineers programme",
                    P::default()
                        .age(43)
                        .title("deputy_senior")
                        .honour("Outstanding engineers training program"),
                ),
            ],
        ),
        criterion(
            "skills-master-studio",
            "C",
            [
                "Leader of a national skills master studio",
                "国家级技能大师工作室领办人",
                "國家級技能大師工作室領辦人",
                "Leder af et nationalt mesterværksted for færdigheder",
                "Kiongozi wa karakana ya taifa ya mabingwa wa ujuzi",
                "Pinuno ng pambansang studio ng mga dalubhasa sa kasanayan",
            ],
            r#""Leader of a national skills master studio" in honours"#,
            [
                "The ministry's approval of the studio naming the applicant as its leader.",
                "人社部批准设立工作室并列明申请人为领办人的文件。",
                "人社部批准設立工作室並列明申請人為領辦人的文件。",
                "Ministeriets godkendelse af værkstedet med ansøgeren som leder.",
                "Idhini ya wizara ya karakana inayomtaja mwombaji kuwa kiongozi wake.",
                "Ang pag-apruba ng ministeryo sa studio na nagtatalaga sa aplikante bilang pinuno nito.",
            ],
            vec![
                yes(
                    "leader",
                    P::default()
                        .age(49)
                        .skill("senior_technician")
                        .honour("Leader of a national skills master studio"),
                ),
                no(
                    "member",
                    P::default()
                        .age(49)
                        .skill("technician")
                        .honour("Member of a national skills master studio"),
                ),
            ],
        ),
        criterion(
            "senior-inventor",
            "C",
            [
                "Full-senior professional with at least 38 patents",
                "拥有38项以上专利的正高级职称人员",
                "擁有38項以上專利的正高級職稱人員",
                "Fagperson med fuld seniortitel og mindst 38 patenter",
                "Mtaalamu mwenye cheo cha juu kabisa na hataza zisizopungua 38",
                "Propesyonal na may pinakamataas na titulo at hindi bababa sa 38 patente",
            ],
            r#"title == "full_senior" && patents >= 38"#,
            [
                "The title certificate and the patent certificates (or the patent office's list).",
                "职称证书及专利证书（或专利局出具的清单）。",
                "職稱證書及專利證書（或專利局出具的清單）。",
                "Titelbeviset og patentbrevene (eller patentmyndighedens liste).",
                "Cheti cha cheo na vyeti vya hataza (au orodha ya ofisi ya hataza).",
                "Ang sertipiko ng titulo at ang mga sertipiko ng patente (o ang listahan mula sa tanggapan ng patente).",
            ],
            vec![
                yes(
                    "38 patents",
                    P::default()
                        .age(54)
                        .title("full_senior")
                        .education("master")
                        .patents(38),
                ),
                no(
                    "37 patents",
                    P::default()
                        .age(54)
                        .title("full_senior")
                        .education("master")
                        .patents(37),
                ),
            ],
        ),
    ]
}
