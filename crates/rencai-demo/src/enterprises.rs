//! The enterprises, universities, institutes and care homes the seed articles name,
//! each in the jurisdiction the article places it. `name` is what a talent's employer
//! column says.

use crate::EnterpriseSeed;

const fn e(
    name: &'static str,
    name_zh: &'static str,
    jurisdiction: &'static str,
    industry_chain: &'static str,
    cluster: &'static str,
    kind: &'static str,
) -> EnterpriseSeed {
    EnterpriseSeed {
        name,
        name_zh,
        jurisdiction,
        industry_chain,
        cluster,
        kind,
    }
}

const QIANWAN: &str = "Hongqiao Qianwan biomedical cluster";
const MINHANG_MAKERS: &str = "Minhang advanced manufacturing";
const HUACAO_CARE: &str = "Huacao elderly care and health services";
const HARBIN_ROBOTS: &str = "Harbin robotics cluster";
const G60_CHIPS: &str = "G60 electronic information industry chain";
const G60_ENERGY: &str = "G60 new energy industry chain";
const G60_DIGITAL: &str = "G60 digital economy";

pub(crate) static ENTERPRISES: &[EnterpriseSeed] = &[
    // Heze (Danish and Swahili seeds): the group with a post-doctoral innovation base.
    e(
        "Shandong Zhushi Pharmaceutical Group",
        "山东朱氏药业集团",
        "sd-heze-shan",
        "biopharmaceutical",
        "Heze biomedicine cluster",
        "enterprise",
    ),
    // Huacao (Tagalog seed): the biopharmaceutical companies at the quality conference.
    e(
        "Innovent Biologics",
        "信达生物",
        "sh-minhang-huacao",
        "biopharmaceutical",
        QIANWAN,
        "enterprise",
    ),
    e(
        "Weigao Group",
        "威高集团",
        "sh-minhang-huacao",
        "medical devices",
        QIANWAN,
        "enterprise",
    ),
    e(
        "Neusoft Medical",
        "东软医疗",
        "sh-minhang-huacao",
        "medical devices",
        QIANWAN,
        "enterprise",
    ),
    e(
        "Yunnan Baiyao",
        "云南白药",
        "sh-minhang-huacao",
        "biopharmaceutical",
        QIANWAN,
        "enterprise",
    ),
    e(
        "Merck",
        "默克",
        "sh-minhang-huacao",
        "biopharmaceutical",
        QIANWAN,
        "enterprise",
    ),
    e(
        "Carl Zeiss",
        "卡尔蔡司",
        "sh-minhang-huacao",
        "medical optics",
        QIANWAN,
        "enterprise",
    ),
    e(
        "Organon",
        "欧加隆",
        "sh-minhang-huacao",
        "biopharmaceutical",
        QIANWAN,
        "enterprise",
    ),
    e(
        "Shanghai Pharmaceutical Holding",
        "上海医药",
        "sh-minhang-huacao",
        "biopharmaceutical",
        QIANWAN,
        "enterprise",
    ),
    e(
        "GlaxoSmithKline",
        "葛兰素史克",
        "sh-minhang-huacao",
        "biopharmaceutical",
        QIANWAN,
        "enterprise",
    ),
    e(
        "Baxter Healthcare",
        "百特医疗",
        "sh-minhang-huacao",
        "medical devices",
        QIANWAN,
        "enterprise",
    ),
    e(
        "Takeda Pharmaceutical",
        "武田制药",
        "sh-minhang-huacao",
        "biopharmaceutical",
        QIANWAN,
        "enterprise",
    ),
    e(
        "Shanghai Shengsheng Logistics Co., Ltd",
        "上海生生物流有限公司",
        "sh-minhang-huacao",
        "biopharmaceutical cold chain",
        QIANWAN,
        "enterprise",
    ),
    e(
        "Shanghai Chuangqi Health Development Research Institute",
        "上海创奇健康发展研究院",
        "sh-minhang",
        "health research",
        QIANWAN,
        "institute",
    ),
    // Huacao's quality award winners.
    e(
        "Ji Wang Nursing Home",
        "纪王敬老院",
        "sh-minhang-huacao",
        "elderly care",
        HUACAO_CARE,
        "nursing_home",
    ),
    e(
        "New East Garden Happy Home",
        "新东苑快乐家园",
        "sh-minhang-huacao",
        "elderly care",
        HUACAO_CARE,
        "nursing_home",
    ),
    e(
        "Shanghai Rizhi Sheng Technology Co., Ltd.",
        "上海日之升科技有限公司",
        "sh-minhang-huacao",
        "new materials",
        MINHANG_MAKERS,
        "enterprise",
    ),
    e(
        "Shanghai Yongfeng Hot Dip Galvanizing Co., Ltd.",
        "上海永丰热镀锌有限公司",
        "sh-minhang-huacao",
        "metal processing",
        MINHANG_MAKERS,
        "enterprise",
    ),
    // Harbin (English seed): robotics from the Harbin Institute of Technology.
    e(
        "Harbin Institute of Technology",
        "哈尔滨工业大学",
        "hlj-harbin-nangang",
        "robotics",
        HARBIN_ROBOTS,
        "university",
    ),
    e(
        "Harbin Boshi Automation Co. Ltd.",
        "哈尔滨博实自动化股份有限公司",
        "hlj-harbin",
        "robotics",
        HARBIN_ROBOTS,
        "enterprise",
    ),
    e(
        "Harbin Sagebot Intelligent Medical Equipment Co. LTD.",
        "哈尔滨思哲睿智能医疗设备股份有限公司",
        "hlj-harbin-songbei",
        "surgical robots",
        HARBIN_ROBOTS,
        "enterprise",
    ),
    // The G60 corridor (Traditional Chinese seed): the class's enterprises and site visits.
    e(
        "Haining Litai Microelectronics Equipment Co.",
        "浙江海宁力泰微电子装备股份有限公司",
        "zj-haining",
        "integrated circuits",
        G60_CHIPS,
        "enterprise",
    ),
    e(
        "Sungrow Power Supply Co.",
        "阳光电源股份有限公司",
        "ah-hefei",
        "new energy",
        G60_ENERGY,
        "enterprise",
    ),
    e(
        "ChangXin Memory Technologies",
        "长鑫存储技术有限公司",
        "ah-hefei",
        "integrated circuits",
        G60_CHIPS,
        "enterprise",
    ),
    e(
        "Zhongke Naozhi (Shanghai) Enterprise Development Co.",
        "中科脑智（上海）企业发展有限公司",
        "sh-songjiang",
        "venture investment",
        "G60 science and technology finance",
        "enterprise",
    ),
    e(
        "Tencent Cloud Shanghai",
        "腾讯云上海区域",
        "sh-songjiang",
        "cloud computing",
        G60_DIGITAL,
        "enterprise",
    ),
    e(
        "Haier COSMOPlat",
        "海尔卡奥斯创新平台",
        "sh-songjiang",
        "industrial internet",
        G60_DIGITAL,
        "platform",
    ),
    e(
        "Evergrande Auto Research Institute",
        "恒大汽车研究院",
        "sh-songjiang",
        "new energy vehicles",
        G60_ENERGY,
        "institute",
    ),
    e(
        "BOE 10.5-generation line",
        "京东方10.5代线",
        "ah-hefei",
        "new displays",
        G60_CHIPS,
        "enterprise",
    ),
    e(
        "iFlytek",
        "科大讯飞",
        "ah-hefei",
        "artificial intelligence",
        G60_DIGITAL,
        "enterprise",
    ),
];
