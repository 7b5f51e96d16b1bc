## Formats (translators own these patterns)
fmt-date = { $year }年{ $m }月{ $d }日
fmt-group-separator = ,

## Chrome
app-tagline = 人才服務
skip-to-content = 跳到主要內容
nav-label = 主導航
nav-talents = 人才
nav-import = 匯入
nav-users = 使用者
nav-audit = 審計日誌
language-label = 語言
language-switch = 切換
logout = 登出
logout-everywhere = 在所有裝置上登出
footer-text = rencai — 開源人才服務平臺
back-home = 返回首頁

## Login
login-title = 登入
login-username = 使用者名
login-password = 密碼
login-submit = 登入
login-failed = 使用者名或密碼錯誤。

## Talents
talents-title = 人才
talents-add = 新增人才
talents-search = 姓名（漢字或拉丁字母）
talents-filter = 篩選
talents-count = { $count ->
   *[other] 共 { $formatted } 名人才
}
talents-count-capped = 超過 { $formatted } 名人才
talents-export-csv = 匯出 CSV
talents-export-xlsx = 匯出 XLSX
filter-any = 不限
pager-label = 分頁
pager-prev = 上一頁
pager-next = 下一頁
talent-new-title = 新增人才
talent-edit-title = 編輯人才資訊
talent-edit = 編輯
talent-name = 姓名
talent-name_latin = 姓名（拉丁字母）
talent-gender = 性別
talent-birth_date = 出生日期
talent-identity_number = 身份證號
talent-identity-keep-hint = 留空則保留已存儲的身份證號。
talent-education = 學歷
talent-title = 職稱
talent-skill_level = 技能等級
talent-field = 所屬領域
talent-employer = 工作單位
talent-jurisdiction = 所屬地區
talent-email = 電子郵箱
talent-phone = 聯繫電話
talent-honours = 榮譽
talent-patents = 專利
talent-papers = 論文
talent-updated = 最後修改時間
talent-reveal = 查看
talent-revealed-note = 本次查看已記入審計日誌。
talent-moves = 流動記錄
talent-from-outside = 人才庫以外
talent-history = 變更記錄
talent-personal-data = 個人資訊
talent-download-data = 下載系統中保存的此人全部資訊（JSON）
talent-erase = 刪除個人資訊
talent-erase-confirm = 我確認本人已申請刪除其個人資訊；此操作無法撤銷。
talent-erased = 已刪除
move-date = 日期
move-from = 遷出地
move-to = 遷入地
form-save = 保存
form-cancel = 取消
form-error-summary = { $count ->
   *[other] 有 { $formatted } 項需要修改。
}

## Import
import-title = 匯入人才
import-help = 請上傳 CSV 檔案（UTF-8 或 GB18030 編碼，即 Excel 保存的格式）或 XLSX 檔案，檔案第一行須為列名。只有整個檔案校驗無誤並經您確認後，才會寫入資料。
import-file = 檔案
import-preview = 檢查檔案
import-preview-title = 預覽
import-row = 行
import-column = 列
import-reason = 問題
import-problems = { $count ->
   *[other] 有 { $formatted } 個問題須先修正，才能匯入。
}
import-ready = { $count ->
   *[other] { $formatted } 行資料有效，可以匯入。
}
import-confirm = 立即匯入
import-done = { $count ->
   *[other] 已匯入 { $formatted } 名人才。
}

## Users
users-title = 使用者
users-new = 新建使用者
users-create = 創建使用者
user-username = 使用者名
user-display_name = 顯示名稱
user-password = 密碼
user-password-hint = 至少 12 個字符。
user-role = 角色
user-jurisdiction = 所屬地區
user-grants = 授權角色
role-talent = 人才
role-enterprise_admin = 企業管理員
role-officer = 經辦人員
role-expert = 專家
role-provider = 服務機構
role-admin = 系統管理員

## Audit
audit-title = 審計日誌
audit-count = { $count ->
   *[other] 共 { $formatted } 條記錄
}
audit-at = 時間
audit-actor = 操作人
audit-action = 操作
audit-subject = 操作對象
audit-details = 詳情
audit-hash = 哈希值
action-talent-create = 新增人才
action-talent-update = 修改人才資訊
action-talent-identity-reveal = 查看身份證號
action-talent-export = 匯出個人資訊
action-talent-export-list = 匯出列表
action-talent-erase = 刪除個人資訊
action-talent-import = 匯入人才
action-user-create = 創建使用者
action-token-create = 創建 API 令牌
action-session-login = 登入
action-session-logout_everywhere = 在所有裝置上登出
action-enterprise-create = 登記企業
action-demo-seed = 生成演示資料

