## Formats (translators own these patterns)
fmt-date = { $year }年{ $m }月{ $d }日
fmt-group-separator = ,

## Chrome
app-tagline = 人才服务
skip-to-content = 跳到主要内容
nav-label = 主导航
nav-talents = 人才
nav-import = 导入
nav-users = 用户
nav-audit = 审计日志
language-label = 语言
language-switch = 切换
logout = 退出登录
logout-everywhere = 在所有设备上退出登录
footer-text = rencai — 开源人才服务平台
back-home = 返回首页

## Login
login-title = 登录
login-username = 用户名
login-password = 密码
login-submit = 登录
login-failed = 用户名或密码错误。

## Talents
talents-title = 人才
talents-add = 新增人才
talents-search = 姓名（汉字或拉丁字母）
talents-filter = 筛选
talents-count = { $count ->
   *[other] 共 { $formatted } 名人才
}
talents-count-capped = 超过 { $formatted } 名人才
talents-export-csv = 导出 CSV
talents-export-xlsx = 导出 XLSX
filter-any = 不限
pager-label = 分页
pager-prev = 上一页
pager-next = 下一页
talent-new-title = 新增人才
talent-edit-title = 编辑人才信息
talent-edit = 编辑
talent-name = 姓名
talent-name_latin = 姓名（拉丁字母）
talent-gender = 性别
talent-birth_date = 出生日期
talent-identity_number = 身份证号
talent-identity-keep-hint = 留空则保留已存储的身份证号。
talent-education = 学历
talent-title = 职称
talent-skill_level = 技能等级
talent-field = 所属领域
talent-employer = 工作单位
talent-jurisdiction = 所属地区
talent-email = 电子邮箱
talent-phone = 联系电话
talent-honours = 荣誉
talent-patents = 专利
talent-papers = 论文
talent-updated = 最后修改时间
talent-reveal = 查看
talent-revealed-note = 本次查看已记入审计日志。
talent-moves = 流动记录
talent-from-outside = 人才库以外
talent-history = 变更记录
talent-personal-data = 个人信息
talent-download-data = 下载系统中保存的此人全部信息（JSON）
talent-erase = 删除个人信息
talent-erase-confirm = 我确认本人已申请删除其个人信息；此操作无法撤销。
talent-erased = 已删除
move-date = 日期
move-from = 迁出地
move-to = 迁入地
form-save = 保存
form-cancel = 取消
form-error-summary = { $count ->
   *[other] 有 { $formatted } 项需要修改。
}

## Import
import-title = 导入人才
import-help = 请上传 CSV 文件（UTF-8 或 GB18030 编码，即 Excel 保存的格式）或 XLSX 文件，文件第一行须为列名。只有整个文件校验无误并经您确认后，才会写入数据。
import-file = 文件
import-preview = 检查文件
import-preview-title = 预览
import-row = 行
import-column = 列
import-reason = 问题
import-problems = { $count ->
   *[other] 有 { $formatted } 个问题须先修正，才能导入。
}
import-ready = { $count ->
   *[other] { $formatted } 行数据有效，可以导入。
}
import-confirm = 立即导入
import-done = { $count ->
   *[other] 已导入 { $formatted } 名人才。
}

## Users
users-title = 用户
users-new = 新建用户
users-create = 创建用户
user-username = 用户名
user-display_name = 显示名称
user-password = 密码
user-password-hint = 至少 12 个字符。
user-role = 角色
user-jurisdiction = 所属地区
user-grants = 授权角色
role-talent = 人才
role-enterprise_admin = 企业管理员
role-officer = 经办人员
role-expert = 专家
role-provider = 服务机构
role-admin = 系统管理员

## Audit
audit-title = 审计日志
audit-count = { $count ->
   *[other] 共 { $formatted } 条记录
}
audit-at = 时间
audit-actor = 操作人
audit-action = 操作
audit-subject = 操作对象
audit-details = 详情
audit-hash = 哈希值
action-talent-create = 新增人才
action-talent-update = 修改人才信息
action-talent-identity-reveal = 查看身份证号
action-talent-export = 导出个人信息
action-talent-export-list = 导出列表
action-talent-erase = 删除个人信息
action-talent-import = 导入人才
action-user-create = 创建用户
action-token-create = 创建 API 令牌
action-session-login = 登录
action-session-logout_everywhere = 在所有设备上退出登录
action-enterprise-create = 登记企业
action-demo-seed = 生成演示数据

