# 人才分類目錄、認定申請與評審流程。

err-catalogue-no-tiers = 目錄至少需要一個層次。
err-tier-code-invalid = 層次代碼「{ $code }」無效；請使用 1 至 8 個大寫字母或數字，以字母開頭。
err-tier-duplicate = 層次代碼「{ $code }」重複使用。
err-name-missing = 缺少 { $locale } 名稱。
err-criterion-code-invalid = 標準代碼「{ $code }」無效；請使用小寫字母、數字和連字號（最多 64 個），以字母開頭。
err-criterion-duplicate = 標準代碼「{ $code }」重複使用。
err-criterion-unknown-tier = 沒有代碼為「{ $tier }」的層次。
err-rule-empty = 請填寫規則：以人才檔案為對象的 CEL 運算式。
err-rule-syntax = 規則在第 { $line } 行第 { $column } 欄無法解析：{ $detail }
err-rule-unknown-variable = 規則第 { $line } 行第 { $column } 欄使用的「{ $name }」不是檔案欄位。
err-rule-unknown-function = 規則呼叫的「{ $name }」不是可用函式。
err-rule-not-boolean = 規則必須得出真或假，但範例「{ $example }」得出的是 { $type }。
err-rule-runtime = 規則在範例「{ $example }」上出錯：{ $detail }
err-policy-test-failed = 範例「{ $example }」應得出 { $expected }，但規則得出 { $got }。
err-review-transition = 申請目前狀態下不能進行此操作。
err-review-already-voted = 您已對此環節作出決定。
err-review-not-late = 此環節尚未逾時。
err-review-already-appealed = 此決定已申訴過一次。
err-review-seat-taken = 該評審席位已由其他評審人佔用。
err-evidence-duplicate = 此檔案已附在申請中。
err-application-not-draft = 只有草稿狀態的申請才能這樣修改。
err-catalogue-not-draft = 只能修改草稿目錄；請新建草稿。
err-accreditation-revoked = 該認定已被撤銷。
err-accreditation-renewed = 該認定已續期。

err-catalogue-none = 本地區尚未發布人才分類目錄。
err-criterion-not-met = 該人才的檔案不符合此標準；請在資格查詢頁面查看適用的標準。
err-evidence-empty = 檔案為空。
err-evidence-too-large = 檔案超過 10 MB；請降低掃描解析度或分割檔案。
err-evidence-type = 僅接受 PDF、PNG 和 JPEG 檔案，此檔案均不是。
err-evidence-disguised = 檔案內容與檔名不符（例如圖片被命名為 .pdf）；請改用正確的副檔名。
err-evidence-required = 提交前請至少上傳一份證明文件。
err-expert-unknown = 沒有使用此使用者名稱的有效專家帳號。

mail-issued-subject = 您的人才認定 { $number }（{ $tier } 類）
mail-issued-body = { $name }，您好：您已被認定為 { $tier } 類人才。證書編號：{ $number }，有效期至 { $expires }。您可以在 rencai 中下載證書。
mail-expiry-subject = 您的人才認定 { $number } 將於 { $expires } 到期
mail-expiry-body = { $name }，您好：您的人才認定 { $number }（{ $tier } 類）將於 { $expires } 到期。請在此之前在 rencai 中申請續期。
mail-revoked-subject = 您的人才認定 { $number } 已被撤銷
mail-revoked-body = { $name }，您好：您的人才認定 { $number }（{ $tier } 類）已被撤銷。原因：{ $reason }