## Vocabularies
gender-female = 女
gender-male = 男
education-secondary = 高中/中專
education-associate = 大專
education-bachelor = 本科
education-master = 碩士研究生
education-doctorate = 博士研究生
title-none = 無
title-junior = 初級
title-intermediate = 中級
title-deputy_senior = 副高級
title-full_senior = 正高級
skill-none = 無
skill-elementary = 初級工（五級）
skill-intermediate = 中級工（四級）
skill-advanced = 高級工（三級）
skill-technician = 技師（二級）
skill-senior_technician = 高級技師（一級）
field-biomedicine = 生物醫藥
field-robotics = 機器人
field-integrated_circuits = 集成電路
field-new_energy = 新能源
field-new_materials = 新材料
field-information_technology = 資訊技術
field-advanced_manufacturing = 先進製造
field-modern_agriculture = 現代農業
field-logistics = 物流
field-finance = 金融
field-education = 教育
field-healthcare = 醫療衛生
level-province = 省
level-city = 市
level-district = 區
level-county = 縣
level-town = 鄉鎮

## Errors
err-title = 出錯了
err-internal = 系統內部出錯。請重試；如果問題仍然存在，請聯繫管理員。
err-invalid-input = 部分內容需要修改。
err-not-found = 該頁面或記錄不存在，或您無權查看。
err-forbidden = 您無權執行此操作。
err-unauthenticated = 請先登入。
err-throttled = 失敗次數過多。請等待 15 分鐘後再試。
err-stale-version = 該記錄已被他人修改。請重新加載後再次進行修改。
err-csrf-invalid = 表單已過期。請刷新頁面後重試。
err-talent-erased = 此人的個人資訊已被刪除。
err-import-already-committed = 該檔案已經匯入過。
err-required = 此項為必填項。
err-too-long = 內容過長。
err-unknown-value = 該值不在允許的取值範圍內。
err-name-characters = 姓名不能包含 < > " \ { "{" } 或 { "}" }。
err-date-invalid = 日期無效；請按 YYYY-MM-DD 格式填寫。
err-birth-date-range = 出生日期須早於今天，且對應年齡在 14 至 110 歲之間。
err-identity-format = 身份證號由 17 位數字加 1 位數字或 X 組成。
err-identity-checksum = 身份證號最後一位校驗碼與前面各位不符；請檢查是否輸入有誤。
err-identity-birth-mismatch = 身份證號中的出生日期與所填出生日期不一致。
err-identity-duplicate = 人才庫中已有使用該身份證號的人才。
err-identity-duplicate-in-file = 該身份證號已在檔案前面出現過。
err-employer-unknown = 未登記該名稱的企業；請先登記該企業，或將此項留空。
err-enterprise-duplicate = 已登記同名企業。
err-jurisdiction-unknown = 沒有與該代碼或名稱對應的地區。
err-jurisdiction-forbidden = 您無權辦理該地區的業務。
err-email-invalid = 電子郵箱地址無效。
err-phone-invalid = 電話號碼為 5 至 20 位數字，可包含 + - ( ) 和空格。
err-count-invalid = 請填寫 0 至 100000 之間的整數。
err-username-invalid = 只能使用字母、數字、點、連字符和下劃線（最多 64 個字符）。
err-username-taken = 該使用者名已被佔用。
err-password-too-short = 密碼至少需要 12 個字符。
err-scope-unknown = 未知的權限範圍。
err-confirm-required = 請勾選複選框以確認。
err-file-empty = 檔案中沒有資料行。
err-file-encoding = 檔案既不是 UTF-8 也不是 GB18030 編碼的文本；請重新另存為 CSV UTF-8 或 XLSX 格式。
err-file-unreadable = 無法以 CSV 或 XLSX 格式讀取該檔案。
err-file-too-large = 檔案過大（最大 256 MB）。
err-header-unknown = 第一行中有無法識別的列名。
err-header-duplicate = 第一行中有重複的列名。
err-header-missing = 第一行缺少必需的列。
err-row-too-many-cells = 該行的單元格數多於第一行的列名數。
err-import-rejected = 檔案存在問題，未匯入任何資料。