## Vocabularies
gender-female = 女
gender-male = 男
education-secondary = 高中/中专
education-associate = 大专
education-bachelor = 本科
education-master = 硕士研究生
education-doctorate = 博士研究生
title-none = 无
title-junior = 初级
title-intermediate = 中级
title-deputy_senior = 副高级
title-full_senior = 正高级
skill-none = 无
skill-elementary = 初级工（五级）
skill-intermediate = 中级工（四级）
skill-advanced = 高级工（三级）
skill-technician = 技师（二级）
skill-senior_technician = 高级技师（一级）
field-biomedicine = 生物医药
field-robotics = 机器人
field-integrated_circuits = 集成电路
field-new_energy = 新能源
field-new_materials = 新材料
field-information_technology = 信息技术
field-advanced_manufacturing = 先进制造
field-modern_agriculture = 现代农业
field-logistics = 物流
field-finance = 金融
field-education = 教育
field-healthcare = 医疗卫生
level-province = 省
level-city = 市
level-district = 区
level-county = 县
level-town = 乡镇

## Errors
err-title = 出错了
err-internal = 系统内部出错。请重试；如果问题仍然存在，请联系管理员。
err-invalid-input = 部分内容需要修改。
err-not-found = 该页面或记录不存在，或您无权查看。
err-forbidden = 您无权执行此操作。
err-unauthenticated = 请先登录。
err-throttled = 失败次数过多。请等待 15 分钟后再试。
err-stale-version = 该记录已被他人修改。请重新加载后再次进行修改。
err-csrf-invalid = 表单已过期。请刷新页面后重试。
err-talent-erased = 此人的个人信息已被删除。
err-import-already-committed = 该文件已经导入过。
err-required = 此项为必填项。
err-too-long = 内容过长。
err-unknown-value = 该值不在允许的取值范围内。
err-name-characters = 姓名不能包含 < > " \ { "{" } 或 { "}" }。
err-date-invalid = 日期无效；请按 YYYY-MM-DD 格式填写。
err-birth-date-range = 出生日期须早于今天，且对应年龄在 14 至 110 岁之间。
err-identity-format = 身份证号由 17 位数字加 1 位数字或 X 组成。
err-identity-checksum = 身份证号最后一位校验码与前面各位不符；请检查是否输入有误。
err-identity-birth-mismatch = 身份证号中的出生日期与所填出生日期不一致。
err-identity-duplicate = 人才库中已有使用该身份证号的人才。
err-identity-duplicate-in-file = 该身份证号已在文件前面出现过。
err-employer-unknown = 未登记该名称的企业；请先登记该企业，或将此项留空。
err-enterprise-duplicate = 已登记同名企业。
err-jurisdiction-unknown = 没有与该代码或名称对应的地区。
err-jurisdiction-forbidden = 您无权办理该地区的业务。
err-email-invalid = 电子邮箱地址无效。
err-phone-invalid = 电话号码为 5 至 20 位数字，可包含 + - ( ) 和空格。
err-count-invalid = 请填写 0 至 100000 之间的整数。
err-username-invalid = 只能使用字母、数字、点、连字符和下划线（最多 64 个字符）。
err-username-taken = 该用户名已被占用。
err-password-too-short = 密码至少需要 12 个字符。
err-scope-unknown = 未知的权限范围。
err-confirm-required = 请勾选复选框以确认。
err-file-empty = 文件中没有数据行。
err-file-encoding = 文件既不是 UTF-8 也不是 GB18030 编码的文本；请重新另存为 CSV UTF-8 或 XLSX 格式。
err-file-unreadable = 无法以 CSV 或 XLSX 格式读取该文件。
err-file-too-large = 文件过大（最大 256 MB）。
err-header-unknown = 第一行中有无法识别的列名。
err-header-duplicate = 第一行中有重复的列名。
err-header-missing = 第一行缺少必需的列。
err-row-too-many-cells = 该行的单元格数多于第一行的列名数。
err-import-rejected = 文件存在问题，未导入任何数据。
